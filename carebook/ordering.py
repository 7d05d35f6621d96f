"""ORDER BY terms that sort empty values (NULL) the same on every engine: as SQLite does.

SQLite sorts NULL before every value, so first going up and last going down; PostgreSQL does the opposite.
Lists, reports and exports sort through ``ordered`` so both engines give the same rows in the same order.
A column declared NOT NULL gets a plain term (a server then reads it straight from its index); anything
else says where its NULLs go (``NULLS FIRST``/``NULLS LAST``, which SQLite takes without losing its index).
"""

from __future__ import annotations

import peewee


def ordered(key: peewee.ColumnBase, descending: bool = False) -> peewee.Ordering:
    """``key`` ascending (NULLs first) or descending (NULLs last)."""
    if isinstance(key, peewee.Field) and not key.null:
        return key.desc() if descending else key.asc()
    return key.desc(nulls="LAST") if descending else key.asc(nulls="FIRST")
