"""Words for follow-ups and contacts as the Today page and the reminders show them.

``due_text(row, today)`` -> "Overdue by 3 days" / "Overdue since 09:00" / "Due at 14:00" / "Due today";
``short_date(day, today)`` -> "Today" / "Yesterday" / "12 Nov" / "12 Nov 2025"; ``short_time(t)`` in the
user's locale; ``score_text(kind, score)`` -> "NPS 9/10"; ``open_contacts_text(n)``;
``assignee_text(row, staff_id)``. All translated (context ``followups``); dates and times are local.
"""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from ui import labels

if TYPE_CHECKING:
    from carebook.services.followups import FollowupRow

SCORE_MAX = {"csat": 5, "nps": 10, "ces": 7}


def short_time(value: time) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def short_date(day: date, today: date) -> str:
    if day == today:
        return QCoreApplication.translate("followups", "Today")
    if (today - day).days == 1:
        return QCoreApplication.translate("followups", "Yesterday")
    shown = QDate(day.year, day.month, day.day)
    return QLocale().toString(shown, "d MMM" if day.year == today.year else "d MMM yyyy")


def long_date(day: date) -> str:
    """The day written out, e.g. Monday 23 November, in the user's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")


def due_text(row: FollowupRow, today: date) -> str:
    """How late or how soon an open follow-up is, as of the local date ``today``."""
    if row.state == "overdue" or row.due_on < today:
        days = (today - row.due_on).days
        if days <= 0:
            if row.due_time is None:
                return QCoreApplication.translate("followups", "Overdue")
            return QCoreApplication.translate("followups", "Overdue since {0}").format(
                short_time(row.due_time)
            )
        if days == 1:
            return QCoreApplication.translate("followups", "Overdue by 1 day")
        return QCoreApplication.translate("followups", "Overdue by {0} days").format(days)
    if row.due_on == today:
        if row.due_time is None:
            return QCoreApplication.translate("followups", "Due today")
        return QCoreApplication.translate("followups", "Due at {0}").format(short_time(row.due_time))
    when = short_date(row.due_on, today)
    if row.due_time is None:
        return QCoreApplication.translate("followups", "Due {0}").format(when)
    return QCoreApplication.translate("followups", "Due {0} at {1}").format(when, short_time(row.due_time))


def due_when(due_on: date, due_time: time | None, today: date) -> str:
    """When a follow-up comes back, e.g. tomorrow at 09:00 or Mon 30 Nov (for "Snoozed until ...")."""
    if due_on == today:
        day = QCoreApplication.translate("followups", "today")
    elif (due_on - today).days == 1:
        day = QCoreApplication.translate("followups", "tomorrow")
    else:
        day = QLocale().toString(QDate(due_on.year, due_on.month, due_on.day), "ddd d MMM")
    if due_time is None:
        return day
    return QCoreApplication.translate("followups", "{0} at {1}").format(day, short_time(due_time))


def score_text(kind: str, score: int) -> str:
    maximum = SCORE_MAX.get(kind)
    label = labels.kind(kind)
    return f"{label} {score}/{maximum}" if maximum else f"{label} {score}"


def last_score_text(last_score: tuple[str, int] | None) -> str:
    if last_score is None:
        return QCoreApplication.translate("followups", "No scores yet")
    return QCoreApplication.translate("followups", "Last score {0}").format(score_text(*last_score))


def open_contacts_text(count: int) -> str:
    if count == 0:
        return QCoreApplication.translate("followups", "No open contacts")
    if count == 1:
        return QCoreApplication.translate("followups", "1 open contact")
    return QCoreApplication.translate("followups", "{0} open contacts").format(count)


def assignee_text(row: FollowupRow, staff_id: int | None) -> str:
    """Who the follow-up is for, or "" when it is the counter person's own."""
    if row.assignee_id is None:
        return QCoreApplication.translate("followups", "Unassigned")
    if row.assignee_id == staff_id:
        return ""
    return QCoreApplication.translate("followups", "For {0}").format(row.assignee_name)
