"""Show changes another seat, window or program made to the shop, without a restart (within 2 s).

``attach(ctx, window, bar)`` picks the watcher for the open shop; ``follow`` replaces it after the window
moved to another shop (``ui.shop_switch``). Both hand what changed to ``ctx.notify_records_changed``.

- **A shop's PostgreSQL server**: ``ui.live_changes.LiveChanges``. Every committed write notifies the
  seats (migration 0012) with the tables and ids it touched; the window hears it on its own connection
  through a socket notifier (no polling), gathered for ~150 ms, so only the pages and rows concerned
  refresh. While the server cannot be reached, the quiet ``bar`` says "Reconnecting to the shop's
  server…"; when it is back, everything refreshes once.
- **An SQLite file**: ``ExternalChanges``. SQLite's ``PRAGMA data_version`` (``carebook.db.data_version``)
  changes when another connection commits; it is read every ``POLL_MS`` (a cheap read of a counter in
  shared memory, no query of the tables) and whenever the window is activated (focus comes back to
  Carebook). When it moved: ``ChangeSet.everything()`` (SQLite does not say what changed).
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer

from carebook import db
from carebook.changes import ChangeSet
from carebook.errors import StorageError
from ui.context import AppContext
from ui.widgets.reconnect_bar import ReconnectBar

POLL_MS = 500  # the other seat's write shows within the 2 s promised, refresh included


class Watcher(Protocol):
    shop: object  # the connection it watches (see follow)

    def stop(self) -> None: ...


class ExternalChanges(QObject):
    def __init__(self, ctx: AppContext, window: QObject, interval_ms: int = POLL_MS) -> None:
        super().__init__(window)
        self.ctx = ctx
        self._window = window
        self.shop: object = db.database.obj
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


def attach(ctx: AppContext, window: QObject, bar: ReconnectBar | None = None) -> Watcher:
    from carebook.server_connection import ServerDatabase

    shop: Any = db.database.obj
    if isinstance(shop, ServerDatabase):
        from carebook.change_listener import ChangeListener
        from ui.live_changes import LiveChanges

        live = LiveChanges(ctx, window, ChangeListener.for_shop(shop), bar)
        live.shop = shop
        return live
    return ExternalChanges(ctx, window)


def follow(ctx: AppContext, window: QObject, watcher: Watcher, bar: ReconnectBar | None = None) -> Watcher:
    """``watcher`` while the window still shows its shop, else a new one for the shop open now."""
    if getattr(watcher, "shop", None) is db.database.obj:
        return watcher
    watcher.stop()
    return attach(ctx, window, bar)
