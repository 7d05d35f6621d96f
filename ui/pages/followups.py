"""The Follow-ups page: every follow-up in a sortable, filterable table that reads pages lazily.

Filters (``followups_filters.FilterBar``): assigned to Me / Everyone / Unassigned / a staff member; state
Open, Overdue, Due today, Upcoming, Done, All; due period. Columns: due (local date and time), state (a
marker whose icon shape, word and colour all say it), customer, note, assignee, priority, origin, done
at/by. Sorting clicks ask the service to sort in SQL (``ui.models.followups_model``).

Actions on the selection (``followups_actions``): Mark done (Ctrl+D), Snooze, Reassign, Edit (Enter or
a double-click), Log contact, Delete (the Delete key, after confirming). Alt+Down / Alt+Up move the
selection. The sidebar badge counts everyone's overdue follow-ups. Each filter has its own empty state.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSize,
    Qt,
)
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QWidget,
)

from carebook import clock
from carebook.errors import CarebookError
from carebook.services import staff as staff_service
from carebook.services.followups import FollowupPage, FollowupRow
from ui import icons
from ui.context import AppContext
from ui.dialogs import launcher
from ui.models.followups_model import COLUMNS, Fetch, FollowupsModel
from ui.pages import followups_query
from ui.pages.base import Page, standard_layout
from ui.pages.followups_actions import FollowupActions
from ui.pages.followups_filters import FilterBar
from ui.pages.followups_query import Filters
from ui.widgets.empty_state import EmptyState
from ui.widgets.undo_bar import UndoBar

_WIDTHS = {
    "due": 155,
    "state": 105,
    "customer": 160,
    "assignee": 120,
    "priority": 70,
    "origin": 100,
    "done": 185,
}
DONE_STATES = ("done", "all")  # the Done column is shown only where done follow-ups can be listed


class FollowupsPage(Page):
    actions: FollowupActions  # type: ignore[assignment]  # hides QWidget.actions(), which nothing calls here
    page_id = "followups"
    icon_name = "followups"
    tables = frozenset({"followup", "customer", "staff", "interaction"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.edit_dialog: QDialog | None = None  # the last dialogs opened, for tests
        self.snooze_dialog: QDialog | None = None
        self._overdue = 0
        layout = standard_layout(self)

        self.new_button = QPushButton(icons.icon("new-followup"), self.tr("New follow-up"))
        self.new_button.setToolTip(self.tr("Plan a follow-up (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(self.new_followup)
        layout.addWidget(self.header(" ", self.new_button))

        self.filters = FilterBar(ctx.state, self)
        self.filters.changed.connect(self._filters_changed)
        self._last_state = self.filters.filters().state
        layout.addWidget(self.filters)

        self.model = FollowupsModel(self)
        self.model.failed.connect(self._show_failure)
        self.table = QTableView(self)
        self.table.setObjectName("followupsTable")
        self.table.setAccessibleName(self.tr("Follow-ups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.table.viewport().installEventFilter(self)  # the context menu, by mouse or keyboard
        self.table.doubleClicked.connect(self._double_clicked)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        for name, width in _WIDTHS.items():
            header.resizeSection(COLUMNS.index(name), width)
        header.setSectionResizeMode(COLUMNS.index("note"), QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        self.table.setSortingEnabled(True)
        self.remember_header(header, "followups")
        self.model.loaded.connect(
            lambda: self.fit_columns_once(self.table, "followups", {COLUMNS.index("customer"): 260})
        )
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)  # the data's order
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.actions = FollowupActions(self)
        # a tool bar: in a narrow window the buttons that do not fit move into its » menu
        self.action_bar = QToolBar(self)
        self.action_bar.setObjectName("followupActions")
        self.action_bar.setMovable(False)
        self.action_bar.setFloatable(False)
        self.action_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.action_bar.setIconSize(QSize(18, 18))
        for action in (
            self.actions.complete,
            self.actions.snooze,
            self.actions.reassign,
            self.actions.edit,
            self.actions.log_contact,
            self.actions.delete,
        ):
            self.action_bar.addAction(action)
            button = self.action_bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable with Tab, not only the mouse
                button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
                if action.menu() is not None:
                    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        spacer = QWidget(self.action_bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.action_bar.addWidget(spacer)
        self.selection_label = QLabel(self.action_bar)
        self.selection_label.setObjectName("mutedLabel")
        self.action_bar.addWidget(self.selection_label)

        self.empty = EmptyState(
            "followups",
            "",
            "",
            [
                (self.tr("Plan a follow-up"), "new-followup", self.new_followup),
                (self.tr("Show all follow-ups"), "followups", self.show_everything),
            ],
            self,
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.action_bar)
        self.undo_bar = UndoBar(self)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.stack, 1)
        ctx.staff_changed.connect(lambda _row: self.refresh())
        ctx.minute_tick.connect(lambda: self.model.update_states(clock.local_now()))
        self.actions.update([])

    def title(self) -> str:
        return QCoreApplication.translate("pages", "Follow-ups")

    def accessible_badge_hint(self) -> str:
        return self.tr("{0} overdue")

    # -- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        keep_ids = {row.id for row in self.selected_rows()}
        current = self.current_row()
        loaded = self.model.rowCount()
        scrolled = self.table.verticalScrollBar().value()
        try:
            self.filters.set_staff(staff_service.list_staff(), self.ctx.staff_id)
            filters = self.filters.filters()
            self._apply_sortability(filters)
            self.table.setColumnHidden(COLUMNS.index("done"), filters.state not in DONE_STATES)
            self.model.set_fetcher(self._fetcher(filters))
            self.model.reload(keep=loaded, in_place=True)  # no reset: only the rows that changed
            self._overdue = followups_query.overdue_count()
        except CarebookError as error:
            self.model.clear()
            self._show_failure(str(error))
            return
        self._reselect(keep_ids, current.id if current is not None else None)
        self.table.verticalScrollBar().setValue(scrolled)
        self._update_view()
        self.badge_changed.emit(self._overdue)

    def _fetcher(self, filters: Filters) -> Fetch:
        me = self.ctx.staff_id
        today = clock.today()

        def fetch(offset: int, limit: int, sort: str, descending: bool) -> FollowupPage:
            return followups_query.fetch_page(filters, me, today, offset, limit, sort, descending)

        return fetch

    def _apply_sortability(self, filters: Filters) -> None:
        header = self.table.horizontalHeader()
        if followups_query.fixed_sort(filters):
            self.model.sortable_columns = {"due"}
            due = COLUMNS.index("due")
            if self.model.sort_column != due:
                self.model.sort_column = due
                self.model.sort_order = Qt.SortOrder.AscendingOrder
            header.blockSignals(True)
            header.setSortIndicator(due, self.model.sort_order)
            header.blockSignals(False)
        else:
            self.model.sortable_columns = {"due", "customer", "assignee", "priority", "done"}

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if not self.model.can_sort(column):  # state, note, origin: keep showing the data's order
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            header.blockSignals(False)
            return
        self._update_view()

    def _filters_changed(self) -> None:
        state = self.filters.filters().state
        if (state == "done") != (self._last_state == "done"):  # done ones: the latest first
            column = COLUMNS.index("done" if state == "done" else "due")
            order = Qt.SortOrder.DescendingOrder if state == "done" else Qt.SortOrder.AscendingOrder
            self.model.sort_column, self.model.sort_order = column, order
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(column, order)
            header.blockSignals(False)
        self._last_state = state
        self.table.clearSelection()
        self.model.clear()  # a new list: read its first page only
        self.refresh()
        self.table.scrollToTop()

    def show_everything(self) -> None:
        self.filters.set_filters(Filters(assignee="everyone", state="all", period="any"))

    def update_badge(self) -> None:
        try:
            self._overdue = followups_query.overdue_count()
        except CarebookError:
            return
        self.badge_changed.emit(self._overdue)

    # -- what is shown ---------------------------------------------------------------------------
    def _update_view(self) -> None:
        total = self.model.total
        if total:
            text = self.tr("{0} follow-ups shown").format(total)
            if total == 1:
                text = self.tr("1 follow-up shown")
            if self._overdue:
                text += " · " + self.tr("{0} overdue in all").format(self._overdue)
        else:
            text = self.tr("No follow-ups match these filters")
        self.subtitle_label.setText(text)
        self.subtitle_label.show()
        if total == 0:
            self._show_empty()
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table)
        self.action_bar.setVisible(total > 0)
        self._selection_changed()

    def _show_empty(self) -> None:
        filters = self.filters.filters()
        titles = {
            "open": self.tr("No open follow-ups"),
            "overdue": self.tr("Nothing is overdue"),
            "due_today": self.tr("Nothing is due today"),
            "upcoming": self.tr("Nothing planned ahead"),
            "done": self.tr("No follow-ups done yet"),
            "all": self.tr("No follow-ups yet"),
        }
        texts = {
            "open": self.tr(
                "Everything planned is done. Plan the next call-back or check-in with Ctrl+Shift+N."
            ),
            "overdue": self.tr("Every follow-up is on time. Well done!"),
            "due_today": self.tr("Nothing needs doing today. Upcoming follow-ups show under “Upcoming”."),
            "upcoming": self.tr("No follow-ups are planned for later days. Plan one with Ctrl+Shift+N."),
            "done": self.tr("Follow-ups marked done (Ctrl+D) are listed here with who did them and when."),
            "all": self.tr(
                "Plan a call-back or a check-in with Ctrl+Shift+N, and Carebook reminds you when it is due."
            ),
        }
        everything = filters.state == "all" and filters.assignee == "everyone" and filters.period == "any"
        if not everything and not followups_query.any_followups():
            filters = Filters(state="all")  # none at all yet: say how to plan the first one
            everything = True
        title, text = titles.get(filters.state, titles["all"]), texts.get(filters.state, texts["all"])
        narrowed = filters.assignee != "everyone" or filters.period != "any"
        if narrowed:
            text = self.tr("{0} Only some follow-ups are shown: try “Show all follow-ups”.").format(text)
        self.empty.set_text(title, text)
        self.empty.buttons[1].setVisible(not everything)

    def _show_failure(self, message: str) -> None:
        self.subtitle_label.setText(self.tr("The follow-ups could not be read"))
        self.empty.set_text(self.tr("The follow-ups could not be read"), message)
        self.empty.buttons[1].hide()
        self.stack.setCurrentWidget(self.empty)
        self.action_bar.hide()

    # -- selection -------------------------------------------------------------------------------
    def selected_rows(self) -> list[FollowupRow]:
        model = self.table.selectionModel()
        rows = sorted(index.row() for index in model.selectedRows()) if model is not None else []
        return [self.model.row(row) for row in rows if row < self.model.rowCount()]

    def _double_clicked(self, index: QModelIndex) -> None:
        """A double-click opens the follow-up, or on "From a contact" in Origin, that contact."""
        if COLUMNS[index.column()] == "origin" and self.actions.open_contact.isEnabled():
            self.actions.open_contact_current()
        else:
            self.actions.edit_current()

    def customer_in_view(self) -> int | None:
        rows = self.selected_rows()
        return rows[0].customer_id if len(rows) == 1 else None

    def current_row(self) -> FollowupRow | None:
        """The follow-up an action on one follow-up acts on: the current row if selected, else the
        first selected one."""
        index = self.table.currentIndex()
        selected = self.selected_rows()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row()):
            return self.model.row(index.row())
        return selected[0] if selected else None

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _reselect(self, ids: set[int], current_id: int | None) -> None:
        model = self.table.selectionModel()
        rows = [i for i, row in enumerate(self.model.rows()) if row.id in ids]
        for row in rows:
            model.select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        if current_id is not None:
            row = self.model.row_of(current_id)
            if row >= 0:
                column = max(self.table.currentIndex().column(), 0)  # the current cell stays
                no_update = QItemSelectionModel.SelectionFlag.NoUpdate
                model.setCurrentIndex(self.model.index(row, column), no_update)

    def _selection_changed(self, *_args: object) -> None:
        rows = self.selected_rows()
        self.actions.update(rows)
        self.selection_label.setText(self.tr("%n selected", "", len(rows)) if len(rows) > 1 else "")

    def next_record(self) -> None:
        row = self.table.currentIndex().row()
        if row + 1 >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore()
        self.select_row(min(row + 1, self.model.rowCount() - 1))

    def previous_record(self) -> None:
        row = self.table.currentIndex().row()
        self.select_row(max(row - 1, 0))

    def focus_default(self) -> None:
        if self.stack.currentWidget() is self.table:
            self.table.setFocus()
            if not self.selected_rows():
                self.select_row(max(self.table.currentIndex().row(), 0))
        elif self.empty.buttons:
            self.empty.buttons[0].setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and isinstance(event, QContextMenuEvent):
            self.context_menu(event.pos() if event.reason() == QContextMenuEvent.Reason.Mouse else None)
            return True
        return super().eventFilter(watched, event)

    def context_menu(self, position: QPoint | None = None) -> QMenu:
        """The actions for the selection, at ``position`` (a right click) or under the current row (the
        Menu key); a right click on a row that is not selected selects it first."""
        if position is not None:
            index = self.table.indexAt(position)
            if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
                self.select_row(index.row())
        else:
            position = self.table.visualRect(self.table.currentIndex()).bottomLeft()
        menu = self.actions.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(position))
        return menu

    # -- dialogs ---------------------------------------------------------------------------------
    def new_followup(self) -> None:
        launcher.open_followup_dialog(self.ctx, self)
