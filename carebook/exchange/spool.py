"""A scratch table on disk for the rows an import has checked, so no import holds a file's rows in memory.

The importers check each row as the file is read and add what they will write (a compact tuple) here;
duplicates across rows are then found with SQL, and the rows are written from here in batches. The
spool is SQLite's private temporary database (an empty file name): on disk beyond a small page cache,
removed when closed, and apart from the shop's database (which may even be PostgreSQL).

    with Spool("line, email_key, name") as spool:
        spool.add((2, "kari@example.com", "Kari"))
        for batch in spool.batches("SELECT * FROM rows ORDER BY line"):
            ...
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

BATCH = 5000  # rows per insert into the spool, and per batch read back
_CACHE_KIB = 16 * 1024


class Spool:
    def __init__(self, columns: str) -> None:
        self.conn = sqlite3.connect("")
        self.conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        self.conn.execute(f"CREATE TABLE rows ({columns})")
        width = len(columns.split(","))
        self._insert = f"INSERT INTO rows VALUES ({', '.join('?' for _ in range(width))})"
        self._pending: list[Sequence[Any]] = []

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def add(self, row: Sequence[Any]) -> None:
        self._pending.append(row)
        if len(self._pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            self.conn.executemany(self._insert, self._pending)
            self._pending.clear()

    def index(self, columns: str) -> None:
        self.flush()
        name = "by_" + "_".join(part.strip() for part in columns.split(","))
        self.conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON rows ({columns})")

    def one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        self.flush()
        return self.conn.execute(sql, params).fetchone()[0]

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        self.flush()
        return self.conn.execute(sql, params).fetchall()

    def execute_many(self, sql: str, data: Sequence[Sequence[Any]]) -> None:
        self.flush()
        self.conn.executemany(sql, data)

    def batches(
        self, sql: str, params: Sequence[Any] = (), size: int = BATCH
    ) -> Iterator[list[tuple[Any, ...]]]:
        """The rows of ``sql`` in lists of at most ``size``."""
        self.flush()
        cursor = self.conn.execute(sql, params)
        while batch := cursor.fetchmany(size):
            yield batch

    def close(self) -> None:
        self._pending.clear()
        self.conn.close()
