"""Automatic backups while the app runs, and the quick check of the data file at start-up.

``BackupScheduler(ctx, parent=None)`` (the main window owns one as ``window.backups``):

- ``start()``: a timer every ``TICK_MS`` (5 minutes) asks ``carebook.shop_backups.backup_if_due`` off the
  UI thread, which copies the shop at most every 30 minutes and only when the data changed since the
  last copy. A running copy is never doubled. A server shop is copied (into a Carebook file) only by the
  seat that makes its copies (``makes_automatic``: the ``backup_seat`` setting, else an owner's seat).
- ``check_at_startup()``: a quick integrity and foreign-key check of the file, off the UI thread; a
  damaged file is set aside (renamed, never deleted) and the newest good backup is offered
  (``ui.db_recovery``).
- ``back_up_now()``: a copy right now, off the UI thread; ``backed_up(info)`` / ``failed(kind, message)``.
- ``shutdown()``: stop the timer and wait for a running copy (before the database closes).
- ``backup_on_exit()``: when the app quits, one last copy if the data changed since the newest copy.

The start-up check is for a file only; a server shop's is ``carebook check``.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from carebook import backup, db, shop_backups
from carebook.errors import CarebookError
from ui.context import AppContext
from ui.jobs import BackgroundJobs

log = logging.getLogger(__name__)

TICK_MS = 5 * 60_000


class BackupScheduler(QObject):
    backed_up = Signal(object)  # BackupInfo (a copy was made)
    failed = Signal(str, str)  # a copy could not be made: "due" or "now", the plain message
    checked = Signal(object)  # CheckReport of the start-up check
    damaged = Signal(object)  # CheckReport of a start-up check that found problems

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker = BackgroundJobs(self)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.run_if_due)
        self._stopped = False

    @staticmethod
    def available() -> bool:
        """A shop is open (a file or a server shop), so copies of it can be made."""
        return db.database.obj is not None

    def makes_automatic(self) -> bool:
        """This seat makes the automatic copies: always for a file, for a server shop one seat."""
        return self.available() and shop_backups.makes_copies_here(self.ctx.is_owner)

    def busy(self) -> bool:
        return self.worker.busy()

    def start(self) -> None:
        if self.available():
            self.timer.start()

    def _request(self, kind: str, fetch: Any) -> bool:
        if self._stopped or self.worker.busy(kind) or not self.available():
            return False
        if kind in ("due", "now") and (self.worker.busy("due") or self.worker.busy("now")):
            return False
        self.worker.run(kind, fetch, done=partial(self._on_done, kind), failed=partial(self._on_failed, kind))
        return True

    def run_if_due(self) -> bool:
        """Ask for a copy if one is due (a timer tick); False when none was started."""
        if not self.makes_automatic():
            return False
        owner = self.ctx.is_owner
        return self._request("due", lambda: shop_backups.backup_if_due(owner_at_counter=owner))

    def back_up_now(self) -> bool:
        return self._request("now", lambda: shop_backups.backup_now())

    def check_at_startup(self) -> bool:
        path = db.db_path() if self.available() else None  # a file's quick check
        if path is None:
            return False
        return self._request("check", lambda: backup.check_file(path, quick=True))

    def _on_done(self, kind: str, result: Any) -> None:
        if kind == "check":
            self.checked.emit(result)
            if not result.ok:
                self.damaged.emit(result)
        elif result is not None:
            log.info("backup written: %s", result.path)
            self.backed_up.emit(result)

    def _on_failed(self, kind: str, message: str) -> None:
        log.warning("%s failed: %s", "start-up check" if kind == "check" else "backup", message)
        if kind == "check":  # not a backup: only the status bar tells (the next start checks again)
            self.ctx.status(self.tr("The quick check of the data file could not run: {0}").format(message))
        else:
            self.failed.emit(kind, message)

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Block until a running copy or check is done (before a restore closes the database)."""
        return self.worker.wait_idle(timeout_ms)

    def shutdown(self) -> None:
        self._stopped = True
        self.timer.stop()
        self.worker.shutdown(120_000)

    def backup_on_exit(self) -> backup.BackupInfo | None:
        """The copy made when the app quits (only when the data changed since the newest copy)."""
        if not self.makes_automatic():
            return None
        try:
            return shop_backups.backup_if_due(timedelta(0), owner_at_counter=self.ctx.is_owner)
        except CarebookError as error:
            log.warning("backup on exit failed: %s", error)
            return None


def attach(ctx: AppContext, window: QWidget) -> BackupScheduler:
    """The scheduler of the main window; damage found at start-up offers the newest good backup."""
    scheduler = BackupScheduler(ctx, window)
    scheduler.backed_up.connect(
        lambda info: ctx.status(scheduler.tr("Backup saved: {0}").format(info.path.name))
    )

    def offer(report: backup.CheckReport) -> None:
        from ui import db_recovery

        db_recovery.offer_after_check(ctx, window, report, scheduler)

    def failed(kind: str, message: str) -> None:
        if kind == "due":  # "Back up now" reports its own outcome (ui.dialogs.data_dialogs)
            ctx.status(scheduler.tr("The automatic backup failed: {0}").format(message))

    scheduler.damaged.connect(offer)
    scheduler.failed.connect(failed)
    return scheduler
