"""The base of the small table models: a list of rows the page hands over, under fixed, translated columns.

``RowsTableModel`` holds the rows (``_set_rows(rows)`` resets the view; ``row_at(row)`` is None outside
the list; ``_row_of(index)`` the row of a valid index) and answers ``rowCount``, ``columnCount`` and the
horizontal ``headerData`` titles: ``COLUMNS`` are source texts declared with ``QT_TRANSLATE_NOOP`` in the
subclass's ``CONTEXT``. Rows are read-only (``flags``) unless a subclass says otherwise. Subclasses give
``data``. The
model never queries; the rows come from a service, through the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    CONTEXT = ""
    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def tr_column(self, section: int) -> str:
        return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section])

    def _set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _row_of(self, index: Index) -> Any | None:
        return self.row_at(index.row()) if index.isValid() else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Read-only rows: enabled and selectable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.COLUMNS):
            return self.tr_column(section)
        return None
