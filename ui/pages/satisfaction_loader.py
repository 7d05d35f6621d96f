"""Compute a month's figures off the UI thread and hand them back as frozen results.

``FiguresLoader.load(month)`` runs two jobs (``ui.jobs.BackgroundJobs``), one after the other:

1. ``month_figures``: ``metrics.month_summary(month)``, ``month_summary(month.prev())`` and
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
    previous: MonthSummary
    staff: tuple[StaffFigures, ...]


@dataclass(frozen=True)
class MonthTrend:
    month: Month
    months: tuple[Month, ...]  # oldest first, ending with ``month``
    summaries: tuple[TrendMonth, ...]


def month_figures(month: Month) -> MonthFigures:
    """The tiles and the table of ``month`` (run on the worker thread)."""
    from carebook import metrics

    return MonthFigures(
        month=month,
        summary=metrics.month_summary(month),
        previous=metrics.month_summary(month.prev()),
        staff=tuple(metrics.staff_figures(month)),
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
