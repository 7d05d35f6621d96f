"""How long ago something happened, in words, and its local date and time in full.

``ago(instant, now_local)`` -> "Today" / "Yesterday" / "3 days ago" / "2 weeks ago" / "5 months ago" /
"2 years ago", counted in local calendar days; ``local_stamp(instant)`` -> "Mon 12 Nov 2026, 14:30" for
tooltips; ``count_text(n)`` -> "12,345" grouped for the user's locale. Instants are naive UTC (as the
services give them); everything shown is local. Translated in the context ``time``.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from carebook import clock

_CTX = "time"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def days_ago(day: date, today: date) -> str:
    days = (today - day).days
    if days < 0:
        return QCoreApplication.translate("time", "In the future")
    if days == 0:
        return QCoreApplication.translate("time", "Today")
    if days == 1:
        return QCoreApplication.translate("time", "Yesterday")
    if days < 14:
        return QCoreApplication.translate("time", "{0} days ago").format(days)
    if days < 60:
        return QCoreApplication.translate("time", "{0} weeks ago").format(days // 7)
    months = (today.year - day.year) * 12 + today.month - day.month - (today.day < day.day)
    if months < 24:
        return QCoreApplication.translate("time", "{0} months ago").format(max(2, months))
    return QCoreApplication.translate("time", "{0} years ago").format(months // 12)


def ago(instant: datetime, now_local: datetime | None = None) -> str:
    """``instant`` (naive UTC) as a distance in local days from ``now_local`` (default: now)."""
    now = now_local if now_local is not None else clock.local_now()
    return days_ago(clock.to_local(instant).date(), now.date())


def local_stamp(instant: datetime) -> str:
    """The local date and time in full, e.g. "Monday 12 November 2026, 14:30"."""
    local = clock.to_local(instant)
    shown = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    day = QLocale().toString(shown.date(), "dddd d MMMM yyyy")
    return QCoreApplication.translate("time", "{0}, {1}").format(
        day, QLocale().toString(shown.time(), QLocale.FormatType.ShortFormat)
    )


def short_stamp(instant: datetime, today: date | None = None) -> str:
    """A compact local date and time: "14:30" today, "12 Nov 14:30" this year, else "12 Nov 2025"."""
    local = clock.to_local(instant)
    today = today or clock.today()
    time_text = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if local.date() == today:
        return time_text
    day = QDate(local.year, local.month, local.day)
    if local.year == today.year:
        return f"{QLocale().toString(day, 'd MMM')} {time_text}"
    return QLocale().toString(day, "d MMM yyyy")


def count_text(number: int) -> str:
    """``number`` with the locale's digit grouping (also in the plain "C" locale: 12,345)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale.toString(int(number))
