"""Opening, migrating and closing the database."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from carebook import migrations
from carebook.db import database
from carebook.errors import StorageError
from carebook.import_models import IMPORT_MODELS
from carebook.models import MODELS
from carebook.services import search_index
from carebook.shop import close_shop, open_shop


def _schema(conn: sqlite3.Connection) -> dict[str, object]:
    tables = {}
    query = "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    for (name,) in conn.execute(query):
        columns = conn.execute(f"PRAGMA table_info('{name}')").fetchall()
        indexes = sorted(
            (tuple(col[2] for col in conn.execute(f"PRAGMA index_info('{idx[1]}')")), idx[2])
            for idx in conn.execute(f"PRAGMA index_list('{name}')")
        )
        fks = sorted((*tuple(fk[2:5]), fk[6]) for fk in conn.execute(f"PRAGMA foreign_key_list('{name}')"))
        tables[name] = (sorted(columns), indexes, fks)
    tables["triggers"] = sorted(conn.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'"))
    return tables


@pytest.mark.sqlite_only("SQLite's pragmas of the open file")
def test_pragmas_protect_data(db: Path) -> None:
    def pragma(name: str) -> object:
        return database.execute_sql(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2
    assert pragma("secure_delete") == 1
    assert pragma("busy_timeout") >= 5000


def test_migrating_an_empty_database_gives_the_models_schema(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.sqlite3"
    open_shop(migrated)
    close_shop()

    created = tmp_path / "created.sqlite3"
    open_shop(created, migrate=False)
    database.create_tables([*MODELS, *IMPORT_MODELS])
    search_index.create(database.obj)  # the FTS5 tables and triggers of migration 0002
    database.execute_sql(
        "CREATE TABLE schema_migration (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, "
        "applied_at TEXT NOT NULL)"
    )
    close_shop(checkpoint=True)

    with sqlite3.connect(migrated) as a, sqlite3.connect(created) as b:
        assert _schema(a) == _schema(b)
        assert {row[0] for row in a.execute("SELECT version FROM schema_migration")} == {
            m.version for m in migrations.available()
        }


def test_reopening_applies_nothing_twice(db: Path) -> None:
    close_shop()
    open_shop(db)
    assert migrations.pending(database.obj) == []


def test_newer_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_shop(path)
    database.execute_sql("INSERT INTO schema_migration VALUES (9999, 'future', '2030-01-01 00:00:00')")
    close_shop()
    before = path.read_bytes()
    with pytest.raises(StorageError, match="newer Carebook"):
        open_shop(path)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


def test_missing_folder_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        open_shop(tmp_path / "nowhere" / "shop.sqlite3")


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is a shopping list, not a database\n" * 200)
    before = path.read_bytes()
    with pytest.raises(StorageError, match="not a Carebook database"):
        open_shop(path)
    assert path.read_bytes() == before


@pytest.mark.sqlite_only("the SQLite file's permissions and its WAL file")
def test_database_file_is_owner_only_and_close_leaves_no_wal(db: Path) -> None:
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    database.execute_sql("INSERT INTO tag (name) VALUES ('vip')")
    close_shop()
    assert not Path(f"{db}-wal").exists()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM tag").fetchall() == [("vip",)]


def test_default_database_lives_in_the_data_folder(data_dir: Path) -> None:
    where = open_shop()
    close_shop()
    assert Path(where) == data_dir / "carebook.sqlite3"
