"""Run customer searches off the UI thread, debounced, keeping only the newest answer.

``SearchRunner.request(text)`` waits ``DEBOUNCE_MS`` of quiet typing, then runs
``carebook.services.search.search(text, limit=...)`` on a private one-thread ``QThreadPool``.
``results(query, hits)`` is emitted (in the UI thread) only for the newest request; answers to older
requests are dropped, and requests overtaken before they start never run. peewee gives the worker
thread its own connection, closed after each query so no connection outlives its work.

Reusable: the contact dialog's customer picker can own a runner and show ``hits`` its own way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from ui.jobs import call_guarded

DEBOUNCE_MS = 150

SearchFunc = Callable[..., Sequence[Any]]


class _Relay(QObject):
    done = Signal(int, str, object)
    failed = Signal(int, str, str)


class _Task(QRunnable):
    def __init__(self, owner: SearchRunner, generation: int, query: str, limit: int, func: SearchFunc):
        super().__init__()
        self.setAutoDelete(False)  # Python owns the task (see SearchRunner._tasks), not the pool
        self._owner = owner
        self._relay = owner._relay
        self._generation = generation
        self._query = query
        self._limit = limit
        self._func = func

    def run(self) -> None:
        if self._owner._generation != self._generation:
            return  # overtaken before it started
        ok, answer = call_guarded(lambda: list(self._func(self._query, limit=self._limit)), "a search")
        if ok:
            self._relay.done.emit(self._generation, self._query, answer)
        else:
            self._relay.failed.emit(self._generation, self._query, answer)


class SearchRunner(QObject):
    results = Signal(str, object)  # query, list of SearchHit
    failed = Signal(str, str)  # query, message
    busy_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        search_func: SearchFunc | None = None,
        limit: int | None = None,  # None: as many as the core's search box shows
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self._func = search_func
        self.limit = limit
        self._generation = 0
        self._pending_query = ""
        self._busy = False
        self._tasks: dict[int, _Task] = {}  # kept alive until their answer is back
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(5000)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.run_now)

    @property
    def busy(self) -> bool:
        """Waiting for typing to pause, or a query in flight."""
        return self._busy or self._timer.isActive()

    @property
    def debouncing(self) -> bool:
        return self._timer.isActive()

    def request(self, query: str) -> None:
        """Search for ``query`` after a pause in typing; an empty query cancels."""
        self._pending_query = query.strip()
        self._generation += 1  # anything in flight is now stale
        if not self._pending_query:
            self._timer.stop()
            self._set_busy(False)
            return
        self._timer.start()

    def run_now(self, query: str | None = None) -> None:
        if query is not None:
            self._pending_query = query.strip()
        self._timer.stop()
        if not self._pending_query:
            return
        self._generation += 1
        try:
            func = self._func or _service_search()
        except ImportError:
            self.failed.emit(self._pending_query, self.tr("Search is not available in this version."))
            return
        self._set_busy(True)
        limit = self.limit if self.limit is not None else _search_box_limit()
        task = _Task(self, self._generation, self._pending_query, limit, func)
        self._tasks[self._generation] = task
        self._pool.start(task)

    def cancel(self) -> None:
        self._timer.stop()
        self._generation += 1
        self._set_busy(False)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop the timer and wait for a running query (call before closing the database)."""
        self.cancel()
        self._pool.clear()
        self._pool.waitForDone(timeout_ms)
        self._tasks.clear()

    def _forget(self, generation: int) -> None:
        for old in [g for g in self._tasks if g <= generation]:
            del self._tasks[old]

    def _on_done(self, generation: int, query: str, hits: object) -> None:
        self._forget(generation)
        if generation != self._generation:
            return
        self._set_busy(False)
        self.results.emit(query, hits)

    def _on_failed(self, generation: int, query: str, message: str) -> None:
        self._forget(generation)
        if generation != self._generation:
            return
        self._set_busy(False)
        self.failed.emit(query, message)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)


def _service_search() -> SearchFunc:
    from carebook.services import search

    return search.search


def _search_box_limit() -> int:
    from carebook.services import search

    return search.SEARCH_BOX_LIMIT
