"""carebook.safe_write: the one way Carebook writes a file (exclusive 0600 temporary file, fsync, atomic
rename, no planted symlink followed) and the targets it refuses (databases, their companions, backups)."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from carebook import safe_write, shop_backups
from carebook.errors import CarebookError
from carebook.safe_write import TargetExists, TargetRefused, atomic_path, atomic_write, check_target, refusal
from carebook.shop import close_shop, open_shop


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _names(path: Path, names: list[str]) -> Iterator[Path]:
    for name in names:
        yield path.with_name(name)
    raise AssertionError("more temporary names asked for than planted")


def _sqlite(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    return path


@pytest.fixture
def umask_zero() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def test_a_new_file_is_owner_only_whatever_the_umask(tmp_path: Path, umask_zero: None) -> None:
    target = tmp_path / "out.txt"
    with atomic_write(target, text=True) as stream:
        stream.write("héllo")
    assert target.read_text(encoding="utf-8") == "héllo"
    assert _mode(target) == 0o600
    assert list(tmp_path.iterdir()) == [target]


def test_an_existing_file_is_replaced_only_with_force_and_becomes_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    target.chmod(0o644)
    with pytest.raises(TargetExists, match=r"out\.csv exists; it was not"), atomic_write(target) as s:
        s.write(b"new")
    assert target.read_text() == "old"
    with atomic_write(target, force=True) as stream:
        stream.write(b"new")
    assert target.read_bytes() == b"new"
    assert _mode(target) == 0o600
    assert list(tmp_path.iterdir()) == [target]


def test_an_error_while_writing_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_write(target, force=True) as stream:
        stream.write(b"half")
        raise RuntimeError("crash mid-write")
    assert target.read_text() == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_a_failing_rename_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")

    def broken(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safe_write.os, "replace", broken)
    full = r"out\.csv: cannot be written \(No space left on device\)"
    with pytest.raises(CarebookError, match=full), atomic_write(target, force=True) as stream:
        stream.write(b"new")
    assert target.read_text() == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_a_symlink_planted_at_the_temporary_name_is_never_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    target = tmp_path / "out.csv"
    planted = tmp_path / ".planted.tmp"
    planted.symlink_to(victim)
    dangling = tmp_path / ".dangling.tmp"
    dangling.symlink_to(tmp_path / "would-be-created")
    names = _names(target, [planted.name, dangling.name, ".free.tmp"])
    monkeypatch.setattr(safe_write, "temp_name", lambda _target: next(names))
    with atomic_write(target) as stream:
        stream.write(b"export")
    assert target.read_bytes() == b"export"
    assert victim.read_text() == "precious"
    assert not (tmp_path / "would-be-created").exists()
    assert planted.is_symlink() and dangling.is_symlink()  # someone else's: left alone
    assert not (tmp_path / ".free.tmp").exists()


def test_when_every_temporary_name_is_taken_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    planted = tmp_path / ".planted.tmp"
    planted.symlink_to(victim)
    monkeypatch.setattr(safe_write, "temp_name", lambda _target: planted)
    with pytest.raises(CarebookError, match="no free temporary name"), atomic_write(tmp_path / "o") as s:
        s.write(b"x")
    assert victim.read_text() == "precious"
    assert not (tmp_path / "o").exists()


def test_a_target_that_is_a_symlink_is_replaced_not_written_through(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    target = tmp_path / "out.csv"
    target.symlink_to(victim)
    with pytest.raises(TargetExists):
        check_target(target)
    with atomic_write(target, force=True) as stream:
        stream.write(b"export")
    assert not target.is_symlink() and target.read_bytes() == b"export"
    assert victim.read_text() == "precious"


def test_a_file_that_appears_while_writing_is_not_replaced_without_force(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with pytest.raises(TargetExists), atomic_write(target) as stream:
        stream.write(b"export")
        target.write_text("someone else's")
    assert target.read_text() == "someone else's"
    assert list(tmp_path.iterdir()) == [target]


def test_without_hard_links_a_new_file_is_still_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*_args: object, **_kwargs: object) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(safe_write.os, "link", no_links)
    target = tmp_path / "out.csv"
    with atomic_write(target) as stream:
        stream.write(b"export")
    assert target.read_bytes() == b"export"
    assert list(tmp_path.iterdir()) == [target]


def test_atomic_path_gives_an_empty_owner_only_file_and_renames_it(tmp_path: Path, umask_zero: None) -> None:
    target = tmp_path / "copy.sqlite3"
    with atomic_path(target) as partial:
        assert partial.parent == tmp_path and partial.read_bytes() == b"" and _mode(partial) == 0o600
        _sqlite(partial)
    assert safe_write.is_sqlite_file(target) and _mode(target) == 0o600
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.sqlite_only("the open database file and its companion files")
@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_the_open_database_and_its_companions_are_refused(db: Path, suffix: str) -> None:
    database_file = Path(f"{db}{suffix}")
    spelled = database_file.parent / ".." / database_file.parent.name / database_file.name
    for target in (database_file, spelled):
        with pytest.raises(TargetRefused, match="open database"):
            check_target(target, force=True)


@pytest.mark.sqlite_only("links to the open database file")
def test_a_symlink_or_hard_link_to_the_open_database_is_refused(db: Path, tmp_path: Path) -> None:
    (tmp_path / "link.csv").symlink_to(db)
    os.link(db, tmp_path / "hard.csv")
    for name in ("link.csv", "hard.csv"):
        assert refusal(tmp_path / name) == "it is the open database"
    wal = Path(f"{db}-wal")
    assert wal.exists()
    os.link(wal, tmp_path / "wal.csv")
    assert refusal(tmp_path / "wal.csv") == f"it is the open database's write-ahead log ({db})"


def test_the_database_named_before_it_is_opened_is_refused(tmp_path: Path) -> None:
    planned = tmp_path / "new.sqlite3"  # does not exist yet: the CLI checks before opening
    assert refusal(planned, database=planned) == "it is the open database"
    assert refusal(tmp_path / "new.sqlite3-wal", database=planned) is not None


def test_any_sqlite_file_its_companions_and_a_log_are_refused(tmp_path: Path) -> None:
    other = _sqlite(tmp_path / "other-program.db")
    assert refusal(other) == "it is a database file (Carebook never writes over one)"
    assert refusal(tmp_path / "other-program.db-wal") == "it belongs to the database other-program.db"
    log = tmp_path / "stray.log"
    log.write_bytes(b"\x37\x7f\x06\x82" + bytes(28))
    assert refusal(log) == "it is a database's write-ahead log"
    plain = tmp_path / "plain.csv"
    plain.write_text("name\n")
    assert refusal(plain) is None and refusal(tmp_path / "new.csv") is None


def test_backups_are_refused_by_name_and_by_folder(db: Path, tmp_path: Path) -> None:
    made = shop_backups.backup_now().path
    assert "database file" in (refusal(made) or "")
    named = tmp_path / "carebook-20260301-101500.sqlite3"
    named.write_text("not sqlite, but named like a backup")
    assert refusal(named) == "it is named like a Carebook backup"
    stray = made.parent / "notes.txt"
    stray.write_text("x")
    assert refusal(stray) == "it is in Carebook's backup folder"
    assert refusal(made.parent / "new.csv") is None  # a new file there is not a backup


def test_a_pre_existing_empty_file_adopted_as_a_database_becomes_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    path.chmod(0o644)
    open_shop(path)
    try:
        assert _mode(path) == 0o600
    finally:
        close_shop()
