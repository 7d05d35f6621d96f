"""Every schema version's database (tests/data/schemas) upgrades to the latest with every row and value
intact and a pre-migration backup made; a database from a newer Carebook is refused, byte for byte
untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from carebook import migrations
from carebook.errors import StorageError
from carebook.shop import close_shop, open_shop

SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas"


def _dump(path: Path, shape: dict[str, list[str]] | None = None) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if shape is None:
            tables = [
                r[0]
                for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
                if not r[0].startswith(("search_", "sqlite_"))
            ]
            shape = {t: [c[1] for c in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}
        return {
            table: conn.execute(
                f'SELECT {", ".join(chr(34) + c + chr(34) for c in columns)} FROM "{table}" ORDER BY rowid'
            ).fetchall()
            for table, columns in shape.items()
        }
    finally:
        conn.close()


def _shape(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not r[0].startswith(("search_", "sqlite_", "schema_migration"))
        ]
        return {t: [c[1] for c in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    finally:
        conn.close()


def test_there_is_a_fixture_for_every_schema_version() -> None:
    found = sorted(int(p.stem.split("-v")[1]) for p in SCHEMAS.glob("schema-v*.sqlite3"))
    assert found == [m.version for m in migrations.available()], (
        "run tests/reliability/make_schema_fixtures.py after adding a migration"
    )
    assert all(p.stat().st_size < 100_000 for p in SCHEMAS.glob("*.sqlite3"))


@pytest.mark.parametrize("version", [m.version for m in migrations.available()][:-1])
def test_an_old_database_upgrades_with_every_value_intact(version: int, tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    shutil.copy(SCHEMAS / f"schema-v{version}.sqlite3", path)
    shape = _shape(path)
    before = _dump(path, shape)
    assert all(len(rows) == 3 for rows in before.values())  # the fixture really holds rows
    open_shop(path)
    try:
        from carebook.db import database

        assert migrations.applied_versions(database.obj) == {m.version for m in migrations.available()}
    finally:
        close_shop()
    assert not Path(f"{path}-wal").exists()
    assert _dump(path, shape) == before
    [backup] = (tmp_path / "backups").glob(f"carebook-pre-migration-v{version}-*.sqlite3")
    assert _dump(backup, shape) == before
    assert sqlite3.connect(backup).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_search_finds_customers_of_an_upgraded_first_version_file(tmp_path: Path) -> None:
    from carebook.services import search

    path = tmp_path / "shop.sqlite3"
    shutil.copy(SCHEMAS / "schema-v1.sqlite3", path)
    open_shop(path)
    try:
        hits = search.search("Ødegård", include_trashed=True)
        assert len(hits) == 3
    finally:
        close_shop()


def test_a_database_from_a_newer_carebook_is_refused_untouched(tmp_path: Path) -> None:
    latest = migrations.latest_version()
    path = tmp_path / "newer.sqlite3"
    shutil.copy(SCHEMAS / f"schema-v{latest}.sqlite3", path)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO schema_migration VALUES (?, 'from_the_future', '2030-01-01 00:00:00')", (latest + 1,)
    )
    conn.commit()
    conn.close()
    original = path.read_bytes()
    with pytest.raises(StorageError, match="newer Carebook"):
        open_shop(path)
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newer.sqlite3"]  # no -wal, -shm or backup
