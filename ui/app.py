"""Start the desktop app: ``run(db=None, staff=None, argv=None) -> int`` (``carebook`` without a subcommand).

Order: QApplication (names, desktop file name, icon, Fusion style, palette, translations), the log
(``carebook.log``) and the crash trace (``carebook-crash.log``) in the data folder, the exception hook,
the quick start (below), the database (a StorageError or other user error shows a
message box and returns 1), the person at the counter (``--staff NAME``, else the one remembered on this
computer, else the only active staff member), the welcome dialog on first start (no staff yet), the main
window. A data file that cannot be opened because it is damaged is set aside and the newest good backup
offered (``ui.db_recovery``); once the window shows, automatic backups start, and a quick check of the
file follows 1.5 s later, off the UI thread, so it never competes with the first paint
(``ui.backup_scheduler``). Garbage collection, paused by ``ui.launch`` while the modules load, resumes
1.5 s after the window shows (``ui.gc_pause``), or on the way out. On quit the window stops its
background work, a last backup is made when the data changed, and the database is closed with a WAL
checkpoint.

The quick start: when the window would open on Today and a first glance at the file
(``carebook.glance``, sqlite3 alone) finds the shop's name and who is at the counter, the main window is
built and painted from that glance before peewee, the services and the database load (about a fifth of
the start). Today says it is reading its follow-ups, as it does anyway while its figures load, and no
click or key reaches the window until it is connected (``MainWindow.connect_data``). The database then
opens exactly as in the full start; if it cannot, the window goes away and the same message shows.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QWidget

import carebook
from carebook import APP_ID, APP_NAME, logs
from carebook.errors import CarebookError, StorageError
from carebook.resources import resource_path
from carebook.services.staff_row import StaffRow, counter_person
from ui import crash, gc_pause, icons, msgbox, style
from ui.context import AppContext
from ui.lazy import lazy
from ui.state import LocalState

if TYPE_CHECKING:
    from carebook.glance import Glance

# loaded after the first paint on a quick start
staff_service = lazy("carebook.services.staff")

ORGANIZATION = "Carebook"
# Set to 1 to quit as soon as the main window is shown: `make package` starts the frozen app this way
# (offscreen) to prove it starts and quits cleanly.
QUIT_AFTER_START_ENV = "CAREBOOK_QUIT_AFTER_START"
STARTUP_CHECK_DELAY_MS = 1500
# Garbage collection, paused by ``ui.launch`` for the start, resumes once the window and its pages are built.
GC_RESUME_DELAY_MS = 1500
FIRST_PAINT_WAIT_MS = 2000  # a window the platform never paints (minimised, no screen) is not waited for


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, created once and set up for Carebook."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
        app.setStyle("Fusion")
    else:
        # Fusion, named on Qt's command line: set in C++, so no Python ``QStyle`` wrapper (and its
        # hundreds of enum values, about 15 ms) is built before the first paint, as setStyle() would.
        app = QApplication([*(argv or sys.argv), "-style", "fusion"])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(carebook.__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icons.app_icon())
    _install_translators(app)
    return app


def _install_translators(app: QApplication) -> None:
    if getattr(app, "_carebook_translators", None) is not None:
        return
    translators = []
    locale = QLocale.system()
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    own = QTranslator(app)
    if own.load(locale, "carebook", "_", str(resource_path("translations"))):
        app.installTranslator(own)
        translators.append(own)
    app._carebook_translators = translators  # type: ignore[attr-defined]


def initial_staff(name: str | None, state: LocalState) -> tuple[StaffRow | None, str]:
    """Who starts at the counter (``staff_row.counter_person``), and a warning when ``--staff NAME``
    named nobody active (the remembered or only person is then chosen as without a name)."""
    active = staff_service.list_staff(active_only=True)
    remembered = state.get("counter/staff_id")
    warning = ""
    if name:
        row = counter_person(active, name, remembered)
        if row is not None:
            return row, ""
        warning = QCoreApplication.translate("app", "There is no active staff member called “{0}”.").format(
            name
        )
    return counter_person(active, None, remembered), warning


def _open_database(target: str | None) -> str:
    """Open the database; a damaged file is set aside and the newest good backup offered instead."""
    from carebook import shop

    try:
        return str(shop.open_shop(target))
    except StorageError:
        from ui import db_recovery

        if not db_recovery.recover_unopenable(target):
            raise
    return str(shop.open_shop(target))


class _FirstPaint(QObject):
    """Ends ``loop`` once ``window`` has painted for the first time (the next turn, after the flush)."""

    def __init__(self, window: QWidget, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.painted = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.painted and event.type() == QEvent.Type.Paint:
            self.painted = True
            QTimer.singleShot(0, self.loop, self.loop.quit)
        return False


def wait_for_first_paint(window: QWidget) -> None:
    """Show ``window`` and run the event loop until it has painted (FIRST_PAINT_WAIT_MS at most),
    holding back clicks and keys: they reach it afterwards, once it is connected."""
    loop = QEventLoop()
    watcher = _FirstPaint(window, loop)
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, loop, loop.quit)
    window.show()
    if not watcher.painted:
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    window.removeEventFilter(watcher)


def _event_loop(app: QApplication) -> int:
    """Run the event loop (tests replace this seam)."""
    return app.exec()


def quick_glance(target: str | None, staff: str | None, state: LocalState) -> Glance | None:
    """What the window can be painted from before the database opens, or None for the full start: only
    when the window opens on Today (the page it was left on, and the one it opens on when anything is
    due) and the glance finds the shop and who is at the counter (``carebook.glance``)."""
    if state.get("window/page") != "today":
        return None
    from carebook.glance import glance

    return glance(target, staff_name=staff, remembered_id=state.get("counter/staff_id"))


class Startup:
    """Holds the windows of one run so they live as long as the event loop."""

    def __init__(self, ctx: AppContext, warning: str = "") -> None:
        self.ctx = ctx
        self.window: Any = None
        self.welcome: Any = None
        self.warning = warning

    def paint_from_glance(self, target: str | None, staff: str | None) -> None:
        """The quick start: show the main window built from a first glance at the file and wait for its
        first paint, before the database opens. Nothing is shown when the full start must decide."""
        seen = quick_glance(target, staff, self.ctx.state)
        if seen is None:
            return
        from ui.main_window import MainWindow

        self.ctx.where = seen.where
        self.ctx.set_staff(seen.staff, remember=False)
        self.window = MainWindow(self.ctx, shop_name=seen.shop_name)
        wait_for_first_paint(self.window)

    def begin(self) -> None:
        if self.window is not None and not self.window.isVisible():
            self.hide_window()  # the quick start's window was closed before the database opened
            QTimer.singleShot(0, QApplication.quit)
            return
        if self.window is not None and staff_service.list_staff(active_only=False):
            self.window.connect_data()  # the quick start's window, on the open database
            self._shown()
            return
        self.hide_window()
        if not staff_service.list_staff(active_only=False):
            from ui.dialogs.welcome import WelcomeDialog

            self.welcome = WelcomeDialog(self.ctx)
            self.welcome.accepted.connect(self.show_main_window)
            self.welcome.rejected.connect(QApplication.quit)
            self.welcome.show()
            return
        self.show_main_window()

    def show_main_window(self) -> None:
        from ui.main_window import MainWindow

        self.window = MainWindow(self.ctx)
        self.window.show()
        self._shown()

    def _shown(self) -> None:
        self.window.backups.start()  # automatic backups
        # the quick check reads the whole file: it starts once the window has painted, not during it
        QTimer.singleShot(STARTUP_CHECK_DELAY_MS, self.window.backups.check_at_startup)
        QApplication.setQuitOnLastWindowClosed(True)  # from now on closing the window quits
        if os.environ.get(QUIT_AFTER_START_ENV) == "1":
            QTimer.singleShot(0, QApplication.quit)
        if self.warning:
            msgbox.warning(
                self.window, QCoreApplication.translate("app", "Staff member not found"), self.warning
            )
        if self.ctx.staff is None and len(staff_service.list_staff(active_only=True)) > 1:
            self.window.open_counter()
        if self.welcome is not None and self.welcome.wants_import():
            self.window.open_import()

    def hide_window(self) -> None:
        """Take away a quick start's window that will not be used (the database failed, or no staff)."""
        if self.window is not None:
            self.window.hide()
            self.window.shutdown()
            self.window.deleteLater()
            self.window = None

    def finish(self) -> None:
        if self.window is not None:
            self.window.shutdown()
            if self.window.connected:
                self.window.backups.backup_on_exit()  # one last copy when the data changed
        for widget in (self.welcome, self.window):
            if widget is not None:
                widget.deleteLater()


def _show_notice(message: str) -> None:
    """A core notice (a stray file set aside, a bad setting replaced by its default) shown to the user."""
    msgbox.warning(None, QCoreApplication.translate("app", "Carebook"), message)


def run(db: str | None = None, staff: str | None = None, argv: list[str] | None = None) -> int:
    from carebook import notices, seats

    seats.identify_as(seats.DESKTOP_APP)  # a restore on the command line names the app as holding the shop
    notices.set_sink(_show_notice)
    app = application(argv)
    state = LocalState()
    style.apply_theme(app, state.get("view/palette"))
    logs.configure()  # carebook.log in the data folder: workers' and the hook's tracebacks go there
    crash.enable_crash_trace()  # a hard crash leaves every thread's stack in carebook-crash.log
    hook = crash.ExceptionHook()
    hook.install()
    startup = Startup(AppContext(state))
    app.setQuitOnLastWindowClosed(False)  # the welcome closing must not end the app
    try:
        try:
            startup.paint_from_glance(db, staff)
            startup.ctx.where = _open_database(db)
            person, startup.warning = initial_staff(staff, state)
            startup.ctx.set_staff(person, remember=person is not None)
            startup.begin()
            QTimer.singleShot(GC_RESUME_DELAY_MS, gc_pause.resume)
            return _event_loop(app)
        except CarebookError as error:
            startup.hide_window()
            msgbox.error(None, QCoreApplication.translate("app", "Carebook cannot start"), str(error))
            return 1
        finally:
            startup.finish()
            if "carebook.shop" in sys.modules:  # a quick start that failed early never loaded it
                from carebook import shop

                shop.close_shop()
    finally:
        state.sync()
        hook.uninstall()
        gc_pause.resume()
        notices.set_sink(None)


def main() -> int:
    return run()
