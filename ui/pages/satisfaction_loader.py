"""Compute a month's figures off the UI thread and hand them back as frozen results.

``FiguresLoader.load(month)`` runs, on a private one-thread ``QThreadPool``:

1. ``metrics.month_summary(month)``, ``month_summary(month.prev())`` and ``staff_figures(month)``
   -> ``figures_ready(MonthFigures)`` (the tiles and the table can show at once), then
2. ``metrics.trend(month, 12)`` -> ``trend_ready(MonthTrend)`` (the charts).

These are the very functions ``carebook stats`` calls. A newer ``load`` makes older work stale: a stale
task that has not started never runs, and a stale answer is dropped, so the page only ever shows the
month it asks for last. ``busy_changed(bool)`` tells the page to show its "Updating…" state;
``failed(message)`` carries a storage error's plain message. peewee gives the worker thread its own
connection, closed when the task ends. Call ``shutdown()`` before the database closes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from carebook.clock import Month
from carebook.metrics import MonthSummary, StaffFigures, TrendMonth
from ui.jobs import call_guarded

TREND_MONTHS = 12


@dataclass(frozen=True)
class MonthFigures:
    month: Month
    summary: MonthSummary
    previous: MonthSummary
    staff: tuple[StaffFigures, ...]


@dataclass(frozen=True)
class MonthTrend:
    month: Month
    months: tuple[Month, ...]  # oldest first, ending with ``month``
    summaries: tuple[TrendMonth, ...]


class _Relay(QObject):
    """Carries answers from the worker thread to the UI thread (queued signals). Owned by Python, not
    by the page, so a task finishing after the page is gone emits into nothing instead of crashing."""

    figures = Signal(int, object)
    trend = Signal(int, object)
    failed = Signal(int, str)


class _Task(QRunnable):
    def __init__(self, loader: FiguresLoader, generation: int, month: Month) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns the task (FiguresLoader._tasks), not the pool
        self._loader = loader
        self._relay = loader._relay
        self.generation = generation
        self.month = month

    def _stale(self) -> bool:
        return self._loader.generation != self.generation

    def run(self) -> None:
        ok, message = call_guarded(self._compute, f"computing the figures of {self.month}")
        if not ok:
            self._relay.failed.emit(self.generation, message)

    def _compute(self) -> None:
        from carebook import metrics

        if self._stale():
            return
        month = self.month
        figures = MonthFigures(
            month=month,
            summary=metrics.month_summary(month),
            previous=metrics.month_summary(month.prev()),
            staff=tuple(metrics.staff_figures(month)),
        )
        self._relay.figures.emit(self.generation, figures)
        if self._stale():
            return
        summaries = tuple(metrics.trend(month, TREND_MONTHS))
        months = tuple(month.shifted(step - TREND_MONTHS + 1) for step in range(TREND_MONTHS))
        self._relay.trend.emit(self.generation, MonthTrend(month, months, summaries))


class FiguresLoader(QObject):
    figures_ready = Signal(object)  # MonthFigures
    trend_ready = Signal(object)  # MonthTrend
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self._busy = False
        self._tasks: dict[int, _Task] = {}
        self._relay = _Relay()  # no parent on purpose (see _Relay)
        self._relay.figures.connect(self._on_figures)
        self._relay.trend.connect(self._on_trend)
        self._relay.failed.connect(self._on_failed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(10_000)

    @property
    def busy(self) -> bool:
        return self._busy

    def load(self, month: Month) -> None:
        """Compute ``month``'s figures; anything asked before is now stale."""
        self.generation += 1
        task = _Task(self, self.generation, month)
        self._tasks[self.generation] = task
        self._set_busy(True)
        self._pool.start(task)

    def cancel(self) -> None:
        self.generation += 1
        self._set_busy(False)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Drop queued work and wait for the running task (before the database closes)."""
        self.cancel()
        self._pool.clear()
        self._pool.waitForDone(timeout_ms)
        self._tasks.clear()

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        return self._pool.waitForDone(timeout_ms)

    def _forget(self, generation: int) -> None:
        for old in [g for g in self._tasks if g < generation]:
            del self._tasks[old]

    def _on_figures(self, generation: int, figures: object) -> None:
        self._forget(generation)
        if generation == self.generation:
            self.figures_ready.emit(figures)

    def _on_trend(self, generation: int, trend: object) -> None:
        self._forget(generation + 1)
        if generation == self.generation:
            self._set_busy(False)
            self.trend_ready.emit(trend)

    def _on_failed(self, generation: int, message: str) -> None:
        self._forget(generation + 1)
        if generation == self.generation:
            self._set_busy(False)
            self.failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
