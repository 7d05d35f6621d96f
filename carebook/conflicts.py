"""Edits that cannot be lost silently: versions, conflicts and the three-way field merge.

Every record a person edits carries a ``version`` (migration 0011), raised by one on each save. A save
names the version it loaded (``expected``) with the values as loaded (``base``) and as typed (``mine``).
When the stored version moved on, another counter saved in between: ``reconcile`` compares the three per
field. Fields only one side changed (or both changed the same way) merge by themselves; fields both
changed differently are a ``Conflict``, raised as ``ConflictError`` for the clerk to decide ("Changed at
another counter": keep theirs, take the other, or merge field by field). A record deleted (or merged into
another) since it was loaded is a conflict too (``Conflict.deleted``).

Inside the write's transaction, ``locked_version`` reads the stored version and locks the row until the
commit, so no other writer can slip in between the comparison and the write; the write then sets
``version = version + 1`` (``bump``). Pure functions and dataclasses apart from ``locked_version``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from carebook.db import database, is_sqlite
from carebook.errors import CarebookError

# The tables whose records carry a version (DESIGN.md; ``setting`` too: one version per key).
VERSIONED_TABLES = ("customer", "interaction", "followup", "feedback", "staff", "setting")


@dataclass(frozen=True)
class FieldClash:
    """One field both sides changed, to different values."""

    field: str
    base: Any  # as the clerk loaded it
    mine: Any  # as the clerk typed it
    theirs: Any  # as saved at the other counter since


@dataclass(frozen=True)
class Conflict:
    """A save that met a record changed (or deleted) since it was loaded."""

    table: str
    record_id: int
    version: int  # the version stored now (0 when deleted): a save after deciding names this one
    clashes: tuple[FieldClash, ...] = ()
    # every field's value once merged (a clashing field holds mine), and the stored values compared
    merged: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    theirs: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    deleted: bool = False

    def resolved(self, choices: Mapping[str, Any]) -> dict[str, Any]:
        """The values to save: the merge, with the clerk's choice for each clashing field."""
        unknown = set(choices) - {clash.field for clash in self.clashes}
        if unknown:
            raise ValueError(f"not clashing fields: {sorted(unknown)}")
        return {**self.merged, **choices}


class ConflictError(CarebookError):
    """Raised by a save that would overwrite someone else's change; ``conflict`` says what clashed."""

    def __init__(self, conflict: Conflict) -> None:
        self.conflict = conflict
        # one record ("customer 12"), or a table edited as a whole by one form ("the settings")
        record = conflict.record_id
        what = f"{conflict.table} {record} was" if record else f"the {conflict.table} were"
        if conflict.deleted:
            text = f"{what} deleted at another counter"
        else:
            fields = ", ".join(clash.field for clash in conflict.clashes)
            text = f"{what} changed at another counter" + (f" ({fields})" if fields else "")
        super().__init__(text)


def three_way(
    base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any]
) -> tuple[dict[str, Any], tuple[FieldClash, ...]]:
    """Merge per field: (the merged values of every field in ``mine``, the fields that clash).

    A field the clerk did not change takes theirs; one only the clerk changed, or both changed alike,
    takes mine; one both changed differently clashes (and holds mine in the merged values).
    """
    merged: dict[str, Any] = {}
    clashes: list[FieldClash] = []
    for name, value in mine.items():
        was, now = base.get(name), theirs.get(name)
        if value == was:
            merged[name] = now
        elif now in (was, value):
            merged[name] = value
        else:
            merged[name] = value
            clashes.append(FieldClash(name, was, value, now))
    return merged, tuple(clashes)


def reconcile(
    table: str,
    record_id: int,
    *,
    expected: int | None,
    stored: int | None,
    base: Mapping[str, Any] | None,
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
) -> dict[str, Any]:
    """The values a save writes, or ``ConflictError``.

    ``expected`` is the version the clerk loaded (None: the caller did not load one, e.g. a script: the
    save goes ahead); ``stored`` the version now stored (None: the record is gone); ``base`` the values
    as loaded (None: unknown, so any field stored differently from what the clerk typed clashes).
    """
    if stored is None:
        raise ConflictError(Conflict(table, record_id, 0, deleted=True))
    if expected is None or expected == stored:
        return dict(mine)
    merged, clashes = three_way(base if base is not None else _unknown_base(mine), mine, theirs)
    if clashes:
        raise ConflictError(
            Conflict(
                table, record_id, stored, clashes, MappingProxyType(merged), MappingProxyType(dict(theirs))
            )
        )
    return merged


def _unknown_base(mine: Mapping[str, Any]) -> dict[str, Any]:
    """A base no stored value equals (object() is equal only to itself): every difference clashes."""
    return {name: object() for name in mine}


def locked_version(table: str, record_id: int) -> int | None:
    """The stored version of a record, its row locked until the transaction ends (None: no such record).

    Call inside the write's transaction. On PostgreSQL the row is locked ``FOR NO KEY UPDATE`` (other
    writers of that record wait; rows pointing at it are not blocked); SQLite's write transaction
    (``BEGIN IMMEDIATE``) already holds the whole database.
    """
    if table not in VERSIONED_TABLES:
        raise ValueError(f"{table} has no version")
    lock = "" if is_sqlite() else " FOR NO KEY UPDATE"
    param = "?" if database.param == "?" else "%s"
    sql = f"SELECT version FROM {table} WHERE id = {param}{lock}"
    row = database.execute_sql(sql, (record_id,)).fetchone()
    return None if row is None else int(row[0])


def bump() -> Any:
    """The peewee expression a versioned UPDATE sets ``version`` to: ``version + 1``."""
    from peewee import SQL

    return SQL("version + 1")
