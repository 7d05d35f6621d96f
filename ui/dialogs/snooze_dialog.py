"""Snooze a follow-up to a date (and optionally a time) the user picks.

``SnoozeDialog(ctx, parent=None, followup=FollowupRow)``: a calendar date field (tomorrow by default),
an "At a set time" check box with a time field, Enter saves through the core's
``usecases.followups.snooze``; a date or time already past (the core's rule) gets a message next to its
field. After saving, ``result_row`` holds the moved follow-up and ``previous`` the due date and time
it had (for Undo).
"""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTimeEdit, QVBoxLayout, QWidget

from carebook import clock
from carebook.services.followups import FollowupRow
from carebook.usecases import followups as followup_cases
from ui.context import AppContext
from ui.dialogs.base import BaseDialog, Form
from ui.widgets.date_edits import DateEdit

DEFAULT_TIME = time(9, 0)


class SnoozeDialog(BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, followup: FollowupRow) -> None:
        super().__init__(ctx, parent)
        self.followup = followup
        self.previous: tuple[date, time | None] = (followup.due_on, followup.due_time)
        self.result_row: FollowupRow | None = None
        self.setWindowTitle(self.tr("Snooze follow-up"))
        self.setMinimumWidth(420)
        today = clock.today()

        layout = QVBoxLayout(self)
        what = followup.note.splitlines()[0] if followup.note.strip() else self.tr("(no note)")
        if len(what) > 80:
            what = what[:79] + "…"
        intro = QLabel(self.tr("Bring back “{0}” for {1} on:").format(what, followup.customer_name), self)
        intro.setWordWrap(True)
        intro.setObjectName("dialogIntro")
        layout.addWidget(intro)

        self.form = Form(self)
        layout.addWidget(self.form.banner)
        self.due_on = DateEdit(self)
        self.due_on.setCalendarPopup(True)
        self.due_on.setDisplayFormat("ddd d MMM yyyy")
        tomorrow = today + timedelta(days=1)
        self.due_on.setMinimumDate(QDate(today.year, today.month, today.day))
        self.due_on.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.form.add_row("due_on", self.tr("&Date"), self.due_on)

        self.timed = QCheckBox(self.tr("At a set &time"), self)
        self.due_time = QTimeEdit(self)
        self.due_time.setDisplayFormat("HH:mm")
        start = followup.due_time or DEFAULT_TIME
        self.due_time.setTime(QTime(start.hour, start.minute))
        self.due_time.setAccessibleName(self.tr("Time"))
        self.timed.setChecked(followup.due_time is not None)
        self.due_time.setEnabled(self.timed.isChecked())
        self.timed.toggled.connect(self.due_time.setEnabled)
        time_row = QWidget(self)
        row = QHBoxLayout(time_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.timed)
        row.addWidget(self.due_time)
        row.addStretch(1)
        self.form.add_row(
            "due_time",
            self.tr("Time"),
            time_row,
            hint=self.tr("Without a time it is due from the start of the day."),
            focus=self.due_time,
        )
        layout.addLayout(self.form)
        self.add_buttons(self.tr("&Snooze"), layout)
        self.due_on.setFocus()

    def chosen(self) -> tuple[date, time | None]:
        picked = self.due_on.date()
        day = date(picked.year(), picked.month(), picked.day())
        if not self.timed.isChecked():
            return day, None
        shown = self.due_time.time()
        return day, time(shown.hour(), shown.minute())

    def save(self) -> None:
        day, at = self.chosen()
        self.result_row = followup_cases.snooze(self.followup.id, day, at)
