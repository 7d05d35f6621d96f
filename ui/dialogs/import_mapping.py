"""The import wizard's columns page: which column of the file feeds what.

``MappingPage``: one row per file column with a sample of its values and a combo box: a Carebook
column, a part of one (first or last name, mobile or work phone, street, postcode, city...), "Notes,
after the column's heading", or "Leave out". The choices start as the core finds them from the headings
(an address book's export known by its headings), or as the user chose them for a file with the same
headings before (remembered when the import is written). Required columns are marked, Next waits until
each is fed, and every column that will not be imported is listed below, with how many values it holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from carebook.exchange.column_roles import split_role
from carebook.exchange.columns import spec_for
from carebook.exchange.csv_format import CsvTable
from ui.dialogs import import_flow
from ui.dialogs.import_pages import WizardPage, column_label, muted, required_columns, show_status
from ui.translate_noop import QT_TRANSLATE_NOOP
from ui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from ui.dialogs.import_wizard import ImportWizard

PART_LABELS = {
    "name_prefix": QT_TRANSLATE_NOOP("ImportWizard", "Name: title before it (Dr.)"),
    "first_name": QT_TRANSLATE_NOOP("ImportWizard", "Name: first name"),
    "middle_name": QT_TRANSLATE_NOOP("ImportWizard", "Name: middle name"),
    "last_name": QT_TRANSLATE_NOOP("ImportWizard", "Name: last name"),
    "name_suffix": QT_TRANSLATE_NOOP("ImportWizard", "Name: after it (Jr.)"),
    "other_name": QT_TRANSLATE_NOOP("ImportWizard", "Nickname (the name when there is no other)"),
    "mobile": QT_TRANSLATE_NOOP("ImportWizard", "Phone: mobile (taken first)"),
    "work_phone": QT_TRANSLATE_NOOP("ImportWizard", "Phone: work"),
    "home_phone": QT_TRANSLATE_NOOP("ImportWizard", "Phone: home"),
    "other_phone": QT_TRANSLATE_NOOP("ImportWizard", "Phone: other"),
    "street": QT_TRANSLATE_NOOP("ImportWizard", "Address: street"),
    "house_number": QT_TRANSLATE_NOOP("ImportWizard", "Address: house number"),
    "po_box": QT_TRANSLATE_NOOP("ImportWizard", "Address: PO box"),
    "postcode": QT_TRANSLATE_NOOP("ImportWizard", "Address: postcode"),
    "city": QT_TRANSLATE_NOOP("ImportWizard", "Address: city"),
    "region": QT_TRANSLATE_NOOP("ImportWizard", "Address: region or state"),
    "country": QT_TRANSLATE_NOOP("ImportWizard", "Address: country"),
    "label": QT_TRANSLATE_NOOP("ImportWizard", "Type of the values beside it (Home, Work…)"),
    "note": QT_TRANSLATE_NOOP("ImportWizard", "Notes, after the column's heading"),
}


def role_label(role: str) -> str:
    base = split_role(role)[0]
    if base in PART_LABELS:
        return QCoreApplication.translate("ImportWizard", PART_LABELS[base])
    return column_label(base)


class MappingPage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Which column is which?"))
        self.setSubTitle(
            self.tr(
                "Carebook matched the columns by their headings. Change any choice; columns set to "
                "“Leave out” are not imported. Required columns are marked with *."
            )
        )
        self.combos: list[QComboBox] = []
        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(16)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Columns of the file"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.grid_box)
        scroll.viewport().setAutoFillBackground(False)
        self.grid_box.setAutoFillBackground(False)
        self.found = muted()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.left_out = muted()
        self.left_out.setObjectName("importLeftOut")
        layout = QVBoxLayout(self)
        layout.addWidget(self.found)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.left_out)
        self._kind = ""
        self._table: CsvTable | None = None
        self._found_roles: list[str] = []

    def initializePage(self) -> None:
        table = self.state.table
        if table is None:
            return
        if table is self._table and self._kind == self.state.kind and self.combos:
            return  # coming back: keep the user's choices
        kind = self.state.kind
        self._table, self._kind = table, kind
        self._found_roles = import_flow.auto_mapping(kind, table)
        saved = self.state.saved.get(kind)
        if not self.state.mapping or len(self.state.mapping) != len(table.header):
            self.state.mapping = list(saved or self._found_roles)
        format_name = import_flow.plan(kind, table).format
        texts = []
        if format_name:
            texts.append(self.tr("{0} file: Carebook knows its columns.").format(format_name))
        if saved is not None and self.state.mapping == saved:
            texts.append(self.tr("Your choices for a file with these headings are used again."))
        self.found.setText(" ".join(texts))
        self.found.setVisible(bool(texts))
        self._build(table)

    def _build(self, table: CsvTable) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combos = []
        for column, text in enumerate(
            (self.tr("Column of the file"), self.tr("Values"), self.tr("Imported as"))
        ):
            heading = QLabel(text)
            heading.setObjectName("sectionTitle")
            self.grid.addWidget(heading, 0, column)
        required = required_columns(self.state.kind)
        roles = import_flow.columns(self.state.kind)
        samples_of = table.rows[:50]
        for index, name in enumerate(table.header):
            line = index + 1
            raw = table.raw_header[index].strip() if index < len(table.raw_header) else name
            shown = raw or self.tr("(no heading)")
            label = QLabel(shown)
            self.grid.addWidget(label, line, 0)
            samples = [row.cells[index] for row in samples_of if index < len(row.cells) and row.cells[index]]
            sample = ElidedLabel(" · ".join(" ".join(s.split()) for s in samples[:3]) or self.tr("(empty)"))
            sample.setObjectName("mutedLabel")
            sample.setMinimumWidth(80)
            sample.set_tooltip("\n".join(samples[:8]))
            self.grid.addWidget(sample, line, 1)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Import the column “{0}” as").format(shown))
            combo.addItem(self.tr("Leave out"), "")
            for role in roles:
                mark = " *" if role in required else ""
                combo.addItem(role_label(role) + mark, role)
            combo.addItem(role_label("label"), "label")
            combo.setCurrentIndex(max(0, combo.findData(split_role(self.state.mapping[index])[0])))
            combo.currentIndexChanged.connect(lambda _i, c=index: self._chosen(c))
            label.setBuddy(combo)
            self.grid.addWidget(combo, line, 2)
            self.combos.append(combo)
        self.grid.setRowStretch(len(table.header) + 1, 1)
        self._update_status()

    def choose(self, column: int, target: str) -> None:
        """Import file column ``column`` as ``target`` ("" leaves it out), as the combo box would."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(target))

    def _role(self, column: int) -> str:
        """The combo's choice, with the group the core found for this column (its address, its type)."""
        chosen = str(self.combos[column].currentData())
        found = self._found_roles[column] if column < len(self._found_roles) else ""
        return found if chosen and split_role(found)[0] == chosen else chosen

    def _chosen(self, column: int) -> None:
        target = str(self.combos[column].currentData())
        single = set(spec_for(self.state.kind).columns) - {import_flow.notes_column(self.state.kind)}
        if target in single:  # one file column per Carebook column: the earlier choice is left out
            for other, combo in enumerate(self.combos):
                if other != column and combo.currentData() == target:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.state.mapping = [self._role(index) for index in range(len(self.combos))]
        self._update_status()
        self.completeChanged.emit()

    def missing(self) -> list[str]:
        table = self.state.table
        return import_flow.missing(self.state.kind, table, self.state.mapping) if table is not None else []

    def left_out_columns(self) -> list[tuple[str, int]]:
        table = self.state.table
        return import_flow.left_out(table, self.state.mapping) if table is not None else []

    def _update_status(self) -> None:
        missing = self.missing()
        if missing:
            names = [" or ".join(column_label(part) for part in group.split(" or ")) for group in missing]
            show_status(
                self.status, self.tr("Choose a file column for: {0}.").format("; ".join(names)), error=True
            )
        else:
            used = sum(1 for target in self.state.mapping if target)
            text = self.tr("{0} of {1} columns will be imported.").format(used, len(self.state.mapping))
            show_status(self.status, text)
        left = self.left_out_columns()
        holding = [self.tr("{0} (values: {1:,})").format(name, count) for name, count in left if count]
        empty = [name or self.tr("(no heading)") for name, count in left if not count]
        parts = []
        if holding:
            parts.append(self.tr("Not imported: {0}.").format(", ".join(holding)))
        if empty:
            parts.append(self.tr("Not imported, empty in every row: {0}.").format(", ".join(empty)))
        self.left_out.setText(" ".join(parts))
        self.left_out.setVisible(bool(parts))

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.missing()
