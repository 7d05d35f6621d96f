"""Compute a month's figures off the UI thread and hand them back as frozen results.

``FiguresLoader.load(month)`` runs two jobs (``ui.jobs.BackgroundJobs``), one after the other:

1. ``month_figures``: ``metrics.month_summary`` of the month and of the month before (for the month in
   progress, its days so far and the same days of the month before: ``clock.so_far``) and
   ``staff_figures(month)`` -> ``figures_ready(MonthFigures)`` (the tiles and the table show at once);
2. ``month_trend``: ``metrics.trend(month, 12)`` -> ``trend_ready(MonthTrend)`` (the charts).

These are the very functions ``carebook stats`` calls. A newer ``load`` makes older work stale (newest
wins per job), so the page only ever shows the month it asks for last. ``busy_changed(bool)`` tells the
page to show its "Updating…" state; ``failed(message)`` carries the plain message of an error (once per
month). Call ``shutdown()`` before the database closes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, Signal

from carebook.clock import Month
from carebook.metrics import MonthSummary, StaffFigures, TrendMonth
from ui.jobs import BackgroundJobs

TREND_MONTHS = 12


@dataclass(frozen=True)
class MonthFigures:
    month: Month
    summary: MonthSummary
    previous: MonthSummary  # the same days of the month before when ``days_so_far`` is set
    staff: tuple[StaffFigures, ...]
    days_so_far: int | None = None  # the month is in progress: its first days, compared with the same days


@dataclass(frozen=True)
class MonthTrend:
    month: Month
    months: tuple[Month, ...]  # oldest first, ending with ``month``
    summaries: tuple[TrendMonth, ...]


def month_figures(month: Month) -> MonthFigures:
    """The tiles and the table of ``month`` (run on the worker thread)."""
    from carebook import clock, metrics

    period, before = clock.so_far(month)
    return MonthFigures(
        month=month,
        summary=metrics.month_summary(period),
        previous=metrics.month_summary(before),
        staff=tuple(metrics.staff_figures(month)),
        days_so_far=period.days if isinstance(period, clock.MonthDays) else None,
    )


def month_trend(month: Month) -> MonthTrend:
    """The charts: the ``TREND_MONTHS`` months ending with ``month`` (run on the worker thread)."""
    from carebook import metrics

    summaries = tuple(metrics.trend(month, TREND_MONTHS))
    months = tuple(month.shifted(step - TREND_MONTHS + 1) for step in range(TREND_MONTHS))
    return MonthTrend(month, months, summaries)


class FiguresLoader(QObject):
    figures_ready = Signal(object)  # MonthFigures
    trend_ready = Signal(object)  # MonthTrend
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs = BackgroundJobs(self)
        self.jobs.busy_changed.connect(self.busy_changed)

    @property
    def busy(self) -> bool:
        return self.jobs.busy()

    def load(self, month: Month) -> None:
        """Compute ``month``'s figures, then its trend; anything asked before is now stale."""
        jobs = self.jobs
        jobs.run("figures", partial(month_figures, month), done=self.figures_ready.emit, failed=self._failed)
        jobs.run("trend", partial(month_trend, month), done=self.trend_ready.emit, failed=self._failed)

    def _failed(self, message: str) -> None:
        self.jobs.forget()  # one message for the month, not one per half
        self.failed.emit(message)

    def cancel(self) -> None:
        self.jobs.forget()

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Drop queued work and wait for the running part (before the database closes)."""
        self.jobs.shutdown(timeout_ms)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        return self.jobs.wait_idle(timeout_ms)
