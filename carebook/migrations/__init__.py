"""Numbered schema migrations (``NNNN_name.py``), applied in order when a database is opened.

Each migration module defines ``upgrade(db, migrator)``; ``migrator`` is a playhouse.migrations
``SchemaMigrator`` for the database's dialect. Applied versions are kept in ``schema_migration``.
A database written by a newer Carebook is refused before anything is written to it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee

from carebook import legacy_search_functions as legacy
from carebook.clock import utc_now
from carebook.errors import StorageError
from carebook.migration_files import Migration as Migration  # listed without peewee; re-exported
from carebook.migration_files import available as available
from carebook.migration_files import latest_version as latest_version


def _ensure_table(db: peewee.Database) -> None:
    db.execute_sql(
        "CREATE TABLE IF NOT EXISTS schema_migration ("
        "version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )


def applied_versions(db: peewee.Database) -> set[int]:
    if "schema_migration" not in db.get_tables():
        return set()
    return {row[0] for row in db.execute_sql("SELECT version FROM schema_migration")}


def refuse_if_newer(version: int, where: str) -> None:
    known = latest_version()
    if version > known:
        raise StorageError(
            f"{where} was written by a newer Carebook (schema {version}; this one knows up to {known}). "
            "Update Carebook to open it; it was left untouched."
        )


_VERSION_COLUMNS = frozenset({"version", "name", "applied_at"})


def _refuse_foreign(conn: sqlite3.Connection, path: Path, tables: set[str]) -> None:
    """A file without Carebook's version table becomes a Carebook database only when it holds nothing:
    no tables, views or indexes, and no other program's marks (application id, user version)."""
    objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    marks = [conn.execute(f"PRAGMA {mark}").fetchone()[0] for mark in ("application_id", "user_version")]
    if objects or any(marks):
        named = ", ".join(sorted(tables)[:3]) or "marks of another program"
        raise StorageError(
            f"{path} is not a Carebook database (it holds {named}); it was left untouched. "
            "Give a new file name to create a database."
        )


def connect_read_only(path: Path) -> sqlite3.Connection:
    """``path`` opened read-only. A cleanly closed file (no -wal beside it) is read as immutable, so no
    -wal or -shm file is created beside it either."""
    clean = not Path(f"{path}-wal").exists()
    mode = "mode=ro&immutable=1" if clean else "mode=ro"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)


def peek_sqlite_version(path: Path) -> int:
    """The newest applied schema version of an SQLite file, read without writing anything (0 if new).

    A file that is not Carebook's (another program's tables, a version table that is not Carebook's) is
    refused with StorageError before anything writes to it."""
    if not path.exists() or path.stat().st_size == 0:
        return 0
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as error:
        raise StorageError(f"Cannot open {path}: {error}.") from error
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "schema_migration" not in tables:
            _refuse_foreign(conn, path, tables)
            return 0
        columns = {row[1] for row in conn.execute("PRAGMA table_info(schema_migration)")}
        row = (
            conn.execute("SELECT max(version) FROM schema_migration").fetchone()
            if columns == _VERSION_COLUMNS
            else None
        )
        if row is None or (row[0] is None and tables - {"schema_migration"}):
            raise StorageError(
                f"{path} is not a Carebook database (its version table is not Carebook's); "
                "it was left untouched."
            )
        return int(row[0] or 0)
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error) or "malformed" in str(error):
            raise StorageError(f"{path} is not a Carebook database, or it is damaged.") from error
        raise StorageError(f"Cannot read {path}: {error}.") from error
    finally:
        conn.close()


def pending(db: peewee.Database) -> list[Migration]:
    done = applied_versions(db)
    return [m for m in available() if m.version not in done]


def upgrade(db: peewee.Database, before: Callable[[list[Migration]], None] | None = None) -> list[int]:
    """Apply every pending migration, each in its own transaction; return the versions applied.

    ``before`` is called with the pending list when an existing database is about to change (the
    backup module uses it to copy the file first).
    """
    done = applied_versions(db)
    if done:
        refuse_if_newer(max(done), "This database")
    todo = [m for m in available() if m.version not in done]
    if not todo:
        return []
    if done and before is not None:
        before(todo)
    from playhouse.migrate import SchemaMigrator  # only when something is pending (costs start-up time)

    migrator = SchemaMigrator.from_database(db)
    applied = []
    with _legacy_functions(db, todo):
        for migration in todo:
            with db.atomic():
                _ensure_table(db)
                migration.load().upgrade(db, migrator)
                db.execute_sql(
                    "INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, ?)"
                    if isinstance(db, peewee.SqliteDatabase)
                    else "INSERT INTO schema_migration (version, name, applied_at) VALUES (%s, %s, %s)",
                    (migration.version, migration.name, utc_now().strftime("%Y-%m-%d %H:%M:%S")),
                )
            applied.append(migration.version)
    return applied


@contextmanager
def _legacy_functions(db: peewee.Database, todo: list[Migration]) -> Iterator[None]:
    """While migrations up to schema 6 run on SQLite, the SQL functions of 0002's triggers exist.

    Afterwards the connection is opened again, without them (Python's sqlite3 cannot remove a function).
    """
    if not isinstance(db, peewee.SqliteDatabase) or todo[0].version > legacy.LAST_VERSION:
        yield
        return
    legacy.register(db.connection())
    try:
        yield
    finally:
        db.close()
        db.connect()
