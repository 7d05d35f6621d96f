"""The log file: in the data folder, owner-only, rotated, configured once; the CLI configures it."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import pytest

from carebook import logs
from carebook.cli import main


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_configure_writes_an_owner_only_log_in_the_data_folder(data_dir: Path) -> None:
    path = logs.configure()
    assert path == logs.log_path() == data_dir / "carebook.log"
    logging.getLogger("carebook.test").error("the till is café-shaped")
    if sys.platform != "win32":
        assert _mode(path) == 0o600
    assert "ERROR carebook.test" in path.read_text(encoding="utf-8")
    assert "the till is café-shaped" in path.read_text(encoding="utf-8")


def test_configure_is_idempotent_and_follows_the_data_folder(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logs.configure()
    logs.configure()
    ours = [h for h in logging.getLogger().handlers if h.get_name() == logs.HANDLER_NAME]
    assert len(ours) == 1
    monkeypatch.setenv("CAREBOOK_DATA_DIR", str(tmp_path / "elsewhere"))
    moved = logs.configure()
    assert moved == tmp_path / "elsewhere" / "carebook.log"
    ours = [h for h in logging.getLogger().handlers if h.get_name() == logs.HANDLER_NAME]
    assert len(ours) == 1
    logging.getLogger("carebook.test").warning("after the move")
    assert "after the move" in moved.read_text(encoding="utf-8")
    assert "after the move" not in (data_dir / "carebook.log").read_text(encoding="utf-8")


def test_the_log_rotates_and_every_generation_is_owner_only(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.configure()
    for line in range(200):
        logging.getLogger("carebook.test").info("line %d of a long day at the counter", line)
    rotated = sorted(p.name for p in data_dir.glob("carebook.log*"))
    assert rotated == ["carebook.log", "carebook.log.1", "carebook.log.2", "carebook.log.3"]
    if sys.platform != "win32":
        assert {_mode(data_dir / name) for name in rotated} == {0o600}
    assert "line 199" in path.read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_older_wide_open_log_is_made_owner_only(data_dir: Path) -> None:
    old = data_dir / "carebook.log"
    old.write_text("from an older version\n", encoding="utf-8")
    os.chmod(old, 0o644)
    logs.configure()
    assert _mode(old) == 0o600
    assert old.read_text(encoding="utf-8").startswith("from an older version")


def test_a_data_folder_that_cannot_be_written_raises_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("CAREBOOK_DATA_DIR", str(blocker))
    assert logs.configure() == blocker / "carebook.log"
    assert not (blocker / "carebook.log").exists()


def test_the_cli_configures_the_log(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(data_dir / "shop.sqlite3"), "init"]) == 0
    capsys.readouterr()
    logging.getLogger("carebook.test").warning("written by a command")
    assert "written by a command" in (data_dir / "carebook.log").read_text(encoding="utf-8")


def _fail() -> None:
    raise RuntimeError("a bug deep down")


def test_an_unexpected_error_goes_to_the_log_with_its_traceback(data_dir: Path) -> None:
    try:
        _fail()
    except RuntimeError as error:
        where = logs.log_unexpected(error, "carebook stats")
    assert where == data_dir / "carebook.log" == logs.log_path()
    text = where.read_text(encoding="utf-8")
    assert "ERROR carebook [MainThread] unexpected error in carebook stats" in text
    assert "Traceback (most recent call last)" in text and "in _fail" in text
    assert "RuntimeError: a bug deep down" in text


def test_an_unexpected_error_with_no_writable_log_says_so_by_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CAREBOOK_DATA_DIR", str(blocker / "data"))
    try:
        _fail()
    except RuntimeError as error:
        assert logs.log_unexpected(error, "x") is None


def test_a_server_password_never_reaches_the_log_or_the_terminal(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from carebook import cli

    def fails(_: object) -> int:
        raise RuntimeError("lost postgresql://ann:s3cret@shop.lan/shop (password=s3cret)")

    monkeypatch.setattr(cli, "cmd_init", fails)
    assert main(["init"]) == 1
    err = capsys.readouterr().err
    assert "s3cret" not in err and "postgresql://ann@shop.lan/shop" in err
    logging.getLogger("carebook.test").error("connecting to postgresql://ann:s3cret@shop.lan/shop")
    text = logs.log_path().read_text(encoding="utf-8")
    assert "s3cret" not in text and "RuntimeError: lost postgresql://ann@shop.lan/shop (password=***)" in text
