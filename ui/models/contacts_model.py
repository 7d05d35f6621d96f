"""The contacts table: rows of ``InteractionRow`` fetched a page at a time, sorted by the service in SQL.

``ContactsModel(fetch=None, parent=None, page_size=200)``: ``fetch(offset, limit, sort, descending)``
returns an ``InteractionPage`` (rows, total) and may raise ``CarebookError``; the page builds it from its
filters (the model never queries by itself). Pages are fetched off the UI thread (``ui.jobs``), so
scrolling deep into a month of 85,000 contacts or sorting them never freezes the window:

- ``reload(keep_rows=0, in_place=False)`` starts again from the first page (loading at least
  ``keep_rows`` rows, so a refresh keeps what was scrolled to); the old rows stay on screen until the new
  ones arrive; ``in_place``: then only the rows that differ change (``ui.models.row_sync``, no reset);
- ``canFetchMore``/``fetchMore`` add the next page as the view scrolls (one request at a time);
- ``sort(column, order)`` changes the SQL order for the columns of ``SORT_KEYS`` and reloads;
- ``loading`` tells whether a request is out; ``loaded(replaced)`` follows each answer and
  ``load_failed(message)`` a failure (then no more pages are asked for until the next reload);
- ``shutdown()`` waits for a running request (before the database closes).

Columns: date (local), customer, channel, direction, reason, summary, staff, status, wait, duration.
``ROW_ROLE`` gives the row, ``ID_ROLE`` its id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from carebook import clock
from carebook.services.interactions import InteractionPage, InteractionRow
from ui import icons, labels, style
from ui.jobs import BackgroundJobs
from ui.models.row_sync import sync_rows

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 200
MAX_KEEP = 5000

DATE, CUSTOMER, CHANNEL, DIRECTION, REASON, SUMMARY, STAFF, STATUS, WAIT, DURATION = range(10)
COLUMN_COUNT = 10
SORT_KEYS: dict[int, str] = {
    DATE: "occurred_at",
    CUSTOMER: "customer",
    CHANNEL: "channel",
    REASON: "reason",
    STAFF: "staff",
    STATUS: "status",
}

Fetch = Callable[[int, int, str, bool], InteractionPage]
Index = QModelIndex | QPersistentModelIndex


class ContactsModel(QAbstractTableModel):
    loaded = Signal(bool)  # True after a reload replaced the rows, False after a page was added
    load_failed = Signal(str)
    loading_changed = Signal(bool)

    def __init__(
        self, fetch: Fetch | None = None, parent: QObject | None = None, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.page_size = page_size
        self._rows: list[InteractionRow] = []
        self._total = 0
        self._loading = False
        self._in_place = False  # the answer to the reload changes only the rows that differ
        self.sort_key = "occurred_at"
        self.descending = True
        self._worker = BackgroundJobs(self)

    # -- loading ---------------------------------------------------------------------------------
    def set_fetch(self, fetch: Fetch) -> None:
        self._fetch = fetch

    @property
    def total(self) -> int:
        """How many contacts match, loaded or not."""
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    def reload(self, keep_rows: int = 0, *, in_place: bool = False) -> None:
        self._in_place = in_place
        self._request(0, max(self.page_size, min(keep_rows, MAX_KEEP)))

    def _request(self, offset: int, limit: int) -> None:
        fetch, sort, descending = self._fetch, self.sort_key, self.descending
        if fetch is None:
            return
        self._set_loading(True)
        self._worker.run(  # a newer request (a reload: other filters or order) drops this one's answer
            "page",
            lambda: fetch(offset, limit, sort, descending),
            done=partial(self._on_done, offset),
            failed=self._on_failed,
        )

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _on_done(self, offset: int, page: InteractionPage) -> None:
        self._set_loading(False)
        if offset == 0:
            if self._in_place:
                sync_rows(self, self._rows, page.rows, columns=COLUMN_COUNT)
            else:
                self.beginResetModel()
                self._rows = list(page.rows)
                self.endResetModel()
            self._total = max(page.total, len(self._rows))
            self.loaded.emit(True)
            return
        known = {row.id for row in self._rows}
        fresh = [row for row in page.rows if row.id not in known]  # rows shifted by a change meanwhile
        self._total = max(page.total, len(self._rows) + len(fresh)) if fresh else len(self._rows)
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        self.loaded.emit(False)

    def _on_failed(self, message: str) -> None:
        self._set_loading(False)
        self._total = len(self._rows)  # stop asking for pages until the next reload
        self.load_failed.emit(message)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request(len(self._rows), self.page_size)

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Block until the worker is idle (its answers are then delivered by the event loop)."""
        return self._worker.wait_idle(timeout_ms)

    def shutdown(self) -> None:
        self._worker.shutdown()
        self._set_loading(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.reload(keep_rows=0)

    def sort_column(self) -> int:
        return next(column for column, key in SORT_KEYS.items() if key == self.sort_key)

    # -- rows ------------------------------------------------------------------------------------
    def row_at(self, row: int) -> InteractionRow:
        return self._rows[row]

    def rows(self) -> list[InteractionRow]:
        return list(self._rows)

    def row_of(self, interaction_id: int) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == interaction_id), -1)

    def replace(self, updated: Iterable[InteractionRow]) -> None:
        """Show changed contacts (after resolve/reopen) without reloading."""
        for new in updated:
            row = self.row_of(new.id)
            if row >= 0:
                self._rows[row] = new
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section in SORT_KEYS:
                return self.tr("Click to sort by this column")
            return self.tr("Sort by date, customer, channel, reason, staff or status")
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (WAIT, DURATION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Customer"),
            self.tr("Channel"),
            self.tr("Direction"),
            self.tr("Reason"),
            self.tr("Summary"),
            self.tr("Staff"),
            self.tr("Status"),
            self.tr("Wait"),
            self.tr("Duration"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == CHANNEL:
            return icons.icon(labels.channel_icon_name(row.channel))
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS and row.is_open:
            return QColor(style.current_scheme().warning)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (WAIT, DURATION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        return None

    def _text(self, row: InteractionRow, column: int) -> str:
        if column == DATE:
            return clock.to_local(row.occurred_at).strftime("%Y-%m-%d %H:%M")
        if column == CUSTOMER:
            return row.customer_name
        if column == CHANNEL:
            return labels.channel(row.channel)
        if column == DIRECTION:
            return labels.direction(row.direction)
        if column == REASON:
            return labels.reason(row.reason)
        if column == SUMMARY:
            return " ".join(row.summary.split()) or " ".join(row.notes.split())[:200]
        if column == STAFF:
            return row.staff_name
        if column == STATUS:
            return labels.status(row.status)
        value = row.waited_minutes if column == WAIT else row.duration_minutes
        return "" if value is None else self.tr("{0} min").format(value)

    def _tooltip(self, row: InteractionRow, column: int) -> str | None:
        if column == CUSTOMER:
            return row.customer_name
        if column == SUMMARY:
            parts = [row.summary.strip(), row.notes.strip()]
            text = "\n\n".join(part for part in parts if part)
            return text[:1000] if text else None
        if column == STATUS and row.resolved_at is not None:
            when = clock.to_local(row.resolved_at).strftime("%Y-%m-%d %H:%M")
            if row.resolved_first_contact:
                return self.tr("Resolved in the first contact, {0}").format(when)
            return self.tr("Resolved {0}").format(when)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
