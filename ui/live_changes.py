"""Other seats' writes on the shop's PostgreSQL server, heard as they commit, driven by the Qt event loop.

``LiveChanges`` runs a ``carebook.change_listener.ChangeListener`` (its own connection, LISTEN): a
``QSocketNotifier`` on that connection's socket wakes the loop when a notification arrives (nothing is
polled, no thread waits), the listener reads what came without blocking, and what arrives within
``GATHER_MS`` of the first is handed over as one ``ChangeSet`` to ``ctx.notify_records_changed``. This
program's own writes are left out (the listener knows its connections' server processes).

Losing the server (a restart, a dropped network): the listener's socket says so at once; the window shows
the quiet ``ReconnectBar`` ("Reconnecting to the shop's server…") and tries again in the background
(``RETRY_MS``: opening a connection runs on a worker thread, so the window never freezes). Open forms
keep what was typed; a save while away says it was not saved. When the server is back: LISTEN again,
one ``ChangeSet.everything()`` (what was missed meanwhile is not known) and the bar goes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from carebook.change_listener import ChangeListener
from carebook.changes import ChangeSet
from carebook.errors import StorageError
from ui.context import AppContext
from ui.jobs import BackgroundJobs
from ui.widgets.reconnect_bar import ReconnectBar

log = logging.getLogger(__name__)
GATHER_MS = 150  # one transaction's notifications (and a burst of writes) become one refresh
RETRY_MS = (300, 1000, 2000, 3000)  # then every 3 s while the server stays away


class LiveChanges(QObject):
    reconnecting_changed = Signal(bool)

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject,
        listener: ChangeListener,
        bar: ReconnectBar | None = None,
        *,
        gather_ms: int = GATHER_MS,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.listener = listener
        self.shop: object = None  # the shop's connection (ui.external_changes.follow)
        self._bar = bar
        self._jobs = BackgroundJobs(self)
        self._notifier: QSocketNotifier | None = None
        self._pending = ChangeSet()
        self._attempts = 0
        self._reconnecting = False
        self._stopped = False
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(gather_ms)
        self._gather.timeout.connect(self._flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._connect)
        self._connect()

    @property
    def reconnecting(self) -> bool:
        return self._reconnecting

    @property
    def listening(self) -> bool:
        return self._notifier is not None

    def _connect(self) -> None:
        if not self._stopped:
            self._jobs.run("connect", self._try_connect, done=self._connected)

    def _try_connect(self) -> str:
        """On the worker thread: "" once listening, else why not (a retry a few seconds later is normal
        while the server is away: not logged each time)."""
        try:
            self.listener.connect()
        except StorageError as error:
            return str(error)
        return ""

    def _connected(self, problem: str) -> None:
        if self._stopped:
            self.listener.close()
            return
        if problem:
            self._failed(problem)
            return
        self._notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)
        self._attempts = 0
        if self._reconnecting:  # what the other seats wrote meanwhile is not known: everything
            log.info("listening to the shop's server again")
            self._pending = ChangeSet.everything()
            self._set_reconnecting(False)
            self._flush()
        self._readable()  # whatever arrived between LISTEN and the notifier

    def _failed(self, _message: str) -> None:
        if self._stopped:
            return
        self._set_reconnecting(True)
        self._retry.start(RETRY_MS[min(self._attempts, len(RETRY_MS) - 1)])
        self._attempts += 1

    def _readable(self) -> None:
        if self._notifier is None:
            return
        try:
            changes = self.listener.read()
        except StorageError as error:
            self._lost(error)
            return
        if changes:
            self._pending = self._pending.merged(changes)
            if not self._gather.isActive():
                self._gather.start()

    def _lost(self, error: StorageError) -> None:
        log.warning("live updates: %s", error)
        self._drop_notifier()
        self.listener.close()
        self._failed(str(error))

    def _flush(self) -> None:
        changes, self._pending = self._pending, ChangeSet()
        if changes and not self._stopped:
            self.ctx.notify_records_changed(changes)

    def _set_reconnecting(self, reconnecting: bool) -> None:
        if reconnecting == self._reconnecting:
            return
        self._reconnecting = reconnecting
        if self._bar is not None:
            self._bar.set_reconnecting(reconnecting)
        self.reconnecting_changed.emit(reconnecting)

    def _drop_notifier(self) -> None:
        notifier, self._notifier = self._notifier, None
        if notifier is not None:
            notifier.setEnabled(False)
            notifier.deleteLater()

    def stop(self) -> None:
        self._stopped = True
        self._gather.stop()
        self._retry.stop()
        self._drop_notifier()
        self._jobs.shutdown()
        self.listener.close()
        self._set_reconnecting(False)
