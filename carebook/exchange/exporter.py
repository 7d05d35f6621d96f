"""CSV export of the four tables, in the same columns the importer reads.

Times are written in the shop's local time (``YYYY-MM-DD HH:MM:SS``); a local time that happens twice
(the hour when clocks go back) is written with its UTC offset instead, so importing it gives back the
same instant. Customers in the trash or erased are left out, with their contacts.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from carebook.clock import INSTANT_FORMAT, format_instant, shop_zone, to_local, to_utc
from carebook.customer_schema import CSV_FIELDS, Kind
from carebook.db import database, reads
from carebook.exchange.columns import SPECS, spec_for
from carebook.exchange.csv_format import write_table

_LIVE = "c.deleted_at IS NULL AND c.erased_at IS NULL"


@dataclass(frozen=True)
class ExportResult:
    kind: str
    path: Path
    rows: int


def local_text(stored: str | None) -> str:
    """A stored naive-UTC instant as shop-local text; with an offset when the local time is ambiguous."""
    if not stored:
        return ""
    instant = datetime.strptime(stored[:19], INSTANT_FORMAT)
    local = to_local(instant).replace(fold=0)  # the text cannot carry ``fold``: check what it reads back as
    if to_utc(local) == instant:
        return local.strftime(INSTANT_FORMAT)
    zone = shop_zone()
    aware = instant.replace(tzinfo=UTC)
    return (aware.astimezone(zone) if zone is not None else aware.astimezone()).isoformat(sep=" ")


def _yes_no(value: Any) -> str:
    return "yes" if value else "no"


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def _clock(value: str | None) -> str:
    if not value:
        return ""
    return value[:5] if value[5:] in ("", ":00") else value


def customer_cells(values: Mapping[str, Any]) -> list[str]:
    """A customer's cells in the customers CSV columns, from its values by field name (instants as
    stored text or naive-UTC datetimes, dates as text or dates, tags as names)."""
    cells = []
    for f in CSV_FIELDS:
        value = values[f.name]
        if f.kind is Kind.TAGS:
            cells.append(";".join(value))
        elif f.kind is Kind.FLAG:
            cells.append(_yes_no(value))
        elif f.kind is Kind.INSTANT:
            cells.append(local_text(format_instant(value) if isinstance(value, datetime) else value))
        elif f.kind is Kind.DATE:
            cells.append(str(value)[:10] if value else "")
        else:
            cells.append("" if value is None else str(value))
    return cells


_STORED_CSV = tuple(f.name for f in CSV_FIELDS if f.kind is not Kind.TAGS)


def _customers() -> Iterator[list[str]]:
    tags: dict[int, list[str]] = {}
    for customer_id, name in database.execute_sql(
        "SELECT ct.customer_id, t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id ORDER BY t.name"
    ):
        tags.setdefault(customer_id, []).append(name)
    columns = ", ".join(f"c.{name}" for name in _STORED_CSV)
    cursor = database.execute_sql(
        f"SELECT c.id, {columns} FROM customer c WHERE {_LIVE} ORDER BY c.name_key, c.id"
    )
    for customer_id, *stored in cursor:
        values = dict(zip(_STORED_CSV, stored, strict=True))
        yield customer_cells({**values, "tags": tags.get(customer_id, [])})


def _interactions() -> Iterator[list[str]]:
    cursor = database.execute_sql(
        "SELECT i.occurred_at, c.name, c.email, i.channel, i.direction, i.reason, i.summary, i.notes, "
        "s.name, i.status, i.resolved_first_contact, i.resolved_at, i.waited_minutes, i.duration_minutes "
        "FROM interaction i JOIN customer c ON c.id = i.customer_id LEFT JOIN staff s ON s.id = i.staff_id "
        f"WHERE {_LIVE} ORDER BY i.occurred_at, i.id"
    )
    for row in cursor:
        occurred, name, email, channel, direction, reason, summary, notes, staff, status = row[:10]
        first, resolved, waited, duration = row[10:]
        yield [
            local_text(occurred),
            name,
            email,
            channel,
            direction,
            reason,
            summary,
            notes,
            staff or "",
            status,
            _yes_no(first),
            local_text(resolved),
            _number(waited),
            _number(duration),
        ]


def _feedback() -> Iterator[list[str]]:
    cursor = database.execute_sql(
        "SELECT f.received_at, c.name, c.email, f.kind, f.score, f.comment FROM feedback f "
        f"JOIN customer c ON c.id = f.customer_id WHERE {_LIVE} ORDER BY f.received_at, f.id"
    )
    for received, name, email, kind, score, comment in cursor:
        yield [local_text(received), name, email, kind, str(score), comment]


def _followups() -> Iterator[list[str]]:
    cursor = database.execute_sql(
        "SELECT f.due_on, f.due_time, c.name, c.email, s.name, f.note, f.priority, f.done_at FROM followup f "
        "JOIN customer c ON c.id = f.customer_id LEFT JOIN staff s ON s.id = f.assignee_id "
        f"WHERE {_LIVE} ORDER BY f.due_on, f.due_time IS NOT NULL, f.due_time, f.id"
    )
    for due_on, due_time, name, email, assignee, note, priority, done_at in cursor:
        yield [
            str(due_on),
            _clock(due_time),
            name,
            email,
            assignee or "",
            note,
            priority,
            local_text(done_at),
        ]


_ROWS = {
    "customers": _customers,
    "interactions": _interactions,
    "feedback": _feedback,
    "followups": _followups,
}
assert set(_ROWS) == set(SPECS)


@reads
def export_csv(kind: str, path: str | os.PathLike[str], *, force: bool = False) -> ExportResult:
    """Write every row of ``kind`` to ``path`` (an existing file only with ``force``; never a database or
    backup); CarebookError with one line when it cannot be written."""
    spec = spec_for(kind)
    target = Path(path)
    count = write_table(target, spec.columns, _ROWS[kind](), force=force)
    return ExportResult(kind, target, count)
