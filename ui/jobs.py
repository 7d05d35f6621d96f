"""Run functions off the UI thread and hand their answers back, newest only.

``BackgroundJobs(parent)`` runs functions on a private one-thread ``QThreadPool``: ``run(key, func)``
emits ``finished(key, result)`` in the UI thread, or ``failed(key, message)`` for a ``CarebookError``
(a storage error's plain message) or a bug, only for the newest job of each key: a newer ``run`` with the
same key makes an older one stale (its answer is dropped, or it never starts). ``busy(key=None)`` says
whether answers are still to come; ``forget(key)`` drops the answer still to come for a key;
``wait_idle()`` waits for the pool. peewee gives the worker its own connection, closed after each job.
``shutdown()`` waits for the running job and drops the rest; call it before the database closes.

Used by the Today page (reading its cards), the reminders (planning stay-in-touch follow-ups) and, through
``ui.workers.LatestRunner``, the Reports page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from carebook.errors import CarebookError

log = logging.getLogger(__name__)


def _close_thread_connection() -> None:
    from carebook.db import database

    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def call_guarded(func: Callable[[], Any], what: str) -> tuple[bool, Any]:
    """Call ``func`` on a worker thread: ``(True, result)``, or ``(False, message)`` with the plain message
    of a ``CarebookError`` (a storage error included) or, for a bug, its type and text (logged as
    ``what``): a bug reaches the user as a message instead of silently killing the worker. The database
    connection peewee gave this thread is closed afterwards, so none outlives its work."""
    try:
        return True, func()
    except CarebookError as error:
        return False, str(error)
    except Exception as error:
        log.exception("%s failed", what)
        return False, f"{type(error).__name__}: {error}"
    finally:
        try:
            _close_thread_connection()
        except Exception:  # closing a broken connection: nothing more to do
            pass


class _Relay(QObject):
    """Carries answers to the UI thread; owned by Python, so a late answer after the page is gone
    goes nowhere instead of crashing."""

    finished = Signal(str, int, object)
    failed = Signal(str, int, str)


class _Job(QRunnable):
    def __init__(self, jobs: BackgroundJobs, key: str, generation: int, func: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps the job (BackgroundJobs._jobs), not the pool
        self._jobs = jobs
        self._relay = jobs._relay
        self._key = key
        self._generation = generation
        self._func = func

    def run(self) -> None:
        if self._jobs._generations.get(self._key) != self._generation:
            self._relay.finished.emit(self._key, self._generation, None)  # overtaken: only let go of it
            return
        ok, answer = call_guarded(self._func, f"background job {self._key}")
        if ok:
            self._relay.finished.emit(self._key, self._generation, answer)
        else:
            self._relay.failed.emit(self._key, self._generation, answer)


class BackgroundJobs(QObject):
    finished = Signal(str, object)  # key, result
    failed = Signal(str, str)  # key, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generations: dict[str, int] = {}
        self._counter = 0
        self._jobs: dict[int, _Job] = {}
        self._relay = _Relay()
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(5000)
        self._stopped = False

    def run(self, key: str, func: Callable[[], Any]) -> None:
        if self._stopped:
            return
        self._counter += 1
        self._generations[key] = self._counter
        job = _Job(self, key, self._counter, func)
        self._jobs[self._counter] = job
        self._pool.start(job)

    def busy(self, key: str | None = None) -> bool:
        return any(job._key == key or key is None for job in self._jobs.values())

    def forget(self, key: str) -> None:
        """The answer still to come for ``key`` is dropped (a job not started yet never runs)."""
        self._generations.pop(key, None)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        return self._pool.waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        self._stopped = True
        self._generations.clear()
        self._pool.clear()
        self._pool.waitForDone(timeout_ms)
        self._jobs.clear()

    def _take(self, key: str, generation: int) -> bool:
        self._jobs.pop(generation, None)
        return not self._stopped and self._generations.get(key) == generation

    def _on_finished(self, key: str, generation: int, result: object) -> None:
        if self._take(key, generation):
            self.finished.emit(key, result)

    def _on_failed(self, key: str, generation: int, message: str) -> None:
        if self._take(key, generation):
            self.failed.emit(key, message)
