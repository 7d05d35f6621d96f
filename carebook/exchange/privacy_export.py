"""Export everything Carebook holds about one customer (a subject access request), as JSON and CSV.

``export_person(customer, folder)`` creates a new folder ``carebook-customer-<id>-<name>`` inside
``folder`` holding:
- ``customer.json``: the record, tags, contacts, follow-ups and scores, every field, instants in UTC
  (ISO 8601 with ``Z``), due dates and times in the shop's local time;
- ``customer.csv``, ``contacts.csv``, ``followups.csv``, ``scores.csv``: the same in the columns of
  Carebook's CSV import files (local times), UTF-8 with a BOM and formula-safe, so a spreadsheet opens
  them and another Carebook can import them.
The new folder is readable by its owner only (0700) and so is every file (0600). Its name comes from the
customer's number and a plain-letters form of the name (``kari-nordmann``), so no name can lead a file
elsewhere (``../``, ``/``, drive letters and the like are impossible).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from carebook import __version__, safe_write, settings
from carebook.clock import format_instant, utc_now
from carebook.customer_schema import FIELDS
from carebook.db import reads
from carebook.errors import CarebookError
from carebook.exchange.columns import SPECS
from carebook.exchange.csv_format import write_table
from carebook.exchange.exporter import customer_cells, local_text
from carebook.services import feedback, followup_rows, interactions
from carebook.services.customer_rows import CustomerRow
from carebook.services.privacy import owner_only_folder, resolve_customer
from carebook.text import fold
from carebook.translation import _

_SLUG = re.compile(r"[^a-z0-9]+")
_SLUG_LENGTH = 40


@dataclass(frozen=True)
class PersonExport:
    customer_id: int
    folder: Path
    files: tuple[Path, ...]
    contacts: int
    followups: int
    scores: int


def slug(name: str) -> str:
    """A file-name-safe form of a name: ASCII letters and digits joined by '-' (may be empty)."""
    return _SLUG.sub("-", fold(name)).strip("-")[:_SLUG_LENGTH].strip("-")


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date | time):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _local(value: datetime | None) -> str:
    return local_text(format_instant(value)) if value is not None else ""


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def _new_folder(parent: Path, customer: CustomerRow) -> Path:
    if not parent.exists():
        if not parent.parent.is_dir():
            raise CarebookError(
                _("{parent}: the folder {folder} does not exist").format(parent=parent, folder=parent.parent)
            )
        owner_only_folder(parent)
    if not parent.is_dir():
        raise CarebookError(_("{parent}: is not a folder").format(parent=parent))
    base = "-".join(part for part in ("carebook-customer", str(customer.id), slug(customer.name)) if part)
    for attempt in range(1, 1000):
        candidate = parent / (base if attempt == 1 else f"{base}-{attempt}")
        try:
            return owner_only_folder(candidate)
        except FileExistsError:
            continue
    raise CarebookError(
        _("{parent}: too many earlier exports of this customer; move some away first").format(parent=parent)
    )


def customer_record(person: CustomerRow) -> dict[str, Any]:
    """Every value kept about the customer: the fields under their export names
    (``carebook.customer_schema``), then what Carebook keeps beside them under their own names."""
    values = asdict(person)
    record = {f.exported_as: values.pop(f.name) for f in FIELDS}
    return {"id": values.pop("id"), **record, **values}


def _write_json(path: Path, data: dict[str, Any]) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2, default=_json_value)
    with safe_write.atomic_write(path, text=True, newline="\n") as handle:  # a new file: never replaces
        handle.write(text + "\n")


@reads
def _gather(ref: int | str) -> tuple[CustomerRow, tuple[Any, ...], tuple[Any, ...], tuple[Any, ...]]:
    customer = resolve_customer(ref)
    return (
        customer,
        interactions.for_customer(customer.id),
        followup_rows.for_customer(customer.id),
        feedback.for_customer(customer.id),
    )


def export_person(customer: int | str, folder: str | os.PathLike[str]) -> PersonExport:
    """Write everything about ``customer`` (a number or an email) into a new folder inside ``folder``."""
    person, contacts, followups, scores = _gather(customer)
    target = _new_folder(Path(folder).expanduser(), person)
    try:
        files = _write_all(target, person, contacts, followups, scores)
    except OSError as error:
        raise CarebookError(
            _("{target}: cannot be written ({reason})").format(target=target, reason=error.strerror or error)
        ) from error
    return PersonExport(person.id, target, files, len(contacts), len(followups), len(scores))


def _write_all(
    target: Path,
    person: CustomerRow,
    contacts: tuple[Any, ...],
    followups: tuple[Any, ...],
    scores: tuple[Any, ...],
) -> tuple[Path, ...]:
    data = {
        "exported_at": utc_now(),
        "exported_by": f"Carebook {__version__}",
        "shop": settings.get("shop_name"),
        "times": "instants (*_at) in UTC; due_on and due_time in the shop's local time",
        "customer": customer_record(person),
        "contacts": [asdict(c) for c in contacts],
        "follow_ups": [asdict(f) for f in followups],
        "scores": [asdict(s) for s in scores],
    }
    files = [target / "customer.json"]
    _write_json(files[0], data)
    tables: list[tuple[str, str, list[list[str]]]] = [
        ("customer.csv", "customers", [customer_cells(asdict(person))]),
        ("contacts.csv", "interactions", [_contact_cells(person, c) for c in contacts]),
        ("followups.csv", "followups", [_followup_cells(person, f) for f in followups]),
        ("scores.csv", "feedback", [_score_cells(person, s) for s in scores]),
    ]
    for name, kind, rows in tables:
        path = target / name
        write_table(path, SPECS[kind].columns, rows)
        files.append(path)
    return tuple(files)


def _contact_cells(c: CustomerRow, i: Any) -> list[str]:
    return [
        _local(i.occurred_at),
        c.name,
        c.email,
        i.channel,
        i.direction,
        i.reason,
        i.summary,
        i.notes,
        i.staff_name,
        i.status,
        _yes_no(i.resolved_first_contact),
        _local(i.resolved_at),
        _number(i.waited_minutes),
        _number(i.duration_minutes),
    ]


def _followup_cells(c: CustomerRow, f: Any) -> list[str]:
    clock_text = f.due_time.strftime("%H:%M") if f.due_time else ""
    return [
        f.due_on.isoformat(),
        clock_text,
        c.name,
        c.email,
        f.assignee_name,
        f.note,
        f.priority,
        _local(f.done_at),
    ]


def _score_cells(c: CustomerRow, s: Any) -> list[str]:
    return [_local(s.received_at), c.name, c.email, s.kind, str(s.score), s.comment]
