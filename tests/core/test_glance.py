"""The first glance at a Carebook file (what the window's first frame shows before the database loads)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from carebook import settings
from carebook.glance import Glance, glance
from carebook.migration_files import latest_version
from carebook.services import staff
from carebook.shop import close_shop, open_shop


@pytest.fixture
def shop(db: Path) -> Path:
    """A closed shop file with a name, an owner and two staff members (one of them inactive)."""
    settings.update(shop_name="  Corner Café & Repairs ")
    staff.add("Olivia Owner", "owner")
    staff.add("Sam Staff")
    gone = staff.add("Gwen Gone")
    staff.deactivate(gone.id)
    close_shop()
    return db


def _ids() -> dict[str, int]:
    return {row.name: row.id for row in staff.list_staff(active_only=False)}


def test_the_named_person_and_the_shop_name(shop: Path) -> None:
    seen = glance(str(shop), staff_name="  sam STAFF ")
    assert seen is not None
    assert seen.where == str(shop)
    assert seen.shop_name == "Corner Café & Repairs"
    assert (seen.staff.name, seen.staff.role, seen.staff.active) == ("Sam Staff", "staff", True)
    open_shop(shop)
    assert seen.staff == staff.get_by_name("Sam Staff")  # the very row the services give


def test_the_remembered_person_among_several(shop: Path) -> None:
    open_shop(shop)
    ids = _ids()
    close_shop()
    seen = glance(str(shop), remembered_id=ids["Olivia Owner"])
    assert seen is not None and seen.staff.name == "Olivia Owner" and seen.staff.is_owner


@pytest.mark.parametrize(
    ("name", "remembered"),
    [
        ("Nobody Here", "Olivia Owner"),  # a name that matches nobody: the full start warns
        ("gwen gone", ""),  # an inactive person is not put at the counter
        ("", "Gwen Gone"),  # remembered but gone, and several active: the full start asks
        ("", ""),  # nobody remembered and several active: the full start asks
    ],
)
def test_nobody_to_put_at_the_counter_means_no_glance(shop: Path, name: str, remembered: str) -> None:
    open_shop(shop)
    ids = _ids()
    close_shop()
    assert glance(str(shop), staff_name=name or None, remembered_id=ids.get(remembered, 0)) is None


def test_the_only_active_person_without_a_name(db: Path) -> None:
    only = staff.add("Ana Núñez", "owner")
    close_shop()
    seen = glance(str(db), remembered_id=999)
    assert seen == Glance(where=str(db), shop_name="", staff=only)


def test_a_live_file_is_read_as_it_stands(shop: Path) -> None:
    """While another window has the file open (its changes in the -wal file), the glance sees them."""
    open_shop(shop)
    settings.update(shop_name="Renamed Shop")
    assert Path(f"{shop}-wal").exists()
    seen = glance(str(shop), staff_name="Olivia Owner")
    assert seen is not None and seen.shop_name == "Renamed Shop"


def test_a_glance_writes_nothing(shop: Path) -> None:
    before = (shop.stat().st_mtime_ns, shop.read_bytes())
    assert glance(str(shop), staff_name="Sam Staff") is not None
    assert (shop.stat().st_mtime_ns, shop.read_bytes()) == before
    assert sorted(p.name for p in shop.parent.iterdir() if p.name.startswith(shop.name)) == [shop.name]


def test_files_that_need_the_full_start(tmp_path: Path, data_dir: Path) -> None:
    missing = tmp_path / "nowhere" / "shop.sqlite3"
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"this is not a database \x00\xff" * 500)
    other = tmp_path / "other.sqlite3"  # an SQLite file, but not Carebook's
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    conn.close()
    folder = tmp_path / "a-folder"
    folder.mkdir()
    for target in (missing, empty, damaged, other, folder):
        assert glance(str(target), staff_name="Olivia Owner") is None, target
    assert glance("postgresql://carebook@server/shop", staff_name="Olivia Owner") is None
    assert not missing.parent.exists()  # nothing created on the way


def test_a_new_database_without_staff(db: Path) -> None:
    close_shop()
    assert glance(str(db)) is None


def test_the_default_file_and_carebook_db(shop: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREBOOK_DB", os.fspath(shop))
    seen = glance(None, staff_name="Olivia Owner")
    assert seen is not None and seen.where == str(shop)


@pytest.mark.parametrize("change", ["older", "newer"])
def test_a_file_to_upgrade_or_from_a_newer_carebook_needs_the_full_start(shop: Path, change: str) -> None:
    """An upgrade (a backup, then the migrations) or a refusal happens before any window shows."""
    latest = latest_version()
    with sqlite3.connect(shop) as conn:
        if change == "older":
            conn.execute("DELETE FROM schema_migration WHERE version = ?", (latest,))
        else:
            conn.execute(
                "INSERT INTO schema_migration (version, name, applied_at) VALUES (?, 'future', '2030-01-01')",
                (latest + 1,),
            )
    conn.close()
    assert glance(str(shop), staff_name="Olivia Owner") is None
