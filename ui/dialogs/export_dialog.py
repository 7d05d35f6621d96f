"""Export: a table as CSV (UTF-8 with BOM, so Excel opens it), customers as vCard, open follow-ups as a
calendar (iCalendar).

``ExportDialog(ctx, parent=None, kind="customers", customer_ids=None)``: choose the table (customers,
contacts, feedback, follow-ups) and a format the table allows: CSV for every table, vCard for customers
(all, or the ``customer_ids`` selected on the page), iCalendar for the open follow-ups (everyone's or
one staff member's). "Export…" asks for the file (``ui.files``) and writes it off the UI thread
(``carebook.exchange``), then closes and says in the status bar how much was written. The CSV exporter
writes whole tables: the filters of the page the dialog was opened from are not applied, and the dialog
says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from carebook.clock import today
from carebook.exchange import exporter, ical, vcard
from carebook.services import staff as staff_service
from ui import files, icons, msgbox, save_target
from ui.context import AppContext
from ui.dialogs.base import BaseDialog, Form
from ui.jobs import BackgroundJobs
from ui.translate_noop import QT_TRANSLATE_NOOP

_CONTEXT = "ExportDialog"

TABLES: tuple[tuple[str, str], ...] = (
    ("customers", QT_TRANSLATE_NOOP("ExportDialog", "Customers")),
    ("interactions", QT_TRANSLATE_NOOP("ExportDialog", "Contacts (the contact log)")),
    ("feedback", QT_TRANSLATE_NOOP("ExportDialog", "Feedback scores")),
    ("followups", QT_TRANSLATE_NOOP("ExportDialog", "Follow-ups")),
)
SCOPE = {
    "customers": QT_TRANSLATE_NOOP(
        "ExportDialog", "Every customer is exported; customers in the trash and erased ones are left out."
    ),
    "interactions": QT_TRANSLATE_NOOP(
        "ExportDialog", "Every contact is exported, except those of customers in the trash or erased."
    ),
    "feedback": QT_TRANSLATE_NOOP(
        "ExportDialog", "Every score is exported, except those of customers in the trash or erased."
    ),
    "followups": QT_TRANSLATE_NOOP(
        "ExportDialog",
        "Every follow-up is exported, done ones included, except those of customers in the trash.",
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True)
class Format:
    key: str
    label: str
    kinds: tuple[str, ...]  # the tables it can export
    suffix: str
    filter: str  # the file dialog's filter


FORMATS: tuple[Format, ...] = (
    Format(
        "csv",
        QT_TRANSLATE_NOOP("ExportDialog", "Spreadsheet (CSV, opens in Excel)"),
        ("customers", "interactions", "feedback", "followups"),
        ".csv",
        QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv)"),
    ),
    Format(
        "vcard",
        QT_TRANSLATE_NOOP("ExportDialog", "Address book (vCard, for phones and mail programs)"),
        ("customers",),
        ".vcf",
        QT_TRANSLATE_NOOP("ExportDialog", "vCard files (*.vcf)"),
    ),
    Format(
        "ics",
        QT_TRANSLATE_NOOP("ExportDialog", "Calendar of the open follow-ups (iCalendar)"),
        ("followups",),
        ".ics",
        QT_TRANSLATE_NOOP("ExportDialog", "Calendar files (*.ics)"),
    ),
)


class ExportDialog(BaseDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        kind: str = "customers",
        customer_ids: Sequence[int] | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.customer_ids = list(customer_ids or [])
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(520)
        self.worker = BackgroundJobs(self)
        self.written: Any = None

        intro = QLabel(self.tr("Write Carebook's data to a file that other programs open."))
        intro.setObjectName("mutedLabel")
        intro.setWordWrap(True)
        self.form = Form(self)
        self.table = QComboBox()
        for key, label in TABLES:
            self.table.addItem(_tr(label), key)
        self.table.setCurrentIndex(max(0, self.table.findData(kind)))
        self.table.currentIndexChanged.connect(self._update)
        self.form.add_row("kind", self.tr("&What:"), self.table)
        self.format_group = QButtonGroup(self)
        self.format_radios: dict[str, QRadioButton] = {}
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for number, fmt in enumerate(FORMATS):
            radio = QRadioButton(_tr(fmt.label))
            self.format_group.addButton(radio, number)
            self.format_radios[fmt.key] = radio
            column.addWidget(radio)
        self.format_radios["csv"].setChecked(True)
        self.format_group.idToggled.connect(lambda _id, on: self._update() if on else None)
        self.form.add_row("format", self.tr("As:"), box, focus=self.format_radios["csv"])
        self.staff = QComboBox()
        self.staff.addItem(self.tr("Everyone"), None)
        self.form.add_row("staff", self.tr("Follow-ups &of:"), self.staff, full_width=False)
        self.which = QComboBox()
        self.which.addItem(self.tr("All customers"), "all")
        if self.customer_ids:
            self.which.addItem(
                self.tr("Only the customers selected on the page ({0})").format(len(self.customer_ids)),
                "selected",
            )
            self.which.setCurrentIndex(1)
        self.which.currentIndexChanged.connect(self._update)
        self.form.add_row("which", self.tr("&Which:"), self.which, full_width=False)
        self.scope = QLabel()
        self.scope.setObjectName("fieldHint")
        self.scope.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Exporting"))
        self.progress.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.scope)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        self.add_buttons(self.tr("&Export…"), layout)
        assert self.save_button is not None
        self.save_button.setIcon(icons.icon("export"))
        self.export_button = self.save_button
        self._update()

    # -- choices ----------------------------------------------------------------------------------------
    def kind(self) -> str:
        return str(self.table.currentData())

    def format(self) -> Format:
        return FORMATS[max(self.format_group.checkedId(), 0)]

    def _update(self) -> None:
        kind = self.kind()
        for fmt in FORMATS:
            radio = self.format_radios[fmt.key]
            radio.setVisible(kind in fmt.kinds)
        if not self.format_radios[self.format().key].isVisible():
            self.format_radios["csv"].setChecked(True)
        fmt = self.format()
        self._show_row("staff", fmt.key == "ics")
        self._show_row("which", fmt.key == "vcard" and bool(self.customer_ids))
        if fmt.key == "ics" and self.staff.count() == 1:
            for person in staff_service.list_staff(active_only=False):
                self.staff.addItem(person.name, person.name)
        if fmt.key == "ics":
            self.scope.setText(
                self.tr(
                    "Each open follow-up becomes a calendar event with a reminder, in the shop's time zone. "
                    "The customer's name is only in the text, never invited."
                )
            )
        elif fmt.key == "vcard" and self.which.currentData() == "selected":
            self.scope.setText(self.tr("Only the customers selected on the page are exported."))
        elif fmt.key == "vcard":
            self.scope.setText(self.tr("Every customer outside the trash is exported as a card."))
        else:
            self.scope.setText(
                _tr(SCOPE[kind]) + " " + self.tr("The filters of the page you came from are not applied.")
            )

    def _show_row(self, name: str, visible: bool) -> None:
        self.form.labels[name].setVisible(visible)
        field = self.form.fields[name]
        (field.parentWidget() or field).setVisible(visible)

    def default_name(self) -> str:
        return f"{self.kind()}-{today().isoformat()}{self.format().suffix}"

    # -- writing ---------------------------------------------------------------------------------------
    def save(self) -> None:  # the button: ask for the file, then write it off the UI thread
        self.export()

    def try_save(self) -> bool:
        return self.export()

    def writer(self, path: Path, force: bool = False) -> Callable[[], Any]:
        kind, fmt = self.kind(), self.format().key
        if fmt == "vcard":
            ids = self.customer_ids if self.which.currentData() == "selected" else None
            return lambda: vcard.export_vcard(path, ids, force=force)
        if fmt == "ics":
            staff_name = self.staff.currentData()
            return lambda: ical.export_ics(path, staff_name, force=force)
        return lambda: exporter.export_csv(kind, path, force=force)

    def export(self, path: str | None = None) -> bool:
        """Ask for the file (unless given) and start writing it; False when cancelled, busy or refused.

        A file the save dialog chose is replaced (the dialog asked first); never a database or backup."""
        if self.worker.busy():
            return False
        fmt = self.format()
        chosen = path or files.choose_save_file(
            self, self.ctx.state, "export", self.tr("Export to"), _tr(fmt.filter), self.default_name()
        )
        if not chosen:
            return False
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(fmt.suffix)
        if save_target.refused(self, target, self.tr("Not exported")):
            return False
        force = save_target.replace_allowed(self, chosen, target) if path is None else False
        if force is None:
            return False
        self.progress.show()
        self.export_button.setEnabled(False)
        self.table.setEnabled(False)
        self.worker.run("export", self.writer(target, force), done=self._written, failed=self._failed)
        return True

    def busy(self) -> bool:
        return self.worker.busy()

    def _written(self, result: Any) -> None:
        self.written = result
        self.progress.hide()
        if isinstance(result, vcard.VCardExport):
            text = self.tr("Exported to {1} — customers: {0:,}").format(result.cards, result.path)
        elif isinstance(result, ical.IcsExport):
            text = self.tr("Exported to {1} — follow-ups: {0:,}").format(result.events, result.path)
        else:
            text = self.tr("Exported to {1} — rows: {0:,}").format(result.rows, result.path)
        self.ctx.status(text)
        self.accept()

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.table.setEnabled(True)
        msgbox.error(self, self.tr("Not exported"), message)

    def done(self, result: int) -> None:
        self.worker.shutdown()
        super().done(result)
