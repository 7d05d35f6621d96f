"""Rows brought up to date in place: selection, current cell and scroll stay, only what changed repaints."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from ui.models.row_sync import sync_rows


@dataclass(frozen=True)
class Row:
    id: int
    text: str


class Model(QAbstractTableModel):
    def __init__(self, rows: list[Row]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.rows[index.row()]
            return row.text if index.column() else str(row.id)
        return None

    def sync(self, new: list[Row]) -> bool:
        return sync_rows(self, self.rows, new, columns=2)


def _rows(*ids: int, text: str = "") -> list[Row]:
    return [Row(i, text or f"row {i}") for i in ids]


def _watch(model: Model) -> list[str]:
    seen: list[str] = []
    model.modelReset.connect(lambda: seen.append("reset"))
    model.rowsInserted.connect(lambda _p, first, last: seen.append(f"insert {first}-{last}"))
    model.rowsRemoved.connect(lambda _p, first, last: seen.append(f"remove {first}-{last}"))
    model.layoutChanged.connect(lambda *_: seen.append("layout"))
    model.dataChanged.connect(lambda top, bottom, *_: seen.append(f"changed {top.row()}-{bottom.row()}"))
    return seen


def _select(view: QTableView, row: int) -> None:
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(view.model().index(row, 1), flags)


def _selected_ids(view: QTableView, model: Model) -> list[int]:
    return sorted(model.rows[index.row()].id for index in view.selectionModel().selectedRows())


def test_only_the_changed_rows_repaint(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = Model(_rows(1, 2, 3, 4))
    seen = _watch(model)
    new = _rows(1, 2, 3, 4)
    new[2] = Row(3, "changed")
    assert model.sync(new)
    assert seen == ["changed 2-2"] and model.rows == new
    assert not model.sync(list(new)) and seen == ["changed 2-2"]
    qtmodeltester.check(model)


def test_rows_come_and_go_in_place_and_the_selection_stays(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = Model(_rows(*range(1, 60)))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 200)
    view.show()
    _select(view, 40)  # id 41
    view.verticalScrollBar().setValue(20)
    seen = _watch(model)
    new = [row for row in _rows(*range(1, 60)) if row.id not in (3, 4, 50)] + _rows(99)
    new.insert(10, Row(70, "came"))
    model.sync(new)
    assert "reset" not in seen and model.rows == new
    assert seen[:3] == ["remove 49-49", "remove 2-3", "insert 10-10"]
    assert _selected_ids(view, model) == [41]
    assert model.rows[view.currentIndex().row()].id == 41 and view.currentIndex().column() == 1
    assert view.verticalScrollBar().value() == 20


def test_a_row_that_moved_stays_selected(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = Model(_rows(1, 2, 3, 4, 5))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    _select(view, 1)  # id 2
    seen = _watch(model)
    new = _rows(1, 3, 4, 5, 2)
    new[4] = Row(2, "moved and changed")
    model.sync(new)
    assert seen == ["layout", "changed 4-4"]
    assert _selected_ids(view, model) == [2] and view.currentIndex().row() == 4
