"""The Customers page: every customer in a table that stays smooth at 100,000, and one in detail.

Left: the filter bar (tag, preferred channel, "not contacted for N days", Customers / Trash), the bulk
action bar (shown with a selection: "Select all N", Add tag, Plan follow-ups, Move to trash or
Restore; ``customer_actions``), an undo bar and the table (``ui.models.customers_model``: pages of 200
rows read as they scroll into view; a header click sorts in SQL). Right, in a remembered splitter: the
detail pane (``customer_detail``) with the fields, quick actions and history of the current customer.

``open_customer(id)`` (global search, Today) finds the customer's row under the current sort with
``customer_queries.position_of``, clearing the filters or switching to the trash when they hide it,
and scrolls to it. Picking another customer while the detail has unsaved edits asks Save / Discard /
Cancel first. Alt+Down / Alt+Up move through the list; Delete trashes the selection; Ctrl+T tags it.
The empty states say what to do next.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from carebook import settings
from carebook.errors import CarebookError
from carebook.services import customer_queries, customers, tags
from carebook.services.customers import CustomerPage
from ui import icons
from ui.context import AppContext
from ui.demo import demo_available
from ui.dialogs import launcher
from ui.models.customers_model import CustomersModel
from ui.pages.base import Page, standard_layout
from ui.pages.customer_actions import CustomerActions, customers_text
from ui.pages.customer_detail import CustomerDetail
from ui.pages.customer_filters import FilterBar, Filters
from ui.state import declare
from ui.widgets.customers_table import CustomersEmpty, CustomersTable
from ui.widgets.undo_bar import UndoBar

DETAIL_WIDTH = 330  # the detail pane's width until the user moves the splitter
FIT_KEY = "customers/fit_columns"
declare(
    FIT_KEY, bool, True, "the customers table fits its columns to the window until one is resized by hand"
)


class CustomersPage(Page):
    page_id = "customers"
    icon_name = "customers"
    tables = frozenset({"customer", "customer_tag", "tag", "interaction", "followup", "feedback", "staff"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._selecting = False  # selection changed by code: no prompt
        self._error = ""
        self._last_row = -1
        self._tags_read = False
        layout = standard_layout(self)

        self.new_button = QPushButton(icons.icon("add"), self.tr("New customer"), self)
        self.new_button.setToolTip(self.tr("Add a customer (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_customer)
        layout.addWidget(self.header(" ", self.new_button))
        self.filters = FilterBar(self)
        self.filters.changed.connect(self._filters_changed)
        self.filters.tag.about_to_open.connect(self.reload_tags)
        layout.addWidget(self.filters)

        self.model = CustomersModel(self)
        self.model.set_loader(self._load_page)
        self.model.outdated.connect(self.refresh)
        self.table = CustomersTable(self.model, self)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(lambda _index: self.detail.show_details())  # Enter, double-click
        header = self.table.horizontalHeader()
        self.remember_header(header, "customers")
        self.table.fit_columns = ctx.state.get(FIT_KEY)
        self.table.fit_changed.connect(lambda on: ctx.state.set(FIT_KEY, on))
        self._apply_sort_indicator()
        header.sortIndicatorChanged.connect(self._sorted)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._current_changed)
        selection.selectionChanged.connect(lambda *_: self._selection_changed())

        self.undo_bar = UndoBar(self)
        self.bulk = CustomerActions(self)
        self.action_bar = self.bulk.build_bar()
        self.empty = CustomersEmpty(
            self.new_customer, self.bulk.load_demo, self.filters.clear, self.show_live, self
        )
        # Bars and the empty state may be cut at the right rather than keep the window wide.
        for wide in (self.filters, self.action_bar, self.empty):
            wide.setSizePolicy(QSizePolicy.Policy.Ignored, wide.sizePolicy().verticalPolicy())
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.setSpacing(6)
        left_column.addWidget(self.action_bar)
        left_column.addWidget(self.undo_bar)
        left_column.addWidget(self.stack, 1)

        self.detail: CustomerDetail = CustomerDetail(ctx, self)
        self.detail.trash_requested.connect(lambda customer_id: self.bulk.move_to_trash([customer_id]))
        self.detail.restore_requested.connect(lambda customer_id: self.bulk.restore_ids([customer_id]))
        self.detail.saved.connect(self.model.replace)
        self.detail.form.tags.entered.connect(self.reload_tags)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("customersSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)  # a wider window widens the table
        self.splitter.setStretchFactor(1, 0)
        self._size_detail = not ctx.state.get("splitter/customers")  # first time: the detail's own width
        self.remember_splitter(self.splitter, "customers")
        layout.addWidget(self.splitter, 1)
        self._selection_changed()

    def title(self) -> str:
        return QCoreApplication.translate("pages", "Customers")

    # -- loading ---------------------------------------------------------------------------------
    def _load_page(self, offset: int, limit: int, sort: str, descending: bool) -> CustomerPage | None:
        try:
            return customers.list_customers(
                offset=offset,
                limit=limit,
                sort=sort,
                descending=descending,
                **self.filters.filters().kwargs(),
            )
        except CarebookError as error:
            self._error = str(error)
            return None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._size_detail and self.splitter.width() > 0:
            self._size_detail = False
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([max(300, total - DETAIL_WIDTH), DETAIL_WIDTH])

    def refresh(self) -> None:
        """Read the list again, keeping the detail's customer (and its unsaved edits) in view."""
        self._error = ""
        if not self._tags_read and not self.reload_tags():
            return
        self.model.region = settings.current().phone_region
        self.model.trash_view = self.filters.filters().trashed
        self._refresh_rows()

    def reload_tags(self) -> bool:
        """The shop's tags for the filter and the tag field. Counting them takes a while at 100,000
        customers, so it happens once, then when the tag list opens or the tag field is entered."""
        try:
            names = [tag.name for tag in tags.all_tags()]
        except CarebookError as error:
            self._show_failure(str(error))
            return False
        self._tags_read = True
        self.detail.set_tag_names(names)
        self.filters.blockSignals(True)
        self.filters.set_tags(names)
        self.filters.blockSignals(False)
        return True

    def _reload(self) -> None:
        keep = self.detail.customer_id
        self._last_row = self.table.currentIndex().row()
        if not self.model.reload() and self._error:
            self._show_failure(self._error)
            return
        self._update_view()
        self._show_kept(keep, self._position(keep) if keep is not None else None, scroll=True)

    def _refresh_rows(self) -> None:
        """Read the rows shown again and change only those that differ: the selected customers stay
        selected (by id, even if they moved), the scroll position, current cell and sort stay."""
        keep = self.detail.customer_id
        self._last_row = self.table.currentIndex().row()
        scroll = self.table.verticalScrollBar().value()
        if not self.model.refresh():
            if self._error:
                self._show_failure(self._error)
            return
        self._update_view()
        row: int | None = self.model.row_of(keep) if keep is not None else -1
        if row is not None and row < 0:
            row = self._position(keep) if keep is not None else None  # not among the rows read: where now
        current = self.table.currentIndex()
        if row is not None and current.row() == row and self.table.selectionModel().isRowSelected(row):
            found = self.model.row(row)  # still current and selected (with the others selected): kept
            if found is not None:
                self.detail.show_customer(found)  # the new values, unsaved edits kept
            self._selection_changed()
        else:
            self._show_kept(keep, row, scroll=False)
        self.table.verticalScrollBar().setValue(scroll)

    def _show_kept(self, keep: int | None, row: int | None, *, scroll: bool) -> None:
        """After the rows were read: select the detail's customer on ``row``; when they left the list,
        keep unsaved edits on screen, or show the customer now in their place (or the first)."""
        if row is not None:
            self._select(row, scroll=scroll)
        elif keep is not None and self.detail.is_dirty():
            self.detail.refresh_history(in_place=True)  # out of the list, but the edits stay on screen
        elif self.model.total:
            self._select(min(max(self._last_row, 0), self.model.total - 1), scroll=scroll)
        else:
            self.detail.show_customer(None)

    def _position(self, customer_id: int) -> int | None:
        try:
            return customer_queries.position_of(
                customer_id,
                sort=self.model.sort_key,
                descending=self.model.descending,
                **self.filters.filters().kwargs(),
            )
        except CarebookError:
            return None

    def _filters_changed(self) -> None:
        self.model.trash_view = self.filters.filters().trashed
        self.undo_bar.dismiss()
        self._reload()

    def _sorted(self, column: int, order: Qt.SortOrder) -> None:
        if not self.model.can_sort(column):  # phone, email, tags: keep showing the data's order
            self._apply_sort_indicator()
            return
        # The view has just asked the model to sort (and so reset): bring the current customer back.
        keep = self.detail.customer_id
        self._update_view()
        row = self._position(keep) if keep is not None else None
        if row is not None:
            self._select(row)
        else:
            self.table.scrollToTop()

    def _apply_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.blockSignals(False)

    # -- what is shown ---------------------------------------------------------------------------
    def _update_view(self) -> None:
        filters = self.filters.filters()
        total = self.model.total
        if filters.trashed:
            text = (
                self.tr("{0} in the trash").format(customers_text(total))
                if total
                else self.tr("The trash is empty")
            )
        elif filters.narrowed:
            if total == 0:
                text = self.tr("No customers match")
            elif total == 1:
                text = self.tr("1 customer matches")
            else:
                text = self.tr("{0} match").format(customers_text(total))
        else:
            text = customers_text(total)
        self.subtitle_label.setText(text)
        self.subtitle_label.show()
        if total:
            self.stack.setCurrentWidget(self.table)
        else:
            self.empty.show_for(narrowed=filters.narrowed, trashed=filters.trashed, demo=demo_available())
            self.stack.setCurrentWidget(self.empty)
        self._selection_changed()

    def _show_failure(self, message: str) -> None:
        self.model.clear()
        self.subtitle_label.setText(self.tr("The customers could not be read"))
        self.empty.show_failure(self.tr("The customers could not be read"), message)
        self.stack.setCurrentWidget(self.empty)
        self.action_bar.hide()

    # -- selection -------------------------------------------------------------------------------
    def selected_count(self) -> int:
        return self.table.selected_count()

    def all_selected(self) -> bool:
        return self.model.total > 0 and self.selected_count() >= self.model.total

    def selected_ids(self) -> Iterator[int]:
        """Ids of the selected customers; every matching one when all are selected."""
        if self.all_selected():
            yield from customers.ids_matching(**self.filters.filters().kwargs())
            return
        for top, bottom in self.table.selected_spans():
            yield from self.model.ids_between(top, bottom)

    def select_all(self) -> None:
        self.table.selectAll()

    def _selection_changed(self) -> None:
        self.bulk.update(self.selected_count(), self.model.total, self.filters.filters().trashed)
        self.action_bar.setVisible(self.model.total > 0)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        row = self.model.row(current.row())
        if row is None or row.id == self.detail.customer_id:
            return
        if not self.detail.confirm_leave():
            self._selecting = True
            try:  # stay on the customer being edited
                self.table.selectionModel().setCurrentIndex(
                    previous,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
            finally:
                self._selecting = False
            return
        self.detail.show_customer(row)

    def _select(self, row: int, *, scroll: bool = True) -> None:
        """Make ``row`` current and selected, scrolled into view (unless not ``scroll``: the current
        column and the scroll position stay), and show it in the detail (unsaved edits kept)."""
        index = self.model.index(row, 0 if scroll else max(self.table.currentIndex().column(), 0))
        if not index.isValid():
            return
        self._selecting = True
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(index, flags)
            if scroll:
                self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._selecting = False
        found = self.model.row(row)
        if found is not None:
            self.detail.show_customer(found)
        self._selection_changed()

    def select_row(self, row: int) -> bool:
        """Move to ``row`` as a user would (asking first about unsaved edits); False if they stayed."""
        if not 0 <= row < self.model.total:
            return False
        found = self.model.row(row)
        if found is not None and found.id != self.detail.customer_id and not self.detail.confirm_leave():
            return False
        self._select(row)
        return True

    def open_customer(self, customer_id: int) -> bool:
        if customer_id != self.detail.customer_id and not self.detail.confirm_leave():
            return True  # the user chose to keep editing: handled
        row = self._position(customer_id)
        if row is None:
            try:
                found = customers.get(customer_id)
            except CarebookError:
                return False
            self.filters.set_filters(Filters(trashed=found.trashed))  # reloads
            row = self._position(customer_id)
            if row is None:
                return False
        shown = self.model.row(row)
        if shown is None or shown.id != customer_id:  # the list changed since it was read
            self.model.reload()
            self._update_view()
        self._select(row)
        self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def customer_in_view(self) -> int | None:
        row = self.detail.row
        if row is None or row.deleted_at is not None or row.erased_at is not None:
            return None
        return row.id

    def name_of(self, customer_id: int) -> str:
        if self.detail.row is not None and self.detail.row.id == customer_id:
            return self.detail.row.name
        row = self.model.row_of(customer_id)
        found = self.model.peek(row) if row >= 0 else None
        return found.name if found is not None else self.tr("this customer")

    def next_record(self) -> None:
        row = self.table.currentIndex().row()
        self.select_row(min(row + 1, self.model.total - 1))

    def previous_record(self) -> None:
        row = self.table.currentIndex().row()
        self.select_row(max(row - 1, 0))

    def focus_default(self) -> None:
        if self.stack.currentWidget() is self.table:
            self.table.setFocus()
            if not self.table.currentIndex().isValid() and self.model.total:
                self.select_row(0)
        else:
            visible = [button for button in self.empty.buttons if button.isVisible()]
            if visible:
                visible[0].setFocus()

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if (
            index.isValid()
            and not self.table.selectionModel().isRowSelected(index.row())
            and not self.select_row(index.row())
        ):
            return
        menu = self.bulk.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(position))

    # -- other actions ---------------------------------------------------------------------------
    def new_customer(self) -> None:
        launcher.open_customer_dialog(self.ctx, self)

    def show_live(self) -> None:
        self.filters.set_filters(Filters())
