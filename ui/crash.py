"""The exception hook and the crash trace: an unexpected error is logged and shown, the app keeps running,
and a hard crash still leaves the stacks of every thread behind.

Modelled on qutebrowser's ``crashsignal.py``: ``sys.excepthook`` catches what escapes a slot or an
event handler, logs it with its traceback (``carebook.log`` in the data folder, see ``carebook.logs``)
and shows a dialog through ``ui.msgbox.crash``. While that dialog is open, further errors are only logged
(no dialog storms). Ctrl+C in the terminal still quits. When the log file cannot be written, the
traceback goes to stderr and the dialog says so.

``enable_crash_trace()`` turns ``faulthandler`` on, writing to ``carebook-crash.log`` in the data folder
(owner-only, kept open for the life of the process): a segfault in Qt or a fatal signal leaves the
Python stack of every thread there.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TextIO

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from carebook import logs
from carebook.paths import data_dir
from carebook.server_address import redact
from ui import msgbox

CRASH_LOG_NAME = "carebook-crash.log"

log = logging.getLogger(__name__)
_crash_file: TextIO | None = None  # open for the life of the process: faulthandler writes to its fd
_crash_path: Path | None = None


def crash_log_path() -> Path:
    return data_dir() / CRASH_LOG_NAME


def enable_crash_trace() -> Path | None:
    """Send ``faulthandler``'s trace of a hard crash to ``crash_log_path()``; None when that file cannot
    be opened (the trace then goes to stderr)."""
    global _crash_file, _crash_path
    path = crash_log_path()
    if _crash_file is not None and _crash_path == path and faulthandler.is_enabled():
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    except OSError:
        faulthandler.enable(file=sys.__stderr__ or sys.stderr, all_threads=True)
        return None
    handle = os.fdopen(fd, "a", encoding="utf-8")
    handle.write(f"--- Carebook started {datetime.now().isoformat(sep=' ', timespec='seconds')} ---\n")
    handle.flush()
    faulthandler.enable(file=handle, all_threads=True)
    previous, _crash_file, _crash_path = _crash_file, handle, path
    if previous is not None:
        previous.close()
    return path


def _logging_to_file() -> bool:
    """Whether records reach ``carebook.log`` (``carebook.logs.configure()`` succeeded)."""
    target = os.path.abspath(logs.log_path())
    return any(
        isinstance(handler, logging.FileHandler) and handler.baseFilename == target
        for handler in logging.getLogger().handlers
    )


class ExceptionHook:
    def __init__(self, parent: Callable[[], QWidget | None] | None = None):
        self._parent = parent or QApplication.activeWindow
        self._previous: Callable[..., object] | None = None
        self._showing = False
        self.count = 0

    def install(self) -> None:
        if self._previous is None:
            self._previous = sys.excepthook
            sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook == self.handle:
            sys.excepthook = self._previous
        self._previous = None

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            app = QCoreApplication.instance()
            if app is not None:
                app.quit()
            return
        self.count += 1
        written = _logging_to_file()
        log.error("Unexpected error", exc_info=(exc_type, exc, tb))
        if not written:
            print(redact("".join(traceback.format_exception(exc_type, exc, tb))), file=sys.stderr)
        if self._showing:
            return
        where = (
            QCoreApplication.translate("crash", "The details were written to {0}.").format(logs.log_path())
            if written
            else QCoreApplication.translate("crash", "The details could not be written to the log file.")
        )
        text = "{}\n\n{}\n\n{}".format(
            QCoreApplication.translate("crash", "Something went wrong inside Carebook: {0}").format(
                redact(str(exc)) or exc_type.__name__
            ),
            QCoreApplication.translate(
                "crash",
                "Your data is safe. Carebook keeps running; if a window looks wrong, close and reopen it.",
            ),
            where,
        )
        self._showing = True
        try:
            details = redact("".join(traceback.format_exception(exc_type, exc, tb)))
            msgbox.crash(
                self._parent(), QCoreApplication.translate("crash", "Unexpected error"), text, details
            )
        finally:
            self._showing = False
