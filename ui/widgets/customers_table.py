"""The Customers page's table and the empty state that stands in for it.

``CustomersTable(model, parent=None)``: a ``QTableView`` over a ``CustomersModel`` with row selection
(Shift/Ctrl for several), fixed row heights (cheap at 100,000 rows), SQL sorting by header clicks, cut
text elided with the full text in a tooltip (``ElideTooltipDelegate``: a tooltip that only repeats
the cell appears when the cell is cut off). While ``fit_columns`` is on, the columns are sized to their
content (``ui.widgets.column_widths``) and the view's width after each reload and resize (see
``FLEXIBLE``); resizing a column by hand turns it off (``fit_changed(False)``) and the page remembers
the widths. ``selected_spans()`` merges the selection into row ranges, ``selected_count()`` counts them
without listing every row.

``CustomersEmpty(actions, parent)``: the ``EmptyState`` with the buttons Add a customer, Load demo
data, Clear filters, Show customers; ``show_for(narrowed, trashed, demo)`` picks the words and buttons.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics, QHelpEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from ui.models.customers_model import COLUMNS, CustomersModel
from ui.widgets.column_widths import content_width
from ui.widgets.empty_state import EmptyState

# Column widths from the content in view (``content_width``), within each column's minimum and cap: the
# short columns (phone, last contact, follow-ups, score) get all they need, never cut; the text columns
# (name, company, email, tags) share the rest, each at least its minimum and, while there is room, all
# it needs (room left over is shared by the weights). Narrower than the minimums, the view scrolls
# sideways rather than cutting every column short.
FLEXIBLE = ("name", "company", "email", "tags")
MIN_WIDTHS = {
    "name": 110,
    "company": 56,
    "phone": 90,
    "email": 72,
    "tags": 44,
    "last_contact": 80,
    "open_followups": 50,
    "last_score": 60,
}
MAX_WIDTHS = {
    "name": 280,
    "company": 240,
    "phone": 180,
    "email": 280,
    "tags": 200,
    "last_contact": 160,
    "open_followups": 110,
    "last_score": 120,
}
WEIGHTS = {"name": 30, "company": 20, "email": 30, "tags": 20}
ADD, DEMO, CLEAR, LIVE = range(4)  # the empty state's buttons


class ElideTooltipDelegate(QStyledItemDelegate):
    """Shows a cell's tooltip when it adds something, or when the cell's text is cut off."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            text = str(index.data() or "")
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if tip and tip == text:
                width = view.visualRect(QModelIndex(index)).width() - 12  # type: ignore[arg-type]  # stub
                if QFontMetrics(option.font).horizontalAdvance(text) <= width:
                    QToolTip.hideText()
                    return True
        return super().helpEvent(event, view, option, index)


class CustomersTable(QTableView):
    fit_changed = Signal(bool)

    def __init__(self, model: CustomersModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit = True
        self._fitting = False
        self.setObjectName("customersTable")
        self.setAccessibleName(self.tr("Customers"))
        self.setModel(model)
        self.setItemDelegate(ElideTooltipDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        header.setMinimumSectionSize(40)
        header.setSortIndicator(model.sort_column, model.sort_order)
        self.setSortingEnabled(True)
        header.sectionResized.connect(self._resized)
        model.modelReset.connect(self._refit)
        self.fit()

    @property
    def fit_columns(self) -> bool:
        return self._fit

    @fit_columns.setter
    def fit_columns(self, on: bool) -> None:
        self._fit = on
        if on:
            self.fit()

    def fit(self) -> None:
        """Size the columns to their content (see ``FLEXIBLE``) and the view's width."""
        wants = {
            name: min(MAX_WIDTHS[name], max(MIN_WIDTHS[name], content_width(self, number)))
            for number, name in enumerate(COLUMNS)
        }
        widths = dict(wants)
        room = self.viewport().width() - 2 - sum(wants[name] for name in COLUMNS if name not in FLEXIBLE)
        need = sum(wants[name] for name in FLEXIBLE)
        least = sum(MIN_WIDTHS[name] for name in FLEXIBLE)
        if room >= need:  # all they need, and the rest by the weights
            weight = sum(WEIGHTS.values())
            for name in FLEXIBLE:
                widths[name] += (room - need) * WEIGHTS[name] // weight
            widths["name"] += (room - need) - sum(widths[n] - wants[n] for n in FLEXIBLE)  # the rounding
        elif room > least:  # each its minimum, and the rest in proportion to what more it needs
            spare = room - least
            short = need - least
            for name in FLEXIBLE:
                widths[name] = MIN_WIDTHS[name] + spare * (wants[name] - MIN_WIDTHS[name]) // max(1, short)
        else:
            for name in FLEXIBLE:
                widths[name] = MIN_WIDTHS[name]
        self._fitting = True
        try:
            for number, name in enumerate(COLUMNS):
                self.horizontalHeader().resizeSection(number, widths[name])
        finally:
            self._fitting = False

    def _refit(self) -> None:
        if self._fit:
            self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit()

    def _resized(self, *_args: object) -> None:
        if self._fit and not self._fitting and self.horizontalHeader().underMouse():
            self._fit = False  # the user chose a width: keep theirs from now on
            self.fit_changed.emit(False)

    def selected_spans(self) -> list[tuple[int, int]]:
        """The selected rows as sorted, non-overlapping (first, last) ranges."""
        model = self.selectionModel()
        if model is None:
            return []
        ranges = model.selection()  # a list of QItemSelectionRange; the stub leaves out its iteration
        spans = sorted((r.top(), r.bottom()) for r in ranges)  # type: ignore[attr-defined]
        merged: list[tuple[int, int]] = []
        for top, bottom in spans:
            if merged and top <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
            else:
                merged.append((top, bottom))
        return merged

    def selected_count(self) -> int:
        return sum(bottom - top + 1 for top, bottom in self.selected_spans())


class CustomersEmpty(EmptyState):
    def __init__(
        self,
        add: Callable[[], object],
        demo: Callable[[], object],
        clear: Callable[[], object],
        live: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "customers",
            "",
            "",
            [
                (self.tr("Add a customer"), "add", add),
                (self.tr("Load demo data"), "database", demo),
                (self.tr("Clear filters"), "clear", clear),
                (self.tr("Show customers"), "customers", live),
            ],
            parent,
        )

    def show_for(self, *, narrowed: bool, trashed: bool, demo: bool) -> None:
        if narrowed:
            title = self.tr("No customers match these filters")
            text = self.tr("Clear the filters to see everyone, or try another tag or channel.")
            shown = {CLEAR}
        elif trashed:
            title = self.tr("The trash is empty")
            text = self.tr("Customers you move to the trash wait here until you restore them.")
            shown = {LIVE}
        else:
            title = self.tr("No customers yet")
            text = self.tr("Add your first customer (Ctrl+N) or load demo data to try Carebook.")
            shown = {ADD, DEMO} if demo else {ADD}
        self.set_text(title, text)
        for number, button in enumerate(self.buttons):
            button.setVisible(number in shown)

    def show_failure(self, title: str, message: str) -> None:
        self.set_text(title, message)
        for button in self.buttons:
            button.hide()
