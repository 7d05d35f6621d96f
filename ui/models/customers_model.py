"""The customers table over 100,000 rows: a sparse cache of pages read on demand, sorted in SQL.

``CustomersModel(parent=None, page_size=200)`` holds no query of its own: ``set_loader(loader)`` gives it
``loader(offset, limit, sort, descending) -> CustomerPage | None`` (None when the read failed; the page
says why). ``rowCount`` is the total the service reports, so the scroll bar is true from the start; a
row's page of ``page_size`` rows is read the first time any of its rows is asked for (a view asks only
for the rows it shows), and at most ``max_pages`` pages stay cached (least recently used go first).

``reload()`` starts again (first page read at once, for the total); ``refresh()`` reads the cached rows
again and changes only those that differ (no reset: selection and scroll stay); ``sort(column, order)``
changes the SQL order for the columns of ``SORT_KEYS`` (not the others: ``can_sort``) and reloads.
``row(n)`` reads and returns a row (or None), ``peek(n)`` only looks in the cache, ``row_of(id)``
searches the cached pages, ``ids_between(first, last)`` reads what it must. ``outdated`` is emitted when
a page disagrees with the total (customers came or went since): the page should reload.

Columns: name, company, phone (``carebook.contact_info.display_phone``), email, tags, last contact
("3 days ago", the local date and time in the tooltip), open follow-ups, last score ("CSAT 4").
What a colour marks (a low or high score, a number kept as typed) has an icon and words too (tooltip,
``AccessibleTextRole``). ``ROW_ROLE`` gives the ``CustomerRow``, ``ID_ROLE`` its id.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon

from carebook import clock, vocab
from carebook.services.customers import CustomerPage, CustomerRow
from ui import icons, labels, style
from ui.models.customer_cells import phone_text, score_mood, score_text
from ui.models.row_sync import sync_rows
from ui.translate_noop import QT_TRANSLATE_NOOP
from ui.widgets.relative_time import ago, local_stamp

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 200
MAX_PAGES = 100

Loader = Callable[[int, int, str, bool], CustomerPage | None]
Index = QModelIndex | QPersistentModelIndex

_CONTEXT = "CustomersModel"
COLUMNS: tuple[str, ...] = (
    "name",
    "company",
    "phone",
    "email",
    "tags",
    "last_contact",
    "open_followups",
    "last_score",
)
_HEADERS = {
    "name": QT_TRANSLATE_NOOP("CustomersModel", "Name"),
    "company": QT_TRANSLATE_NOOP("CustomersModel", "Company"),
    "phone": QT_TRANSLATE_NOOP("CustomersModel", "Phone"),
    "email": QT_TRANSLATE_NOOP("CustomersModel", "Email"),
    "tags": QT_TRANSLATE_NOOP("CustomersModel", "Tags"),
    "last_contact": QT_TRANSLATE_NOOP("CustomersModel", "Last contact"),
    "open_followups": QT_TRANSLATE_NOOP("CustomersModel", "Follow-ups"),
    "last_score": QT_TRANSLATE_NOOP("CustomersModel", "Last score"),
}
# Table column -> the sort key of ``customers.list_customers`` (phone, email and tags are not sortable).
SORT_KEYS: dict[str, str] = {
    "name": "name",
    "company": "company",
    "last_contact": "last_contact",
    "open_followups": "open_followups",
    "last_score": "last_score",
}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class CustomersModel(QAbstractTableModel):
    outdated = Signal()  # a page read disagreed with the total: reload

    def __init__(
        self, parent: QObject | None = None, *, page_size: int = PAGE_SIZE, max_pages: int = MAX_PAGES
    ) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.max_pages = max_pages
        self._loader: Loader | None = None
        self._pages: OrderedDict[int, tuple[CustomerRow, ...]] = OrderedDict()
        self._failed: set[int] = set()  # pages that could not be read since the last reload
        self._total = 0
        self.region = ""
        self.trash_view = False
        self.sort_column = COLUMNS.index("name")
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._now = clock.local_now()
        self._outdated_pending = False
        self._syncing: list[CustomerRow] | None = None  # during ``refresh``: the rows read, being updated
        self._tail = 0  # during ``refresh``: how many rows follow them
        self._bold = QFont()
        self._bold.setWeight(QFont.Weight.DemiBold)

    # -- loading ---------------------------------------------------------------------------------
    def set_loader(self, loader: Loader | None) -> None:
        self._loader = loader

    @property
    def total(self) -> int:
        """How many customers match, read or not."""
        return self._total

    @property
    def sort_key(self) -> str:
        return SORT_KEYS[COLUMNS[self.sort_column]]

    @property
    def descending(self) -> bool:
        return self.sort_order == Qt.SortOrder.DescendingOrder

    def can_sort(self, column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column] in SORT_KEYS

    def reload(self) -> bool:
        """Forget every page and read the first one again; False when it could not be read."""
        self.beginResetModel()
        self._pages.clear()
        self._failed.clear()
        self._now = clock.local_now()
        page = self._read(0)
        if page is not None:
            self._total = page.total
            self._keep(0, page.rows)
        else:
            self._total = 0
        self.endResetModel()
        return page is not None

    def refresh(self) -> bool:
        """Read the cached rows again and change only what differs, without a reset: the cached pages
        from the top are read in one go and brought up to date in place (``ui.models.row_sync``: the
        view keeps its selection, current cell and scroll), the count below them follows the new total,
        and pages cached further down are dropped (read again when next painted). Without the first
        page cached it is a ``reload``. False when the rows could not be read (nothing changed then)."""
        prefix = 0
        while prefix in self._pages:
            prefix += 1
        if prefix == 0:
            return self.reload()
        self._now = clock.local_now()
        if self._loader is None:
            return False
        page = self._loader(0, prefix * self.page_size, self.sort_key, self.descending)
        if page is None:
            return False
        old = [row for page_no in range(prefix) for row in self._pages[page_no]]
        self._syncing = old
        self._tail = self._total - len(old)
        self._pages.clear()
        self._failed.clear()
        try:
            sync_rows(self, old, page.rows, columns=len(COLUMNS))
            self._resize_tail(max(page.total - len(old), 0))
        finally:
            self._syncing = None
        self._total = len(old) + self._tail
        for page_no in range(0, len(old), self.page_size):
            self._keep(page_no // self.page_size, tuple(old[page_no : page_no + self.page_size]))
        return True

    def _resize_tail(self, tail: int) -> None:
        """The rows below the ones read: as many as the new total says (added or taken at the end)."""
        assert self._syncing is not None
        end = len(self._syncing) + self._tail
        if tail > self._tail:
            self.beginInsertRows(QModelIndex(), end, end + tail - self._tail - 1)
            self._tail = tail
            self.endInsertRows()
        elif tail < self._tail:
            self.beginRemoveRows(QModelIndex(), end - (self._tail - tail), end - 1)
            self._tail = tail
            self.endRemoveRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by a sortable column (others are ignored) and read from the top again."""
        if not self.can_sort(column) or (column, order) == (self.sort_column, self.sort_order):
            return
        self.sort_column, self.sort_order = column, order
        self.reload()

    def clear(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._total = 0
        self.endResetModel()

    def _read(self, page_no: int) -> CustomerPage | None:
        if self._loader is None:
            return None
        return self._loader(page_no * self.page_size, self.page_size, self.sort_key, self.descending)

    def _keep(self, page_no: int, rows: tuple[CustomerRow, ...]) -> None:
        self._pages[page_no] = rows
        self._pages.move_to_end(page_no)
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)

    def _page(self, page_no: int) -> tuple[CustomerRow, ...] | None:
        rows = self._pages.get(page_no)
        if rows is not None:
            self._pages.move_to_end(page_no)
            return rows
        if page_no in self._failed:
            return None
        page = self._read(page_no)
        if page is None:
            self._failed.add(page_no)
            return None
        self._keep(page_no, page.rows)
        if page.total != self._total:
            self._report_outdated()
        return page.rows

    def _report_outdated(self) -> None:
        # Never change the row count while a view is painting: tell the page after this event.
        if not self._outdated_pending:
            self._outdated_pending = True
            QTimer.singleShot(0, self._emit_outdated)

    def _emit_outdated(self) -> None:
        self._outdated_pending = False
        self.outdated.emit()

    def is_loaded(self, row: int) -> bool:
        return row // self.page_size in self._pages

    def loaded_pages(self) -> list[int]:
        return sorted(self._pages)

    # -- rows ------------------------------------------------------------------------------------
    def row(self, row: int) -> CustomerRow | None:
        """The customer on this row, reading its page if needed (None if it cannot be read)."""
        if self._syncing is not None:
            return self._syncing[row] if 0 <= row < len(self._syncing) else None
        if not 0 <= row < self._total:
            return None
        rows = self._page(row // self.page_size)
        at = row % self.page_size
        return rows[at] if rows is not None and at < len(rows) else None

    def peek(self, row: int) -> CustomerRow | None:
        if self._syncing is not None:
            return self.row(row)
        rows = self._pages.get(row // self.page_size)
        at = row % self.page_size
        return rows[at] if rows is not None and at < len(rows) else None

    def row_of(self, customer_id: int) -> int:
        """The row of this customer among the cached pages, or -1."""
        for page_no, rows in self._pages.items():
            for at, row in enumerate(rows):
                if row.id == customer_id:
                    return page_no * self.page_size + at
        return -1

    def ids_between(self, first: int, last: int) -> list[int]:
        """Ids of the rows ``first``..``last`` (inclusive), reading the pages that are not cached."""
        ids: list[int] = []
        for row in range(max(0, first), min(last, self._total - 1) + 1):
            found = self.row(row)
            if found is not None:
                ids.append(found.id)
        return ids

    def replace(self, updated: CustomerRow) -> None:
        """Show a changed customer at once (after a save), where it is cached."""
        row = self.row_of(updated.id)
        if row < 0:
            return
        page_no, at = divmod(row, self.page_size)
        rows = list(self._pages[page_no])
        rows[at] = updated
        self._pages[page_no] = tuple(rows)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return self._total if self._syncing is None else len(self._syncing) + self._tail

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[column])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "open_followups":
                return QCoreApplication.translate(
                    "CustomersModel", "Open follow-ups. Click to sort by this column"
                )
            if column == "last_score":
                return QCoreApplication.translate(
                    "CustomersModel", "The latest CSAT, NPS or CES score. Click to sort, best or worst first"
                )
            if column in SORT_KEYS:
                return QCoreApplication.translate("CustomersModel", "Click to sort by this column")
            return QCoreApplication.translate(
                "CustomersModel", "Sort by name, company, last contact, follow-ups or last score"
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "open_followups":
            return _RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.row(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._mark(row, column)
        if role == Qt.ItemDataRole.FontRole and column == "name":
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "open_followups":
            return _RIGHT
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(row, column) or QCoreApplication.translate("CustomersModel", "empty")
            mood = self._mood_text(row, column)
            return f"{text}, {mood}" if mood else text
        return None

    def _mood_text(self, row: CustomerRow, column: str) -> str:
        """What the colour of a cell says, in words: colour is never the only signal."""
        if column == "last_score":
            mood = score_mood(row.last_score_kind, row.last_score)
            return (
                QCoreApplication.translate("CustomersModel", "a low score")
                if mood == "low"
                else QCoreApplication.translate("CustomersModel", "a high score")
                if mood == "high"
                else ""
            )
        if column == "phone" and row.phone and not row.phone_e164:
            return QCoreApplication.translate("CustomersModel", "not a valid number")
        return ""

    def _mark(self, row: CustomerRow, column: str) -> QIcon | None:
        """An icon beside what the colour marks: a low score or a number kept as typed (warning), a high
        score (a tick)."""
        if column == "last_score":
            mood = score_mood(row.last_score_kind, row.last_score)
            return icons.icon("warning") if mood == "low" else icons.icon("done") if mood == "high" else None
        if column == "phone" and row.phone and not row.phone_e164:
            return icons.icon("warning")
        return None

    def _text(self, row: CustomerRow, column: str) -> str:
        if column == "name":
            return row.name
        if column == "company":
            return row.company
        if column == "phone":
            return phone_text(row, self.region)
        if column == "email":
            return row.email
        if column == "tags":
            return ", ".join(row.tags)
        if column == "last_contact":
            return (
                ago(row.last_contact_at, self._now)
                if row.last_contact_at
                else QCoreApplication.translate("CustomersModel", "Never")
            )
        if column == "open_followups":
            return str(row.open_followups) if row.open_followups else ""
        return score_text(row.last_score_kind, row.last_score)

    def _tooltip(self, row: CustomerRow, column: str) -> str | None:
        if column == "name":
            text = row.name
            if row.deleted_at is not None:
                text += "\n" + QCoreApplication.translate("CustomersModel", "In the trash since {0}").format(
                    local_stamp(row.deleted_at)
                )
            return text
        if column == "phone" and row.phone and not row.phone_e164:
            return QCoreApplication.translate(
                "CustomersModel", "{0} — kept as typed: not a valid number for the shop's region"
            ).format(row.phone)
        if column == "last_contact":
            if row.last_contact_at is None:
                return QCoreApplication.translate("CustomersModel", "No contact logged yet")
            return QCoreApplication.translate("CustomersModel", "Last contact: {0}").format(
                local_stamp(row.last_contact_at)
            )
        if column == "open_followups" and row.open_followups:
            return QCoreApplication.translate("CustomersModel", "{0} open follow-ups").format(
                row.open_followups
            )
        if column == "last_score" and row.last_score is not None:
            low, high = vocab.SCORE_RANGES.get(row.last_score_kind, (0, 0))
            text = QCoreApplication.translate("CustomersModel", "{0}: {1} of {2}–{3}").format(
                labels.kind_question(row.last_score_kind), row.last_score, low, high
            )
            mood = self._mood_text(row, column)
            return f"{text} ({mood})" if mood else text
        text = self._text(row, column)
        return text or None

    def _foreground(self, row: CustomerRow, column: str) -> QColor | None:
        scheme = style.current_scheme()
        if column == "last_contact" and row.last_contact_at is None:
            return QColor(scheme.muted)
        if column == "last_score":
            mood = score_mood(row.last_score_kind, row.last_score)
            if mood == "low":
                return QColor(scheme.error)
            if mood == "high":
                return QColor(scheme.success)
        if column == "phone" and row.phone and not row.phone_e164:
            return QColor(scheme.warning)
        return None

    def now(self) -> datetime:
        return self._now
