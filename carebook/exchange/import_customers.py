"""Importing the customers CSV: a row whose email matches a customer updates it, any other row creates one.

An update changes only the cells the file fills in (an empty cell keeps what is stored) and adds the
row's tags to the customer's tags; it keeps the earlier values for undo.

``targets`` (line -> customer id, or None) overrides that choice per row, as the import wizard's user
decided after ``matching.find_matches``: the row updates that customer, or (None) creates a new one.
Two rows cannot update the same customer.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from carebook.contact_info import email_key
from carebook.errors import ValidationError
from carebook.exchange.bulk import insert_rows, record_changes, select_in
from carebook.exchange.outcome import MAX_PROBLEMS, Counts, ImportContext, RowProblem
from carebook.exchange.resolve import CustomerDirectory, NamedDirectory, New, ref_id, tag_directory
from carebook.exchange.spool import Spool
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


# A checked row as spooled: its line, email key, the customer it updates (NULL: create one), whether it
# repeats an earlier row's email, its values (_FIELDS after name), created_at and tag ids ("3;-1").
_SPOOLED = (
    "line INTEGER, email_key TEXT, target INTEGER, dup INTEGER, name TEXT, company TEXT, email TEXT, "
    "phone TEXT, phone_e164 TEXT, address TEXT, preferred_channel TEXT, notes TEXT, consent INTEGER, "
    "created_at TEXT, tags TEXT"
)
_VALUES = "name, company, email, phone, phone_e164, address, preferred_channel, notes, consent"
# An update as spooled: the customer, its changes and earlier values (JSON), the tag ids it adds.
_UPDATES = "customer_id INTEGER, changes TEXT, before TEXT, tags TEXT"


def _tag_text(tags: list[New | int]) -> str:
    return ";".join(str(ref_id(tag)) for tag in tags)


def _tag_ids(text: str) -> list[int]:
    return [int(part) for part in text.split(";") if part]


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
    """The checked rows of a customers file, spooled (``spool``): counts, and writing them."""

    ctx: ImportContext
    rows: Spool = field(default_factory=lambda: Spool(_SPOOLED))
    updates: Spool = field(default_factory=lambda: Spool(_UPDATES))
    created: int = 0
    unchanged: int = 0
    tags: NamedDirectory = field(default_factory=tag_directory)

    def counts(self) -> Counts:
        updated = self.updates.one("SELECT count(*) FROM rows")
        new_tags = len(self.tags.created)
        return Counts(created=self.created, updated=updated, unchanged=self.unchanged, new_tags=new_tags)

    def close(self) -> None:
        self.rows.close()
        self.updates.close()

    def write(self, batch_id: int) -> None:
        now = self.ctx.now
        tags = self.tags
        tags.write_new(batch_id, now)
        columns = ("name", "name_key", *_FIELDS, "company_key", "created_at", "updated_at")
        query = f"SELECT {_VALUES}, created_at, tags FROM rows WHERE target IS NULL ORDER BY line"
        for batch in self.rows.batches(query):
            rows = [
                (name, fold(name), company, *rest, bool(consent), fold(company), created_at or now, now)
                for name, company, *rest, consent, created_at, _tags in batch
            ]
            ids = insert_rows(Customer, columns, rows)
            record_changes(batch_id, "customer", ids)
            links = [
                (new_id, tags.real_id(tag))
                for row, new_id in zip(batch, ids, strict=True)
                for tag in _tag_ids(row[-1])
            ]
            insert_rows(CustomerTag, ("customer_id", "tag_id"), links, want_ids=False)
        for batch in self.updates.batches(
            "SELECT customer_id, changes, before, tags FROM rows ORDER BY rowid"
        ):
            links = []
            for customer_id, changes, _before, tag_text in batch:
                changed = json.loads(changes)
                if changed:
                    Customer.update({**changed, "updated_at": now}).where(
                        Customer.id == customer_id
                    ).execute()
                links.extend((customer_id, tags.real_id(tag)) for tag in _tag_ids(tag_text))
            insert_rows(CustomerTag, ("customer_id", "tag_id"), links, want_ids=False)
            befores = [json.loads(row[2]) for row in batch]
            record_changes(batch_id, "customer", [row[0] for row in batch], befores=befores)
        # Customers rows touch no contacts, follow-ups or feedback: the summary columns stay true.


def plan_customers(ctx: ImportContext, targets: Mapping[int, int | None] | None = None) -> CustomersPlan:
    """Check every row (bad ones go to ``ctx``) and spool the good ones; the caller closes the plan."""
    plan = CustomersPlan(ctx)
    try:
        _spool_rows(plan, targets)
        _repeats(plan)
        if not ctx.problems:
            plan.created = plan.rows.one("SELECT count(*) FROM rows WHERE target IS NULL")
            _plan_updates(plan)
    except BaseException:
        plan.close()
        raise
    return plan


def _spool_rows(plan: CustomersPlan, targets: Mapping[int, int | None] | None) -> None:
    ctx = plan.ctx
    directory = CustomerDirectory(ctx.contacts, ctx.now)
    for cells in ctx.cells():
        try:
            row = _parse(cells, ctx, plan.tags)
        except ValidationError as error:
            ctx.bad_row(cells.line, error)
            continue
        values = row.values
        key = email_key(values["email"]) if values["email"] else None
        target = None
        if key is not None:
            found = directory.by_email(key)
            target = found if isinstance(found, int) else None
        if targets is not None and row.line in targets:
            target = targets[row.line]
        consent = values["consent_marketing"]
        plan.rows.add(
            (row.line, key, target, 0, *[values[c] for c in ("name", *_FIELDS[:-1])],
             None if consent is None else int(consent), row.created_at, _tag_text(row.tags))
        )  # fmt: skip


def _repeats(plan: CustomersPlan) -> None:
    """Rows that give an earlier row's email, or update the same customer as an earlier row."""
    spool = plan.rows
    found: list[RowProblem] = []
    count = 0
    for column, field_name, reason in (
        ("email_key", "email", "the same address as line {}"),
        ("target", "customer", "updates the same customer as line {}"),
    ):
        spool.index(column)
        repeated = (
            f"FROM rows r JOIN (SELECT {column} AS k, min(line) AS first FROM rows "
            f"WHERE {column} IS NOT NULL AND dup = 0 GROUP BY {column} HAVING count(*) > 1) f "
            f"ON r.{column} = f.k "
            "WHERE r.dup = 0 AND r.line > f.first"
        )
        rows = spool.rows(f"SELECT r.line, f.first {repeated} ORDER BY r.line LIMIT {MAX_PROBLEMS}")
        count += spool.one(f"SELECT count(*) {repeated}")
        found.extend(RowProblem(line, ((field_name, reason.format(first)),)) for line, first in rows)
        spool.execute_many(f"UPDATE rows SET dup = 1 WHERE line IN (SELECT r.line {repeated})", [()])
    if count:
        plan.ctx.add_problems(found, count)


def _plan_updates(plan: CustomersPlan) -> None:
    query = f"SELECT line, target, {_VALUES}, tags FROM rows WHERE target IS NOT NULL ORDER BY line"
    for batch in plan.rows.batches(query, size=500):
        _plan_batch(plan, batch)


def _plan_batch(plan: CustomersPlan, batch: list[tuple[Any, ...]]) -> None:
    ids = [row[1] for row in batch]
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
    value_columns = ("name", *_FIELDS)
    for line, target, *given, tag_text in batch:
        old = stored.get(target)
        if old is None or old["erased_at"] is not None:
            plan.ctx.bad_cells(line, {"customer": f"customer #{target} to update no longer exists"})
            continue
        values = dict(zip(value_columns, given, strict=True))
        if values["consent_marketing"] is not None:
            values["consent_marketing"] = bool(values["consent_marketing"])
        changes: dict[str, Any] = {}
        for column, value in values.items():
            filled = value not in ("", None) or (column == "phone_e164" and values["phone"])
            if filled and value != (bool(old[column]) if column == "consent_marketing" else old[column]):
                changes[column] = value
        if "name" in changes:
            changes["name_key"] = fold(changes["name"])
        if "company" in changes:
            changes["company_key"] = fold(changes["company"])
        before = {column: old[column] for column in changes}
        current = {name.casefold() for name in tag_names.get(target, [])}
        new_tags = [tag for tag in _tag_ids(tag_text) if plan.tags.name_of(tag).casefold() not in current]
        if not changes and not new_tags:
            plan.unchanged += 1
            continue
        before["updated_at"] = old["updated_at"]
        if new_tags:
            before["tags"] = tag_names.get(target, [])
        plan.updates.add((target, json.dumps(changes), json.dumps(before), _tag_text(new_tags)))
