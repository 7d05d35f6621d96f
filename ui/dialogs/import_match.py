"""The import wizard's matching page: rows that look like customers already in Carebook, and what to do.

``MatchPage`` (customers files and vCards only) asks the core which rows match stored customers
(``carebook.exchange.matching.find_matches``: same email, same phone, very similar name), off the UI
thread, and lists them with the core's suggestion as the first choice. Per row the user chooses:
update that customer, skip the row, or add it as a new customer (a combo box in the last column, or
the buttons, which act on the chosen rows or, with "Apply to all", on every row). Up to
``PERSISTENT_EDITORS`` rows show their combo box all the time; a longer list opens it on double-click
or F2. The choices go to the
importer as ``targets`` (and the skipped rows are left out), so the summary that follows counts them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carebook.exchange.matching import CREATE, UPDATE, CustomerMatch
from ui.dialogs import import_flow
from ui.dialogs.import_pages import WizardPage, show_status
from ui.dialogs.import_review import busy_bar
from ui.dialogs.import_wizard import P_SUMMARY
from ui.models.import_matches_model import CHOICE_COLUMN, CHOICES, SKIP, ImportMatchesModel, choice_label

if TYPE_CHECKING:
    from ui.dialogs.import_wizard import ImportWizard

Index = QModelIndex | QPersistentModelIndex
PERSISTENT_EDITORS = 300


class ChoiceDelegate(QStyledItemDelegate):
    """The "What to do" cell edits with a combo box of the three choices."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for choice in CHOICES:
            combo.addItem(choice_label(choice), choice)
        combo.setAccessibleName(self.tr("What to do with this row"))
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MatchPage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Customers you already have"))
        self.setSubTitle(
            self.tr(
                "These rows look like customers already in Carebook (same email, same phone or a very "
                "similar name). Choose for each: update the customer, skip the row, or add a new customer."
            )
        )
        self.model = ImportMatchesModel(self)
        self.model.dataChanged.connect(lambda *_args: self._update_counts())
        self.view = QTableView()
        self.view.setObjectName("importMatches")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(CHOICE_COLUMN, ChoiceDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 12)
        self.view.setAccessibleName(self.tr("Rows that match customers already in Carebook"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.busy = busy_bar()
        self.status = QLabel()
        self.status.setObjectName("mutedLabel")
        self.status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        texts = {UPDATE: self.tr("&Update"), SKIP: self.tr("S&kip"), CREATE: self.tr("Add as &new")}
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("For the chosen rows:")))
        for choice in CHOICES:
            button = QPushButton(texts[choice])
            button.setToolTip(choice_label(choice))
            button.clicked.connect(lambda _c=False, ch=choice: self.apply(ch))
            self.buttons[choice] = button
            row.addWidget(button)
        self.apply_all = QCheckBox(self.tr("Apply to &all rows"))
        row.addWidget(self.apply_all)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self._ready = False
        self._error = ""

    def initializePage(self) -> None:
        state = self.state
        self._ready = False
        self._error = ""
        self.busy.show()
        show_status(self.status, self.tr("Looking for customers you already have…"))
        self.completeChanged.emit()
        table = state.checked_table()
        self.wizard().call("match", lambda: import_flow.matches(table), self._found, self._failed)

    def _found(self, matches: tuple[CustomerMatch, ...]) -> None:
        self.busy.hide()
        self._ready = True
        self.model.set_matches(matches, self.state.decisions)
        if len(matches) <= PERSISTENT_EDITORS:  # a combo box on every row; a long list edits on demand
            for row in range(len(matches)):
                self.view.openPersistentEditor(self.model.index(row, CHOICE_COLUMN))
        self.view.resizeColumnsToContents()
        for column in range(1, CHOICE_COLUMN):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 210))
        for button in (*self.buttons.values(), self.apply_all):
            button.setEnabled(bool(matches))
        self._update_counts()
        if matches:
            self.view.selectRow(0)
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.busy.hide()
        self._error = message
        show_status(
            self.status, self.tr("Could not look for matching customers: {0}").format(message), error=True
        )
        self.completeChanged.emit()

    def apply(self, choice: str) -> None:
        """Set ``choice`` for the chosen rows, or for every row with "Apply to all"."""
        if self.apply_all.isChecked():
            self.model.set_choice(None, choice)
            return
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        self.model.set_choice(rows, choice)

    def _update_counts(self) -> None:
        self.state.decisions = self.model.choices()
        if not self.model.rowCount():
            show_status(self.status, self.tr("No row matches a customer you already have: every row is new."))
            return
        show_status(
            self.status,
            self.tr("Matching rows: {0:,} — to update: {1:,}, to skip: {2:,}, to add as new: {3:,}.").format(
                self.model.rowCount(),
                self.model.count(UPDATE),
                self.model.count(SKIP),
                self.model.count(CREATE),
            ),
        )

    def isComplete(self) -> bool:
        return self._ready and not self._error

    def validatePage(self) -> bool:
        self.state.decisions = self.model.choices()
        self.state.targets = self.model.targets()
        return True

    def nextId(self) -> int:
        return P_SUMMARY
