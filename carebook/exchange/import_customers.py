"""Importing the customers CSV: a row whose email matches a customer updates it, any other row creates one.

An update changes only the cells the file fills in (an empty cell keeps what is stored) and adds the
row's tags to the customer's tags; it keeps the earlier values for undo.

``targets`` (line -> customer id, or None) overrides that choice per row, as the import wizard's user
decided after ``matching.find_matches``: the row updates that customer, or (None) creates a new one.
Two rows cannot update the same customer.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from carebook.conflicts import bump
from carebook.contact_info import email_key
from carebook.customer_schema import CSV_FIELDS, Field, Kind
from carebook.db import is_sqlite
from carebook.errors import ValidationError
from carebook.exchange.address_parts import checked_parts
from carebook.exchange.bulk import insert_rows, record_changes, select_in
from carebook.exchange.outcome import MAX_PROBLEMS, Counts, ImportContext, RowProblem
from carebook.exchange.resolve import CustomerDirectory, NamedDirectory, New, ref_id, tag_directory
from carebook.exchange.spool import Spool
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


# A checked row as spooled: its line, email key, the customer it updates (NULL: create one), whether it
# repeats an earlier row's email, its stored values (_COLUMNS, untyped: each kept as checked), created_at
# and tag ids ("3;-1").
_VALUES = ", ".join(_COLUMNS)
_SPOOLED = f"line INTEGER, email_key TEXT, target INTEGER, dup INTEGER, {_VALUES}, created_at TEXT, tags TEXT"
# An update as spooled: the customer, its changes and earlier values (JSON), the tag ids it adds.
_UPDATES = "customer_id INTEGER, changes TEXT, before TEXT, tags TEXT"


def _created(row: tuple[Any, ...], now: str) -> tuple[Any, ...]:
    """A spooled row (_VALUES, created_at, tags) as the columns of a new customer."""
    values = dict(zip(_COLUMNS, row[: len(_COLUMNS)], strict=True))
    return (
        *[_stored(f, values[c]) for c, f in _STORED],
        *[fold(values[f.name]) for f in _SORT_KEYS],
        row[-2] or now,
        now,
    )


def _tag_text(tags: Sequence[New | int]) -> str:
    return ";".join(str(ref_id(tag)) for tag in tags)


def _tag_ids(text: str) -> list[int]:
    return [int(part) for part in text.split(";") if part]


def _text(f: Field, cells: Cells, check: RowCheck, ctx: ImportContext, values: dict[str, Any]) -> None:
    multiline = f.kind is Kind.MULTILINE
    values[f.name] = check.check(customer_text, cells[f.name], f.name, multiline=multiline) or ""
    if f.required and not values[f.name] and f.name not in check.errors:
        check.add(f.name, f"is empty; every customer needs a {f.label.lower()}")
    for column in f.derived:  # an address's vCard parts, kept when they give the address read
        values[column] = checked_parts(values[f.name], cells[column])


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
        columns = (*_COLUMNS, *(f.sort_key for f in _SORT_KEYS), "created_at", "updated_at")
        query = f"SELECT {_VALUES}, created_at, tags FROM rows WHERE target IS NULL ORDER BY line"
        for batch in self.rows.batches(query):
            rows = [_created(row, now) for row in batch]
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
                    Customer.update({**changed, "updated_at": now, "version": bump()}).where(
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
        plan.rows.add(
            (row.line, key, target, 0, *[values[c] for c in _COLUMNS], row.created_at, _tag_text(row.tags))
        )


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
    columns = (*_COLUMNS, *(f.sort_key for f in _SORT_KEYS), "updated_at", "erased_at")
    query = f"SELECT id, {', '.join(columns)} FROM customer WHERE id IN ({{marks}})"
    if not is_sqlite():  # on a server, what another counter commits meanwhile must not slip in between
        query += " ORDER BY id FOR NO KEY UPDATE"  # reading the values and overwriting them (undo's record)
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
    for line, target, *given, tag_text in batch:
        old = stored.get(target)
        if old is None or old["erased_at"] is not None:
            plan.ctx.bad_cells(line, {"customer": f"customer #{target} to update no longer exists"})
            continue
        values = dict(zip(_COLUMNS, given, strict=True))
        changes: dict[str, Any] = {}
        for column, f in _STORED:
            filled = values[f.name] not in ("", None)  # a derived column goes with its field
            kept = column != f.name and not values[column] and _stored(f, values[f.name]) == old[f.name]
            if filled and not kept and _stored(f, values[column]) != old[column]:
                changes[column] = _stored(f, values[column])
        changes.update({f.sort_key: fold(changes[f.name]) for f in _SORT_KEYS if f.name in changes})
        before = {column: old[column] for column in changes}
        current = {name.casefold() for name in tag_names.get(target, [])}
        new_tags = [tag for tag in _tag_ids(tag_text) if plan.tags.name_of(tag).casefold() not in current]
        if not changes and not new_tags:
            plan.unchanged += 1
            continue
        before["updated_at"] = old["updated_at"]
        if new_tags:
            before["tags"] = tag_names.get(target, [])
        plan.updates.add((target, json.dumps(changes), json.dumps(before, default=str), _tag_text(new_tags)))
