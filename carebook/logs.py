"""Carebook's log file: ``carebook.log`` in the data folder, rotated at 1 MB with 3 older files kept.

``configure()`` attaches it to the ``carebook`` logger (once) and returns its path, or None when the
file cannot be opened (a read-only data folder must never turn a message into a crash). The CLI writes
the full traceback of an unexpected error there and tells the user where it is.
"""

from __future__ import annotations

import io
import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from carebook.paths import data_dir

LOG_FILE_NAME = "carebook.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

logger = logging.getLogger("carebook")
_handler: RotatingFileHandler | None = None


class _PrivateFileHandler(RotatingFileHandler):
    """Owner-only log files (a traceback can quote a customer's name), the rotated ones too."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


def log_path() -> Path:
    return data_dir() / LOG_FILE_NAME


def configure(path: Path | None = None) -> Path | None:
    """Send the ``carebook`` logger's records to ``path`` (default ``log_path()``); the path, or None."""
    global _handler
    target = (path or log_path()).absolute()
    if _handler is not None:
        if Path(_handler.baseFilename) == target:
            return target
        logger.removeHandler(_handler)  # the data folder changed (another CAREBOOK_DATA_DIR)
        _handler.close()
        _handler = None
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = _PrivateFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # the file is the place: never a traceback on the terminal through the root
    _handler = handler
    return target


def log_unexpected(error: BaseException, context: str) -> Path | None:
    """Write ``error`` with its traceback to the log file; the file's path, or None when it failed."""
    path = configure()
    if path is None:
        return None
    logger.error("unexpected error in %s", context, exc_info=(type(error), error, error.__traceback__))
    if _handler is not None:
        _handler.flush()
    return path
