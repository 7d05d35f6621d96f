"""A table model over the rows of a file being imported, with each invalid cell marked and explained.

``ImportPreviewModel.set_rows(columns, rows, problems)``: ``columns`` are the headings to show (one per
cell of the file), ``rows`` the file's rows (``PreviewRow``: line and cells) and ``problems`` the reasons
the importer gave, by line: ``{line: {column_index: reason}}``, where ``ROW`` (-1) holds a reason about the
whole row. The first column is the line of the file. A bad cell gets the error colour (``BackgroundRole``),
a warning icon (``DecorationRole``) and the reason as its tooltip; a bad row's line number gets the icon
and every reason of the row. ``set_only_bad(True)`` shows only the rows with problems. The model never
reads the file or the database: the wizard hands it what the core found.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ui import icons, style

ROW = -1
BAD_ROLE = Qt.ItemDataRole.UserRole + 1  # True for a bad cell (or, in the line column, a bad row)
LINE_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
_MAX_CELL = 200  # characters shown in a cell; the tooltip holds the rest


@dataclass(frozen=True)
class PreviewRow:
    line: int
    cells: tuple[str, ...]
    readings: tuple[str, ...] = ()  # per cell, how the import reads it when not as written ("" if as is)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportPreviewModel", text)


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[str] = []
        self._rows: list[PreviewRow] = []
        self._problems: dict[int, dict[int, str]] = {}
        self._shown: list[int] = []  # indexes into _rows
        self._only_bad = False

    # -- data in ------------------------------------------------------------------------------------
    def set_rows(
        self,
        columns: Sequence[str],
        rows: Sequence[PreviewRow],
        problems: Mapping[int, Mapping[int, str]] | None = None,
    ) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self._rows = list(rows)
        self._problems = {line: dict(cells) for line, cells in (problems or {}).items() if cells}
        self._shown = self._visible()
        self.endResetModel()

    def set_only_bad(self, only_bad: bool) -> None:
        if only_bad == self._only_bad:
            return
        self.beginResetModel()
        self._only_bad = only_bad
        self._shown = self._visible()
        self.endResetModel()

    def _visible(self) -> list[int]:
        if not self._only_bad:
            return list(range(len(self._rows)))
        return [i for i, row in enumerate(self._rows) if row.line in self._problems]

    # -- what it holds ------------------------------------------------------------------------------
    def bad_lines(self) -> list[int]:
        return sorted(self._problems)

    def bad_count(self) -> int:
        return sum(1 for row in self._rows if row.line in self._problems)

    def good_count(self) -> int:
        return len(self._rows) - self.bad_count()

    def total(self) -> int:
        return len(self._rows)

    def problem(self, line: int, column: int) -> str:
        return self._problems.get(line, {}).get(column, "")

    def row_at(self, row: int) -> PreviewRow | None:
        return self._rows[self._shown[row]] if 0 <= row < len(self._shown) else None

    # -- the model --------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("ImportPreviewModel", "Line")
                if section == 0
                else self._columns[section - 1]
            )
        if role == Qt.ItemDataRole.ToolTipRole and section == 0:
            return QCoreApplication.translate(
                "ImportPreviewModel", "The line of the file (the header is line 1)"
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None or not 0 <= index.column() <= len(self._columns):
            return None
        problems = self._problems.get(row.line, {})
        if index.column() == 0:
            return self._line_data(row, problems, role)
        column = index.column() - 1
        text = row.cells[column] if column < len(row.cells) else ""
        reading = row.readings[column] if column < len(row.readings) else ""
        reason = problems.get(column, "")
        if role == Qt.ItemDataRole.DisplayRole:
            flat = " ".join(text.split())
            flat = flat if len(flat) <= _MAX_CELL else flat[: _MAX_CELL - 1] + "…"
            return (
                QCoreApplication.translate("ImportPreviewModel", "{0} → {1}").format(flat, reading)
                if reading and not reason
                else flat
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            if reason:
                return QCoreApplication.translate("ImportPreviewModel", "{0}: {1}").format(
                    self._columns[column], reason
                )
            if reading:
                return QCoreApplication.translate("ImportPreviewModel", "“{0}” is read as {1}").format(
                    text, reading
                )
            return text if len(text) > 30 or "\n" in text else None
        if role == BAD_ROLE:
            return bool(reason)
        if role == LINE_ROLE:
            return row.line
        if reason and role == Qt.ItemDataRole.DecorationRole:
            return icons.icon("warning", style.current_scheme().error)
        if reason and role == Qt.ItemDataRole.BackgroundRole:
            color = QColor(style.current_scheme().error)
            color.setAlpha(48)
            return QBrush(color)
        return None

    def _line_data(self, row: PreviewRow, problems: dict[int, str], role: int) -> Any:
        bad = bool(problems)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row.line)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == BAD_ROLE:
            return bad
        if role == LINE_ROLE:
            return row.line
        if not bad:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon("warning", style.current_scheme().error)
        if role == Qt.ItemDataRole.ToolTipRole:
            reasons = []
            for column, reason in sorted(problems.items()):
                name = (
                    QCoreApplication.translate("ImportPreviewModel", "Row")
                    if column == ROW
                    else self._columns[column]
                )
                reasons.append(
                    QCoreApplication.translate("ImportPreviewModel", "{0}: {1}").format(name, reason)
                )
            return "\n".join(reasons)
        if role == Qt.ItemDataRole.BackgroundRole and ROW in problems:
            color = QColor(style.current_scheme().error)
            color.setAlpha(48)
            return QBrush(color)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
