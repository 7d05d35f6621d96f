"""The log file: ``carebook.log`` in the data folder, owner-only, rotated; never a crash of its own."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

from carebook import logs


def _fail() -> None:
    raise RuntimeError("a bug deep down")


def test_an_unexpected_error_goes_to_the_log_with_its_traceback(data_dir: Path) -> None:
    try:
        _fail()
    except RuntimeError as error:
        where = logs.log_unexpected(error, "carebook stats")
    assert where == data_dir / "carebook.log" == logs.log_path()
    text = where.read_text(encoding="utf-8")
    assert "ERROR carebook: unexpected error in carebook stats" in text
    assert "Traceback (most recent call last)" in text and "in _fail" in text
    assert "RuntimeError: a bug deep down" in text
    assert stat.S_IMODE(where.stat().st_mode) == 0o600
    assert not logs.logger.propagate  # never onto the terminal (or a test report) through the root logger


def test_configure_is_idempotent_and_follows_the_data_folder(data_dir: Path, tmp_path: Path) -> None:
    first = logs.configure()
    assert logs.configure() == first
    handlers = [h for h in logs.logger.handlers if isinstance(h, logging.FileHandler)]
    assert len(handlers) == 1
    other = logs.configure(tmp_path / "elsewhere" / "carebook.log")
    assert other == tmp_path / "elsewhere" / "carebook.log"
    assert [h.baseFilename for h in logs.logger.handlers if isinstance(h, logging.FileHandler)] == [
        str(other)
    ]


def test_the_log_rotates_and_keeps_older_files_owner_only(tmp_path: Path) -> None:
    path = logs.configure(tmp_path / "carebook.log")
    assert path is not None
    for number in range(logs.MAX_BYTES // 500 + 10):
        logs.logger.info("line %d %s", number, "x" * 500)
    rotated = tmp_path / "carebook.log.1"
    assert rotated.exists() and path.stat().st_size < logs.MAX_BYTES
    assert stat.S_IMODE(rotated.stat().st_mode) == stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_log_that_cannot_be_opened_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert logs.configure(blocker / "carebook.log") is None
    try:
        _fail()
    except RuntimeError as error:
        assert logs.log_unexpected(error, "x") is not None  # the data folder is fine again
