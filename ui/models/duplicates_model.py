"""A table model over ``carebook.services.duplicates.DuplicatePair`` rows: likely duplicates, best first.

Columns: the two names (the tooltip holds company, email, phone and number of each), why they look
alike, and how likely (the core's score as a percentage). ``PAIR_ROLE`` gives the
``DuplicatePair``. The model never queries: ``set_pairs`` hands it the rows the service found;
``drop_customers(ids)`` removes the pairs of customers merged away.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from carebook.services.duplicates import DuplicatePair, DuplicateSide
from ui import numbers
from ui.models.rows_table import Index, RowsTableModel
from ui.translate_noop import QT_TRANSLATE_NOOP

PAIR_ROLE = Qt.ItemDataRole.UserRole + 1
_CONTEXT = "DuplicatesModel"

COLUMNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("DuplicatesModel", "Customers"),
    QT_TRANSLATE_NOOP("DuplicatesModel", "Why"),
    QT_TRANSLATE_NOOP("DuplicatesModel", "Likely"),
)
# The reasons the service gives, translated (a similar-name reason carries its percentage).
REASONS = {
    "same email": QT_TRANSLATE_NOOP("DuplicatesModel", "same email"),
    "same phone": QT_TRANSLATE_NOOP("DuplicatesModel", "same phone"),
    "same name": QT_TRANSLATE_NOOP("DuplicatesModel", "same name"),
    "similar names": QT_TRANSLATE_NOOP("DuplicatesModel", "similar names"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def reason_text(reason: str) -> str:
    base, _, rest = reason.partition(" (")
    if base in REASONS:
        return _tr(REASONS[base]) + (f" ({rest}" if rest else "")
    return reason


def side_details(side: DuplicateSide) -> str:
    """The lines a tooltip shows for one record: name, company, email, phone, number."""
    lines = [side.name]
    lines.extend(value for value in (side.company, side.email, side.phone) if value)
    lines.append(QCoreApplication.translate("DuplicatesModel", "Customer number {0}").format(side.id))
    return "\n".join(lines)


def pair_text(pair: DuplicatePair) -> str:
    return f"{pair.a.name} ↔ {pair.b.name}"


class DuplicatesModel(RowsTableModel):
    CONTEXT = _CONTEXT
    COLUMNS = COLUMNS

    # -- data in ------------------------------------------------------------------------------------
    def set_pairs(self, pairs: Sequence[DuplicatePair]) -> None:
        self._set_rows(pairs)

    def drop_customers(self, ids: Iterable[int]) -> None:
        """Remove the pairs that name any of these customers (one was merged away)."""
        gone = set(ids)
        for row in range(len(self._rows) - 1, -1, -1):
            pair = self._rows[row]
            if pair.a.id in gone or pair.b.id in gone:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()

    def pair(self, row: int) -> DuplicatePair | None:
        return self.row_at(row)

    def pairs(self) -> list[DuplicatePair]:
        return list(self._rows)

    # -- the model --------------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        pair: DuplicatePair | None = self._row_of(index)
        if pair is None:
            return None
        column = index.column()
        if role == PAIR_ROLE:
            return pair
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return pair_text(pair)
            if column == 1:
                return ", ".join(reason_text(reason) for reason in pair.reasons)
            if column == 2:
                return numbers.percent(pair.score * 100, 0)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return f"{side_details(pair.a)}\n\n{side_details(pair.b)}"
            if column == 1:
                return ", ".join(reason_text(reason) for reason in pair.reasons)
            if column == 2:
                return QCoreApplication.translate(
                    "DuplicatesModel", "How likely these two are one customer, from what they share"
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
