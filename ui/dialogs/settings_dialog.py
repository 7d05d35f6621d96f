"""Shop settings: name, logo, phone region, time zone, paper size, date order of imports, backup folder;
and this seat's own language of the screens (kept on this computer, ``ui.languages``).

They are stored in the database (``carebook.settings``) so every seat, the CLI and the reports share
them. Only an owner may change them; anyone else sees them read-only (and may still choose the counter's
language).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from carebook import settings
from carebook.errors import ValidationError
from carebook.i18n import LANGUAGES
from carebook.paths import data_dir
from carebook.versions import Seen
from ui import files, languages
from ui.context import AppContext
from ui.dialogs.base import BaseDialog, Form
from ui.dialogs.conflict_flow import Versioned
from ui.dialogs.field_checks import core_message
from ui.territories import country_choices, zone_choices
from ui.widget_values import probe
from ui.widgets.searchable_combo import SearchableCombo


def add_country_check(form: Form, combo: SearchableCombo) -> None:
    """Typed text that names no country of the list gets a message naming it (gone once it does)."""

    def check() -> str:
        value = combo.value()
        if combo.known(value):
            return ""
        return QCoreApplication.translate(
            "SettingsDialog", "“{0}” is not a country of the list: type part of its name and pick it"
        ).format(value)

    form.add_check("phone_region", check)


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
    return box


class SettingsDialog(Versioned, BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Shop settings"))
        self.setMinimumWidth(560)
        # as stored now (another counter may have changed them): what a save names as loaded
        self.seen: Seen | None = settings.seen()
        current = settings.ShopSettings(**self.seen.values)
        layout = QVBoxLayout(self)
        self.form = Form(self)

        self.shop_name = QLineEdit(current.shop_name)
        self.shop_name.setPlaceholderText(self.tr("e.g. Corner Bikes"))
        self.form.add_row("shop_name", self.tr("Shop &name:"), self.shop_name)

        self.logo_path = QLineEdit(current.logo_path)
        self.logo_path.setPlaceholderText(self.tr("No logo"))
        self.logo_button = QPushButton(self.tr("Choose…"))
        self.logo_button.setAccessibleName(self.tr("Choose a logo file"))
        self.logo_button.clicked.connect(self._choose_logo)
        self.form.add_row(
            "logo_path",
            self.tr("&Logo:"),
            _row(self.logo_path, self.logo_button),
            self.tr("A PNG or JPEG image printed at the top of monthly reports."),
            focus=self.logo_path,
        )

        self.phone_region = SearchableCombo(country_choices())
        self.phone_region.set_value(current.phone_region)
        self.form.add_row(
            "phone_region",
            self.tr("&Phone region:"),
            self.phone_region,
            self.tr("Phone numbers typed without a country code belong to this country."),
        )

        here = self.tr("This computer's time zone")
        self.time_zone = SearchableCombo([("", here, ""), *zone_choices()])
        self.time_zone.set_value(current.time_zone)
        self.form.add_row(
            "time_zone",
            self.tr("&Time zone:"),
            self.time_zone,
            self.tr("Days, months and due dates follow this zone."),
        )

        self.paper_size = QComboBox()
        self.paper_size.addItem(self.tr("A4"), "A4")
        self.paper_size.addItem(self.tr("US Letter"), "Letter")
        self.paper_size.setCurrentIndex(max(0, self.paper_size.findData(current.paper_size)))
        self.form.add_row("paper_size", self.tr("P&aper size:"), self.paper_size, full_width=False)

        self.report_language = QComboBox()
        for code, name in LANGUAGES.items():
            self.report_language.addItem(name, code)
        self.report_language.setCurrentIndex(max(0, self.report_language.findData(current.report_language)))
        self.form.add_row(
            "report_language",
            self.tr("&Report language:"),
            self.report_language,
            self.tr("The language of the monthly PDF, whatever language each counter uses."),
            full_width=False,
        )

        self.date_order = QComboBox()
        self.date_order.addItem(self.tr("As in the shop's country"), "")
        self.date_order.addItem(self.tr("Day first (31/12/2026)"), "dmy")
        self.date_order.addItem(self.tr("Month first (12/31/2026)"), "mdy")
        self.date_order.setCurrentIndex(max(0, self.date_order.findData(current.date_order)))
        self.form.add_row(
            "date_order",
            self.tr("&Dates in imported files:"),
            self.date_order,
            self.tr("How a date like 03/11/2026 in a spreadsheet's file is read."),
            full_width=False,
        )

        self.backup_folder = QLineEdit(current.backup_folder)
        self.backup_folder.setPlaceholderText(str(data_dir() / "backups"))
        self.backup_button = QPushButton(self.tr("Choose…"))
        self.backup_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.backup_button.clicked.connect(self._choose_backup)
        self.form.add_row(
            "backup_folder",
            self.tr("&Backup folder:"),
            _row(self.backup_folder, self.backup_button),
            self.tr("Leave empty to keep backups in the data folder. Another disk is safer."),
            focus=self.backup_folder,
        )

        self.backup_seat = QLineEdit(current.backup_seat)
        self.backup_seat.setPlaceholderText(self.tr("The seat of an owner"))
        self.this_seat_button = QPushButton(self.tr("This computer"))
        self.this_seat_button.setAccessibleName(self.tr("Make the backups on this computer"))
        self.this_seat_button.clicked.connect(lambda: self.backup_seat.setText(settings.this_computer()))
        self.form.add_row(
            "backup_seat",
            self.tr("Backups &made by:"),
            _row(self.backup_seat, self.this_seat_button),
            self.tr("For a shop on a server: the computer that makes the automatic backups."),
            focus=self.backup_seat,
        )

        self.counter_language = QComboBox()
        self.counter_language.addItem(self.tr("System"), "")
        for code, name in languages.available().items():
            self.counter_language.addItem(name, code)
        self.counter_language.setCurrentIndex(
            max(0, self.counter_language.findData(ctx.state.get(languages.KEY)))
        )
        self.form.add_row(
            "counter_language",
            self.tr("Lan&guage of this counter:"),
            self.counter_language,
            self.tr("This computer only. Carebook uses the new language from its next start."),
            full_width=False,
        )

        self.read_only_note = QLabel(self.tr("Only an owner can change the shop's settings."))
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setVisible(not ctx.is_owner)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.form.banner)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.add_buttons(self.tr("Save"), layout)
        self.track_input({name: probe(widget) for name, widget in self.form.fields.items()})
        add_country_check(self.form, self.phone_region)
        zone = self.time_zone
        zone_check = lambda: core_message(lambda: settings.check("time_zone", zone.value()), "")  # noqa: E731
        self.form.add_check("time_zone", zone_check)
        if not ctx.is_owner:
            for widget in (
                *(field for name, field in self.form.fields.items() if name != "counter_language"),
                self.logo_button,
                self.backup_button,
                self.this_seat_button,
            ):
                widget.setEnabled(False)

    def values(self) -> dict[str, str]:
        return {
            "shop_name": self.shop_name.text(),
            "logo_path": self.logo_path.text().strip(),
            "phone_region": self.phone_region.value(),
            "time_zone": self.time_zone.value(),
            "paper_size": str(self.paper_size.currentData()),
            "date_order": str(self.date_order.currentData()),
            "report_language": str(self.report_language.currentData()),
            "backup_folder": self.backup_folder.text().strip(),
            "backup_seat": self.backup_seat.text().strip(),
        }

    def save(self) -> None:
        self.ctx.state.set(languages.KEY, str(self.counter_language.currentData()))
        if not self.ctx.is_owner:  # the counter's language is the seat's own; the rest is the owner's
            return
        checks = self.form.checks
        errors = {name: text for name in ("phone_region", "time_zone") if (text := checks.message(name))}
        if errors:  # both at once, each in the words the user will understand
            raise ValidationError(errors)
        values = self.values()
        logo = values["logo_path"]
        if logo and not QImageReader(str(Path(logo).expanduser())).canRead():
            raise ValidationError(
                "logo_path", self.tr("'{0}' is not an image file that can be read").format(logo)
            )
        self.save_again(values, self.seen)

    def save_again(self, values: dict[str, Any], seen: Seen | None) -> None:
        """Store the shop's settings naming what the dialog loaded (``ui.dialogs.conflict_flow``)."""
        settings.store(values, seen)
        self.ctx.notify_settings_changed()

    def _choose_logo(self) -> None:
        path = files.choose_file(
            self,
            self.ctx.state,
            "logo",
            self.tr("Choose the shop's logo"),
            self.tr("Images (*.png *.jpg *.jpeg)"),
            self.logo_path.text(),
        )
        if path:
            self.logo_path.setText(path)

    def _choose_backup(self) -> None:
        path = files.choose_folder(
            self, self.ctx.state, "backup", self.tr("Choose the backup folder"), self.backup_folder.text()
        )
        if path:
            self.backup_folder.setText(path)
