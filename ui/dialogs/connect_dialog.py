"""File › Connect to the shop's server…: host, port, database, user and password of the shop's PostgreSQL
server, a Test button that says in one line whether it works, and Connect.

"Test" runs ``carebook.server_check.check`` off the UI thread (``ui.jobs``) and shows its line (or the
refusal's) under the fields. "Connect" (``try_save``) keeps the password (``carebook.server_secrets``:
the system keychain, else the owner-only pgpass file; an empty field keeps the one kept before),
switches the open shop to the server (``ui.shop_switch.switch_shop``; on failure the shop open before
stays open, the refusal shows in the result line and everything typed stays) and remembers the
server's address, without the password, in this computer's settings (``server/url``) for the next
start.

``open_connect(ctx, parent, choose_person=None)`` shows it; from the main window, a server shop without
staff then gets the welcome dialog and one with several staff asks who is at the counter (``settle``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from carebook import server_secrets
from carebook.errors import CarebookError, ValidationError
from carebook.server_address import DEFAULT_PORT, BadAddress, ServerAddress, parse
from ui import icons
from ui.context import AppContext
from ui.dialogs import launcher
from ui.dialogs.base import BaseDialog, Form
from ui.jobs import BackgroundJobs
from ui.shop_switch import REMEMBERED_SERVER, switch_shop


class ConnectDialog(BaseDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, after: Callable[[], None] | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.after = after
        self.setWindowTitle(self.tr("Connect to the shop's server"))
        self.setMinimumWidth(520)
        self.jobs = BackgroundJobs(self)

        intro = QLabel(
            self.tr(
                "A shop with several counters keeps its data on a PostgreSQL server, usually the "
                "back-office PC. Ask whoever set it up for these details."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("mutedLabel")

        remembered = self._remembered()
        self.form = Form(self)
        self.host = QLineEdit(remembered.host if remembered else "")
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10 or backoffice.local"))
        self.form.add_row("host", self.tr("&Server:"), self.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(remembered.port if remembered else DEFAULT_PORT)
        self.form.add_row("port", self.tr("&Port:"), self.port, full_width=False)
        self.database = QLineEdit(remembered.database if remembered else "shop")
        self.form.add_row("database", self.tr("&Database:"), self.database)
        self.user = QLineEdit(remembered.user if remembered else "shop")
        self.form.add_row("user", self.tr("&User:"), self.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if remembered is not None and server_secrets.find(remembered) is not None:
            self.password.setPlaceholderText(self.tr("kept on this computer; type to change it"))
        self.form.add_row(
            "password",
            self.tr("Pass&word:"),
            self.password,
            self.tr("Kept in this computer's keychain (or an owner-only file), never shown."),
        )

        self.test_button = QPushButton(icons.icon("refresh"), self.tr("&Test"))
        self.test_button.clicked.connect(self.run_test)
        self.result_line = QLabel()
        self.result_line.setObjectName("connectResult")
        self.result_line.setWordWrap(True)
        self.result_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.result_line, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.form.banner)
        layout.addLayout(self.form)
        layout.addLayout(test_row)
        layout.addStretch(1)
        self.add_buttons(self.tr("&Connect"), layout)
        (self.password if remembered else self.host).setFocus()

    def _remembered(self) -> ServerAddress | None:
        url = self.ctx.state.get(REMEMBERED_SERVER)
        if not url:
            return None
        try:
            return parse(url)[0]
        except BadAddress:
            return None

    def address(self) -> ServerAddress:
        """The address typed; ValidationError naming the empty fields."""
        values = {
            "host": self.host.text().strip(),
            "database": self.database.text().strip(),
            "user": self.user.text().strip(),
        }
        missing = {name: self.tr("Please fill this in.") for name, value in values.items() if not value}
        if missing:
            raise ValidationError(missing)
        return ServerAddress(values["host"], self.port.value(), values["database"], values["user"])

    def typed_password(self) -> str | None:
        """The password typed, or None to use the one kept before (an empty field)."""
        return self.password.text() or None

    def run_test(self) -> None:
        from carebook.server_check import check

        self.form.clear_errors()
        try:
            address = self.address()
        except ValidationError as error:
            self.form.show_errors(error.errors)
            return
        self.test_button.setEnabled(False)
        self._show_result(self.tr("Connecting to {0}…").format(address.url), ok=None)
        self.jobs.run(
            "test",
            partial(check, address.url, self.typed_password()),
            done=lambda line: self._tested(str(line), ok=True),
            failed=lambda line: self._tested(line, ok=False),
        )

    def _tested(self, line: str, *, ok: bool) -> None:
        self.test_button.setEnabled(True)
        self._show_result(line, ok=ok)

    def _show_result(self, line: str, *, ok: bool | None) -> None:
        self.result_line.setText(line)
        self.result_line.setProperty("state", "" if ok is None else ("ok" if ok else "failed"))
        self.result_line.style().unpolish(self.result_line)
        self.result_line.style().polish(self.result_line)

    def try_save(self) -> bool:
        """Connect: switch the app to the server; a refusal is shown in the result line, all kept."""
        self.form.clear_errors()
        try:
            address = self.address()
        except ValidationError as error:
            self.form.show_errors(error.errors)
            return False
        self.jobs.forget()  # a Test still running answers nobody now
        self.test_button.setEnabled(True)
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            switch_shop(self.ctx, address.url, self.typed_password())
        except CarebookError as error:
            self._show_result(str(error), ok=False)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()
        if self.after is not None:
            self.after()
        return True

    def done(self, result: int) -> None:
        self.jobs.shutdown()
        super().done(result)


def settle(ctx: AppContext, parent: QWidget | None, choose_person: Callable[[], object]) -> None:
    """Now on the shop's server: a shop without staff yet gets its first start (the welcome dialog),
    a shop with several staff asks who is at the counter."""
    from carebook.services import staff as staff_service

    if not staff_service.list_staff(active_only=False):
        from ui.dialogs.welcome import WelcomeDialog

        launcher.show_dialog(ctx, WelcomeDialog(ctx, parent))
    elif ctx.staff is None:
        choose_person()


def open_connect(
    ctx: AppContext, parent: QWidget | None, choose_person: Callable[[], object] | None = None
) -> QDialog:
    """The dialog; after connecting from the main window, ``settle`` (``choose_person``: its counter
    dialog). The welcome dialog gives no ``choose_person``: it carries on itself."""
    after = None if choose_person is None else partial(settle, ctx, parent, choose_person)
    return launcher.show_dialog(ctx, ConnectDialog(ctx, parent, after), notify=False)
