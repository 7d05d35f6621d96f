"""Backups: verified copies, thinning, restore, checks, and the copy made before a migration."""

from __future__ import annotations

import sqlite3
import stat
import sys
import types
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from carebook import backup, migrations, restore, shop_backups
from carebook.db import database
from carebook.errors import CarebookError, StorageError
from carebook.server_restore import restore_shop
from carebook.shop import close_shop, open_shop


def _tags(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM tag ORDER BY name")]


def test_backup_now_makes_a_verified_owner_only_copy(db: Path, data_dir: Path) -> None:
    database.execute_sql("INSERT INTO tag (name) VALUES ('vip')")
    info = shop_backups.backup_now()
    assert info.path.parent == data_dir / "backups"
    assert _tags(info.path) == ["vip"]
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert backup.check_file(info.path).ok
    assert [i.path for i in backup.list_backups()] == [info.path]


def test_backup_to_a_chosen_file(db: Path, tmp_path: Path) -> None:
    database.execute_sql("INSERT INTO tag (name) VALUES ('wholesale')")
    target = tmp_path / "copy.sqlite3"
    shop_backups.backup_now(target)
    assert _tags(target) == ["wholesale"]


def test_backup_into_a_missing_unwritable_place_is_a_plain_error(db: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(CarebookError, match="could not be written"):
        shop_backups.backup_now(blocker / "sub" / "copy.sqlite3")


def test_thinning_keeps_12_daily_10_weekly_9_monthly() -> None:
    today = date(2026, 11, 23)  # a Monday
    made = [datetime(2026, 11, 23, 18, 0) - timedelta(days=n) for n in range(400)]
    kept = {when.date() for when in backup.copies_to_keep(made, today)}
    daily = {date(2026, 11, d) for d in range(12, 24)}
    weekly = {date(2026, 11, 8), date(2026, 11, 1), date(2026, 10, 25), date(2026, 10, 18),
              date(2026, 10, 11), date(2026, 10, 4), date(2026, 9, 27)}  # fmt: skip
    monthly = {date(2026, 10, 31), date(2026, 9, 30), date(2026, 8, 31), date(2026, 7, 31),
               date(2026, 6, 30), date(2026, 5, 31), date(2026, 4, 30), date(2026, 3, 31)}  # fmt: skip
    assert kept == daily | weekly | monthly


def test_thin_backups_removes_only_unkept_copies(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for n in range(30):
        when = datetime(2026, 11, 23, 12, 0) - timedelta(days=n)
        (folder / f"carebook-{when:%Y%m%d-%H%M%S}.sqlite3").write_bytes(b"x")
    (folder / "my-own-copy.sqlite3").write_bytes(b"keep me")
    removed = backup.thin_backups(folder, today=date(2026, 11, 23))
    assert len(removed) == 30 - len(backup.copies_to_keep(
        [datetime(2026, 11, 23, 12) - timedelta(days=n) for n in range(30)], date(2026, 11, 23)))  # fmt: skip
    assert (folder / "my-own-copy.sqlite3").exists()
    assert all(not p.exists() for p in removed)


def test_restore_brings_back_the_copy_and_keeps_the_current_file(db: Path | str) -> None:
    database.execute_sql("INSERT INTO tag (name) VALUES ('before')")
    copy = shop_backups.backup_now().path
    database.execute_sql("INSERT INTO tag (name) VALUES ('after')")
    kept = restore_shop(copy)
    assert [r[0] for r in database.execute_sql("SELECT name FROM tag ORDER BY name")] == ["before"]
    # beside a shop file; a server shop's in the backup folder, never thinned
    kept_as = f"{db.name}.before-restore-" if isinstance(db, Path) else "carebook-before-restore-"
    assert kept.name.startswith(kept_as)
    assert _tags(kept) == ["after", "before"]


def test_restore_refuses_a_damaged_or_foreign_file(db: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(CarebookError):
        restore_shop(junk)
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(CarebookError, match="not a Carebook database"):
        restore_shop(other)
    with pytest.raises(CarebookError, match="no such backup"):
        restore_shop(tmp_path / "missing.sqlite3")
    assert database.execute_sql("SELECT count(*) FROM customer").fetchone()[0] == 0


def test_backup_if_due_makes_one_then_waits(db: Path) -> None:
    assert shop_backups.backup_if_due(owner_at_counter=True) is not None
    assert shop_backups.backup_if_due(owner_at_counter=True) is None


def test_a_session_that_only_reads_makes_no_copy(db: Path) -> None:
    database.execute_sql("INSERT INTO tag (name) VALUES ('regular')")
    assert shop_backups.backup_if_due(timedelta(0), owner_at_counter=True) is not None
    close_shop()  # checkpoints the log into the file
    open_shop(db)  # a new session: a new, empty log
    database.execute_sql("SELECT count(*) FROM customer").fetchone()
    assert shop_backups.backup_if_due(timedelta(0), owner_at_counter=True) is None
    database.execute_sql("INSERT INTO tag (name) VALUES ('new')")
    made = shop_backups.backup_if_due(timedelta(0), owner_at_counter=True)
    assert made is not None
    copy = sqlite3.connect(made.path)
    try:
        assert {row[0] for row in copy.execute("SELECT name FROM tag")} >= {"regular", "new"}
    finally:
        copy.close()


def test_check_reports_a_sound_database(db: Path) -> None:
    report = shop_backups.check()
    assert report.ok
    assert report.schema_version == migrations.latest_version()


def test_quarantine_renames_and_never_deletes(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    path.write_bytes(b"damaged bytes")
    moved = backup.quarantine(path)
    assert not path.exists()
    assert moved.read_bytes() == b"damaged bytes"
    assert ".damaged-" in moved.name


def test_a_migration_is_preceded_by_a_backup(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = data_dir / "carebook.sqlite3"
    open_shop(path)
    database.execute_sql("INSERT INTO tag (name) VALUES ('old')")
    close_shop()

    fake = types.ModuleType("carebook.migrations.9000_fake")

    def upgrade(db: object, migrator: object) -> None:
        database.execute_sql("CREATE TABLE fake_table (x INTEGER)")

    fake.upgrade = upgrade  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "carebook.migrations.9000_fake", fake)
    real = migrations.available()
    extra = migrations.Migration(9000, "fake", "9000_fake")
    monkeypatch.setattr(migrations, "available", lambda: [*real, extra])
    open_shop(path)
    close_shop()

    copies = [i for i in backup.list_backups(data_dir / "backups") if i.tag.startswith("pre-migration")]
    assert len(copies) == 1
    with sqlite3.connect(copies[0].path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "fake_table" not in tables
    assert _tags(copies[0].path) == ["old"]


@pytest.mark.sqlite_only("the copies kept beside the shop file (a server's: test_server_backups.py)")
def test_restoring_the_before_restore_copy_undoes_a_restore(db: Path) -> None:
    database.execute_sql("INSERT INTO tag (name) VALUES ('first')")
    copy = backup.backup_now().path
    database.execute_sql("INSERT INTO tag (name) VALUES ('second')")
    kept = restore.restore(copy)  # back to "first"; "first"+"second" kept aside
    again = restore.restore(kept)  # and back again, from the kept file itself, in the same second
    assert [r[0] for r in database.execute_sql("SELECT name FROM tag ORDER BY name")] == ["first", "second"]
    assert _tags(kept) == ["first", "second"]  # never overwritten
    assert again != kept and _tags(again) == ["first"]
    assert restore.kept_copies(db) == [again, kept] or set(restore.kept_copies(db)) == {again, kept}


def _drop_index_entries(path: Path) -> None:
    """Leave an index that misses rows of its table: the damage only the full ``integrity_check`` finds."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE probe (x)")
        conn.execute("CREATE INDEX probe_x ON probe (x)")
        entry = conn.execute(
            "SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master WHERE name = 'probe_x'"
        )
        saved = entry.fetchone()
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("DELETE FROM sqlite_master WHERE name = 'probe_x'")
    conn.close()
    with sqlite3.connect(path) as conn:  # the index is unknown now, so these rows never reach it
        conn.executemany("INSERT INTO probe VALUES (?)", [(n,) for n in range(50)])
    conn.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, ?, ?)", saved)
    conn.close()


@pytest.mark.sqlite_only("damage in the SQLite file that only integrity_check finds")
def test_automatic_copies_get_the_quick_check_and_a_restore_the_full_one(db: Path) -> None:
    """The copies made every 30 minutes and on quit are checked with ``quick_check`` (linear time, a quit
    on a big shop stays short); a copy made by hand, and any copy about to be restored, get the full
    ``integrity_check``, so a fault only the full check finds never comes back through a restore."""
    close_shop()
    _drop_index_entries(db)
    assert backup.check_file(db, quick=True).ok
    assert not backup.check_file(db).ok
    open_shop(db)
    database.execute_sql("INSERT INTO tag (name) VALUES ('after the fault')")
    automatic = backup.backup_if_due(timedelta(0))
    assert automatic is not None and automatic.path.exists()
    with pytest.raises(StorageError, match="integrity check"):
        backup.backup_now()
    with pytest.raises(CarebookError, match="damaged"):
        restore.restore(automatic.path)
    assert _tags(db) == ["after the fault"]  # the refused restore replaced nothing
