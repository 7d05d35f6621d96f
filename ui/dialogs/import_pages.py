"""The first pages of the import wizard: the file, and which column feeds what.

``FilePage``: the file (typed or chosen with "Browse…") and what it holds; the file is read off the UI
thread as soon as it is chosen, and a bad file (not CSV, empty, unreadable) gets a plain message here,
so the user never reaches a page that cannot work; an address book's export is named ("Google Contacts
file"). (``import_format.FormatPage`` follows: how the file was read; ``import_mapping.MappingPage``
which column is which.)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from carebook import customer_schema as schema
from ui import field_labels, files
from ui.dialogs import import_flow
from ui.dialogs.import_wizard import KINDS, P_FORMAT, P_PREVIEW
from ui.translate_noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ui.dialogs.import_wizard import ImportState, ImportWizard

_CONTEXT = "ImportWizard"

KIND_LABELS = {
    "customers": QT_TRANSLATE_NOOP("ImportWizard", "Customers"),
    "interactions": QT_TRANSLATE_NOOP("ImportWizard", "Contacts (calls, visits, emails…)"),
    "feedback": QT_TRANSLATE_NOOP("ImportWizard", "Feedback scores (CSAT, NPS, CES)"),
    "followups": QT_TRANSLATE_NOOP("ImportWizard", "Follow-ups"),
}
COLUMN_LABELS = {
    "occurred_at": QT_TRANSLATE_NOOP("ImportWizard", "When it happened"),
    "customer": QT_TRANSLATE_NOOP("ImportWizard", "Customer's name"),
    "customer_email": QT_TRANSLATE_NOOP("ImportWizard", "Customer's email"),
    "channel": QT_TRANSLATE_NOOP("ImportWizard", "Channel"),
    "direction": QT_TRANSLATE_NOOP("ImportWizard", "Direction (inbound/outbound)"),
    "reason": QT_TRANSLATE_NOOP("ImportWizard", "Reason"),
    "summary": QT_TRANSLATE_NOOP("ImportWizard", "Summary"),
    "staff": QT_TRANSLATE_NOOP("ImportWizard", "Staff member"),
    "status": QT_TRANSLATE_NOOP("ImportWizard", "Status (open/resolved)"),
    "resolved_first_contact": QT_TRANSLATE_NOOP("ImportWizard", "Resolved at first contact (yes/no)"),
    "resolved_at": QT_TRANSLATE_NOOP("ImportWizard", "Resolved at"),
    "waited_minutes": QT_TRANSLATE_NOOP("ImportWizard", "Minutes waited"),
    "duration_minutes": QT_TRANSLATE_NOOP("ImportWizard", "Duration in minutes"),
    "received_at": QT_TRANSLATE_NOOP("ImportWizard", "Received at"),
    "kind": QT_TRANSLATE_NOOP("ImportWizard", "Kind (csat/nps/ces)"),
    "score": QT_TRANSLATE_NOOP("ImportWizard", "Score"),
    "comment": QT_TRANSLATE_NOOP("ImportWizard", "Comment"),
    "due_on": QT_TRANSLATE_NOOP("ImportWizard", "Due date"),
    "due_time": QT_TRANSLATE_NOOP("ImportWizard", "Due time"),
    "assignee": QT_TRANSLATE_NOOP("ImportWizard", "Assigned to"),
    "note": QT_TRANSLATE_NOOP("ImportWizard", "Note"),
    "priority": QT_TRANSLATE_NOOP("ImportWizard", "Priority (normal/high)"),
    "done_at": QT_TRANSLATE_NOOP("ImportWizard", "Done at"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_label(kind: str) -> str:
    return _tr(KIND_LABELS.get(kind, kind))


def column_label(column: str) -> str:
    """A CSV column's label: a customer field's (``ui.field_labels``), or the import's own."""
    if column in COLUMN_LABELS:
        return _tr(COLUMN_LABELS[column])
    if column in schema.BY_NAME:
        return field_labels.column_label(column)
    return column.replace("_", " ").capitalize()


def required_columns(kind: str) -> set[str]:
    """Columns of which the file must have at least one in each group (a customer: name or email)."""
    return {column for group in import_flow.required(kind) for column in group}


def show_status(label: QLabel, text: str, *, error: bool = False) -> None:
    """A status line: muted, or in the error colour (styled by object name)."""
    name = "fieldError" if error else "mutedLabel"
    if label.objectName() != name:
        label.setObjectName(name)
        label.style().unpolish(label)
        label.style().polish(label)
    label.setText(text)


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("mutedLabel")
    label.setWordWrap(True)
    return label


class WizardPage(QWizardPage):
    def wizard(self) -> ImportWizard:
        return super().wizard()  # type: ignore[return-value]

    @property
    def state(self) -> ImportState:
        return self.wizard().state


class FilePage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Which file?"))
        self.setSubTitle(
            self.tr(
                "A CSV file from a spreadsheet (in Excel: File › Save As › CSV UTF-8), or an address "
                "book saved as vCard (.vcf). Nothing is written until the last step, and every import "
                "can be undone."
            )
        )
        self._wizard = wizard
        self._read_path: Path | None = None
        self._error = ""
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("The file to import"))
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.editingFinished.connect(self.read)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse_button)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        self.status = QLabel()
        self.status.setObjectName("mutedLabel")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        holds = QLabel(self.tr("The file holds:"))
        holds.setObjectName("sectionTitle")
        self.kind_group = QButtonGroup(self)
        self.kind_radios: dict[str, QRadioButton] = {}
        kinds = QVBoxLayout()
        for number, kind in enumerate(KINDS):
            radio = QRadioButton(kind_label(kind))
            self.kind_group.addButton(radio, number)
            self.kind_radios[kind] = radio
            kinds.addWidget(radio)
        self.kind_radios[wizard.state.kind].setChecked(True)
        self.kind_group.idToggled.connect(self._kind_toggled)
        self.kind_hint = muted()
        self.history_button = QPushButton(self.tr("&Earlier imports…"))
        self.history_button.setToolTip(self.tr("See the earlier imports and undo one"))
        self.history_button.clicked.connect(self.open_history)

        layout = QVBoxLayout(self)
        layout.addWidget(file_label)
        layout.addLayout(file_row)
        layout.addWidget(self.status)
        layout.addSpacing(12)
        layout.addWidget(holds)
        layout.addLayout(kinds)
        layout.addWidget(self.kind_hint)
        layout.addStretch(1)
        layout.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._update_hint()

    # -- choosing -------------------------------------------------------------------------------------
    def kind(self) -> str:
        return KINDS[max(self.kind_group.checkedId(), 0)]

    def _kind_toggled(self, _number: int, checked: bool) -> None:
        if checked:
            self.state.kind = self.kind()
            self._update_hint()

    def _update_hint(self) -> None:
        kind = self.kind()
        needs = [" / ".join(column_label(c) for c in group) for group in import_flow.required(kind)]
        self.kind_hint.setText(self.tr("Each row needs: {0}.").format("; ".join(needs)))

    def browse(self) -> None:
        chosen = files.choose_file(
            self,
            self.wizard().ctx.state,
            "import",
            self.tr("Choose the file to import"),
            self.tr("CSV or vCard files (*.csv *.txt *.vcf *.vcard);;All files (*)"),
            self.path.text(),
        )
        if chosen:
            self.set_path(chosen)

    def open_history(self) -> QWidget:
        from ui.dialogs import launcher
        from ui.dialogs.import_history import ImportsDialog

        wizard = self.wizard()
        return launcher.show_dialog(wizard.ctx, ImportsDialog(wizard.ctx, wizard), notify=False)

    def set_path(self, path: str) -> None:
        """Take a file (as typing it and pressing Tab would) and read it."""
        self.path.setText(path)
        self.read()

    def read(self) -> None:
        text = self.path.text().strip()
        target = Path(text).expanduser() if text else None
        if target == self._read_path and (self.state.table is not None or self._error):
            return
        self._read_path = target
        self.state.table = None
        self.state.cards = None
        self.state.encoding = self.state.separator = None  # a new file: found afresh
        self._error = ""
        self._allow_kinds(all_kinds=True)
        if target is None:
            show_status(self.status, "")
            self.completeChanged.emit()
            return
        show_status(self.status, self.tr("Reading {0}…").format(target.name))
        self.completeChanged.emit()
        self.wizard().call("read", lambda: import_flow.read(target), self._read_done, self._read_failed)

    def _read_done(self, read: import_flow.ReadFile) -> None:
        table = read.table
        self.state.path = table.path
        self.state.table = table
        self.state.found = (table.encoding, table.separator)
        self.state.cards = read.cards
        self.state.mapping = list(table.header) if read.cards is not None else []
        self.state.saved = dict(read.saved)
        self.state.forget_choices()
        if read.cards is not None:
            self.kind_radios["customers"].setChecked(True)
            self._allow_kinds(all_kinds=False)
            text = self.tr("{0}: an address book (cards: {1}); each card becomes a customer.")
            show_status(self.status, text.format(table.name, len(table.rows)))
        else:
            text = self.tr("{0} — rows: {1:,}, columns: {2}.")
            text = text.format(table.name, len(table.rows), len(table.header))
            format_name = import_flow.plan("customers", table).format
            if format_name:
                text += " " + self.tr("Carebook knows this file: an export of {0}.").format(format_name)
            show_status(self.status, text)
        self.completeChanged.emit()

    def _allow_kinds(self, *, all_kinds: bool) -> None:
        for kind, radio in self.kind_radios.items():
            radio.setEnabled(all_kinds or kind == "customers")

    def _read_failed(self, message: str) -> None:
        self._error = message
        show_status(self.status, message, error=True)
        self.completeChanged.emit()

    def error(self) -> str:
        return self._error

    def isComplete(self) -> bool:
        return self.state.table is not None

    def nextId(self) -> int:
        return P_PREVIEW if self.state.is_vcard else P_FORMAT
