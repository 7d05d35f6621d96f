"""First start: the shop's name, the first staff member (the owner) and how to begin.

Shown when the database has no staff yet. "Start Carebook" stores the shop name and phone region
(``carebook.settings``), adds the owner (``carebook.services.staff``), loads demo data when asked
(``carebook.demo``, offered only when that module is installed) and puts the owner at the counter.
"Import a spreadsheet" starts empty and opens the import wizard once the main window shows
(``wants_import()``; ``ui.app.Startup`` asks). "This counter joins a shop on a server…" opens the Connect
dialog (``ui.dialogs.connect_dialog``): a server shop that has staff starts right away, an empty one is
set up here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from carebook import settings
from carebook.errors import ValidationError
from carebook.services import staff as staff_service
from carebook.services.staff import StaffRow
from ui import icons
from ui.context import AppContext
from ui.demo import demo_available, load_demo_data
from ui.dialogs import launcher
from ui.dialogs.base import BaseDialog, Form
from ui.dialogs.settings_dialog import add_country_check
from ui.territories import country_choices, system_country
from ui.widget_values import probe
from ui.widgets.searchable_combo import SearchableCombo


class WelcomeDialog(BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Welcome to Carebook"))
        self.setMinimumWidth(560)
        self.setWindowIcon(icons.app_icon())
        self.owner: StaffRow | None = None

        logo = QLabel()
        logo.setPixmap(icons.app_icon().pixmap(56, 56))
        title = QLabel(self.tr("Welcome to Carebook"))
        title.setObjectName("welcomeTitle")
        intro = QLabel(
            self.tr("Two questions and you are ready. You can change both later under Edit › Shop settings.")
        )
        intro.setWordWrap(True)
        intro.setObjectName("mutedLabel")
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(intro)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(8)
        top.addLayout(heading, 1)

        self.form = Form(self)
        self.shop_name = QLineEdit(settings.current().shop_name)
        self.shop_name.setPlaceholderText(self.tr("e.g. Corner Bikes"))
        self.form.add_row("shop_name", self.tr("Your &shop's name:"), self.shop_name)
        self.owner_name = QLineEdit()
        self.owner_name.setPlaceholderText(self.tr("e.g. Maria Jensen"))
        self.form.add_row(
            "name",
            self.tr("&Your name:"),
            self.owner_name,
            self.tr("You become the shop's owner in Carebook: you can add staff and change settings."),
        )
        self.phone_region = SearchableCombo(country_choices())
        # the shop's country when one was chosen, else the system's (its region settings)
        chosen = settings.current().phone_region
        if chosen == settings.defaults().phone_region:
            chosen = system_country() or chosen
        self.phone_region.set_value(chosen)
        self.form.add_row("phone_region", self.tr("&Country:"), self.phone_region)

        self.start_label = QLabel(self.tr("How do you want to start?"))
        self.start_label.setObjectName("sectionTitle")
        self.empty_radio = QRadioButton(self.tr("Start with an empty customer list"))
        self.demo_radio = QRadioButton(
            self.tr("Load demo data to try Carebook first (made-up customers, contacts and scores)")
        )
        self.import_radio = QRadioButton(
            self.tr("Import my customers from a spreadsheet (CSV) or an address book (vCard)")
        )
        self.empty_radio.setChecked(True)
        self.start_group = QButtonGroup(self)
        self.start_group.addButton(self.empty_radio)
        self.start_group.addButton(self.demo_radio)
        self.start_group.addButton(self.import_radio)
        self.demo_radio.setVisible(demo_available())
        self.server_button = QPushButton(
            icons.icon("database"), self.tr("This counter joins a shop on a &server…")
        )
        self.server_button.setToolTip(
            self.tr("Several counters share one shop on a PostgreSQL server: connect to it instead")
        )
        self.server_button.clicked.connect(self.open_connect)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(10)
        layout.addWidget(self.form.banner)
        layout.addLayout(self.form)
        layout.addSpacing(6)
        layout.addWidget(self.start_label)
        layout.addWidget(self.empty_radio)
        layout.addWidget(self.demo_radio)
        layout.addWidget(self.import_radio)
        layout.addSpacing(6)
        layout.addWidget(self.server_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.add_buttons(self.tr("Start Carebook"), layout, cancel_text=self.tr("Quit"))
        controls: dict[str, QWidget] = {
            "shop_name": self.shop_name,
            "name": self.owner_name,
            "phone_region": self.phone_region,
            "empty": self.empty_radio,
            "demo": self.demo_radio,
            "import": self.import_radio,
        }
        self.track_input({name: probe(widget) for name, widget in controls.items()})  # Quit asks first
        add_country_check(self.form, self.phone_region)
        self.form.add_check("shop_name", lambda: "" if self.shop_name.text().strip() else self._no_shop())
        self.form.add_check("name", lambda: "" if self.owner_name.text().strip() else self._no_name())
        self.shop_name.setFocus()

    def open_connect(self) -> QDialog:
        """Connect to the shop's server instead: a shop with staff there starts at once (the window
        opens); an empty one keeps this dialog open, now to set up the shop on the server."""
        from ui.dialogs.connect_dialog import ConnectDialog

        return launcher.show_dialog(self.ctx, ConnectDialog(self.ctx, self, after=self._joined), notify=False)

    def _joined(self) -> None:
        if staff_service.list_staff(active_only=False):
            self.accept()
            return
        self.shop_name.setText(settings.current().shop_name)
        self.phone_region.set_value(settings.current().phone_region)

    def wants_import(self) -> bool:
        """The user chose to start by importing a spreadsheet (the window opens the wizard)."""
        return self.import_radio.isChecked()

    def _no_shop(self) -> str:
        return self.tr("Please enter your shop's name.")

    def _no_name(self) -> str:
        return self.tr("Please enter your name.")

    def save(self) -> None:
        errors = {name: self.form.checks.message(name) for name in ("shop_name", "name", "phone_region")}
        errors = {name: message for name, message in errors.items() if message}
        if errors:
            raise ValidationError(errors)
        chosen = {"shop_name": self.shop_name.text(), "phone_region": self.phone_region.value()}
        settings.update(**chosen)
        if self.owner is None:  # a second try after a failed demo load must not add the owner twice
            self.owner = staff_service.add(self.owner_name.text(), "owner")
        self.ctx.set_staff(self.owner)
        if self.demo_radio.isChecked() and demo_available():
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
            try:
                load_demo_data()
            finally:
                QApplication.restoreOverrideCursor()
            settings.update(**chosen)  # the demo shop must not rename the user's shop
        self.ctx.notify_settings_changed()
