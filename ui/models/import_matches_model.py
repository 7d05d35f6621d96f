"""A table model over ``carebook.exchange.matching.CustomerMatch`` rows, with the user's choice per row.

Columns: the line of the file, the row (name, email or phone), the customer already stored that it looks
like, why (the core's reasons), and what to do: update that customer, skip the row, or add it as a new
customer. The last column is editable (``EditRole`` takes ``UPDATE`` / ``SKIP`` / ``CREATE``; the wizard's
delegate shows a combo box); ``set_choice(rows, choice)`` sets several at once ("apply to all"). Each
choice starts as the core's suggestion. The model never queries: the wizard hands it the matches.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from carebook.exchange.matching import CREATE, UPDATE, CustomerMatch
from ui.models.duplicates_model import reason_text, side_details
from ui.models.rows_table import Index, RowsTableModel
from ui.translate_noop import QT_TRANSLATE_NOOP

SKIP = "skip"
CHOICES: tuple[str, ...] = (UPDATE, SKIP, CREATE)
CHOICE_COLUMN = 4
MATCH_ROLE = Qt.ItemDataRole.UserRole + 1
_CONTEXT = "ImportMatchesModel"

COLUMNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ImportMatchesModel", "Line"),
    QT_TRANSLATE_NOOP("ImportMatchesModel", "In the file"),
    QT_TRANSLATE_NOOP("ImportMatchesModel", "Already in Carebook"),
    QT_TRANSLATE_NOOP("ImportMatchesModel", "Why"),
    QT_TRANSLATE_NOOP("ImportMatchesModel", "What to do"),
)
CHOICE_LABELS = {
    UPDATE: QT_TRANSLATE_NOOP("ImportMatchesModel", "Update this customer"),
    SKIP: QT_TRANSLATE_NOOP("ImportMatchesModel", "Skip the row"),
    CREATE: QT_TRANSLATE_NOOP("ImportMatchesModel", "Add as a new customer"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def choice_label(choice: str) -> str:
    return _tr(CHOICE_LABELS[choice])


def row_text(match: CustomerMatch) -> str:
    extra = match.email or match.phone
    return f"{match.name} · {extra}" if extra else match.name


def stored_text(match: CustomerMatch) -> str:
    side = match.customer
    extra = side.email or side.phone or side.company
    return f"{side.name} · {extra}" if extra else side.name


class ImportMatchesModel(RowsTableModel):
    CONTEXT = _CONTEXT
    COLUMNS = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices: list[str] = []

    # -- data in and out ------------------------------------------------------------------------------
    def set_matches(self, matches: Sequence[CustomerMatch], choices: dict[int, str] | None = None) -> None:
        """Show ``matches``; each choice is the one in ``choices`` (by line), else the core's suggestion."""
        earlier = choices or {}
        rows = list(matches)
        self.beginResetModel()  # rows and choices change together
        self._rows = rows
        self._choices = [earlier.get(match.line, match.suggested) for match in rows]
        self.endResetModel()

    def set_choice(self, rows: Iterable[int] | None, choice: str) -> None:
        """Choose ``choice`` for these rows (None: every row)."""
        if choice not in CHOICES:
            raise ValueError(choice)
        chosen = range(len(self._rows)) if rows is None else rows
        for row in chosen:
            if 0 <= row < len(self._choices) and self._choices[row] != choice:
                self._choices[row] = choice
                index = self.index(row, CHOICE_COLUMN)
                self.dataChanged.emit(index, index)

    def choices(self) -> dict[int, str]:
        """The choice for each matching row, by its line in the file."""
        return {match.line: choice for match, choice in zip(self._rows, self._choices, strict=True)}

    def targets(self) -> dict[int, int | None]:
        """For the importer: line -> the customer to update, or None to add a new one (skips left out)."""
        found: dict[int, int | None] = {}
        for match, choice in zip(self._rows, self._choices, strict=True):
            if choice == UPDATE:
                found[match.line] = match.customer.id
            elif choice == CREATE:
                found[match.line] = None
        return found

    def skipped(self) -> set[int]:
        return {match.line for match, choice in zip(self._rows, self._choices, strict=True) if choice == SKIP}

    def count(self, choice: str) -> int:
        return sum(1 for chosen in self._choices if chosen == choice)

    def match_at(self, row: int) -> CustomerMatch | None:
        return self.row_at(row)

    # -- the model --------------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        match: CustomerMatch | None = self._row_of(index)
        if match is None:
            return None
        column = index.column()
        if role == MATCH_ROLE:
            return match
        if column == CHOICE_COLUMN and role == Qt.ItemDataRole.EditRole:
            return self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(match.line),
                row_text(match),
                stored_text(match),
                ", ".join(reason_text(reason) for reason in match.reasons),
                choice_label(self._choices[index.row()]),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 1:
                return "\n".join(part for part in (match.name, match.email, match.phone) if part)
            if column == 2:
                return side_details(match.customer)
            if column == 3:
                return ", ".join(reason_text(reason) for reason in match.reasons)
            if column == CHOICE_COLUMN:
                return QCoreApplication.translate("ImportMatchesModel", "Double-click or press F2 to choose")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != CHOICE_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        if value not in CHOICES or not 0 <= index.row() < len(self._choices):
            return False
        self.set_choice([index.row()], str(value))
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == CHOICE_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags
