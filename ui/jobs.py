"""The one way the app runs core work off the UI thread and gets its answer back on the UI thread.

    jobs = BackgroundJobs(parent)
    jobs.run("cards", partial(load_snapshot, scope), done=show, failed=show_problem)
    jobs.run_later("search", 150, partial(search, text), done=show_hits)   # debounced
    jobs.busy_changed.connect(...)                                         # "Updating…"

- **Newest wins, per key.** A newer ``run`` (or ``run_later``) with the same key makes the older one
  stale: a stale job not started yet never runs, and a stale answer is dropped. Different keys all
  answer. ``forget(key)`` (or every key) drops the answers still to come.
- **Answers on the UI thread**: ``done(result)`` / ``failed(message)`` callbacks given to ``run``, and
  the ``finished(key, result)`` / ``failed(key, message)`` signals, for the current job of a key only.
- **Errors**: a ``CarebookError`` (a storage error included) arrives as its plain message and is logged
  as a warning; any other exception is a bug: logged with its traceback (``carebook.log``) and arrives
  as "TypeName: message". A failure nobody listens to is shown in a message box, never lost.
- **Debounce**: ``run_later(key, delay_ms, ...)`` runs after ``delay_ms`` of quiet (each call restarts
  the wait); ``debouncing(key)`` says it is waiting; a ``run`` of that key runs at once instead.
- **Cancellation**: ``cancel(key)`` asks the job to stop: the job calls ``raise_if_cancelled()`` (e.g.
  from a progress callback) and the ``cancelled()`` callback answers; a job cancelled before it
  started never runs. ``report_progress(*values)`` in a job reaches its ``progress`` callback.
- **Busy**: ``busy(key=None)`` (an answer still to come, or a debounce waiting); ``busy_changed(bool)``.
- **Language**: a job runs in the context variables of its caller (``carebook.i18n.using`` included),
  and outside any ``using`` in the app's language (``i18n.set_default``), so the core's messages it
  raises are in the seat's language.
- **Database**: peewee gives the worker thread its own connection, closed after every job. Call
  ``shutdown()`` before the database closes: it drops what has not started and waits for the running job.

Every instance has its own single worker thread, so its jobs run one after the other, in order.
"""

from __future__ import annotations

import contextvars
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import SIGNAL, QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication

from carebook.errors import CarebookError
from ui import msgbox

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[str], None]


class Cancelled(Exception):
    """Raised inside a job by ``raise_if_cancelled()`` once ``cancel`` was asked: the core rolls back."""


_current = threading.local()  # the call the worker thread is running


def raise_if_cancelled() -> None:
    """In a job: stop here (``Cancelled``) when the job was cancelled or made stale."""
    call: _Call | None = getattr(_current, "call", None)
    if call is not None and call.stop.is_set():
        raise Cancelled


def report_progress(*values: object) -> None:
    """In a job: hand ``values`` to the job's ``progress`` callback, on the UI thread."""
    call: _Call | None = getattr(_current, "call", None)
    if call is not None:
        call.relay.progress.emit(call.number, values)


@dataclass(eq=False)
class _Call:
    key: str
    number: int
    func: Callable[[], Any]
    relay: _Relay
    done: Done | None = None
    failed: Failed | None = None
    progress: Callable[..., None] | None = None
    cancelled: Callable[[], None] | None = None
    stop: threading.Event = field(default_factory=threading.Event)  # read by the worker thread
    dropped: bool = False  # stale: its answer goes nowhere
    # The caller's context variables (a ``carebook.i18n.using`` language among them), made on the UI
    # thread when the job is asked for and entered by the worker thread to run it.
    context: contextvars.Context = field(default_factory=contextvars.copy_context)


def _close_thread_connection() -> None:
    from carebook.db import database

    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def _outcome(call: _Call) -> tuple[str, Any]:
    """Run the call on the worker thread: ("done", result), ("failed", message) or ("cancelled", None)."""
    if call.stop.is_set():
        return "cancelled", None
    _current.call = call
    try:
        return "done", call.context.run(call.func)
    except Cancelled:
        log.info("background job %s cancelled", call.key)
        return "cancelled", None
    except CarebookError as error:
        log.warning("background job %s refused: %s", call.key, error, exc_info=True)
        return "failed", str(error)
    except Exception as error:
        log.exception("background job %s failed", call.key)
        return "failed", f"{type(error).__name__}: {error}"
    finally:
        _current.call = None
        try:
            _close_thread_connection()
        except Exception:  # closing a broken connection: nothing more to do
            pass


class _Relay(QObject):
    """Carries answers to the UI thread. Owned by Python, not by a widget, so an answer arriving after
    its page is gone goes nowhere instead of crashing."""

    answered = Signal(int, str, object)  # call number, outcome, value
    progress = Signal(int, object)  # call number, tuple of values


class _Job(QRunnable):
    def __init__(self, call: _Call) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps the job (BackgroundJobs._calls) until it answered
        self.call = call

    def run(self) -> None:
        outcome, value = _outcome(self.call)
        self.call.relay.answered.emit(self.call.number, outcome, value)


class BackgroundJobs(QObject):
    finished = Signal(str, object)  # key, result
    failed = Signal(str, str)  # key, message
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay()  # no parent on purpose (see _Relay)
        self._relay.answered.connect(self._answered)
        self._relay.progress.connect(self._progressed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(10_000)
        self._calls: dict[int, tuple[_Call, _Job]] = {}  # started or queued, until they answer
        self._latest: dict[str, _Call] = {}  # the current call of each key
        self._timers: dict[str, QTimer] = {}  # debounce timers, one per key, kept (see _fire)
        self._pending: dict[str, Callable[[], None]] = {}  # what a debounce timer runs
        self._counter = 0
        self._busy = False
        self._stopped = False

    # -- asking ---------------------------------------------------------------------------------------
    def run(
        self,
        key: str,
        func: Callable[[], Any],
        *,
        done: Done | None = None,
        failed: Failed | None = None,
        progress: Callable[..., None] | None = None,
        cancelled: Callable[[], None] | None = None,
    ) -> None:
        """Run ``func()`` on the worker thread; an earlier job of ``key`` becomes stale."""
        if self._stopped:
            return
        self._stop_timer(key)
        self._drop(key)
        self._counter += 1
        call = _Call(key, self._counter, func, self._relay, done, failed, progress, cancelled)
        job = _Job(call)
        self._calls[call.number] = (call, job)
        self._latest[key] = call
        self._pool.start(job)
        self._update_busy()

    def run_later(
        self,
        key: str,
        delay_ms: int,
        func: Callable[[], Any],
        *,
        done: Done | None = None,
        failed: Failed | None = None,
    ) -> None:
        """``run`` after ``delay_ms`` without another request for ``key``; stale answers are dropped now."""
        if self._stopped:
            return
        self._drop(key)
        timer = self._timers.get(key)
        if timer is None:
            timer = self._timers[key] = QTimer(self)
            timer.setObjectName(key)
            timer.setSingleShot(True)
            timer.timeout.connect(self._fire)
        self._pending[key] = lambda: self.run(key, func, done=done, failed=failed)
        timer.start(delay_ms)
        self._update_busy()

    def cancel(self, key: str) -> None:
        """Ask the current job of ``key`` to stop; its ``cancelled`` callback answers (or its result,
        when it finished first)."""
        call = self._latest.get(key)
        if call is not None:
            call.stop.set()

    def forget(self, key: str | None = None) -> None:
        """Drop the answers still to come (and a debounce waiting) for ``key``, or for every key."""
        for name in [key] if key is not None else list(self._latest) + list(self._pending):
            self._stop_timer(name)
            self._drop(name)
        self._update_busy()

    # -- state ----------------------------------------------------------------------------------------
    def busy(self, key: str | None = None) -> bool:
        if key is None:
            return bool(self._latest) or any(timer.isActive() for timer in self._timers.values())
        return key in self._latest or self.debouncing(key)

    def debouncing(self, key: str) -> bool:
        timer = self._timers.get(key)
        return timer is not None and timer.isActive()

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Block until the worker thread is idle (its answers then arrive through the event loop)."""
        return self._pool.waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Drop what has not started, ask the running job to stop, and wait for it (before the
        database closes). Nothing answers afterwards."""
        self.forget()
        self._stopped = True
        self._pool.clear()
        self._pool.waitForDone(timeout_ms)
        self._calls.clear()

    # -- inside ---------------------------------------------------------------------------------------
    def _drop(self, key: str) -> None:
        call = self._latest.pop(key, None)
        if call is not None:
            call.dropped = True
            call.stop.set()

    def _stop_timer(self, key: str) -> None:
        timer = self._timers.get(key)
        if timer is not None:
            timer.stop()
        self._pending.pop(key, None)

    def _fire(self) -> None:
        # A bound method, told apart by its sender: a closure over ``self`` held by a timer's connection
        # would keep this object alive until the timer is destroyed, then destroy it from inside that.
        timer = self.sender()
        run = self._pending.pop(timer.objectName(), None) if isinstance(timer, QTimer) else None
        if run is not None:
            run()

    def _update_busy(self) -> None:
        busy = self.busy()
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _progressed(self, number: int, values: tuple[object, ...]) -> None:
        entry = self._calls.get(number)
        if entry is not None and not entry[0].dropped and entry[0].progress is not None:
            entry[0].progress(*values)

    def _answered(self, number: int, outcome: str, value: Any) -> None:
        entry = self._calls.pop(number, None)
        if entry is None or entry[0].dropped or self._stopped:
            return
        call = entry[0]
        del self._latest[call.key]
        self._update_busy()
        if outcome == "done":
            if call.done is not None:
                call.done(value)
            self.finished.emit(call.key, value)
        elif outcome == "failed":
            self._show_failure(call, value)
        elif call.cancelled is not None:
            call.cancelled()

    def _show_failure(self, call: _Call, message: str) -> None:
        heard = call.failed is not None or self.receivers(SIGNAL("failed(QString,QString)")) > 0
        if call.failed is not None:
            call.failed(message)
        self.failed.emit(call.key, message)
        if not heard:  # nobody shows it: a message box, so no error is silently lost
            msgbox.warning(
                QApplication.activeWindow(),
                QCoreApplication.translate("jobs", "Something could not be done"),
                message,
            )
