"""Full table dumps, to prove an undo gives back exactly what was there."""

from __future__ import annotations

from typing import Any

from carebook.db import database, is_sqlite

# Bookkeeping of the operations under test, and FTS5's own storage (its segments are rewritten by any
# change, so they are compared through search results and the index's integrity check instead).
_SKIPPED = ("import_batch", "import_change", "merge_record", "schema_migration")
_FTS_SHADOW = ("_data", "_idx", "_docsize", "_config", "_content")


def dump(skip_columns: tuple[str, ...] = ()) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every data table (the search index's plain ``search_doc`` table included), sorted;
    without the columns named in ``skip_columns`` (e.g. ``version``, which only ever rises)."""
    names = database.get_tables()
    tables = [
        name
        for name in names
        if name not in _SKIPPED
        and not name.startswith("sqlite_")
        and not (name.startswith("search_") and name != "search_doc")
    ]
    assert {"customer", "interaction", "followup", "feedback", "tag", "customer_tag", "staff"} <= set(tables)
    def columns(name: str) -> str:
        if not skip_columns:
            return "*"
        return ", ".join(f'"{c.name}"' for c in database.get_columns(name) if c.name not in skip_columns)

    return {
        name: sorted(
            (tuple(row) for row in database.execute_sql(f'SELECT {columns(name)} FROM "{name}"')), key=repr
        )
        for name in tables
    }


def fts_rows() -> dict[str, list[tuple[Any, ...]]]:
    """What the word indexes hold (term, rowid, column, offset), read through FTS5's vocabulary tables
    (on a server the index is in the tables ``dump`` reads)."""
    rows: dict[str, list[tuple[Any, ...]]] = {}
    if not is_sqlite():
        return rows
    for table in ("search_note", "search_text"):
        database.execute_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_terms USING fts5vocab(main, {table}, instance)"
        )
        rows[table] = sorted(tuple(r) for r in database.execute_sql(f"SELECT * FROM temp.{table}_terms"))
    return rows
