"""Run slow core work off the UI thread and keep only the newest answer.

    runner = LatestRunner(parent)
    runner.finished.connect(show)          # (tag, result), in the UI thread
    runner.failed.connect(show_problem)    # (tag, plain message), in the UI thread
    runner.busy_changed.connect(...)       # True while the newest request runs
    runner.run(tag, function, *args)       # anything asked before is now stale

A single-key view of ``ui.jobs.BackgroundJobs`` (which does the threading): a request overtaken before
it starts never runs, and the answer of an overtaken request is dropped, so the caller only ever sees
the request it made last. ``CarebookError`` arrives as its plain message; any other exception is logged
and arrives as "TypeName: message". Call ``shutdown()`` before the database closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ui.jobs import BackgroundJobs

_KEY = "latest"


class LatestRunner(QObject):
    finished = Signal(object, object)  # tag, result
    failed = Signal(object, str)  # tag, message
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = BackgroundJobs(self)
        self._jobs.finished.connect(lambda _key, result: self._answer(self.finished, result))
        self._jobs.failed.connect(lambda _key, message: self._answer(self.failed, message))
        self._tag: object | None = None
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def pending_tag(self) -> object | None:
        """The tag of the request still running, or None when idle."""
        return self._tag if self._busy else None

    def run(self, tag: object, function: Callable[..., Any], *args: Any) -> None:
        """Call ``function(*args)`` in the worker thread; earlier requests become stale."""
        self._tag = tag
        self._set_busy(True)
        self._jobs.run(_KEY, lambda: function(*args))

    def cancel(self) -> None:
        """Forget the running request: its answer will be dropped."""
        self._jobs.forget(_KEY)
        self._tag = None
        self._set_busy(False)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        return self._jobs.wait_idle(timeout_ms)

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Drop queued work and wait for the running task (before the database closes)."""
        self.cancel()
        self._jobs.shutdown(timeout_ms)

    def _answer(self, signal: Any, value: object) -> None:
        tag, self._tag = self._tag, None
        self._set_busy(False)
        signal.emit(tag, value)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
