"""Fetch pages of a long list off the UI thread, so scrolling or sorting never freezes the window.

``PageWorker(parent)``: ``request(ticket, fetch)`` runs ``fetch()`` (a service call with its arguments
bound, built in the UI thread) on a private one-thread pool; ``done(ticket, result)`` or
``failed(ticket, message)`` arrive in the UI thread. ``ticket`` is whatever the caller uses to recognise
its request (a generation number and an offset); the caller drops answers it no longer wants.
``shutdown()`` waits for the running fetch (call before the database closes). Errors and the worker's
own database connection are handled by ``ui.jobs.call_guarded``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ui.jobs import call_guarded


class _Relay(QObject):
    done = Signal(object, object)
    failed = Signal(object, str)


class _Task(QRunnable):
    def __init__(self, relay: _Relay, ticket: Any, fetch: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps the task (PageWorker._tasks) until its answer is back
        self._relay = relay
        self._ticket = ticket
        self._fetch = fetch

    def run(self) -> None:
        ok, answer = call_guarded(self._fetch, "a page fetch")
        if ok:
            self._relay.done.emit(self._ticket, answer)
        else:
            self._relay.failed.emit(self._ticket, answer)


class PageWorker(QObject):
    done = Signal(object, object)  # ticket, result
    failed = Signal(object, str)  # ticket, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(10_000)
        self._tasks: dict[int, _Task] = {}

    def request(self, ticket: Any, fetch: Callable[[], Any]) -> None:
        task = _Task(self._relay, ticket, fetch)
        self._tasks[id(ticket)] = task
        self._pool.start(task)

    def busy(self) -> bool:
        return bool(self._tasks)

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Block until every queued fetch has run (tests, shutdown)."""
        return self._pool.waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        self._pool.clear()
        self._pool.waitForDone(timeout_ms)
        self._tasks.clear()

    def _on_done(self, ticket: Any, result: Any) -> None:
        self._tasks.pop(id(ticket), None)
        self.done.emit(ticket, result)

    def _on_failed(self, ticket: Any, message: str) -> None:
        self._tasks.pop(id(ticket), None)
        self.failed.emit(ticket, message)
