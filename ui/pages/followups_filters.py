"""The Follow-ups page's filter row: whose (Me / Everyone / Unassigned / each staff member), which state
and which due dates. The choices are remembered on this computer (LocalState ``followups/*``).

``FilterBar(state, parent)``: ``filters()`` -> ``followups_query.Filters``; ``changed`` is emitted when
the user changes a choice; ``set_staff(rows, me)`` fills the staff entries (call it from ``refresh``,
not the constructor: it needs the database). Picking "Choose dates…" shows two date fields. It is a
tool bar, so in a narrow window the filters that do not fit move into its » menu instead of forcing the
window wider.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from carebook import clock
from carebook.services.staff import StaffRow
from ui.pages.followups_query import ASSIGNEES, PERIODS, STATES, Filters
from ui.state import LocalState, declare
from ui.widgets.date_edits import DateEdit

declare("followups/assignee", str, "everyone", "Follow-ups page: whose follow-ups are shown")
declare("followups/state", str, "open", "Follow-ups page: which state is shown (open, overdue ...)")
declare("followups/period", str, "any", "Follow-ups page: which due dates are shown (any, this_week ...)")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FilterBar(QToolBar):
    changed = Signal()

    def __init__(self, state: LocalState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followupFilters")
        self.setMovable(False)
        self.setFloatable(False)
        self._state = state
        self._me: int | None = None

        self.assignee = QComboBox(self)
        self.assignee.setObjectName("assigneeFilter")
        self.assignee.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.assignee.setAccessibleName(self.tr("Assigned to"))
        self._fill_assignees((), None)

        self.state = QComboBox(self)
        self.state.setObjectName("stateFilter")
        self.state.setAccessibleName(self.tr("State"))
        names = {
            "open": self.tr("Open (not done)"),
            "overdue": self.tr("Overdue"),
            "due_today": self.tr("Due today"),
            "upcoming": self.tr("Upcoming"),
            "done": self.tr("Done"),
            "all": self.tr("All"),
        }
        for value in STATES:
            self.state.addItem(names[value], value)

        self.period = QComboBox(self)
        self.period.setObjectName("periodFilter")
        self.period.setAccessibleName(self.tr("Due"))
        periods = {
            "any": self.tr("Any date"),
            "today": self.tr("Today"),
            "this_week": self.tr("This week"),
            "next_7_days": self.tr("Next 7 days"),
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "custom": self.tr("Choose dates…"),
        }
        for value in PERIODS:
            self.period.addItem(periods[value], value)

        today = clock.today()
        self.start = DateEdit(self)
        self.start.setDate(_qdate(today))
        self.end = DateEdit(self)
        self.end.setDate(_qdate(today + timedelta(days=30)))
        for edit, name in ((self.start, self.tr("Due from")), (self.end, self.tr("Due until"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._emit)
        self.until = QLabel(self.tr("to"), self)

        self._restore()
        for number, (text, combo) in enumerate(
            (
                (self.tr("&Assigned to:"), self.assignee),
                (self.tr("S&tate:"), self.state),
                (self.tr("D&ue:"), self.period),
            )
        ):
            if number:
                gap = QWidget(self)
                gap.setFixedWidth(14)
                self.addWidget(gap)
            label = QLabel(text, self)
            label.setObjectName("filterLabel")
            label.setBuddy(combo)
            self.addWidget(label)
            self.addWidget(combo)
            combo.activated.connect(self._chosen)
        self.date_actions = [self.addWidget(widget) for widget in (self.start, self.until, self.end)]
        self._show_dates()

    # -- choices ---------------------------------------------------------------------------------
    def filters(self) -> Filters:
        period = str(self.period.currentData())
        custom = period == "custom"
        return Filters(
            assignee=str(self.assignee.currentData()),
            state=str(self.state.currentData()),
            period=period,
            start_on=_date(self.start.date()) if custom else None,
            end_on=_date(self.end.date()) if custom else None,
        )

    def set_filters(self, filters: Filters) -> None:
        """Show ``filters`` (e.g. "Everyone" from an empty state's button) and emit ``changed``."""
        for combo, value in (
            (self.assignee, filters.assignee),
            (self.state, filters.state),
            (self.period, filters.period),
        ):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        if filters.start_on is not None:
            self.start.setDate(_qdate(filters.start_on))
        if filters.end_on is not None:
            self.end.setDate(_qdate(filters.end_on))
        self._chosen()

    def set_staff(self, rows: Sequence[StaffRow], me: int | None) -> None:
        """Offer each active staff member (and "Me" when someone is at the counter)."""
        current = str(self.assignee.currentData())
        self._fill_assignees(rows, me)
        index = self.assignee.findData(current)
        if index < 0 or not self._enabled(index):
            index = self.assignee.findData("everyone")
        self.assignee.setCurrentIndex(index)

    def _fill_assignees(self, rows: Sequence[StaffRow], me: int | None) -> None:
        self._me = me
        me_name = next((row.name for row in rows if row.id == me), "")
        self.assignee.blockSignals(True)
        self.assignee.clear()
        names = {
            "me": self.tr("Me ({0})").format(me_name) if me_name else self.tr("Me"),
            "everyone": self.tr("Everyone"),
            "unassigned": self.tr("Nobody yet (unassigned)"),
        }
        for value in ASSIGNEES:
            self.assignee.addItem(names[value], value)
        if me is None:  # nobody at the counter: "Me" means nothing
            model = self.assignee.model()
            if isinstance(model, QStandardItemModel):
                item = model.item(self.assignee.findData("me"))
                item.setEnabled(False)
                item.setToolTip(self.tr("Choose who is at the counter first"))
        if rows:
            self.assignee.insertSeparator(self.assignee.count())
        for row in rows:
            self.assignee.addItem(row.name, f"staff:{row.id}")
        self.assignee.blockSignals(False)

    def _enabled(self, index: int) -> bool:
        model = self.assignee.model()
        if isinstance(model, QStandardItemModel):
            item = model.item(index)
            return item is not None and item.isEnabled()
        return True

    def _restore(self) -> None:
        saved = {
            self.assignee: self._state.get("followups/assignee"),
            self.state: self._state.get("followups/state"),
            self.period: self._state.get("followups/period"),
        }
        for combo, value in saved.items():
            index = combo.findData(value)
            if index < 0 and combo is self.assignee and value.startswith("staff:"):
                combo.addItem(value, value)  # named once the staff list is read (set_staff)
                index = combo.count() - 1
            if index >= 0:
                combo.setCurrentIndex(index)

    def _chosen(self, *_args: object) -> None:
        self._state.set("followups/assignee", str(self.assignee.currentData()))
        self._state.set("followups/state", str(self.state.currentData()))
        self._state.set("followups/period", str(self.period.currentData()))
        self._show_dates()
        self.changed.emit()

    def _emit(self, *_args: object) -> None:
        if self.period.currentData() == "custom":
            self.changed.emit()

    def _show_dates(self) -> None:
        custom = self.period.currentData() == "custom"
        for action in self.date_actions:
            action.setVisible(custom)

    def dates_shown(self) -> bool:
        return all(action.isVisible() for action in self.date_actions)

    def focus_first(self) -> None:
        self.assignee.setFocus(Qt.FocusReason.OtherFocusReason)
