"""The Contacts page: the log of every call, email and visit, filtered, sorted in SQL, paged lazily.

A table (date, customer, channel, direction, reason, summary, staff, status, wait, duration) over
``interactions.list_interactions``: 200 rows at a time as the table scrolls, so a month of 85,000
contacts stays smooth; clicking a header sorts in SQL (date, customer, channel, reason, staff, status).
Filters: period (this month, last month, last 7 days, a custom range), channel, reason, staff, status.
Double-click or Enter edits a contact (the contact dialog with ``interaction_id``); Resolve and Reopen
act on every selected contact; "Log a contact" opens the dialog; Alt+Down/Alt+Up move the selection.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPoint, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from carebook.errors import CarebookError
from carebook.services import interactions, staff
from carebook.services.interactions import InteractionPage, InteractionRow
from ui import icons, msgbox
from ui.context import AppContext
from ui.dialogs import launcher
from ui.models import contacts_model as cm
from ui.models.contacts_model import ContactsModel
from ui.pages.base import Page, standard_layout
from ui.widgets.contact_filters import ContactFilters
from ui.widgets.empty_state import EmptyState

WIDTHS = {
    cm.DATE: 118,
    cm.CUSTOMER: 160,
    cm.CHANNEL: 110,
    cm.DIRECTION: 74,
    cm.REASON: 110,
    cm.SUMMARY: 240,
    cm.STAFF: 100,
    cm.STATUS: 80,
    cm.WAIT: 52,
    cm.DURATION: 66,
}


class ContactsPage(Page):
    page_id = "contacts"
    icon_name = "contacts"
    tables = frozenset({"interaction", "customer", "staff"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.load_error = ""
        self._restore: tuple[set[int], int | None, int] | None = None
        self._pending_move = 0
        self.model = ContactsModel(parent=self)
        self.model.loaded.connect(self._on_loaded)
        self.model.load_failed.connect(self._on_load_failed)
        self.model.loading_changed.connect(lambda _loading: self._update_count())
        self.log_button = QPushButton(icons.icon("log-contact"), self.tr("Log a contact"), self)
        self.log_button.setToolTip(self.tr("Log a contact (Ctrl+L)"))
        self.log_button.clicked.connect(self.log_contact)
        layout = standard_layout(self)
        layout.addWidget(self.header("", self.log_button))

        self.filters = ContactFilters(self)
        self.filters.changed.connect(self.refresh)
        layout.addWidget(self.filters)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("contactsCount")
        self.edit_button = self._action_button(self.tr("Edit…"), "edit", self.edit_current)
        self.edit_button.setToolTip(self.tr("Edit the contact (Enter or double-click)"))
        self.resolve_button = self._action_button(self.tr("&Resolve"), "done", self.resolve_selected)
        self.resolve_button.setToolTip(self.tr("Mark the selected contacts resolved"))
        self.reopen_button = self._action_button(self.tr("Re&open"), "refresh", self.reopen_selected)
        self.reopen_button.setToolTip(self.tr("Open the selected contacts again"))
        self.customer_button = self._action_button(
            self.tr("Open &customer"), "person", self.open_selected_customer
        )
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        for button in (self.edit_button, self.resolve_button, self.reopen_button, self.customer_button):
            actions.addWidget(button)
        layout.addLayout(actions)

        self.table = self._build_table()
        self.empty = EmptyState(
            "contacts",
            "",
            "",
            [
                (self.tr("Clear filters"), "clear", self.filters.reset),
                (self.tr("Log a contact"), "log-contact", self.log_contact),
            ],
            self,
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self._update_actions()

    def title(self) -> str:
        return QCoreApplication.translate("pages", "Contacts")

    def _action_button(self, text: str, icon_name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(icons.icon(icon_name), text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("contactsTable")
        table.setAccessibleName(self.tr("Contacts"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(False)
        for column, width in WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(cm.SUMMARY, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(cm.DATE, Qt.SortOrder.DescendingOrder)
        self.remember_header(header, "contacts")
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        if column in cm.SORT_KEYS:
            self.model.sort_key = cm.SORT_KEYS[column]
            self.model.descending = order == Qt.SortOrder.DescendingOrder
        else:
            header.setSortIndicator(cm.DATE, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        table.activated.connect(lambda _index: self.edit_current())
        table.selectionModel().selectionChanged.connect(self._update_actions)
        return table

    # -- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.filters.set_staff(staff.list_staff(active_only=False))
        except CarebookError as error:
            self.ctx.status(str(error))
        query = self.filters.query().as_kwargs()

        def fetch(offset: int, limit: int, sort: str, descending: bool) -> InteractionPage:
            return interactions.list_interactions(
                **query, offset=offset, limit=limit, sort=sort, descending=descending
            )

        current = self.current_row()
        self._restore = (
            set(self.selected_ids()),
            current.id if current else None,
            self.table.verticalScrollBar().value(),
        )
        self.model.set_fetch(fetch)
        self.model.reload(keep_rows=self.model.rowCount(), in_place=True)  # no reset: only what changed
        self._update_count()

    def _on_loaded(self, replaced: bool) -> None:
        self.load_error = ""
        self.fit_columns_once(self.table, "contacts", {cm.CUSTOMER: 260})
        if replaced and self._restore is not None:
            ids, current_id, scroll = self._restore
            self._restore = None
            self._restore_selection(ids, current_id)
            self.table.verticalScrollBar().setValue(scroll)
        if not replaced and self._pending_move:
            step, self._pending_move = self._pending_move, 0
            self._move(step)
        self._update_count()
        self._update_actions()

    def _on_load_failed(self, message: str) -> None:
        self.load_error = message
        self._restore = None
        self.ctx.status(self.tr("Contacts could not be loaded: {0}").format(message))
        self._update_count()

    def _restore_selection(self, ids: set[int], current_id: int | None) -> None:
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for interaction_id in ids:
            row = self.model.row_of(interaction_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), flags)
        if current_id is not None and (row := self.model.row_of(current_id)) >= 0:
            column = max(self.table.currentIndex().column(), 0)  # the current cell stays
            no_update = QItemSelectionModel.SelectionFlag.NoUpdate
            selection.setCurrentIndex(self.model.index(row, column), no_update)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in cm.SORT_KEYS:  # the service cannot sort by it: keep the current order
            header = self.table.horizontalHeader()
            with QSignalBlocker(header):
                header.setSortIndicator(
                    self.model.sort_column(),
                    Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder,
                )
            self.ctx.status(
                self.tr("Contacts can be sorted by date, customer, channel, reason, staff or status.")
            )
            return
        self.model.sort(column, order)
        self._restore = (set(), None, 0)  # the new order starts at the top

    def _update_count(self) -> None:
        total = self.model.total
        if self.load_error:
            text = self.tr("Could not load contacts: {0}").format(self.load_error)
        elif self.model.loading and not self.model.rowCount():
            text = self.tr("Loading…")
        elif total == 1:
            text = self.tr("1 contact")
        else:
            text = self.tr("{0} contacts").format(f"{total:,}")
        self.count_label.setText(text)
        self.subtitle_label.setText(self.filters.describe_period())
        self.subtitle_label.show()
        empty = total == 0 and not self.load_error and not self.model.loading
        if empty:
            narrowed = self.filters.narrowed()
            self.empty.set_text(
                self.tr("No contacts match these filters")
                if narrowed
                else self.tr("No contacts in {0}").format(self.filters.period.currentText().lower()),
                self.tr("Try another period, or clear the filters.")
                if narrowed
                else self.tr("Log a contact with Ctrl+L when a customer calls, writes or comes by the shop."),
            )
            self.empty.buttons[0].setVisible(not self.filters.is_default())
        self.stack.setCurrentWidget(self.empty if empty else self.table)
        for button in (self.edit_button, self.resolve_button, self.reopen_button, self.customer_button):
            button.setVisible(not empty)

    # -- selection and actions -------------------------------------------------------------------
    def current_row(self) -> InteractionRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def customer_in_view(self) -> int | None:
        rows = self.selected_rows()
        return rows[0].customer_id if len(rows) == 1 else None

    def selected_rows(self) -> list[InteractionRow]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row) for row in rows]

    def selected_ids(self) -> list[int]:
        return [row.id for row in self.selected_rows()]

    def _update_actions(self) -> None:
        rows = self.selected_rows()
        self.edit_button.setEnabled(len(rows) == 1)
        self.customer_button.setEnabled(len(rows) == 1)
        self.resolve_button.setEnabled(any(row.is_open for row in rows))
        self.reopen_button.setEnabled(any(not row.is_open for row in rows))

    def log_contact(self) -> object:
        return launcher.open_contact_dialog(self.ctx, self)

    def edit_current(self) -> object:
        row = self.current_row()
        if row is None:
            return None
        return launcher.open_record_dialog(self.ctx, self, "contact", interaction_id=row.id)

    def open_selected_customer(self) -> None:
        row = self.current_row()
        if row is not None:
            self.ctx.show_customer(row.customer_id)

    def resolve_selected(self) -> None:
        self._change_status([row for row in self.selected_rows() if row.is_open], interactions.resolve)

    def reopen_selected(self) -> None:
        self._change_status([row for row in self.selected_rows() if not row.is_open], interactions.reopen)

    def _change_status(self, rows: list[InteractionRow], action) -> None:  # type: ignore[no-untyped-def]
        changed: list[InteractionRow] = []
        try:
            for row in rows:
                changed.append(action(row.id))
        except CarebookError as error:
            msgbox.error(self, self.tr("Not saved"), str(error))
        finally:
            if changed:
                self.model.replace(changed)
                self._update_actions()
                self.ctx.notify_data_changed()
        if changed:
            if action is interactions.resolve:
                self.ctx.status(self.tr("Contacts resolved: {0}").format(len(changed)))
            else:
                self.ctx.status(self.tr("Contacts reopened: {0}").format(len(changed)))

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        if not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.table.selectRow(index.row())
        menu = QMenu(self)
        for button in (self.edit_button, self.resolve_button, self.reopen_button, self.customer_button):
            action = menu.addAction(button.icon(), button.text(), button.click)
            action.setEnabled(button.isEnabled())
        menu.popup(self.table.viewport().mapToGlobal(point))

    # -- page contract ---------------------------------------------------------------------------
    def next_record(self) -> None:
        self._move(1)

    def previous_record(self) -> None:
        self._move(-1)

    def _move(self, step: int) -> None:
        current = self.table.currentIndex()
        chosen = current.isValid() and self.table.selectionModel().isRowSelected(current.row(), QModelIndex())
        row = current.row() + step if chosen else 0
        if row >= self.model.rowCount() and self.model.canFetchMore():
            self._pending_move = step  # moves when the next page has arrived
            self.model.fetchMore()
            return
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def shutdown(self) -> None:
        self.model.shutdown()

    def focus_default(self) -> None:
        if self.stack.currentWidget() is self.table:
            self.table.setFocus()
        else:
            self.log_button.setFocus()
