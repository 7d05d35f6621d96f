"""Deep pages of the unfiltered customer list on SQLite, in a few milliseconds.

The list hides the trash. Written plainly ("deleted_at IS NULL ORDER BY name_key"), SQLite picks the
deleted_at index and sorts every customer for each page; testing each row against the trash instead
costs about a microsecond per row stepped over, so a page near the end of 100,000 takes tens of ms.

Here the page is read from the sort's own index, which holds just the sort key and the id:
- no trash: a plain ``LIMIT/OFFSET`` over the index;
- near the top of the list: the same, skipping trashed ids as it goes;
- deeper: the trash's sort keys are read once (the trash is small) and compared in Python to find
  the index position that has exactly ``offset`` live customers before it; the page starts there.
SQLite compares text by code point, as Python does, so both agree on the order.

Only for SQLite; other databases plan these queries well by themselves.
"""

from __future__ import annotations

import bisect
from typing import Any

from carebook import db

# (extra condition, key columns): one sort is one or more segments, listed one after the other. Each
# segment's condition and key columns are served by one index (``customer_queries._order`` agrees).
SEGMENTS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "name": (("", ("name_key", "id")),),
    "open_followups": (("", ("open_followups", "id")),),
    "created": (("", ("created_at", "id")),),
    "last_contact": (
        ("c.last_contact_at IS NOT NULL", ("last_contact_at", "id")),
        ("c.last_contact_at IS NULL", ("id",)),
    ),
    "company": (
        ("c.company_key > ''", ("company_key", "name_key", "id")),  # '>' seeks, '<>' would scan
        ("c.company_key = ''", ("name_key", "id")),
    ),
    "last_score": (
        ("c.last_score_norm IS NOT NULL", ("last_score_norm", "name_key", "id")),
        ("c.last_score_norm IS NULL", ("name_key", "id")),
    ),
}
# Skipping trashed ids row by row beats reading the trash's keys until the offset is this many
# times the size of the trash.
_ROWS_PER_TRASHED = 10
_TRASH = "(SELECT id FROM customer WHERE deleted_at IS NOT NULL) AS t CROSS JOIN customer AS c ON c.id = t.id"
_NOT_TRASHED = "c.id NOT IN (SELECT id FROM customer WHERE deleted_at IS NOT NULL)"

Key = tuple[Any, ...]


def _all(sql: str, params: list[object] | None = None) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in db.database.execute_sql(sql, params or []).fetchall()]


def _scalar(sql: str, params: list[object] | None = None) -> int:
    return int(db.database.execute_sql(sql, params or []).fetchone()[0])


def trashed_count() -> int:
    return _scalar("SELECT count(*) FROM customer WHERE deleted_at IS NOT NULL")


def page(sort: str, descending: bool, offset: int, limit: int) -> list[int] | None:
    """Ids of one page of live customers, or None when ``sort`` is not served here."""
    if sort not in SEGMENTS:
        return None
    trashed = trashed_count()
    ids: list[int] = []
    for condition, columns in SEGMENTS[sort]:
        if len(ids) == limit:
            break
        segment = _Segment(condition, columns, descending, trashed)
        found = segment.page(offset, limit - len(ids))
        ids.extend(found)
        if len(ids) < limit:  # the segment ran out: go on into the next one
            offset = 0 if found else max(0, offset - segment.size())
    return ids


class _Segment:
    def __init__(self, condition: str, columns: tuple[str, ...], descending: bool, trashed: int) -> None:
        self.condition = condition
        self.keys = columns  # the sort columns, the id last
        self.columns = ", ".join(f"c.{column}" for column in columns)
        self.descending = descending
        direction = " DESC" if descending else ""
        self.order = ", ".join(f"c.{column}{direction}" for column in columns)
        self.trashed = trashed
        self._trash: list[Key] | None = None

    def _where(self, *terms: str) -> str:
        parts = [term for term in (self.condition, *terms) if term]
        return f" WHERE {' AND '.join(parts)}" if parts else ""

    def _sorted(self, what: str, *terms: str) -> str:
        return f"SELECT {what} FROM customer AS c{self._where(*terms)} ORDER BY {self.order}"

    @property
    def trash(self) -> list[Key]:
        """Sort keys of this segment's trashed customers, ascending."""
        if self._trash is None:
            rows = _all(f"SELECT {self.columns} FROM {_TRASH}{self._where()}") if self.trashed else []
            self._trash = sorted(rows)
        return self._trash

    def _trashed_before(self, key: Key) -> int:
        if self.descending:
            return len(self.trash) - bisect.bisect_right(self.trash, key)
        return bisect.bisect_left(self.trash, key)

    def _parts(self, anchor: Key) -> list[tuple[str, list[Any]]]:
        """WHERE terms covering, in order, the rows from ``anchor`` on. For keys (a, b, id):
        "a = ? AND b = ? AND id >= ?", then "a = ? AND b > ?", then "a > ?". Each seeks straight into
        the index, where a row value "(a, b, id) >= (?, ?, ?)" would scan a run of equal keys."""
        on, past = ("<=", "<") if self.descending else (">=", ">")
        parts = []
        for depth in range(len(self.keys) - 1, -1, -1):
            terms = [f"c.{column} = ?" for column in self.keys[:depth]]
            terms.append(f"c.{self.keys[depth]} {on if depth == len(self.keys) - 1 else past} ?")
            parts.append((" AND ".join(terms), list(anchor[: depth + 1])))
        return parts

    def _rows_from(self, anchor: Key, skip: int, limit: int, what: str, *terms: str) -> list[Key]:
        """Up to ``limit`` rows from ``anchor`` on (inclusive), after skipping ``skip`` of them."""
        found: list[Key] = []
        for where, params in self._parts(anchor):
            rows = _all(
                self._sorted(what, where, *terms) + " LIMIT ? OFFSET ?", [*params, limit - len(found), skip]
            )
            found.extend(rows)
            if len(found) >= limit:
                break
            if skip:  # rows found: the skip was used up; none: this part held fewer rows than the skip
                count = f"SELECT count(*) FROM customer AS c{self._where(where, *terms)}"
                skip = 0 if rows else skip - _scalar(count, params)
        return found

    def _key_at(self, anchor: Key | None, skip: int) -> Key | None:
        if anchor is None:
            rows = _all(self._sorted(self.columns) + " LIMIT 1 OFFSET ?", [skip])
        else:
            rows = self._rows_from(anchor, skip, 1, self.columns)
        return rows[0] if rows else None

    def page(self, offset: int, limit: int) -> list[int]:
        """Ids of the live customers at positions ``offset``.. of this segment."""
        if not self.trashed or offset < self.trashed * _ROWS_PER_TRASHED:
            skip_trash = _NOT_TRASHED if self.trashed else ""
            sql = self._sorted("c.id", skip_trash) + " LIMIT ? OFFSET ?"
            return [int(row[0]) for row in _all(sql, [limit, offset])]
        # Find the index position X with exactly ``offset`` live rows before it:
        # X = offset + (trashed rows before X). Climbing from X = offset reaches it in a few steps.
        position, anchor, at = offset, None, 0
        while True:
            key = self._key_at(anchor, position - at)
            if key is None:
                return []
            anchor, at = key, position
            wanted = offset + self._trashed_before(key)
            if wanted == position:
                break
            position = wanted
        return [int(row[0]) for row in self._rows_from(anchor, 0, limit, "c.id", _NOT_TRASHED)]

    def size(self) -> int:
        """Live customers in this segment."""
        return _scalar(f"SELECT count(*) FROM customer AS c{self._where()}") - len(self.trash)
