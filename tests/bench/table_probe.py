"""The customers table at its worst: open, drag to the end, sort by last contact (for ``tests.bench.run``).

    python -m tests.bench.table_probe --db FILE --staff NAME

Starts the app as ``carebook`` does (``startup_probe.run_app``); once the main window has painted and the
app has settled (``settle``: the longest stall of the event loop meanwhile is reported too), shows the
Customers page and, as a user would, drags the scroll bar from the top to the bottom in
``STEPS`` steps, then clicks the "Last contact" header (newest first) and jumps to the end again. Each
step ends when the rows in view are read and painted. Prints one JSON line: the seconds of each step,
their total, the slowest step, and the process's peak resident memory (with the memory right after
start-up, before the page opened).
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget

from tests.bench.startup_probe import FirstPaint, report, run_app
from ui.models.customers_model import COLUMNS

STEPS = 25
_WAIT_SECONDS = 30.0


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 1024 / 1024


def _customers_table(window: QMainWindow) -> QTableView:
    page = window.show_page("customers")  # type: ignore[attr-defined]
    if page is None:
        raise SystemExit("the window has no Customers page")
    tables = [
        view
        for view in page.findChildren(QTableView)
        if type(view.model()).__name__ == "CustomersModel"
    ]
    if not tables:
        raise SystemExit("the Customers page has no customers table")
    return tables[0]


class PaintCounter(QObject):
    """Counts the paint events of one widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def _settle(table: QTableView, counter: PaintCounter, before: int) -> None:
    """Wait until the view has painted since ``before`` with the rows in view read (whether the model
    reads them at once or in the background)."""
    model = table.model()
    loaded = getattr(model, "is_loaded", None)
    deadline = time.perf_counter() + _WAIT_SECONDS
    while True:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if model.rowCount() == 0 or not table.isVisible():  # the empty app: nothing to read or paint
            return
        if counter.paints > before:
            top = table.rowAt(0)
            bottom = table.rowAt(table.viewport().height() - 1)
            if bottom < 0:
                bottom = model.rowCount() - 1
            if top < 0 or loaded is None or (loaded(top) and loaded(bottom)):
                return
            before = counter.paints
        if time.perf_counter() > deadline:
            raise SystemExit("the rows in view were never read and painted")
        time.sleep(0.0005)


def settle(quiet: float = 1.0, longest_wait: float = 20.0) -> float:
    """Let the app finish what it does after start-up (background loads arriving, pages filling in) until
    the event loop has answered within 50 ms for ``quiet`` seconds; returns the longest stall seen."""
    last = quiet_since = time.perf_counter()
    give_up = last + longest_wait
    longest = 0.0
    while True:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        now = time.perf_counter()
        gap, last = now - last, now
        longest = max(longest, gap)
        if gap > 0.05:
            quiet_since = now
        if now - quiet_since >= quiet or now > give_up:
            return longest
        time.sleep(0.005)


def scenario(window: QMainWindow) -> dict[str, object]:
    steps: dict[str, float] = {}

    def step(name: str, action: Callable[[], object]) -> None:
        start = time.perf_counter()
        before = counter.paints
        action()
        _settle(table, counter, before)
        steps[name] = time.perf_counter() - start

    stall = settle()
    after_start = rss_mb()
    start = time.perf_counter()
    table = _customers_table(window)
    counter = PaintCounter(table.viewport())
    _settle(table, counter, 0)
    steps["open"] = time.perf_counter() - start
    rows = table.model().rowCount()
    bar = table.verticalScrollBar()
    for n in range(1, STEPS + 1):
        step(f"scroll {n}", lambda n=n: bar.setValue(round(bar.maximum() * n / STEPS)))
    column = COLUMNS.index("last_contact")
    model = table.model()
    order = Qt.SortOrder.DescendingOrder
    if getattr(model, "sort_column", None) == column and getattr(model, "sort_order", None) == order:
        order = Qt.SortOrder.AscendingOrder  # already so (remembered): the other way round
    step("sort by last contact", lambda: table.sortByColumn(column, order))
    step("jump to the end", lambda: table.scrollToBottom())
    step("select the last row", lambda: table.selectRow(rows - 1))
    return {
        "rows": rows,
        "seconds": sum(steps.values()),
        "slowest": max(steps.values()),
        "slowest_step": max(steps, key=lambda name: steps[name]),
        "steps": {name: round(value, 4) for name, value in steps.items()},
        "rss_after_start_mb": round(after_start, 1),
        "stall_after_start": round(stall, 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--staff", default="")
    parser.add_argument("--profile", help="write a cProfile of the scenario (not the start) to this file")
    args = parser.parse_args()

    def then() -> None:
        QTimer.singleShot(0, go)

    def go() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        if args.profile:
            import cProfile

            profile = cProfile.Profile()
            found = profile.runcall(scenario, windows[0])
            profile.dump_stats(args.profile)
        else:
            found = scenario(windows[0])
        report(found)
        os._exit(0)  # quitting (a backup of a big file on exit) is not part of the figure

    run_app(args.db, args.staff, FirstPaint(time.time(), then))


if __name__ == "__main__":
    main()
