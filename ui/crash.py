"""The exception hook: an unexpected error is logged and shown, and the app keeps running.

Modelled on qutebrowser's ``crashsignal.py``: ``sys.excepthook`` catches what escapes a slot or an
event handler, appends the traceback to ``carebook.log`` in the data folder and shows a dialog through
``ui.msgbox.crash``. While that dialog is open, further errors are only logged (no dialog storms).
Ctrl+C in the terminal still quits.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from carebook.paths import data_dir
from ui import msgbox

LOG_NAME = "carebook.log"
MAX_LOG_BYTES = 1_000_000


def log_path() -> Path:
    return data_dir() / LOG_NAME


class ExceptionHook:
    def __init__(self, log_file: Path | None = None, parent: Callable[[], QWidget | None] | None = None):
        self.log_file = log_file if log_file is not None else log_path()
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
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        written = self._write_log(details)
        if self._showing:
            return
        where = (
            QCoreApplication.translate("crash", "The details were written to {0}.").format(self.log_file)
            if written
            else QCoreApplication.translate("crash", "The details could not be written to the log file.")
        )
        text = "{}\n\n{}\n\n{}".format(
            QCoreApplication.translate("crash", "Something went wrong inside Carebook: {0}").format(
                exc or exc_type.__name__
            ),
            QCoreApplication.translate(
                "crash",
                "Your data is safe. Carebook keeps running; if a window looks wrong, close and reopen it.",
            ),
            where,
        )
        self._showing = True
        try:
            msgbox.crash(
                self._parent(), QCoreApplication.translate("crash", "Unexpected error"), text, details
            )
        finally:
            self._showing = False

    def _write_log(self, details: str) -> bool:
        try:
            self.log_file.parent.mkdir(parents=True, exist_ok=True)
            if self.log_file.exists() and self.log_file.stat().st_size > MAX_LOG_BYTES:
                self.log_file.replace(self.log_file.with_suffix(".log.1"))
            stamp = datetime.now().isoformat(sep=" ", timespec="seconds")
            with self.log_file.open("a", encoding="utf-8") as handle:
                handle.write(f"--- {stamp} ---\n{details}\n")
        except OSError:
            print(details, file=sys.stderr)
            return False
        return True
