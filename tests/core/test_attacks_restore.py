"""Attacks on restore, on the files beside a shop, and on its settings (issue 15): each is refused or
handled with a plain message, and nothing of the shop vanishes."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from carebook import notices, restore, seats, settings
from carebook.db import database
from carebook.errors import StorageError
from carebook.models import Setting
from carebook.services import customers, interactions, search
from carebook.shop import close_shop, open_shop

REPO = Path(__file__).resolve().parents[2]


def _cli(*argv: str, env: dict[str, str] | None = None, stdin: str = "") -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "carebook.cli", *argv],
        capture_output=True,
        text=True,
        env=environment,
        input=stdin,
        timeout=120,
        check=False,
    )


def _shop(path: Path, people: int = 4, contacts_each: int = 1) -> None:
    open_shop(path)
    for n in range(people):
        person = customers.create(f"Customer {n}").row.id
        for k in range(contacts_each):
            interactions.log(person, channel="phone", summary=f"call {k}")
    close_shop()


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM customer ORDER BY id")]
    finally:
        conn.close()


def _open_names() -> list[str]:
    return [row[0] for row in database.execute_sql("SELECT name FROM customer ORDER BY id")]


def _fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    messages: list[str] = []
    notices.set_sink(messages.append)
    yield messages
    notices.set_sink(None)


# -- restore keeps every earlier state -------------------------------------------------------------
def test_two_restores_in_one_second_keep_two_copies_and_overwrite_neither(tmp_path: Path) -> None:
    shop = tmp_path / "shop.sqlite3"
    _shop(shop, people=2)
    backup_copy = tmp_path / "two.sqlite3"
    shutil.copy(shop, backup_copy)
    open_shop(shop)
    customers.create("Added later")
    first = restore.restore(backup_copy)
    customers.create("Added after the first restore")
    second = restore.restore(backup_copy)
    close_shop()
    assert first != second
    assert _names(first)[-1] == "Added later"
    assert _names(second)[-1] == "Added after the first restore"
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert _names(shop) == ["Customer 0", "Customer 1"]


HOLDER = """
import sys
sys.path.insert(0, {repo!r})
from carebook import seats
from carebook.shop import open_shop
seats.identify_as(seats.DESKTOP_APP)
open_shop({db!r})
print("ready", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    shop = tmp_path / "shop.sqlite3"
    _shop(shop)
    script = HOLDER.format(repo=str(REPO), db=str(shop))
    process = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    yield shop, process
    process.communicate("\n", timeout=30)


def test_restore_is_refused_while_the_desktop_app_holds_the_shop(
    holder: tuple[Path, subprocess.Popen[str]], tmp_path: Path
) -> None:
    shop, process = holder
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(shop, copy)
    done = _cli("--db", str(shop), "restore", str(copy), "--yes")
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"carebook: The shop is open in another Carebook (the desktop app, pid {process.pid}); close it "
        "first. Nothing was changed."
    )
    assert not list(tmp_path.glob("shop.sqlite3.before-restore*"))


def test_a_seat_left_by_a_dead_process_does_not_block_a_restore(tmp_path: Path) -> None:
    shop = tmp_path / "shop.sqlite3"
    _shop(shop)
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(shop, copy)
    seats.folder(shop).mkdir()
    dead = {"pid": 999999, "program": "desktop app", "started": "2020-01-01T00:00:00"}
    (seats.folder(shop) / "999999.json").write_text(json.dumps(dead))
    done = _cli("--db", str(shop), "restore", str(copy))
    assert done.returncode == 0, done.stderr
    assert not seats.folder(shop).exists()  # the dead seat was cleared, ours removed on close


def test_a_process_that_had_the_shop_open_refuses_to_save_after_a_restore(tmp_path: Path) -> None:
    shop = tmp_path / "shop.sqlite3"
    _shop(shop, people=2)
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(shop, copy)
    open_shop(shop)
    customers.create("Before the restore")
    seats.deregister()  # as an older Carebook would: open, but not registered
    try:
        done = _cli("--db", str(shop), "restore", str(copy))
        assert done.returncode == 0, done.stderr
        with pytest.raises(StorageError, match="restored by another program; reopen it"):
            customers.create("After the restore")
    finally:
        close_shop()
    assert _names(shop) == ["Customer 0", "Customer 1"]
    (kept,) = tmp_path.glob("shop.sqlite3.before-restore-*")
    assert _names(kept)[-1] == "Before the restore"
    open_shop(shop)  # reopened: saving works again
    customers.create("After reopening")
    close_shop()
    assert _names(shop)[-1] == "After reopening"


# -- a restore that would empty the shop asks first --------------------------------------------------
def test_restoring_an_empty_copy_needs_yes_without_a_terminal(tmp_path: Path) -> None:
    shop, empty = tmp_path / "shop.sqlite3", tmp_path / "empty.sqlite3"
    _shop(shop, people=4, contacts_each=2)
    assert _cli("--db", str(empty), "init").returncode == 0
    before = _fingerprint(shop)
    done = _cli("--db", str(shop), "restore", str(empty))
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "carebook: the backup holds far less than the shop (4 customers -> 0, 8 contacts -> 0); "
        "add --yes to restore it"
    )
    assert _fingerprint(shop)[0] == before[0] and len(_names(shop)) == 4
    done = _cli("--db", str(shop), "restore", str(empty), "--yes")
    assert done.returncode == 0, done.stderr
    assert "(4 customers -> 0, 8 contacts -> 0)" in done.stdout
    assert _names(shop) == []


def test_a_comparable_copy_is_restored_without_asking(tmp_path: Path) -> None:
    shop, copy = tmp_path / "shop.sqlite3", tmp_path / "copy.sqlite3"
    _shop(shop, people=4)
    shutil.copy(shop, copy)
    open_shop(shop)
    customers.create("One more")
    assert not restore.compare(copy).much_smaller
    close_shop()
    assert _cli("--db", str(shop), "restore", str(copy)).returncode == 0


# -- foreign files beside the shop ------------------------------------------------------------------
CRASH_WITH_WAL = """
import os, sqlite3
conn = sqlite3.connect({db!r})
conn.execute("PRAGMA journal_mode=wal")
conn.execute("PRAGMA wal_autocheckpoint=0")
conn.execute("CREATE TABLE IF NOT EXISTS notes (body TEXT)")
conn.executemany("INSERT INTO notes VALUES (?)", [("x" * 500,)] * 200)
conn.commit()
os._exit(0)  # no checkpoint: the log stays beside the file
"""


def test_another_databases_wal_is_moved_aside_not_replayed(tmp_path: Path, told: list[str]) -> None:
    shop, other = tmp_path / "shop.sqlite3", tmp_path / "other.sqlite3"
    _shop(shop)
    subprocess.run([sys.executable, "-c", CRASH_WITH_WAL.format(db=str(other))], check=True)
    stray = Path(f"{other}-wal").read_bytes()
    shutil.copy(f"{other}-wal", f"{shop}-wal")
    open_shop(shop)
    try:
        assert _open_names() == [f"Customer {n}" for n in range(4)]
    finally:
        close_shop()
    (aside,) = tmp_path.glob("shop.sqlite3-wal.stray-*")
    assert aside.read_bytes() == stray  # moved, never deleted
    assert len(told) == 1 and "belongs to another database" in told[0] and aside.name in told[0]


BACKUP_WITH_WAL = """
import os, sys
sys.path.insert(0, {repo!r})
from carebook.shop import open_shop
from carebook.services import customers
open_shop({db!r})
for n in range(30):
    customers.create("In the old log %d" % n)
os._exit(0)
"""


def test_a_backups_wal_copied_over_the_shop_is_moved_aside(tmp_path: Path, told: list[str]) -> None:
    shop, old = tmp_path / "shop.sqlite3", tmp_path / "old"
    _shop(shop)
    subprocess.run([sys.executable, "-c", BACKUP_WITH_WAL.format(repo=str(REPO), db=str(shop))], check=True)
    old.mkdir()
    shutil.copy(f"{shop}-wal", old / "shop.sqlite3-wal")  # the log of a copy taken while it was open
    open_shop(shop)
    for n in range(300):
        interactions.log(customers.create(f"Later {n}").row.id, channel="phone", summary="y" * 300)
    close_shop()
    shutil.copy(old / "shop.sqlite3-wal", f"{shop}-wal")
    open_shop(shop)
    try:
        assert len(_open_names()) == 4 + 30 + 300
    finally:
        close_shop()
    assert "cut the database" in told[0]
    assert list(tmp_path.glob("shop.sqlite3-wal.stray-*"))


def test_the_shops_own_wal_after_a_crash_is_replayed(tmp_path: Path, told: list[str]) -> None:
    shop = tmp_path / "shop.sqlite3"
    _shop(shop)
    subprocess.run([sys.executable, "-c", BACKUP_WITH_WAL.format(repo=str(REPO), db=str(shop))], check=True)
    assert Path(f"{shop}-wal").stat().st_size > 0
    open_shop(shop)
    try:
        assert len(_open_names()) == 34
    finally:
        close_shop()
    assert told == [] and not list(tmp_path.glob("*.stray-*"))


def test_a_sqlite_file_of_another_program_is_refused_unchanged(tmp_path: Path) -> None:
    other = tmp_path / "photos.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE album (name TEXT)")
    conn.execute("INSERT INTO album VALUES ('summer')")
    conn.commit()
    conn.close()
    marked = tmp_path / "marked.db"
    conn = sqlite3.connect(marked)
    conn.execute("PRAGMA application_id = 1234")
    conn.close()
    for path in (other, marked):
        before = _fingerprint(path)
        done = _cli("--db", str(path), "init")
        assert done.returncode == 1
        assert "is not a Carebook database" in done.stderr and "left untouched" in done.stderr
        assert _fingerprint(path) == before
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(path.name)) == [path.name]
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert _cli("--db", str(empty), "init").returncode == 0  # an empty file becomes a shop


def test_a_version_table_that_is_not_carebooks_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "tool.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE schema_migration (id INTEGER, checksum TEXT)")
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    before = _fingerprint(other)
    with pytest.raises(StorageError, match="not a Carebook database"):
        open_shop(other)
    assert _fingerprint(other) == before


def test_a_read_only_leftover_shm_does_not_keep_the_shop_locked(tmp_path: Path) -> None:
    shop = tmp_path / "shop.sqlite3"
    _shop(shop)
    subprocess.run([sys.executable, "-c", BACKUP_WITH_WAL.format(repo=str(REPO), db=str(shop))], check=True)
    for suffix in ("-wal", "-shm"):  # what SQLite leaves when it made them while the file was read-only
        os.chmod(f"{shop}{suffix}", 0o444)
    os.chmod(shop, 0o600)  # the permissions fixed
    open_shop(shop)
    try:
        customers.create("Saved after the read-only episode")
        assert len(_open_names()) == 35
    finally:
        close_shop()
    assert _names(shop)[-1] == "Saved after the read-only episode"


# -- the database named on the command line ------------------------------------------------------------
@pytest.mark.parametrize(
    ("argv", "env", "needle"),
    [
        (["--db", "", "init"], {}, "--db was given an empty path"),
        (["init", "--db", ""], {}, "--db was given an empty path"),
        (["init"], {"CAREBOOK_DB": ""}, "CAREBOOK_DB is set but empty"),
        (["stats"], {"CAREBOOK_DB": "  "}, "CAREBOOK_DB is set but empty"),
    ],
)
def test_an_empty_database_name_is_a_usage_error(
    data_dir: Path, argv: list[str], env: dict[str, str], needle: str
) -> None:
    done = _cli(*argv, env={"CAREBOOK_DATA_DIR": str(data_dir), **env})
    assert done.returncode == 2
    assert needle in done.stderr and "Traceback" not in done.stderr
    assert not (data_dir / "carebook.sqlite3").exists()  # never the default database


# -- derived structures ---------------------------------------------------------------------------------
def _break_index(shop: Path) -> None:
    conn = sqlite3.connect(shop)
    conn.execute("DROP TABLE search_text")
    conn.commit()
    conn.close()


def test_check_names_a_missing_index_and_repair_rebuilds_it(tmp_path: Path) -> None:
    shop = tmp_path / "shop.sqlite3"
    _shop(shop)
    _break_index(shop)
    done = _cli("--db", str(shop), "check")
    assert done.returncode == 1
    assert "search index: missing (search_text)" in done.stdout
    assert "carebook check --repair" in done.stderr
    open_shop(shop)
    try:
        with pytest.raises(StorageError, match=r"check --repair") as refused:
            interactions.log(1, channel="phone", summary="needs the index")
        assert "init" not in str(refused.value)
    finally:
        close_shop()
    done = _cli("--db", str(shop), "check", "--repair")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.rstrip().endswith("ok")
    open_shop(shop)
    try:
        interactions.log(1, channel="phone", summary="after the repair")
        assert [hit.customer_id for hit in search.search("repair")] == [1]
    finally:
        close_shop()


def test_repair_rebuilds_stale_customer_summaries(tmp_path: Path) -> None:
    shop = tmp_path / "shop.sqlite3"
    _shop(shop, contacts_each=2)
    conn = sqlite3.connect(shop)
    conn.execute("UPDATE customer SET open_contacts = 99, name_key = 'zzz', last_contact_at = NULL")
    conn.commit()
    conn.close()
    done = _cli("--db", str(shop), "check")
    assert done.returncode == 1 and "customer summaries: 4 customers out of date" in done.stdout
    assert _cli("--db", str(shop), "check", "--repair").returncode == 0
    assert "customer summaries: ok" in _cli("--db", str(shop), "check").stdout


# -- settings that lock the shop out ------------------------------------------------------------------------
def _store(shop: Path, **values: str) -> None:
    conn = sqlite3.connect(shop)
    for key, value in values.items():
        conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (key, value))
    conn.commit()
    conn.close()


def test_bad_stored_settings_fall_back_with_a_warning(tmp_path: Path) -> None:
    shop = tmp_path / "shop.sqlite3"
    _shop(shop)
    _store(shop, time_zone="Mars/Olympus", paper_size="papyrus", logo_path=str(tmp_path / "gone.png"))
    done = _cli("--db", str(shop), "stats", "--month", "2026-01")
    assert done.returncode == 0, done.stderr
    warnings = done.stderr.splitlines()
    assert len(warnings) == 3 and all(line.startswith("carebook: warning: the setting ") for line in warnings)
    assert "carebook settings time_zone VALUE" in done.stderr
    report = _cli("--db", str(shop), "report", "--month", "2026-01", "-o", str(tmp_path / "r.pdf"))
    assert report.returncode == 0, report.stderr and (tmp_path / "r.pdf").is_file()
    assert _cli("--db", str(shop), "settings", "time_zone", "Europe/Oslo").returncode == 0
    assert _cli("--db", str(shop), "settings", "paper_size", "letter").stdout == "Letter\n"
    assert _cli("--db", str(shop), "settings", "logo_path", "").returncode == 0
    assert _cli("--db", str(shop), "stats").stderr == ""


def test_settings_command_lists_reads_changes_and_validates(tmp_path: Path) -> None:
    shop = tmp_path / "shop.sqlite3"
    _shop(shop)
    assert _cli("--db", str(shop), "settings", "shop_name", "Corner Bikes").stdout == "Corner Bikes\n"
    listed = _cli("--db", str(shop), "settings").stdout.splitlines()
    assert [line.split(" = ")[0] for line in listed] == list(settings.KEYS)
    assert "shop_name = Corner Bikes" in listed
    assert _cli("--db", str(shop), "settings", "shop_name").stdout == "Corner Bikes\n"
    unknown = _cli("--db", str(shop), "settings", "colour", "red")
    assert unknown.returncode == 2 and "shop_name, logo_path" in unknown.stderr
    bad = _cli("--db", str(shop), "settings", "time_zone", "Mars/Olympus")
    assert bad.returncode == 1
    assert bad.stderr.strip() == (
        "carebook: time_zone: 'Mars/Olympus' is not a known time zone (e.g. Europe/Oslo); nothing was changed"
    )
    text = tmp_path / "notes.txt"
    text.write_text("not a picture")
    logo = _cli("--db", str(shop), "settings", "logo_path", str(text))
    assert logo.returncode == 1 and "not an image file" in logo.stderr
    assert _cli("--db", str(shop), "settings", "time_zone").stdout == "\n"  # unchanged


def test_settings_load_falls_back_in_process(db: Path, told: list[str]) -> None:
    bad = {"time_zone": "Nowhere/Land", "phone_region": "XX"}  # written by another program
    Setting.delete().where(Setting.key.in_(list(bad))).execute()
    Setting.insert_many([{"key": key, "value": value} for key, value in bad.items()]).execute()
    loaded = settings.load()
    assert loaded.time_zone == "" and loaded.phone_region == settings.defaults().phone_region
    assert len(told) == 2 and all("is not valid" in line for line in told)


def test_leftovers_of_a_read_only_episode_get_write_access_back(tmp_path: Path) -> None:
    from carebook import stray_files

    shop = tmp_path / "shop.sqlite3"
    _shop(shop)
    subprocess.run([sys.executable, "-c", BACKUP_WITH_WAL.format(repo=str(REPO), db=str(shop))], check=True)
    for suffix in ("-wal", "-shm"):
        os.chmod(f"{shop}{suffix}", 0o444)
    stray_files.unlock_leftovers(shop)
    for suffix in ("-wal", "-shm"):
        assert Path(f"{shop}{suffix}").stat().st_mode & stat.S_IWUSR
