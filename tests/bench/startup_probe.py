"""Start-up time, measured from process start to the main window painted (run by ``tests.bench.run``).

    python -m tests.bench.startup_probe STARTED --bare
    python -m tests.bench.startup_probe STARTED --db FILE --staff NAME [--profile FILE]
    python -m tests.bench.startup_probe STARTED --reference --db FILE

``STARTED`` is the parent's ``time.time()`` just before it started this process, so interpreter start-up
and every import count. With ``--db`` the app starts exactly as ``carebook`` does (``ui.app.run``); the
probe watches the main window from the moment it is shown for its first paint, lets that paint finish
(the next turn of the event loop) and quits.
``--reference`` is the start-up budget's floor: the least a window of this kind costs, i.e. the ``Qt``
namespace, the same database opened the same way the app does (``carebook.shop.open_shop``) and plain
widgets in the main window's layout (list sidebar, toolbar with a search field, labels, menus, status
bar), in the Fusion style, with no Carebook page or service.
``--bare`` shows a plain ``QMainWindow`` the same way: the reference's own floor.
Prints one JSON line: seconds to painted, and the peak resident memory. The process then ends at once
(``os._exit``): what the app does when it quits (a backup of a big file, a full check) is not start-up.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


class FirstPaint(QObject):
    """Records when the watched window's first paint is done, then runs ``then`` (default: quit)."""

    def __init__(self, started: float, then: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.started = started
        self.then = then or self.report_and_exit
        self.seen = False
        self.seconds: float | None = None

    def watch(self, window: QWidget) -> None:
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self._painted)  # after the whole window's paint and flush
        return False

    def _painted(self) -> None:
        self.seconds = time.time() - self.started
        self.then()

    def report_and_exit(self) -> None:
        report({"seconds": self.seconds})
        os._exit(0)


def peak_mb() -> float:
    """This process's peak resident memory in MB.

    ``VmHWM`` (the high-water mark of this program's memory), not ``ru_maxrss``: on Linux the latter
    carries over the parent's size through fork and exec, so a child of a big benchmark process would
    report the parent's memory as its own.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(figures: dict[str, object]) -> None:
    """Print the figures with the peak resident memory as one JSON line."""
    print(json.dumps({**figures, "peak_mb": round(peak_mb(), 1)}), flush=True)
    sys.stderr.flush()


def bare(started: float) -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare")
    window.resize(1100, 720)
    probe = FirstPaint(started)
    probe.watch(window)
    window.show()
    app.exec()


def reference(started: float, db: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QSplitter, QToolBar, QVBoxLayout

    from carebook.shop import open_shop

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    open_shop(db)
    window = QMainWindow()
    window.resize(1100, 720)
    sidebar = QListWidget()
    sidebar.addItems(["Today", "Customers", "Contacts", "Follow-ups", "Satisfaction", "Reports"])
    page = QWidget()
    layout = QVBoxLayout(page)
    for number in range(8):
        layout.addWidget(QLabel(f"A line of text number {number}"))
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(sidebar)
    splitter.addWidget(page)
    window.setCentralWidget(splitter)
    toolbar = QToolBar()
    for text in ("New customer", "Log contact", "New follow-up"):
        toolbar.addAction(QAction(text, window))
    toolbar.addWidget(QLineEdit())
    window.addToolBar(toolbar)
    for title in ("File", "Edit", "View", "Go", "Help"):
        window.menuBar().addMenu(title)
    window.statusBar().showMessage("At the counter")
    probe = FirstPaint(started)
    probe.watch(window)
    window.show()
    app.exec()


def run_app(db: str, staff: str, probe: FirstPaint) -> None:
    """``ui.app.run`` as ``carebook`` runs it, with ``probe`` watching the main window from when it shows."""
    from ui import launch

    app_module = launch.load_gui()  # as the command does
    from ui.main_window import MainWindow  # run() imports it in any case; first here, to watch the window

    show = MainWindow.show

    def watched_show(window: QMainWindow) -> None:
        probe.watch(window)
        show(window)

    MainWindow.show = watched_show  # type: ignore[method-assign]

    def event_loop(app: QApplication) -> int:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        if not windows:
            raise SystemExit("the main window was not shown")
        return app.exec()

    app_module._event_loop = event_loop
    code = app_module.run(db=db, staff=staff, argv=sys.argv[:1])
    if code != 0 or probe.seconds is None:
        raise SystemExit(f"the app did not start (exit code {code})")


def carebook_app(started: float, db: str, staff: str) -> None:
    run_app(db, staff, FirstPaint(started))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("started", type=float)
    parser.add_argument("--bare", action="store_true")
    parser.add_argument("--reference", action="store_true")
    parser.add_argument("--db")
    parser.add_argument("--staff", default="")
    parser.add_argument("--profile", help="write a cProfile of the whole start to this file")
    args = parser.parse_args()
    if args.bare:
        bare(args.started)
    elif args.reference:
        reference(args.started, args.db)
    elif args.profile:
        import cProfile

        profile = cProfile.Profile()

        def then() -> None:
            profile.disable()
            profile.dump_stats(args.profile)
            probe.report_and_exit()

        probe = FirstPaint(args.started, then)
        profile.runcall(run_app, args.db, args.staff, probe)
    else:
        carebook_app(args.started, args.db, args.staff)


if __name__ == "__main__":
    main()
