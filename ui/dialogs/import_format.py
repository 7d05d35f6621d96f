"""The import wizard's format page: how the CSV file was read, and the choice to read it otherwise.

``FormatPage`` shows the text encoding and the separator the core found (``CsvTable.encoding`` /
``separator``), each in a combo box the user can change, and the first rows as they were read. A change
reads the file again off the UI thread (``import_flow.read(path, encoding, sep)``); a file that cannot
be read in the chosen encoding says so here, and Next waits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from carebook.exchange.csv_format import ENCODINGS, CsvTable
from ui.dialogs import import_flow
from ui.dialogs.import_pages import WizardPage, muted, show_status
from ui.dialogs.import_wizard import P_MAPPING
from ui.translate_noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ui.dialogs.import_wizard import ImportWizard

SAMPLE_ROWS = 6
ENCODING_LABELS = {
    "utf-8-sig": QT_TRANSLATE_NOOP("ImportWizard", "UTF-8 with BOM (Excel “CSV UTF-8”)"),
    "utf-8": QT_TRANSLATE_NOOP("ImportWizard", "UTF-8"),
    "utf-16": QT_TRANSLATE_NOOP("ImportWizard", "UTF-16 (Excel “Unicode text”)"),
    "cp1252": QT_TRANSLATE_NOOP("ImportWizard", "Windows, Western European (Excel “CSV”)"),
}
SEPARATOR_LABELS = {
    ",": QT_TRANSLATE_NOOP("ImportWizard", "Comma ( , )"),
    ";": QT_TRANSLATE_NOOP("ImportWizard", "Semicolon ( ; )"),
    "\t": QT_TRANSLATE_NOOP("ImportWizard", "Tab"),
}
assert set(ENCODING_LABELS) == set(ENCODINGS)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


class FormatPage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Is this how the file looks?"))
        self.setSubTitle(
            self.tr(
                "Carebook found the text encoding and the separator by itself. If the names look wrong "
                "or everything is in one column, choose another one."
            )
        )
        self.encoding = QComboBox()
        for key in ENCODINGS:
            self.encoding.addItem(_tr(ENCODING_LABELS[key]), key)
        self.separator = QComboBox()
        for key, label in SEPARATOR_LABELS.items():
            self.separator.addItem(_tr(label), key)
        for combo in (self.encoding, self.separator):
            combo.activated.connect(lambda _index: self.reread())
        choices = QFormLayout()
        choices.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        choices.addRow(self.tr("Text &encoding:"), self.encoding)
        choices.addRow(self.tr("&Separator:"), self.separator)
        self.found = muted()
        self.table = QTableWidget()
        self.table.setObjectName("importFormatTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("The first rows of the file"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.summary = muted()
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.found)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self._error = ""

    def initializePage(self) -> None:
        table = self.state.table
        if table is not None:
            self._show(table)

    # -- choosing ------------------------------------------------------------------------------------
    def choose(self, encoding: str | None = None, sep: str | None = None) -> None:
        """Pick an encoding and/or separator, as the combo boxes would, and read the file again."""
        if encoding is not None:
            self.encoding.setCurrentIndex(self.encoding.findData(encoding))
        if sep is not None:
            self.separator.setCurrentIndex(self.separator.findData(sep))
        self.reread()

    def reread(self) -> None:
        state = self.state
        if state.path is None:
            return
        encoding, sep = str(self.encoding.currentData()), str(self.separator.currentData())
        state.encoding, state.separator = encoding, sep
        path = state.path
        self._error = ""
        show_status(self.summary, self.tr("Reading {0} again…").format(path.name))
        self.completeChanged.emit()
        self.wizard().call("read", lambda: import_flow.read(path, encoding, sep), self._read, self._failed)

    def _read(self, read: import_flow.ReadFile) -> None:
        self.state.table = read.table
        self.state.mapping = []  # the columns may have changed: map them afresh
        self.state.saved = dict(read.saved)
        self.state.forget_choices()
        self._show(read.table)
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self._error = message
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        show_status(self.summary, message, error=True)
        self.completeChanged.emit()

    # -- showing -------------------------------------------------------------------------------------
    def _show(self, table: CsvTable) -> None:
        if table.encoding and self.encoding.findData(table.encoding) < 0:
            self.encoding.addItem(self.tr("{0} (found in the file)").format(table.encoding), table.encoding)
        for combo, value in ((self.encoding, table.encoding), (self.separator, table.separator)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        found_encoding, found_separator = self.state.found
        if found_encoding and found_separator:
            self.found.setText(
                self.tr("Found by Carebook: {0}; {1}.").format(
                    _tr(ENCODING_LABELS.get(found_encoding, found_encoding)),
                    _tr(SEPARATOR_LABELS.get(found_separator, found_separator)).lower(),
                )
            )
        rows = table.rows[:SAMPLE_ROWS]
        self.table.clear()
        self.table.setColumnCount(len(table.header))
        self.table.setRowCount(len(rows))
        names = table.raw_header or table.header
        self.table.setHorizontalHeaderLabels([name.strip() or self.tr("(no heading)") for name in names])
        self.table.setVerticalHeaderLabels([str(row.line) for row in rows])
        for r, row in enumerate(rows):
            for c in range(len(table.header)):
                text = row.cells[c] if c < len(row.cells) else ""
                item = QTableWidgetItem(" ".join(text.split()))
                item.setToolTip(text if len(text) > 30 else "")
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        for c in range(self.table.columnCount()):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 240))
        text = self.tr("Columns: {0}. The numbers on the left are the lines of the file.").format(
            len(table.header)
        )
        more = len(table.rows) - len(rows)
        if more > 0:
            text += " " + self.tr("More rows follow: {0:,}.").format(more)
        show_status(self.summary, text)

    def isComplete(self) -> bool:
        return self.state.table is not None and not self._error and not self.wizard().busy()

    def nextId(self) -> int:
        return P_MAPPING
