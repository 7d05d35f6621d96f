"""The backup, restore and check commands."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from carebook.cli import main
from carebook.db import database
from carebook.shop import close_shop, open_shop


def _tags(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM tag ORDER BY name")]


def _add_tag(db: Path, name: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO tag (name) VALUES (?)", (name,))


def test_backup_restore_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "shop.sqlite3"
    assert main(["--db", str(db), "init"]) == 0
    _add_tag(db, "vip")
    copy = tmp_path / "copy.sqlite3"
    assert main(["backup", "--to", str(copy), "--db", str(db)]) == 0
    assert "verified" in capsys.readouterr().out
    _add_tag(db, "later")
    assert main(["--db", str(db), "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "before-restore" in out
    assert _tags(db) == ["vip"]
    (kept,) = tmp_path.glob("shop.sqlite3.before-restore-*")
    assert _tags(kept) == ["later", "vip"]


def test_backup_goes_to_the_backup_folder_by_default(data_dir: Path) -> None:
    assert main(["backup"]) == 0
    assert len(list((data_dir / "backups").glob("carebook-*.sqlite3"))) == 1


def test_check_passes_on_a_sound_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "a.sqlite3"), "check"]) == 0
    assert capsys.readouterr().out.strip().endswith("ok")


def test_check_fails_with_one_line_on_broken_links(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "a.sqlite3"
    assert main(["--db", str(db), "init"]) == 0
    open_shop(db)  # any connection would do: the search triggers are plain SQL
    database.execute_sql("PRAGMA foreign_keys=OFF")
    with database.atomic():  # a contact pointing at a customer that does not exist
        database.execute_sql(
            "INSERT INTO interaction (customer_id, occurred_at, channel, direction, reason, summary, notes, "
            "status, resolved_first_contact) VALUES (999, '2026-01-01 10:00:00', 'phone', 'inbound', "
            "'other', '', '', 'open', 0)"
        )
    close_shop()
    capsys.readouterr()
    assert main(["--db", str(db), "check"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "problems" in err[0]


def test_restore_of_a_missing_or_bad_file_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shop.sqlite3"
    assert main(["--db", str(db), "init"]) == 0
    _add_tag(db, "keep")
    assert main(["--db", str(db), "restore", str(tmp_path / "nope.sqlite3")]) == 1
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00garbage" * 1000)
    assert main(["--db", str(db), "restore", str(junk)]) == 1
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 2 and all(line.startswith("carebook: ") for line in errors)
    assert _tags(db) == ["keep"]
