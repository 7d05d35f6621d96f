"""A lazily paged table model over follow-ups (``carebook.services.followups.FollowupRow`` rows).

The model never queries: it is handed a ``Fetch`` callable ``fetch(offset, limit, sort, descending) ->
FollowupPage`` (the page binds its filters into it) and asks it for the first page on ``reload()`` and
for further pages through ``canFetchMore``/``fetchMore`` as the view scrolls. Sorting is done by the
service in SQL: ``sort(column, order)`` maps the column to a service sort key and reloads. Columns that
the service cannot sort by (state, note, origin) are ignored by ``sort``; ``sortable_columns`` narrows
that further when a filter needs a fixed order.

``update_states(now_local)`` re-judges each row's state (a follow-up due at 14:00 turns overdue at
14:00) without reading anything, for the window's minute tick.

Roles: display text; ``ToolTipRole`` the whole text (note, dates with weekday); ``DecorationRole`` the
state marker (an icon whose shape differs per state, coloured per palette, white on a selected row);
``ForegroundRole`` the state colour; ``ROW_ROLE`` the ``FollowupRow``; ``ID_ROLE`` its id.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from carebook import clock
from carebook.errors import CarebookError
from carebook.services.followup_rows import state_of
from carebook.services.followups import FollowupPage, FollowupRow
from ui import labels, style
from ui.models.followup_format import (
    done_text,
    due_text,
    first_line,
    format_clock,
    format_long_day,
    origin_label,
    rich_tooltip,
    state_color,
    state_icon,
    state_label,
    state_tooltip,
)
from ui.models.row_sync import sync_rows
from ui.translate_noop import QT_TRANSLATE_NOOP

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 200
MAX_RELOAD = 2000  # a refresh reloads as many rows as were shown, up to this many

Fetch = Callable[[int, int, str, bool], FollowupPage]
Index = QModelIndex | QPersistentModelIndex


_CONTEXT = "FollowupsModel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


COLUMNS: tuple[str, ...] = ("due", "state", "customer", "note", "assignee", "priority", "origin", "done")
_HEADERS = {
    "due": QT_TRANSLATE_NOOP("FollowupsModel", "Due"),
    "state": QT_TRANSLATE_NOOP("FollowupsModel", "State"),
    "customer": QT_TRANSLATE_NOOP("FollowupsModel", "Customer"),
    "note": QT_TRANSLATE_NOOP("FollowupsModel", "Note"),
    "assignee": QT_TRANSLATE_NOOP("FollowupsModel", "Assigned to"),
    "priority": QT_TRANSLATE_NOOP("FollowupsModel", "Priority"),
    "origin": QT_TRANSLATE_NOOP("FollowupsModel", "Origin"),
    "done": QT_TRANSLATE_NOOP("FollowupsModel", "Done"),
}
SORT_KEYS: dict[str, str] = {
    "due": "due_on",
    "customer": "customer",
    "assignee": "assignee",
    "priority": "priority",
    "done": "done_at",
}


def _stands_out(row: FollowupRow, column: str) -> bool:
    """Overdue states and high priorities are bold, so they stand out in black and white too."""
    return (column == "state" and row.state == "overdue") or (column == "priority" and row.priority == "high")


class FollowupsModel(QAbstractTableModel):
    failed = Signal(str)  # a page could not be read: the message to show
    loaded = Signal()  # rows were reset or appended

    def __init__(self, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._fetch: Fetch | None = None
        self._rows: list[FollowupRow] = []
        self._total = 0
        self.sort_column = COLUMNS.index("due")
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.sortable_columns: set[str] = set(SORT_KEYS)
        self._today = clock.today()

    # -- loading ---------------------------------------------------------------------------------
    def set_fetcher(self, fetch: Fetch) -> None:
        self._fetch = fetch

    @property
    def total(self) -> int:
        """How many follow-ups match, loaded or not."""
        return self._total

    @property
    def sort_key(self) -> str:
        return SORT_KEYS[COLUMNS[self.sort_column]]

    @property
    def descending(self) -> bool:
        return self.sort_order == Qt.SortOrder.DescendingOrder

    def reload(self, keep: int = 0, *, in_place: bool = False) -> None:
        """Read the first page again (at least ``keep`` rows, so a refresh keeps the scrolled rows);
        ``in_place``: change only the rows that differ (``ui.models.row_sync``) instead of a reset."""
        if self._fetch is None:
            return
        limit = min(max(self.page_size, keep), MAX_RELOAD)
        self._today = clock.today()
        page = self._fetch(0, limit, self.sort_key, self.descending)
        if in_place:
            sync_rows(self, self._rows, page.rows, columns=len(COLUMNS))
        else:
            self.beginResetModel()
            self._rows = list(page.rows)
            self.endResetModel()
        self._total = max(page.total, len(self._rows))
        self.loaded.emit()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._total = 0
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        try:
            page = self._fetch(len(self._rows), self.page_size, self.sort_key, self.descending)
        except CarebookError as error:
            self._total = len(self._rows)
            self.failed.emit(str(error))
            return
        known = {row.id for row in self._rows}
        fresh = [row for row in page.rows if row.id not in known]  # rows may shift between pages
        if not fresh:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self.endInsertRows()
        self._total = max(page.total, len(self._rows))
        self.loaded.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column] not in self.sortable_columns:
            return
        if (column, order) == (self.sort_column, self.sort_order):
            return
        self.sort_column, self.sort_order = column, order
        try:
            self.reload()
        except CarebookError as error:
            self.failed.emit(str(error))

    def can_sort(self, column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column] in self.sortable_columns

    def update_states(self, now_local: datetime) -> None:
        """Re-judge the rows' states as of ``now_local``; repaint the rows whose state changed."""
        self._today = now_local.date()
        changed = []
        for number, row in enumerate(self._rows):
            state = state_of(row.due_on, row.due_time, row.done_at is not None, now_local)
            if state != row.state:
                self._rows[number] = replace(row, state=state)
                changed.append(number)
        for number in changed:
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))

    # -- rows ------------------------------------------------------------------------------------
    def row(self, row: int) -> FollowupRow:
        return self._rows[row]

    def rows(self) -> Sequence[FollowupRow]:
        return tuple(self._rows)

    def row_of(self, followup_id: int) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == followup_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        name = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[name])
        if role == Qt.ItemDataRole.ToolTipRole:
            if name in self.sortable_columns:
                return QCoreApplication.translate("FollowupsModel", "Click to sort by this column")
            return QCoreApplication.translate("FollowupsModel", "This column cannot be sorted")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(row, column)
            return f"{_tr(_HEADERS[column])}: {text}" if text else _tr(_HEADERS[column])
        if role == Qt.ItemDataRole.DecorationRole and column == "state":
            return state_icon(row.state)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.FontRole and _stands_out(row, column):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: FollowupRow, column: str) -> str:
        if column == "due":
            return due_text(row)
        if column == "state":
            return state_label(row.state)
        if column == "customer":
            return row.customer_name
        if column == "note":
            return first_line(row.note)
        if column == "assignee":
            return row.assignee_name or QCoreApplication.translate("FollowupsModel", "Nobody")
        if column == "priority":
            return labels.priority(row.priority)
        if column == "origin":
            return origin_label(row.origin, row.interaction_id is not None)
        return done_text(row)

    def _tooltip(self, row: FollowupRow, column: str) -> str:
        if column == "due":
            when = format_long_day(row.due_on)
            if row.due_time is not None:
                return QCoreApplication.translate("FollowupsModel", "{0} at {1}").format(
                    when, format_clock(row.due_time)
                )
            return QCoreApplication.translate("FollowupsModel", "{0}, any time of the day").format(when)
        if column == "state":
            return state_tooltip(row, self._today)
        if column == "note":
            return rich_tooltip(row.note) if row.note else ""
        if column == "assignee" and not row.assignee_name:
            return QCoreApplication.translate("FollowupsModel", "Not assigned to anyone yet")
        if column == "done" and row.done_at is not None:
            return state_tooltip(row, self._today)
        if column == "origin" and row.interaction_id is not None:
            return QCoreApplication.translate(
                "FollowupsModel", "Made from a contact: double-click to open that contact"
            )
        return self._text(row, column)

    def _foreground(self, row: FollowupRow, column: str) -> QBrush | None:
        if column == "state":
            return QBrush(state_color(row.state))
        if column == "origin" and row.interaction_id is not None:
            return QBrush(QColor(style.current_scheme().link))
        if column in ("origin", "done") or (column == "assignee" and not row.assignee_name):
            return QBrush(QColor(style.current_scheme().muted))
        if column == "priority" and row.priority != "high":
            return QBrush(QColor(style.current_scheme().muted))
        return None
