"""Plain SQL in tests on either engine: written with SQLite's ``?`` placeholders, sent with the engine's."""

from __future__ import annotations

from typing import Any

from carebook.db import database


def execute(sql: str, *params: Any) -> Any:
    """Run ``sql`` (``?`` placeholders) with ``params`` on the open database; returns the cursor."""
    return database.execute_sql(sql.replace("?", database.param), params)


def rows(sql: str, *params: Any) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in execute(sql, *params).fetchall()]
