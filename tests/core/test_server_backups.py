"""Backups of a server shop: a Carebook SQLite file through copy-to, a restore that asks, keeps what it
replaces and is all or nothing, the seat that makes the automatic copies, and ``check`` on PostgreSQL."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from carebook import backup, copy_shop, settings, shop_backups
from carebook.cli import main
from carebook.db import database
from carebook.errors import CarebookError
from carebook.server_restore import restore_into_server
from carebook.services import customers, interactions
from carebook.shop import close_shop, open_shop

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def server_shop(pg_database: str) -> Iterator[str]:
    """The open shop is on the test server (in either leg), with two customers and a contact."""
    open_shop(pg_database)
    ada = customers.create("Ada Lovelace", email="ada@example.com").row.id
    customers.create("Grace Hopper")
    interactions.log(ada, channel="phone", summary="asked about engines")
    try:
        yield pg_database
    finally:
        close_shop()


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM customer ORDER BY id")]
    finally:
        conn.close()


def _open_names() -> list[str]:
    return [row[0] for row in database.execute_sql("SELECT name FROM customer ORDER BY id")]


def test_a_server_shop_backup_is_a_file_that_opens_anywhere(server_shop: str, tmp_path: Path) -> None:
    info = shop_backups.backup_now(tmp_path / "shop.sqlite3")
    assert _names(info.path) == ["Ada Lovelace", "Grace Hopper"]
    assert backup.check_file(info.path).ok
    assert info.path.stat().st_mode & 0o077 == 0
    close_shop()
    open_shop(info.path)  # a whole shop: it opens as a file
    assert _open_names() == ["Ada Lovelace", "Grace Hopper"]


def test_backup_over_a_file_needs_force_and_never_a_database(server_shop: str, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("mine")
    with pytest.raises(CarebookError, match="exists"):
        shop_backups.backup_now(notes)
    assert notes.read_text() == "mine"
    copy = shop_backups.backup_now(tmp_path / "copy.sqlite3").path
    with pytest.raises(CarebookError, match="database file"):
        shop_backups.backup_now(copy, force=True)
    assert _names(copy) == ["Ada Lovelace", "Grace Hopper"]


def test_restore_into_the_server_keeps_a_copy_first_and_replaces_every_row(
    server_shop: str, tmp_path: Path
) -> None:
    copy = shop_backups.backup_now(tmp_path / "before.sqlite3").path
    customers.create("Added later")
    kept = restore_into_server(copy)
    assert _open_names() == ["Ada Lovelace", "Grace Hopper"]
    assert kept.name.startswith("carebook-before-restore-")
    assert _names(kept) == ["Ada Lovelace", "Grace Hopper", "Added later"]
    assert customers.create("After the restore").row.id == 3  # the id sequences follow the rows
    again = restore_into_server(kept)  # the kept copy restores too, and is never written over
    assert again != kept and _names(kept) == ["Ada Lovelace", "Grace Hopper", "Added later"]
    assert _open_names() == ["Ada Lovelace", "Grace Hopper", "Added later"]
    backup.thin_backups()
    assert kept.exists() and again.exists()  # copies kept by a restore are never thinned


def test_a_failed_restore_into_the_server_changes_nothing(
    server_shop: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = shop_backups.backup_now(tmp_path / "before.sqlite3").path
    customers.create("Added later")

    def broken(*args: object, **kwargs: object) -> object:
        raise CarebookError("the copy does not hold every row (customer: 2 -> 1); nothing was copied")

    monkeypatch.setattr(copy_shop, "copy_rows", broken)
    with pytest.raises(CarebookError, match="does not hold every row"):
        restore_into_server(copy)
    assert _open_names() == ["Ada Lovelace", "Grace Hopper", "Added later"]


def test_restoring_a_file_that_is_not_carebooks_is_refused(server_shop: str, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    for source, reason in ((junk, "damaged"), (other, "not a Carebook database")):
        with pytest.raises(CarebookError, match=reason):
            restore_into_server(source)
    assert _open_names() == ["Ada Lovelace", "Grace Hopper"]
    assert not backup.list_backups()  # refused before any copy was made


def _cli(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "carebook.cli", *argv],
        capture_output=True, text=True, env=env, input=stdin, timeout=180, check=False,
    )  # fmt: skip


def test_cli_restore_into_a_server_asks_and_yes_restores(server_shop: str, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    close_shop()
    made = _cli("--db", server_shop, "backup", "--to", str(copy))
    assert made.returncode == 0 and "verified" in made.stdout
    asked = _cli("--db", server_shop, "restore", str(copy))
    assert asked.returncode == 1
    assert asked.stderr.startswith("carebook: restoring replaces the shop on the server")
    assert asked.stderr.strip().endswith("add --yes to restore it") and asked.stderr.count("\n") == 1
    done = _cli("--db", server_shop, "restore", str(copy), "--yes")
    assert done.returncode == 0, done.stderr
    assert "kept as" in done.stdout and "carebook-before-restore-" in done.stdout
    open_shop(server_shop)


def test_check_of_a_server_shop_reports_links_that_point_nowhere(server_shop: str) -> None:
    report = shop_backups.check()
    assert report.ok and report.schema_version > 0
    database.execute_sql("ALTER TABLE interaction DISABLE TRIGGER ALL")  # what a careless tool could do
    database.execute_sql(
        "INSERT INTO interaction (customer_id, occurred_at, channel, direction, reason, summary, notes, "
        "status, resolved_first_contact) VALUES (999, '2026-01-01 10:00:00', 'phone', 'inbound', 'other', "
        "'', '', 'open', false)"
    )
    database.execute_sql("ALTER TABLE interaction ENABLE TRIGGER ALL")
    report = shop_backups.check()
    assert report.foreign_key_problems == 1 and not report.ok


def test_cli_check_on_a_server_shop(server_shop: str, capsys: pytest.CaptureFixture[str]) -> None:
    close_shop()
    assert main(["--db", server_shop, "check"]) == 0
    out = capsys.readouterr().out
    assert "integrity: ok" in out and "foreign-key problems: 0" in out and out.endswith("ok\n")
    open_shop(server_shop)


def test_automatic_copies_of_a_server_shop_are_made_by_one_seat(server_shop: str) -> None:
    assert settings.get("backup_seat") == ""
    assert shop_backups.backup_if_due(timedelta(0)) is None  # no seat named, nobody who owns at this one
    made = shop_backups.backup_if_due(timedelta(0), owner_at_counter=True)  # the owner's seat
    assert made is not None and _names(made.path) == ["Ada Lovelace", "Grace Hopper"]
    assert shop_backups.backup_if_due(timedelta(0), owner_at_counter=True) is None  # nothing changed
    customers.create("New today")
    settings.update(backup_seat="the-back-office-pc")
    assert shop_backups.backup_if_due(timedelta(0), owner_at_counter=True) is None  # another seat's job
    settings.update(backup_seat=settings.this_computer().upper())
    again = shop_backups.backup_if_due(timedelta(0))
    assert again is not None and "New today" in _names(again.path)


def test_moving_a_shop_to_a_server_names_this_computer_for_its_backups(
    data_dir: Path, pg_database: str
) -> None:
    open_shop(data_dir / "shop.sqlite3")
    customers.create("Ada Lovelace")
    result = copy_shop.copy_to(pg_database)
    assert result.backup_seat == settings.this_computer()
    assert "carebook settings backup_seat" in result.lines()[-1]
    close_shop()
    open_shop(pg_database)
    assert settings.get("backup_seat") == settings.this_computer()
    close_shop()


def test_check_uses_amcheck_when_the_administrator_installed_it(server_shop: str) -> None:
    database.execute_sql("CREATE EXTENSION IF NOT EXISTS amcheck")
    report = shop_backups.check()
    assert report.ok and report.integrity == ("ok",)
