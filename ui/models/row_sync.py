"""Bring a model's list of rows up to date in place: no reset, so the view keeps selection and scroll.

``sync_rows(model, rows, new, key=..., columns=n)`` turns ``rows`` (the model's own list, which its
``rowCount`` and ``data`` read) into ``new`` the way a view can follow without starting over: rows
that went are removed, rows that moved are moved (a layout change that carries the selection, the
current cell and every persistent index along by key), rows that came are inserted, and only rows
whose values differ are repainted (``dataChanged``). Rows are matched by ``key`` (their id); keys are
unique within a list. Returns True when anything changed.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex

_Model = QAbstractItemModel

Key = Callable[[Any], Hashable]


def _by_id(row: Any) -> Hashable:
    return row.id


def _runs(numbers: Sequence[int]) -> list[tuple[int, int]]:
    """Consecutive runs of ascending ``numbers`` as (first, last) pairs."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and runs[-1][1] == number - 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs


def sync_rows(
    model: QAbstractItemModel, rows: list[Any], new: Sequence[Any], *, columns: int, key: Key = _by_id
) -> bool:
    wanted = [key(row) for row in new]
    wanted_set = set(wanted)
    changed = False
    # 1. rows that went, from the bottom up so the numbers above stay right
    gone = [number for number, row in enumerate(rows) if key(row) not in wanted_set]
    for first, last in reversed(_runs(gone)):
        model.beginRemoveRows(QModelIndex(), first, last)
        del rows[first : last + 1]
        model.endRemoveRows()
        changed = True
    # 2. rows that stayed but moved: one layout change, persistent indexes follow their rows
    kept = {key(row) for row in rows}
    order = [k for k in wanted if k in kept]
    if [key(row) for row in rows] != order:
        _reorder(model, rows, order, key)
        changed = True
    # 3. rows that came, at their places
    number = 0
    while number < len(new):
        if number < len(rows) and key(rows[number]) == wanted[number]:
            number += 1
            continue
        end = number
        while end < len(new) and wanted[end] not in kept:
            end += 1
        model.beginInsertRows(QModelIndex(), number, end - 1)
        rows[number:number] = list(new[number:end])
        model.endInsertRows()
        changed = True
        number = end
    # 4. rows whose values changed: repainted, nothing else
    differ = [number for number, row in enumerate(new) if rows[number] != row]
    for number in differ:
        rows[number] = new[number]
    for first, last in _runs(differ):
        model.dataChanged.emit(model.index(first, 0), model.index(last, columns - 1))
        changed = True
    return changed


def _reorder(model: _Model, rows: list[Any], order: list[Hashable], key: Key) -> None:
    model.layoutAboutToBeChanged.emit()
    place = {k: number for number, k in enumerate(order)}
    moved_to = [place[key(row)] for row in rows]
    by_key = {key(row): row for row in rows}
    rows[:] = [by_key[k] for k in order]
    for index in model.persistentIndexList():
        if index.isValid() and index.row() < len(moved_to):
            model.changePersistentIndex(index, model.index(moved_to[index.row()], index.column()))
    model.layoutChanged.emit()
