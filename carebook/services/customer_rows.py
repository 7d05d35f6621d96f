"""The plain ``CustomerRow`` that every customer read returns, and loading rows with their tags.

A list of rows costs two queries whatever its length: one for the customers, one for all their tags.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from carebook.customer_schema import CustomerValues, Kind, of_kind
from carebook.db import database

# SQLite allows 32,766 parameters per statement; stay far below for every backend.
CHUNK = 1000


@dataclass(frozen=True)
class CustomerRow(CustomerValues):
    """A customer: every field of ``carebook.customer_schema`` and what Carebook keeps beside them."""

    id: int
    phone_e164: str  # "" when the number was not valid
    updated_at: datetime  # naive UTC, like every instant below
    deleted_at: datetime | None  # in the trash since
    erased_at: datetime | None
    last_contact_at: datetime | None
    open_followups: int
    open_contacts: int
    last_score_kind: str  # csat / nps / ces, or "" when no feedback yet
    last_score: int | None
    version: int = 1  # raised by each save (``carebook.versions``)

    @property
    def trashed(self) -> bool:
        return self.deleted_at is not None


# CustomerRow's fields as stored, without ``tags``; a page is read with plain SQL because building and
# converting 100 rows through the ORM costs more than the query itself.
_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(CustomerRow) if f.name != "tags")
_INSTANTS = frozenset(name for name in _COLUMNS if name.endswith("_at"))
_FLAGS = frozenset(f.name for f in of_kind(Kind.FLAG))
_DATES = frozenset(f.name for f in of_kind(Kind.DATE))
_ID = _COLUMNS.index("id")


def tag_order(name: str) -> tuple[str, str]:
    """Sort key for tag names: case-insensitive, exact spelling as the tie-breaker."""
    return (name.casefold(), name)


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def unique_ids(ids: Iterable[int]) -> list[int]:
    """The ids as ints, first occurrence kept, in the order given."""
    return list(dict.fromkeys(int(i) for i in ids))


def _marks(count: int) -> str:
    return ", ".join([database.param] * count)


def tags_by_customer(ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """Tag names of these customers (one query per CHUNK ids), each tuple sorted case-insensitively."""
    found: dict[int, list[str]] = {}
    for chunk in chunks(ids):
        sql = (
            "SELECT ct.customer_id, t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id"
            f" WHERE ct.customer_id IN ({_marks(len(chunk))})"
        )
        for customer_id, name in database.execute_sql(sql, list(chunk)):
            found.setdefault(customer_id, []).append(name)
    return {key: tuple(sorted(names, key=tag_order)) for key, names in found.items()}


def load_rows(ids: Iterable[int]) -> tuple[CustomerRow, ...]:
    """Rows for these ids in the order given; ids that do not exist are left out."""
    wanted = unique_ids(ids)
    by_id: dict[int, tuple[Any, ...]] = {}
    for chunk in chunks(wanted):
        sql = f"SELECT {', '.join(_COLUMNS)} FROM customer WHERE id IN ({_marks(len(chunk))})"
        for values in database.execute_sql(sql, list(chunk)):
            by_id[values[_ID]] = values
    tags = tags_by_customer(list(by_id))
    return tuple(_row(by_id[i], tags.get(i, ())) for i in wanted if i in by_id)


def _instant(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _value(name: str, value: Any) -> Any:
    if name in _INSTANTS:
        return _instant(value)
    if name in _FLAGS:
        return bool(value)
    if name in _DATES:
        return _date(value)
    return value


def _row(values: tuple[Any, ...], tags: tuple[str, ...]) -> CustomerRow:
    named = {name: _value(name, value) for name, value in zip(_COLUMNS, values, strict=True)}
    return CustomerRow(tags=tags, **named)
