"""Run slow core work off the UI thread and keep only the newest answer.

    runner = LatestRunner(parent)
    runner.finished.connect(show)          # (tag, result), in the UI thread
    runner.failed.connect(show_problem)    # (tag, plain message), in the UI thread
    runner.busy_changed.connect(...)       # True while the newest request runs
    runner.run(tag, function, *args)       # anything asked before is now stale

Work runs on a private one-thread ``QThreadPool``. A request overtaken before it starts never runs; the
answer of an overtaken request is dropped, so the caller only ever sees the request it made last.
``CarebookError`` (``StorageError`` included) arrives as its plain message; any other exception is
logged and arrives as "TypeName: message", so a bug never kills the worker silently. peewee gives the
worker thread its own connection, closed when the task ends. Call ``shutdown()`` before the database
closes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


def _close_thread_connection() -> None:
    from carebook.db import database

    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


class _Relay(QObject):
    """Carries answers from the worker thread to the UI thread (queued signals). Owned by Python, not
    by a widget, so a task finishing after its owner is gone emits into nothing instead of crashing."""

    done = Signal(int, object)
    failed = Signal(int, str)


class _Task(QRunnable):
    def __init__(self, runner: LatestRunner, generation: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns the task (LatestRunner._tasks), not the pool
        self._runner = runner
        self._relay = runner._relay
        self.generation = generation
        self._work = work

    def run(self) -> None:
        from carebook.errors import CarebookError

        try:
            if self._runner.generation != self.generation:
                return  # overtaken before it started
            result = self._work()
        except CarebookError as error:
            self._relay.failed.emit(self.generation, str(error))
        except Exception as error:  # a bug must reach the user as a message, not kill the worker
            log.exception("background work failed")
            self._relay.failed.emit(self.generation, f"{type(error).__name__}: {error}")
        else:
            self._relay.done.emit(self.generation, result)
        finally:
            try:
                _close_thread_connection()
            except Exception:  # closing a broken connection: nothing more to do
                pass


class LatestRunner(QObject):
    finished = Signal(object, object)  # tag, result
    failed = Signal(object, str)  # tag, message
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self._busy = False
        self._tags: dict[int, object] = {}
        self._tasks: dict[int, _Task] = {}
        self._relay = _Relay()  # no parent on purpose (see _Relay)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(10_000)

    @property
    def busy(self) -> bool:
        return self._busy

    def pending_tag(self) -> object | None:
        """The tag of the request still running, or None when idle."""
        return self._tags.get(self.generation) if self._busy else None

    def run(self, tag: object, function: Callable[..., Any], *args: Any) -> None:
        """Call ``function(*args)`` in the worker thread; earlier requests become stale."""
        self.generation += 1
        generation = self.generation
        self._tags = {generation: tag}
        task = _Task(self, generation, lambda: function(*args))
        self._tasks[generation] = task
        self._set_busy(True)
        self._pool.start(task)

    def cancel(self) -> None:
        """Forget the running request: its answer will be dropped."""
        self.generation += 1
        self._tags.clear()
        self._set_busy(False)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        return self._pool.waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Drop queued work and wait for the running task (before the database closes)."""
        self.cancel()
        self._pool.clear()
        self._pool.waitForDone(timeout_ms)
        self._tasks.clear()

    def _forget_before(self, generation: int) -> None:
        for old in [g for g in self._tasks if g <= generation]:
            del self._tasks[old]

    def _on_done(self, generation: int, result: object) -> None:
        self._forget_before(generation)
        if generation == self.generation:
            tag = self._tags.pop(generation, None)
            self._set_busy(False)
            self.finished.emit(tag, result)

    def _on_failed(self, generation: int, message: str) -> None:
        self._forget_before(generation)
        if generation == self.generation:
            tag = self._tags.pop(generation, None)
            self._set_busy(False)
            self.failed.emit(tag, message)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
