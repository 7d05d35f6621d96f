"""Saves, deletes and merges that name what the clerk loaded, checked inside the write's transaction.

A form that loaded a record hands its save a ``Seen``: the version it loaded and the values as loaded, by
the names the save takes. ``guard`` (call it inside the write's transaction) locks the row
(``conflicts.locked_version``) and returns what to write: the values as typed when nobody saved in
between, else the field-by-field merge (``conflicts.reconcile``), or raises ``ConflictError``.
``guard_unchanged`` does the same for a delete or a merge: the record must still be as it was seen.
A caller that loaded nothing (a script, an import) passes ``seen=None`` and the write goes ahead.

``stored(names)`` is how each service reads a record's values now, by the same names; it returns None
when the record is gone for a person even though its row remains (a customer moved to the trash).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from carebook.conflicts import Conflict, ConflictError, FieldClash, locked_version, reconcile

Stored = Callable[[Iterable[str]], Mapping[str, Any] | None]


@dataclass(frozen=True)
class Seen:
    """What a form loaded: the record's ``version`` and its ``values`` (by the names its save takes)."""

    version: int
    values: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(cls, row: Any, names: Iterable[str]) -> Seen:
        """The version and the named attributes of a row a service returned."""
        return cls(int(row.version), MappingProxyType({name: getattr(row, name) for name in names}))

    def also(self, values: Mapping[str, Any]) -> Seen:
        """The same version with more values as loaded (e.g. fields a row names differently)."""
        return Seen(self.version, MappingProxyType({**self.values, **values}))


def _current(
    table: str, record_id: int, stored: Stored, names: Iterable[str]
) -> tuple[int | None, dict[str, Any]]:
    """The stored version (None: gone) and values, the row locked until the transaction ends."""
    version = locked_version(table, record_id)
    if version is None:
        return None, {}
    values = stored(names)
    return (None, {}) if values is None else (version, dict(values))


def guard(
    table: str, record_id: int, seen: Seen | None, mine: Mapping[str, Any], stored: Stored
) -> dict[str, Any]:
    """The values a save writes (see the module notes), or ``ConflictError``."""
    if seen is None:
        return dict(mine)
    version = locked_version(table, record_id)
    theirs: dict[str, Any] = {}
    if version is not None and version != seen.version:
        version, theirs = _current(table, record_id, stored, [*seen.values, *mine])
    return reconcile(
        table, record_id, expected=seen.version, stored=version, base=seen.values, mine=mine, theirs=theirs
    )


def guard_unchanged(table: str, record_id: int, seen: Seen | None, stored: Stored) -> None:
    """A delete or merge goes ahead only on a record still as ``seen``: else ``ConflictError`` naming the
    fields changed since (their values as seen and as stored), or ``Conflict.deleted``."""
    if seen is None:
        return
    version = locked_version(table, record_id)
    if version == seen.version:
        return
    theirs: dict[str, Any] = {}
    if version is not None:
        version, theirs = _current(table, record_id, stored, seen.values)
    if version is None:
        raise ConflictError(Conflict(table, record_id, 0, deleted=True))
    clashes = tuple(
        FieldClash(name, was, was, theirs.get(name))
        for name, was in seen.values.items()
        if theirs.get(name) != was
    )
    seen_values = MappingProxyType(dict(seen.values))
    raise ConflictError(Conflict(table, record_id, version, clashes, seen_values, MappingProxyType(theirs)))


def picked(
    row: Any, names: Iterable[str], renamed: Mapping[str, Callable[[Any], Any]] | None = None
) -> dict[str, Any]:
    """A row's values by the names a save takes: its attributes, or ``renamed[name](row)``."""
    special = renamed or {}
    return {name: special[name](row) if name in special else getattr(row, name) for name in names}
