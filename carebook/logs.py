"""Where Carebook's log goes: ``carebook.log`` in the data folder, rotated, readable by its owner only.

``configure()`` (called at the start of the desktop app and of the CLI) sends the records of every logger
at INFO and above to that file: a background job's traceback, the exception hook's, a backup's outcome.
It is idempotent and returns the file's path; when the data folder changed since (tests), the file
follows it. A folder that cannot be written leaves logging as it was: nothing is raised, and callers
that must be heard (the exception hook) print to stderr instead. ``log_path()`` names the file (Help >
About shows it). ``log_unexpected()`` writes a bug's traceback there (the CLI's catch-all names the file).
Every line is written without a server's password (``carebook.server_address.redact``).
"""

from __future__ import annotations

import logging
import os
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

from carebook.paths import data_dir
from carebook.server_address import redact

LOG_NAME = "carebook.log"
MAX_BYTES = 1_000_000
BACKUPS = 3  # carebook.log.1 .. carebook.log.3
HANDLER_NAME = "carebook-log"
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def log_path() -> Path:
    return data_dir() / LOG_NAME


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating file whose every generation is created owner-only (0600): a log may name customers."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.chmod(self.baseFilename, 0o600)  # a file left by an older version, or a wide umask
        except OSError:
            pass
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


class _Redacting(logging.Formatter):
    """A server's password never reaches the log, whatever message or traceback carried it."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def _current_handler() -> logging.Handler | None:
    for handler in logging.getLogger().handlers:
        if handler.get_name() == HANDLER_NAME:
            return handler
    return None


def configure() -> Path:
    """Log to ``log_path()`` from now on (at most once per path); returns that path."""
    path = log_path()
    root = logging.getLogger()
    current = _current_handler()
    if isinstance(current, RotatingFileHandler) and current.baseFilename == os.path.abspath(path):
        return path
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = _PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return path
    handler.set_name(HANDLER_NAME)
    handler.setLevel(logging.INFO)
    handler.setFormatter(_Redacting(FORMAT))
    if current is not None:
        root.removeHandler(current)
        current.close()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return path


def log_unexpected(error: BaseException, context: str) -> Path | None:
    """Write ``error`` with its traceback to the log file; its path, or None when it cannot be written."""
    path = configure()
    handler = _current_handler()
    if handler is None:
        return None
    logging.getLogger("carebook").error(
        "unexpected error in %s", context, exc_info=(type(error), error, error.__traceback__)
    )
    handler.flush()
    return path
