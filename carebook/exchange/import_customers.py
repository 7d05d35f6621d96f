"""Importing the customers CSV: a row whose email matches a customer updates it, any other row creates one.

An update changes only the cells the file fills in (an empty cell keeps what is stored) and adds the
row's tags to the customer's tags; it keeps the earlier values for undo.

``targets`` (line -> customer id, or None) overrides that choice per row, as the import wizard's user
decided after ``matching.find_matches``: the row updates that customer, or (None) creates a new one.
Two rows cannot update the same customer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from carebook.contact_info import email_key
from carebook.customer_schema import CSV_FIELDS, Field, Kind
from carebook.errors import ValidationError
from carebook.exchange.bulk import insert_rows, record_changes, select_in
from carebook.exchange.outcome import Counts, ImportContext
from carebook.exchange.resolve import CustomerDirectory, NamedDirectory, New, ref_id, tag_directory
from carebook.exchange.values import (
    Cells,
    RowCheck,
    boolean,
    choice,
    customer_text,
    instant,
    local_date,
    one_line,
)
from carebook.models import Customer, CustomerTag
from carebook.services.customer_fields import every_days
from carebook.text import fold

# Stored columns a customers row can set (with the field each belongs to), in insert order; then the
# sort keys, folded from their field's value.
_STORED: tuple[tuple[str, Field], ...] = tuple(
    (column, f)
    for f in CSV_FIELDS
    if f.kind not in (Kind.TAGS, Kind.INSTANT)
    for column in (f.name, *f.derived)
)
_COLUMNS = tuple(column for column, _f in _STORED)
_SORT_KEYS: tuple[Field, ...] = tuple(f for f in CSV_FIELDS if f.sort_key)
_INSTANTS: tuple[Field, ...] = tuple(f for f in CSV_FIELDS if f.kind is Kind.INSTANT)


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


def _text(f: Field, cells: Cells, check: RowCheck, ctx: ImportContext, values: dict[str, Any]) -> None:
    multiline = f.kind is Kind.MULTILINE
    values[f.name] = check.check(customer_text, cells[f.name], f.name, multiline=multiline) or ""
    if f.required and not values[f.name] and f.name not in check.errors:
        check.add(f.name, f"is empty; every customer needs a {f.label.lower()}")


def _email(f: Field, cells: Cells, check: RowCheck, ctx: ImportContext, values: dict[str, Any]) -> None:
    values[f.name] = check.check(ctx.contacts.email, one_line(cells[f.name]), f.name) or ""


def _phone(f: Field, cells: Cells, check: RowCheck, ctx: ImportContext, values: dict[str, Any]) -> None:
    phone = ctx.contacts.phone(check.check(customer_text, cells[f.name], f.name) or "")
    if phone.warning:
        ctx.warn(cells.line, f.name, phone.warning)
    values[f.name], values[f.derived[0]] = phone.typed, phone.e164


def _choice(f: Field, cells: Cells, check: RowCheck, ctx: ImportContext, values: dict[str, Any]) -> None:
    values[f.name] = check.check(choice, cells[f.name], f.choices, f.name, "") or ""


def _flag(f: Field, cells: Cells, check: RowCheck, ctx: ImportContext, values: dict[str, Any]) -> None:
    values[f.name] = check.check(boolean, cells[f.name], f.name)


def _days(f: Field, cells: Cells, check: RowCheck, ctx: ImportContext, values: dict[str, Any]) -> None:
    values[f.name] = check.check(every_days, cells[f.name], f.name)


def _date(f: Field, cells: Cells, check: RowCheck, ctx: ImportContext, values: dict[str, Any]) -> None:
    found = check.check(local_date, cells[f.name], f.name)
    values[f.name] = found.isoformat() if found is not None else None


_PARSERS: dict[Kind, Callable[[Field, Cells, RowCheck, ImportContext, dict[str, Any]], None]] = {
    Kind.TEXT: _text,
    Kind.MULTILINE: _text,
    Kind.EMAIL: _email,
    Kind.PHONE: _phone,
    Kind.CHOICE: _choice,
    Kind.FLAG: _flag,
    Kind.DAYS: _days,
    Kind.DATE: _date,
}


def _parse(cells: Cells, ctx: ImportContext, tags: NamedDirectory) -> _Row:
    check = RowCheck()
    values: dict[str, Any] = {}
    for column, f in _STORED:
        if column == f.name:
            _PARSERS[f.kind](f, cells, check, ctx, values)
    created_at = None
    for f in _INSTANTS:  # when the customer came: ``created_at``
        created_at = check.check(instant, cells[f.name], f.name, check.notes)
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


def _stored(f: Field, value: Any) -> Any:
    """A value as the database holds it (a flag left empty is "no"; a date is ``YYYY-MM-DD`` text)."""
    if value is None:
        return f.empty
    if f.kind is Kind.FLAG:
        return bool(value)
    if f.kind is Kind.DATE:
        return str(value)[:10]
    return value


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
        columns = (*_COLUMNS, *(f.sort_key for f in _SORT_KEYS), "created_at", "updated_at")
        rows = [
            (
                *[_stored(f, r.values[c]) for c, f in _STORED],
                *[fold(r.values[f.name]) for f in _SORT_KEYS],
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
    columns = (*_COLUMNS, *(f.sort_key for f in _SORT_KEYS), "updated_at", "erased_at")
    query = f"SELECT id, {', '.join(columns)} FROM customer WHERE id IN ({{marks}})"
    fields = dict(_STORED)
    stored = {
        r[0]: {c: _stored(fields[c], v) if c in fields else v for c, v in zip(columns, r[1:], strict=True)}
        for r in select_in(query, ids)
    }
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
        for column, f in _STORED:
            given = row.values[f.name] not in ("", None)  # a derived column goes with its field
            if given and _stored(f, row.values[column]) != old[column]:
                changes[column] = _stored(f, row.values[column])
        changes.update({f.sort_key: fold(changes[f.name]) for f in _SORT_KEYS if f.name in changes})
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
