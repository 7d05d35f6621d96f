"""The checking pages of the import wizard: every row with its bad cells marked, then the summary.

``PreviewPage``: the core checks every row of the file as mapped (a dry run, off the UI thread); the
table shows the rows that will be imported with each invalid cell marked (error colour, warning icon,
the reason as tooltip). Counts of good and bad rows; "Skip the bad rows" lets the rest be imported
(without it, Next waits: nothing is written from a file with errors).

``SummaryPage`` (the commit page): a second dry run of exactly what will be written gives the counts
(new, updated, already stored, new tags and staff, rows skipped) before anything is written; its
button is "Import".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
)

from carebook.exchange.csv_format import unescape_cell
from carebook.exchange.importer import ImportResult, RowProblem
from carebook.exchange.values import reading
from ui.dialogs import import_flow
from ui.dialogs.import_pages import WizardPage, column_label, muted
from ui.dialogs.import_wizard import P_MATCH, P_RUN, P_SUMMARY, ImportWizard
from ui.models.import_preview_model import ROW, ImportPreviewModel, PreviewRow

_CONTEXT = "ImportWizard"
READ_AS_ROWS = 200  # the first rows show how their dates and words are read (e.g. "03.11.2026 → 2026-11-03")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def cell_problems(problems: Sequence[RowProblem], shown: Sequence[str]) -> dict[int, dict[int, str]]:
    """The core's reasons by line and by shown column (``ROW`` for a reason about the whole row)."""
    position = {target: index for index, target in enumerate(shown)}
    found: dict[int, dict[int, str]] = {}
    for problem in problems:
        cells = found.setdefault(problem.line, {})
        for field, message in problem.errors:
            column = position.get(field)
            if column is None and field == "customer":
                column = position.get("customer_email")
            cells.setdefault(ROW if column is None else column, message)
    return found


def busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.hide()
    return bar


class PreviewPage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(
            self.tr(
                "Every row as it will be imported. Marked cells cannot be imported: point at one to see why."
            )
        )
        self.model = ImportPreviewModel(self)
        self.view = QTableView()
        self.view.setObjectName("importPreview")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAccessibleName(self.tr("Rows of the file, bad cells marked"))
        self.busy = busy_bar()
        self.counts = QLabel()
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        self.only_bad = QCheckBox(self.tr("Show only the rows with problems"))
        self.only_bad.toggled.connect(self.model.set_only_bad)
        self.skip_bad = QCheckBox()
        self.skip_bad.toggled.connect(self._skip_toggled)
        choices = QHBoxLayout()
        choices.addWidget(self.skip_bad)
        choices.addStretch(1)
        choices.addWidget(self.only_bad)
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.counts)
        layout.addLayout(choices)
        self._checked = False
        self._error = ""

    def initializePage(self) -> None:
        state = self.state
        if state.table is None:
            return
        self._checked = False
        self._error = ""
        self.busy.show()
        self.counts.setObjectName("mutedLabel")
        self._restyle()
        self.counts.setText(self.tr("Checking the rows ({0:,})…").format(len(state.table.rows)))
        self.skip_bad.hide()
        self.only_bad.hide()
        kind, table = state.kind, state.mapped_table()  # the columns as the importer reads them
        known = set(import_flow.columns(kind))  # a vCard address's stored parts are not shown
        shown = [index for index, target in enumerate(table.header) if target in known]
        targets = [table.header[index] for index in shown]
        rows = []
        for number, row in enumerate(table.rows):  # each value as the importer reads it (a formula-safe
            # leading ' removed); the first rows also say how dates and words are read
            cells = tuple(unescape_cell(row.cells[i]) if i < len(row.cells) else "" for i in shown)
            readings = (
                tuple(reading(target, cell) for target, cell in zip(targets, cells, strict=True))
                if number < READ_AS_ROWS
                else ()
            )
            rows.append(PreviewRow(row.line, cells, readings))
        self.model.set_rows([column_label(t) for t in targets], rows)
        self._shown_targets = targets
        self.completeChanged.emit()
        self.wizard().call("check", lambda: import_flow.check(kind, table), self._checked_rows, self._failed)

    def _checked_rows(self, checked: import_flow.Checked) -> None:
        state = self.state
        self.busy.hide()
        self._checked = True
        state.problems = checked.problems
        problems = cell_problems(checked.problems, self._shown_targets)
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        self.model.set_rows(
            [column_label(t) for t in self._shown_targets], [r for r in rows if r is not None], problems
        )
        for column in range(self.model.columnCount()):
            self.view.resizeColumnToContents(column)
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 260))
        bad, good = self.model.bad_count(), self.model.good_count()
        if bad:
            self.counts.setObjectName("fieldError")
            self.counts.setText(
                self.tr(
                    "Good rows: {0:,}. Rows with problems: {1:,} (marked). Fix them in the file and start "
                    "again, or skip them."
                ).format(good, bad)
            )
            self.skip_bad.setText(
                self.tr("&Skip the rows with problems ({0:,}) and import the others ({1:,})").format(
                    bad, good
                )
            )
            self.skip_bad.setVisible(good > 0)
            self.only_bad.show()
            self.skip_bad.setChecked(state.skip_bad and good > 0)
        else:
            self.counts.setObjectName("mutedLabel")
            self.counts.setText(self.tr("Every row is good ({0:,}).").format(good))
            state.skip_bad = False
        self._restyle()
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.busy.hide()
        self._error = message
        self.counts.setObjectName("fieldError")
        self._restyle()
        self.counts.setText(self.tr("The rows could not be checked: {0}").format(message))
        self.completeChanged.emit()

    def _skip_toggled(self, on: bool) -> None:
        self.state.skip_bad = on
        self.completeChanged.emit()

    def _restyle(self) -> None:
        self.counts.style().unpolish(self.counts)
        self.counts.style().polish(self.counts)

    def isComplete(self) -> bool:
        if not self._checked or self._error:
            return False
        if not self.state.problems:
            return self.model.total() > 0
        return self.state.skip_bad and self.model.good_count() > 0

    def nextId(self) -> int:
        return P_MATCH if self.state.kind == "customers" else P_SUMMARY


class SummaryPage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Ready to import"))
        self.setSubTitle(self.tr("This is what the import will do. Nothing has been written yet."))
        self.setCommitPage(True)
        self.busy = busy_bar()
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.figures = QFormLayout()
        self.figures.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.figures.setHorizontalSpacing(14)
        self.note = muted(
            self.tr(
                "Click Import to write all of it in one go. If anything goes wrong, nothing is written; "
                "and the import can be undone afterwards."
            )
        )
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.heading)
        layout.addSpacing(6)
        layout.addLayout(self.figures)
        layout.addSpacing(12)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.summary: ImportResult | None = None

    def initializePage(self) -> None:
        state = self.state
        self.summary = None
        state.summary = None
        while self.figures.rowCount():
            self.figures.removeRow(0)
        self.error.hide()
        self.busy.show()
        self.heading.setText(self.tr("Counting…"))
        self.completeChanged.emit()
        kind, table, targets = state.kind, state.final_table(), state.import_targets()
        self.wizard().call(
            "summary", lambda: import_flow.check(kind, table, targets), self._counted, self._failed
        )

    def _counted(self, checked: import_flow.Checked) -> None:
        self.busy.hide()
        if checked.result is None:
            lines = ", ".join(str(problem.line) for problem in checked.problems[:10])
            self._failed(self.tr("some rows cannot be imported (lines {0})").format(lines))
            return
        self.summary = checked.result
        self.state.summary = checked.result
        state = self.state
        name = state.path.name if state.path is not None else ""
        self.heading.setText(
            self.tr("{0} — rows to import: {1:,}").format(name, len(state.final_table().rows))
        )
        for label, value in self.figure_rows(checked.result):
            number = QLabel(f"{value:,}")
            number.setObjectName("importFigure")
            self.figures.addRow(label, number)
        self.completeChanged.emit()

    def figure_rows(self, result: ImportResult) -> list[tuple[str, int]]:
        counts = result.counts
        created = {
            "customers": self.tr("New customers:"),
            "interactions": self.tr("New contacts:"),
            "feedback": self.tr("New scores:"),
            "followups": self.tr("New follow-ups:"),
        }[self.state.kind]
        rows = [(created, counts.created)]
        if self.state.kind == "customers":
            rows.append((self.tr("Customers updated:"), counts.updated))
        rows.append((self.tr("Rows already stored (left out):"), counts.unchanged))
        if self.state.kind != "customers":
            rows.append((self.tr("New customers named in the rows:"), counts.new_customers))
            rows.append((self.tr("New staff members:"), counts.new_staff))
        else:
            rows.append((self.tr("New tags:"), counts.new_tags))
        if self.state.skip_bad:
            rows.append((self.tr("Bad rows skipped:"), len(self.state.bad_lines())))
        skipped = self.state.skipped_by_choice()
        if skipped:
            rows.append((self.tr("Rows you chose to skip:"), len(skipped)))
        return rows

    def _failed(self, message: str) -> None:
        self.busy.hide()
        self.heading.setText("")
        self.error.setText(self.tr("Cannot import: {0}").format(message))
        self.error.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.summary is not None

    def nextId(self) -> int:
        return P_RUN
