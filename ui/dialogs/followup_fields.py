"""Fields of the follow-up dialogs: a due date with quick buttons and a calendar, a time, a note and a
customer picker.

- ``DueDateField(today)``: a line edit for a local date (``YYYY-MM-DD``), the buttons Tomorrow, In 2 days
  and Next week, a calendar button, and a live hint naming the weekday ("Tuesday 24 November 2026 ·
  tomorrow"). ``value()`` returns the date or raises ``ValidationError("due_on", ...)``; what was typed
  stays in the box.
- ``parse_time_text(text)``: "", "9", "9:30", "09.30", "0930" -> ``time | None``, else ValidationError.
- ``NoteEdit``: multi-line text where Enter saves (``submitted``) and Shift+Enter starts a new line.
- ``CustomerPicker``: search as you type (the global ``SearchBox``, off the UI thread), pick with Enter
  or a click; the chosen customer is then shown with a Change button. ``customer_id`` is the choice.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from carebook import clock
from carebook.errors import CarebookError, ValidationError
from carebook.services import customers
from ui import icons
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.search_box import SearchBox
from ui.widgets.search_runner import SearchFunc

_CONTEXT = "FollowupFields"
_TIME = re.compile(r"^([0-9]{1,2})(?:[:.h]?([0-9]{2}))?$")  # ASCII digits: "١٠" is not guessed


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, "", n)


def next_monday(today: date) -> date:
    """The Monday of next week (a week ahead when today is a Monday), like the snooze button."""
    return today + timedelta(days=7 - today.weekday())


def parse_due_date(text: str, field: str = "due_on") -> date:
    raw = text.strip()
    if not raw:
        example = clock.today().isoformat()
        raise ValidationError(
            field,
            QCoreApplication.translate("FollowupFields", "Type a due date like {0}, or pick one").format(
                example
            ),
        )
    return clock.parse_date(raw, field)


def parse_time_text(text: str, field: str = "due_time") -> time | None:
    raw = text.strip()
    if not raw:
        return None
    match = _TIME.match(raw)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise ValidationError(
        field, QCoreApplication.translate("FollowupFields", "'{0}' is not a time like 14:30").format(raw)
    )


def relative_day(day: date, today: date) -> str:
    days = (day - today).days
    if days == 0:
        return QCoreApplication.translate("FollowupFields", "today")
    if days == 1:
        return QCoreApplication.translate("FollowupFields", "tomorrow")
    if days == -1:
        return QCoreApplication.translate("FollowupFields", "yesterday")
    if days > 0:
        return QCoreApplication.translate("FollowupFields", "in {0} days").format(days)
    if days == -2:
        return QCoreApplication.translate("FollowupFields", "the day before yesterday — in the past")
    return QCoreApplication.translate("FollowupFields", "{0} days ago — in the past").format(-days)


def time_edit() -> QLineEdit:
    """The short "due time" box (``parse_time_text`` reads it), wide enough for "00:00 XXXX"."""
    edit = QLineEdit()
    edit.setObjectName("dueTimeEdit")
    edit.setMaxLength(20)
    edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("00:00 XXXX") + 24)
    return edit


class DueDateField(QWidget):
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None, field: str = "due_on") -> None:
        super().__init__(parent)
        self.today = today
        self.field = field
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dueDateEdit")
        self.edit.setPlaceholderText(QCoreApplication.translate("FollowupFields", "YYYY-MM-DD"))
        self.edit.setMaxLength(40)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("2026-12-31") + 32)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("2026-12-31 XXXX") + 32)
        self.edit.textChanged.connect(self._update_hint)
        self.edit.textChanged.connect(self.changed)

        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setAccessibleName(QCoreApplication.translate("FollowupFields", "Calendar"))
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.calendar_menu = QMenu(self)
        holder = QWidgetAction(self.calendar_menu)
        holder.setDefaultWidget(self.calendar)
        self.calendar_menu.addAction(holder)
        self.calendar_menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setIcon(icons.icon("today"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar_button.setMenu(self.calendar_menu)
        self.calendar_button.setToolTip(
            QCoreApplication.translate("FollowupFields", "Pick a date from the calendar")
        )
        self.calendar_button.setAccessibleName(
            QCoreApplication.translate("FollowupFields", "Pick a date from the calendar")
        )

        self.quick_buttons: dict[str, QPushButton] = {}
        self._quick_days: dict[str, date] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.edit)
        row.addWidget(self.calendar_button)
        row.addSpacing(6)
        for key, text, day in (
            ("tomorrow", QCoreApplication.translate("FollowupFields", "Tomorrow"), today + timedelta(days=1)),
            (
                "in_2_days",
                QCoreApplication.translate("FollowupFields", "In 2 days"),
                today + timedelta(days=2),
            ),
            ("next_week", QCoreApplication.translate("FollowupFields", "Next week"), next_monday(today)),
        ):
            button = QPushButton(text, self)
            button.setObjectName("quickDateButton")
            button.setCheckable(True)  # shown pressed while the date is the one it sets
            button.setAutoDefault(False)  # Enter saves the dialog, never presses a quick button
            button.setToolTip(QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy"))
            button.clicked.connect(lambda _checked=False, d=day: self.set_date(d))
            row.addWidget(button)
            self.quick_buttons[key] = button
            self._quick_days[key] = day
        row.addStretch(1)
        self.hint = QLabel(self)
        self.hint.setObjectName("fieldHint")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.hint)
        self.setFocusProxy(self.edit)
        self._update_hint()

    def text(self) -> str:
        return self.edit.text()

    def set_date(self, day: date | None) -> None:
        self.edit.setText(day.isoformat() if day is not None else "")
        self._update_hint()  # also when the text stayed the same (a quick button pressed twice)

    def value(self) -> date:
        return parse_due_date(self.edit.text(), self.field)

    def _prepare_calendar(self) -> None:
        try:
            day = self.value()
        except ValidationError:
            day = self.today
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, picked: QDate) -> None:
        self.set_date(date(picked.year(), picked.month(), picked.day()))
        self.calendar_menu.close()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_hint(self) -> None:
        try:
            day: date | None = self.value()
        except ValidationError:
            day = None
        for key, button in self.quick_buttons.items():
            button.setChecked(day == self._quick_days[key])
        if day is None:
            self.hint.setText(
                QCoreApplication.translate("FollowupFields", "Type a date like {0}, or use a button.").format(
                    self.today.isoformat()
                )
            )
            return
        weekday = QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
        self.hint.setText(f"{weekday} · {relative_day(day, self.today)}")


class NoteEdit(QPlainTextEdit):
    """Enter saves (emits ``submitted``); Shift+Enter starts a new line; Tab moves on."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        lines = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(lines * 4 + 12)
        self.setMaximumHeight(lines * 8 + 12)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return
        super().keyPressEvent(event)


class CustomerPicker(QWidget):
    customer_changed = Signal(object)  # int | None
    escaped = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, read_only: bool = False, search_func: SearchFunc | None = None
    ) -> None:
        super().__init__(parent)
        self.customer_id: int | None = None
        self.read_only = read_only
        self.search = SearchBox(self, search_func=search_func)
        self.search.setObjectName("customerSearch")
        self.search.setMaximumWidth(16_777_215)
        self.search.setPlaceholderText(
            QCoreApplication.translate("FollowupFields", "Type a name, email or phone number…")
        )
        self.search.setAccessibleName(QCoreApplication.translate("FollowupFields", "Customer"))
        self.search.customer_chosen.connect(self.choose)
        self.search.escaped.connect(self.escaped)
        self.search.runner.results.connect(self._no_match_message)  # after the box's own handler

        self.chosen = QWidget(self)
        self.name_label = ElidedLabel("", self.chosen)
        self.name_label.setObjectName("chosenCustomer")
        self.change_button = QPushButton(QCoreApplication.translate("FollowupFields", "Change…"), self.chosen)
        self.change_button.setAutoDefault(False)
        self.change_button.setAccessibleName(
            QCoreApplication.translate("FollowupFields", "Choose another customer")
        )
        self.change_button.clicked.connect(self.start_search)
        self.change_button.setVisible(not read_only)
        chosen_row = QHBoxLayout(self.chosen)
        chosen_row.setContentsMargins(0, 0, 0, 0)
        chosen_row.addWidget(self.name_label, 1)
        chosen_row.addWidget(self.change_button)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.search)
        self.stack.addWidget(self.chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setFocusProxy(self.search)

    def choose(self, customer_id: int) -> None:
        """Show ``customer_id`` as the choice (its name and company are read from the service)."""
        try:
            row = customers.get(customer_id)
        except CarebookError as error:
            self.search.setText("")
            self.search.setPlaceholderText(str(error))
            return
        self.show_customer(row.id, row.name, row.company)
        self.customer_changed.emit(row.id)

    def show_customer(self, customer_id: int, name: str, company: str = "") -> None:
        self.customer_id = customer_id
        self.name_label.setText(f"{name} — {company}" if company else name)
        self.stack.setCurrentWidget(self.chosen)
        proxy = self.change_button if not self.read_only else None
        self.setFocusProxy(proxy)  # type: ignore[arg-type]  # None clears it; the stub wants a widget
        if self.read_only:
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def start_search(self) -> None:
        self.customer_id = None
        self.stack.setCurrentWidget(self.search)
        self.setFocusProxy(self.search)
        self.search.clear()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.customer_changed.emit(None)

    def typed_text(self) -> str:
        return self.search.text() if self.stack.currentWidget() is self.search else ""

    def shutdown(self) -> None:
        self.search.shutdown()

    def _no_match_message(self, query: str, hits: object) -> None:
        popup = self.search.popup
        if not hits and popup is not None and query == self.search.text().strip():
            popup.show_message(
                QCoreApplication.translate(
                    "FollowupFields",
                    "No customer matches “{0}”. Check the spelling, or add the customer first.",
                ).format(query)
            )
            self.search.show_popup()  # placed again for the new message's height
