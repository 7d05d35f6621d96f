"""How follow-ups read in the Follow-ups table and dialogs: dates, states, origins, state markers.

Dates and times are shop-local and follow the user's locale (``QLocale``): ``format_day`` ("Mon 23 Nov
2026"), ``due_text(row)``, ``done_text(row)`` ("4 Dec 2025 · Mei Chen"), ``state_tooltip(row, today)``
("Overdue by 3 days"). ``state_icon(state)`` is the state's marker: a different shape per state
(warning triangle, today's calendar, calendar with an arrow, tick), in the palette's state colour and
in the highlighted-text colour on a selected row, so it reads in colour, in black and white and in dark
mode alike.
"""

from __future__ import annotations

import html
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRect, QSize, QTime
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap

from carebook import clock
from carebook.resources import resource_path
from carebook.services.followups import FollowupRow
from ui import icons, style
from ui.translate_noop import QT_TRANSLATE_NOOP

_CONTEXT = "FollowupsModel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


_STATES = {
    "overdue": (QT_TRANSLATE_NOOP("FollowupsModel", "Overdue"), "warning"),
    "due_today": (QT_TRANSLATE_NOOP("FollowupsModel", "Due today"), "today"),
    "upcoming": (QT_TRANSLATE_NOOP("FollowupsModel", "Upcoming"), "upcoming"),
    "done": (QT_TRANSLATE_NOOP("FollowupsModel", "Done"), "done"),
}
_ORIGINS = {
    "manual": QT_TRANSLATE_NOOP("FollowupsModel", "Manual"),
    "contact": QT_TRANSLATE_NOOP("FollowupsModel", "From a contact"),
    "stay_in_touch": QT_TRANSLATE_NOOP("FollowupsModel", "Stay in touch"),
    "import": QT_TRANSLATE_NOOP("FollowupsModel", "Imported"),
}


def state_label(state: str) -> str:
    found = _STATES.get(state)
    return _tr(found[0]) if found else state


def origin_label(origin: str, from_contact: bool = False) -> str:
    """Where a follow-up came from; one set by hand on a contact says "From a contact"."""
    found = _ORIGINS.get("contact" if from_contact and origin == "manual" else origin)
    return _tr(found) if found else origin


def state_color(state: str) -> QColor:
    scheme = style.current_scheme()
    value = {
        "overdue": scheme.error,
        "due_today": scheme.warning,
        "upcoming": scheme.link,
        "done": scheme.success,
    }.get(state, scheme.muted)
    return QColor(value)


class _MarkerEngine(QIconEngine):
    """A state icon in its colour, drawn in the highlighted-text colour on a selected row."""

    def __init__(self, name: str, color: QColor) -> None:
        super().__init__()
        self._name = name
        self._color = QColor(color)
        source = resource_path("icons", f"{name}.svg").read_bytes()
        self._normal = icons.SvgIconEngine(name, source, self._color)
        self._selected = icons.SvgIconEngine(name, source)  # palette colours per mode

    def _engine(self, mode: QIcon.Mode) -> icons.SvgIconEngine:
        return self._selected if mode == QIcon.Mode.Selected else self._normal

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._engine(mode).paint(painter, rect, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._engine(mode).pixmap(size, mode, state)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        return self._engine(mode).scaledPixmap(size, mode, state, scale)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def iconName(self) -> str:
        return self._name

    def clone(self) -> QIconEngine:
        return _MarkerEngine(self._name, self._color)


_MARKERS: dict[tuple[str, str], QIcon] = {}


def state_icon(state: str) -> QIcon:
    """The state's marker for the current palette (shape per state, so it reads without colour)."""
    key = (state, style.current_scheme().name)
    found = _MARKERS.get(key)
    if found is None:
        name = _STATES.get(state, ("", "followups"))[1]
        found = QIcon(_MarkerEngine(name, state_color(state)))
        _MARKERS[key] = found
    return found


def format_day(day: date, *, weekday: bool = True) -> str:
    pattern = "ddd d MMM yyyy" if weekday else "d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def format_long_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def format_clock(value: Any) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), "HH:mm")


def due_text(row: FollowupRow) -> str:
    day = format_day(row.due_on)
    return f"{day}  {format_clock(row.due_time)}" if row.due_time is not None else day


def done_when(done_at: datetime) -> str:
    local = clock.to_local(done_at)
    return f"{format_day(local.date(), weekday=False)} {format_clock(local.time())}"


def done_text(row: FollowupRow) -> str:
    """The local day it was done and by whom ("4 Dec 2025 · Mei Chen"); the time is in the tooltip."""
    if row.done_at is None:
        return ""
    day = format_day(clock.to_local(row.done_at).date(), weekday=False)
    return f"{day} · {row.done_by_name}" if row.done_by_name else day


def days_between(first: date, last: date) -> str:
    days = (last - first).days
    return (
        QCoreApplication.translate("FollowupsModel", "1 day")
        if days == 1
        else QCoreApplication.translate("FollowupsModel", "{0} days").format(days)
    )


def state_tooltip(row: FollowupRow, today: date) -> str:
    if row.state == "overdue":
        if row.due_on < today:
            return QCoreApplication.translate("FollowupsModel", "Overdue by {0}").format(
                days_between(row.due_on, today)
            )
        return QCoreApplication.translate("FollowupsModel", "Overdue since {0} today").format(
            format_clock(row.due_time)
        )
    if row.state == "due_today":
        if row.due_time is not None:
            return QCoreApplication.translate("FollowupsModel", "Due today at {0}").format(
                format_clock(row.due_time)
            )
        return QCoreApplication.translate("FollowupsModel", "Due today")
    if row.state == "upcoming":
        return QCoreApplication.translate("FollowupsModel", "Due in {0}").format(
            days_between(today, row.due_on)
        )
    if row.state == "done" and row.done_at is not None:
        if row.done_by_name:
            return QCoreApplication.translate("FollowupsModel", "Done {0} by {1}").format(
                done_when(row.done_at), row.done_by_name
            )
        return QCoreApplication.translate("FollowupsModel", "Done {0}").format(done_when(row.done_at))
    return state_label(row.state)


def rich_tooltip(text: str) -> str:
    """Plain text as a word-wrapped tooltip (rich text wraps; markup in the text is shown as typed)."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def first_line(text: str) -> str:
    return " ".join(text.split("\n", 1)[0].split())
