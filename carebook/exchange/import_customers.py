"""Importing the customers CSV: a row whose email matches a customer updates it, any other row creates one.

An update changes only the cells the file fills in (an empty cell keeps what is stored) and adds the
row's tags to the customer's tags; it keeps the earlier values for undo.

``targets`` (line -> customer id, or None) overrides that choice per row, as the import wizard's user
decided after ``matching.find_matches``: the row updates that customer, or (None) creates a new one.
Two rows cannot update the same customer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from carebook.contact_info import email_key
from carebook.errors import ValidationError
from carebook.exchange.bulk import insert_rows, record_changes, select_in
from carebook.exchange.outcome import Counts, ImportContext
from carebook.exchange.resolve import CustomerDirectory, NamedDirectory, New, ref_id, tag_directory
from carebook.exchange.values import Cells, RowCheck, boolean, choice, customer_text, instant, one_line
from carebook.models import Customer, CustomerTag
from carebook.text import fold
from carebook.vocab import CHANNELS

# Stored columns a customers row can set, in insert order (after name).
_FIELDS = (
    "company",
    "email",
    "phone",
    "phone_e164",
    "address",
    "preferred_channel",
    "notes",
    "consent_marketing",
)


@dataclass
class _Row:
    line: int
    values: dict[str, Any]  # the stored columns this row fills in
    tags: list[New | int] = field(default_factory=list)
    created_at: str | None = None
    target: int | None = None  # existing customer to update


@dataclass(frozen=True)
class _Update:
    customer_id: int
    changes: dict[str, Any]  # columns to store
    before: dict[str, Any]  # their earlier values (and the earlier tags when tags are added), for undo
    tags: list[New | int]  # tags to add


def _parse(cells: Cells, ctx: ImportContext, tags: NamedDirectory) -> _Row:
    check = RowCheck()
    values: dict[str, Any] = {}
    values["name"] = check.check(customer_text, cells["name"], "name") or ""
    if not values["name"] and "name" not in check.errors:
        check.add("name", "is empty; every customer needs a name")
    values["company"] = check.check(customer_text, cells["company"], "company") or ""
    values["email"] = check.check(ctx.contacts.email, one_line(cells["email"]), "email") or ""
    typed = check.check(customer_text, cells["phone"], "phone") or ""
    phone = ctx.contacts.phone(typed)
    if phone.warning:
        ctx.warn(cells.line, "phone", phone.warning)
    values["phone"], values["phone_e164"] = phone.typed, phone.e164
    values["address"] = check.check(customer_text, cells["address"], "address", multiline=True) or ""
    channel = check.check(choice, cells["preferred_channel"], CHANNELS, "preferred_channel", "")
    values["preferred_channel"] = channel or ""
    values["notes"] = check.check(customer_text, cells["notes"], "notes", multiline=True) or ""
    values["consent_marketing"] = check.check(boolean, cells["consent_marketing"], "consent_marketing")
    created_at = check.check(instant, cells["created_at"], "created_at", check.notes)
    row = _Row(cells.line, values, created_at=created_at)
    seen: set[str] = set()
    for part in cells["tags"].split(";"):
        ref = check.check(tags.resolve, part, "tags")
        if ref is not None and tags.name_of(ref).casefold() not in seen:
            seen.add(tags.name_of(ref).casefold())
            row.tags.append(ref)
    check.raise_if_bad()
    ctx.warn_all(cells.line, check.notes)
    return row


@dataclass
class CustomersPlan:
    ctx: ImportContext
    creates: list[_Row] = field(default_factory=list)
    updates: list[_Update] = field(default_factory=list)
    unchanged: int = 0
    tags: NamedDirectory = field(default_factory=tag_directory)

    def counts(self) -> Counts:
        new_tags = len(self.tags.created)
        return Counts(
            created=len(self.creates), updated=len(self.updates), unchanged=self.unchanged, new_tags=new_tags
        )

    def write(self, batch_id: int) -> None:
        now = self.ctx.now
        self.tags.write_new(batch_id, now)
        columns = ("name", "name_key", *_FIELDS, "company_key", "created_at", "updated_at")
        rows = [
            (
                r.values["name"],
                fold(r.values["name"]),
                *[r.values[c] for c in _FIELDS[:-1]],
                bool(r.values["consent_marketing"]),
                fold(r.values["company"]),
                r.created_at or now,
                now,
            )
            for r in self.creates
        ]
        ids = insert_rows(Customer, columns, rows)
        record_changes(batch_id, "customer", ids)
        links = [
            (new_id, ref_id(tag)) for row, new_id in zip(self.creates, ids, strict=True) for tag in row.tags
        ]
        for update in self.updates:
            if update.changes:
                Customer.update({**update.changes, "updated_at": now}).where(
                    Customer.id == update.customer_id
                ).execute()
            links.extend((update.customer_id, ref_id(tag)) for tag in update.tags)
        insert_rows(CustomerTag, ("customer_id", "tag_id"), links, want_ids=False)
        updated = [update.customer_id for update in self.updates]
        record_changes(batch_id, "customer", updated, befores=[update.before for update in self.updates])
        # Customers rows touch no contacts, follow-ups or feedback: the summary columns stay true.


def plan_customers(ctx: ImportContext, targets: Mapping[int, int | None] | None = None) -> CustomersPlan:
    plan = CustomersPlan(ctx)
    directory = CustomerDirectory(ctx.contacts, ctx.now)
    first_line: dict[str, int] = {}
    updating: dict[int, int] = {}  # customer id -> the line that updates it
    matched: list[_Row] = []
    for cells in ctx.cells():
        try:
            row = _parse(cells, ctx, plan.tags)
            email = row.values["email"]
            if email:
                key = email_key(email)
                if key in first_line:
                    raise ValidationError("email", f"the same address as line {first_line[key]}")
                first_line[key] = row.line
                found = directory.by_email(key)
                row.target = found if isinstance(found, int) else None
            if targets is not None and row.line in targets:
                row.target = targets[row.line]
            if row.target is not None:
                if row.target in updating:
                    raise ValidationError(
                        "customer", f"updates the same customer as line {updating[row.target]}"
                    )
                updating[row.target] = row.line
        except ValidationError as error:
            ctx.bad_row(cells.line, error)
            continue
        (matched if row.target is not None else plan.creates).append(row)
    if matched and not ctx.problems:
        _plan_updates(plan, matched)
    return plan


def _plan_updates(plan: CustomersPlan, rows: list[_Row]) -> None:
    ids = [row.target for row in rows if row.target is not None]
    columns = ("name", "name_key", *_FIELDS, "company_key", "updated_at", "erased_at")
    query = f"SELECT id, {', '.join(columns)} FROM customer WHERE id IN ({{marks}})"
    stored = {r[0]: dict(zip(columns, r[1:], strict=True)) for r in select_in(query, ids)}
    tag_names: dict[int, list[str]] = {}
    for customer_id, name in select_in(
        "SELECT ct.customer_id, t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
        "WHERE ct.customer_id IN ({marks}) ORDER BY t.name",
        ids,
    ):
        tag_names.setdefault(customer_id, []).append(name)
    for row in rows:
        assert row.target is not None
        old = stored.get(row.target)
        if old is None or old["erased_at"] is not None:
            plan.ctx.bad_cells(row.line, {"customer": f"customer #{row.target} to update no longer exists"})
            continue
        changes: dict[str, Any] = {}
        for column, value in row.values.items():
            given = value not in ("", None) or (column == "phone_e164" and row.values["phone"])
            if given and value != (bool(old[column]) if column == "consent_marketing" else old[column]):
                changes[column] = value
        if "name" in changes:
            changes["name_key"] = fold(changes["name"])
        if "company" in changes:
            changes["company_key"] = fold(changes["company"])
        before = {column: old[column] for column in changes}
        current = {name.casefold() for name in tag_names.get(row.target, [])}
        new_tags = [tag for tag in row.tags if plan.tags.name_of(tag).casefold() not in current]
        if not changes and not new_tags:
            plan.unchanged += 1
            continue
        before["updated_at"] = old["updated_at"]
        if new_tags:
            before["tags"] = tag_names.get(row.target, [])
        plan.updates.append(_Update(row.target, changes, before, new_tags))
