"""Show changes another window or program made to the database, without a restart.

SQLite's ``PRAGMA data_version`` (``carebook.db.data_version``) changes when another connection commits.
``ExternalChanges`` reads it every ``interval_ms`` and whenever the window is activated (focus comes
back to Carebook); when it moved, it calls ``ctx.notify_records_changed(ChangeSet.everything())``
(SQLite does not say what changed) so the pages refresh.
Server databases have no such counter: there the watcher does nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer

from carebook import db
from carebook.changes import ChangeSet
from carebook.errors import StorageError
from ui.context import AppContext

POLL_MS = 2000


class ExternalChanges(QObject):
    def __init__(self, ctx: AppContext, window: QObject, interval_ms: int = POLL_MS) -> None:
        super().__init__(window)
        self.ctx = ctx
        self._window = window
        self._last = self._read()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        window.installEventFilter(self)
        if self._last is not None:
            self._timer.start()

    @staticmethod
    def _read() -> int | None:
        try:
            return db.data_version()
        except StorageError:
            return None  # a storage problem is reported by whatever reads next, not by a timer

    def check(self) -> bool:
        """Refresh when another connection committed since the last check; return whether it did."""
        if db.database.obj is None:
            return False
        current = self._read()
        if current is None or current == self._last:
            return False
        self._last = current
        self.ctx.notify_records_changed(ChangeSet.everything())
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.WindowActivate:
            self.check()
        return False

    def stop(self) -> None:
        self._timer.stop()
        self._window.removeEventFilter(self)


def attach(ctx: AppContext, window: QObject) -> ExternalChanges:
    return ExternalChanges(ctx, window)
