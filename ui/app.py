"""Start the desktop app: ``run(db=None, staff=None, argv=None) -> int`` (``carebook`` without a subcommand).

Order: QApplication (names, desktop file name, icon, Fusion style, palette, translations), the log
(``carebook.log``) and the crash trace (``carebook-crash.log``) in the data folder, the exception hook,
the database (a StorageError or other user error shows a message box and returns 1), the person at the
counter (``--staff NAME``, else the one remembered on this computer, else the only active staff member),
the welcome dialog on first start (no staff yet), the main window. Without ``--db`` and ``CAREBOOK_DB``
the shop's server this computer connected to last is opened (``ui.shop_switch``); when it cannot be, the
user may try again, use this computer's file or quit. A data file that cannot be opened
because it is damaged is set aside and the newest good backup offered (``ui.db_recovery``); once the
window shows, automatic backups start, and a quick check of the file follows 1.5 s later, off the UI
thread, so it never competes with the first paint (``ui.backup_scheduler``). On quit the window stops
its background work, a last backup is made when the data changed, and the database is closed with a
WAL checkpoint.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

import carebook
from carebook import APP_ID, APP_NAME, logs, shop
from carebook.errors import CarebookError, StorageError
from carebook.paths import default_db_path, is_server_url
from carebook.services import staff as staff_service
from carebook.services.staff_row import StaffRow, counter_person
from ui import crash, icons, languages, msgbox, style
from ui.context import AppContext
from ui.focus_style import FocusStyle
from ui.main_window import MainWindow
from ui.shop_switch import forget_server, remembered_server
from ui.state import LocalState

if TYPE_CHECKING:
    from ui.dialogs.welcome import WelcomeDialog

ORGANIZATION = "Carebook"
# Set to 1 to quit as soon as the main window is shown: `make package` starts the frozen app this way
# (offscreen) to prove it starts and quits cleanly.
QUIT_AFTER_START_ENV = "CAREBOOK_QUIT_AFTER_START"
STARTUP_CHECK_DELAY_MS = 1500


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, created once and set up for Carebook."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    if getattr(app, "_carebook_style", None) is None:
        app._carebook_style = FocusStyle()  # type: ignore[attr-defined]  # kept alive with the app
        app.setStyle(app._carebook_style)  # type: ignore[attr-defined]  # Fusion, with a visible focus ring
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(carebook.__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icons.app_icon())
    _install_translators(app)
    return app


def _install_translators(app: QApplication) -> None:
    """The system's language until ``run`` knows this seat's choice (``ui.languages``)."""
    if getattr(app, "_carebook_translators", None) is None:
        languages.apply(app, languages.system_language())


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


def _open_database(target: str | None, state: LocalState | None = None) -> str:
    """Open the database: ``--db``, else ``CAREBOOK_DB``, else the shop's server this computer
    remembers (``ui.shop_switch``), else the default file. A damaged file is set aside and the newest
    good backup offered instead; a server that cannot be opened offers to try again or to use this
    computer's file."""
    if target is None and state is not None and not os.environ.get("CAREBOOK_DB"):
        target = remembered_server(state)
    if target is not None and state is not None and is_server_url(target):
        return _open_server(target, state)
    try:
        return str(shop.open_shop(target))
    except StorageError:
        from ui import db_recovery

        if not db_recovery.recover_unopenable(target):
            raise
    return str(shop.open_shop(target))


def _open_server(url: str, state: LocalState) -> str:
    while True:
        try:
            return str(shop.open_shop(url))
        except CarebookError as error:
            choices = [
                QCoreApplication.translate("app", "Try again"),
                QCoreApplication.translate("app", "Use this computer's file"),
                QCoreApplication.translate("app", "Quit"),
            ]
            title = QCoreApplication.translate("app", "Cannot open the shop's server")
            answer = msgbox.choose(None, title, str(error), choices)
            if answer == 2:
                raise
            if answer == 1:
                if remembered_server(state) == url:
                    forget_server(state)
                return str(shop.open_shop(default_db_path()))


def _event_loop(app: QApplication) -> int:
    """Run the event loop (tests replace this seam)."""
    return app.exec()


class Startup:
    """Holds the windows of one run so they live as long as the event loop."""

    def __init__(self, ctx: AppContext, warning: str = "") -> None:
        self.ctx = ctx
        self.window: MainWindow | None = None
        self.welcome: WelcomeDialog | None = None
        self.warning = warning

    def begin(self) -> None:
        if not staff_service.list_staff(active_only=False):
            from ui.dialogs.welcome import WelcomeDialog

            self.welcome = WelcomeDialog(self.ctx)
            self.welcome.accepted.connect(self.show_main_window)
            self.welcome.rejected.connect(QApplication.quit)
            self.welcome.show()
            return
        self.show_main_window()

    def show_main_window(self) -> None:
        window = self.window = MainWindow(self.ctx)
        window.show()
        window.backups.start()  # automatic backups
        # the quick check reads the whole file: it starts once the window has painted, not during it
        QTimer.singleShot(STARTUP_CHECK_DELAY_MS, window.backups.check_at_startup)
        QApplication.setQuitOnLastWindowClosed(True)  # from now on closing the window quits
        if os.environ.get(QUIT_AFTER_START_ENV) == "1":
            QTimer.singleShot(0, QApplication.quit)
        if self.warning:
            msgbox.warning(window, QCoreApplication.translate("app", "Staff member not found"), self.warning)
        if self.ctx.staff is None and len(staff_service.list_staff(active_only=True)) > 1:
            window.open_counter()
        if self.welcome is not None and self.welcome.wants_import():
            window.open_import()

    def finish(self) -> None:
        if self.window is not None:
            self.window.shutdown()
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
    languages.apply(app, languages.chosen(state))
    style.apply_theme(app, state.get("view/palette"))
    logs.configure()  # carebook.log in the data folder: workers' and the hook's tracebacks go there
    crash.enable_crash_trace()  # a hard crash leaves every thread's stack in carebook-crash.log
    hook = crash.ExceptionHook()
    hook.install()
    startup = Startup(AppContext(state))
    app.setQuitOnLastWindowClosed(False)  # the welcome closing must not end the app
    try:
        try:
            startup.ctx.where = _open_database(db, state)
            person, startup.warning = initial_staff(staff, state)
            startup.ctx.set_staff(person, remember=person is not None)
            startup.begin()
            return _event_loop(app)
        except CarebookError as error:
            msgbox.error(None, QCoreApplication.translate("app", "Carebook cannot start"), str(error))
            return 1
        finally:
            startup.finish()
            shop.close_shop()
    finally:
        state.sync()
        hook.uninstall()
        notices.set_sink(None)


def main() -> int:
    return run()
