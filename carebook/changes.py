"""What another seat or program changed: a ``ChangeSet`` of tables and, where known, record ids.

On PostgreSQL every committed write notifies the channel ``CHANNEL`` (DESIGN.md) with payloads naming
what it touched, one notification per table: ``interaction:12,13`` (these rows) or ``interaction`` (some
rows, which ones not said: a bulk write). ``parse`` reads one payload, ``payload`` writes one, and
``ChangeSet.merged`` gathers several (a transaction's notifications arrive together). SQLite only says
that something changed (``PRAGMA data_version``): ``ChangeSet.everything()``.

Pages ask ``touches("followup")`` to know whether to refresh at all, and ``ids_of("customer")`` to
refresh only those rows (None: any row may have changed, refresh the whole view).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

CHANNEL = "carebook_changes"
MAX_PAYLOAD = 7900  # PostgreSQL refuses payloads of 8000 bytes or more
_EMPTY: Mapping[str, frozenset[int] | None] = MappingProxyType({})


@dataclass(frozen=True)
class ChangeSet:
    # table -> the ids changed, or None when any row of it may have changed
    tables: Mapping[str, frozenset[int] | None] = field(default_factory=lambda: _EMPTY)
    all_tables: bool = False  # something changed, nobody said what (SQLite, or a lost notification)

    @classmethod
    def everything(cls) -> ChangeSet:
        return cls(all_tables=True)

    @classmethod
    def of(cls, table: str, ids: Iterable[int] | None = None) -> ChangeSet:
        return cls(MappingProxyType({table: None if ids is None else frozenset(int(i) for i in ids)}))

    def __bool__(self) -> bool:
        return self.all_tables or bool(self.tables)

    def touches(self, *tables: str) -> bool:
        return self.all_tables or any(table in self.tables for table in tables)

    def ids_of(self, table: str) -> frozenset[int] | None:
        """The ids of ``table`` known to have changed: empty when none, None when any may have."""
        if self.all_tables:
            return None
        if table not in self.tables:
            return frozenset()
        return self.tables[table]

    def merged(self, other: ChangeSet) -> ChangeSet:
        if self.all_tables or other.all_tables:
            return ChangeSet.everything()
        tables: dict[str, frozenset[int] | None] = dict(self.tables)
        for table, ids in other.tables.items():
            if table in tables:
                known = tables[table]
                tables[table] = None if known is None or ids is None else known | ids
            else:
                tables[table] = ids
        return ChangeSet(MappingProxyType(tables))


def payload(table: str, ids: Iterable[int] | None = None) -> str:
    """The notification text for ``table``'s changed rows; only the table when the ids would not fit."""
    if ids is None:
        return table
    text = f"{table}:{','.join(str(int(i)) for i in sorted(set(ids)))}"
    return text if len(text) <= MAX_PAYLOAD else table


def parse(text: str) -> ChangeSet:
    """The ChangeSet of one notification payload; anything unreadable means "something changed"."""
    table, _, ids = text.strip().partition(":")
    if not table.isidentifier():
        return ChangeSet.everything()
    if not ids:
        return ChangeSet.of(table)
    try:
        return ChangeSet.of(table, (int(part) for part in ids.split(",")))
    except ValueError:
        return ChangeSet.of(table)
