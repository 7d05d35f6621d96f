"""Dates and times as spreadsheets write them into a CSV file.

Carebook's own files use ``YYYY-MM-DD HH:MM``. A file saved again by Excel or LibreOffice carries the
computer's own forms instead: ``03.11.2026 14:05`` in Norway or Germany, ``03/11/2026`` in Britain,
``11/3/26 2:05 PM`` in the United States, or the bare day number Excel keeps underneath (``46329.5868``).

``parse`` reads those forms with the shop's day/month order: the ``date_order`` setting, else the one of
the shop's country (the ``phone_region`` setting) as the CLDR data in Babel gives it. Dotted dates are
always day first (no country writes month.day.year). A date that cannot be read in the shop's order but
could in the other one is refused, naming the order assumed and how to change it: a month-first file is
never read day first without a word, or the other way round.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from functools import cache

from babel import Locale, UnknownLocaleError

from carebook import settings
from carebook.errors import ValidationError
from carebook.marks import N_
from carebook.translation import _

ORDERS: dict[str, str] = {"dmy": N_("day/month/year"), "mdy": N_("month/day/year")}
# A number of days since Excel's day 0 (1899-12-30), as Excel keeps a date in a cell: from 1954 to 2119.
_SERIAL = re.compile(r"(\d{5})(?:[.,](\d+))?\Z")
_SERIAL_DAYS = (20000, 80000)
_EXCEL_EPOCH = datetime(1899, 12, 30)
_NUMERIC = re.compile(
    r"(\d{1,4})([./-])\s?(\d{1,2})\2\s?(\d{1,4})\.?"  # the date: 3.11.2026, 11/3/26, 2026/11/03
    r"(?:[ T,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*([AaPp])\.?[Mm]?\.?)?)?\Z"  # 14:05, 2:05 PM
)
_TIME_ONLY_AMPM = re.compile(r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([AaPp])\.?[Mm]?\.?\Z")


@cache
def country_order(region: str) -> str:
    """ "dmy" or "mdy": the order of day and month in the medium date format of ``region``'s main
    language (CLDR via Babel); day first for a region Babel does not know."""
    try:
        pattern = Locale.parse(f"und_{region}").date_formats["medium"].pattern
    except (UnknownLocaleError, ValueError, KeyError, OSError):  # OSError: the frozen app ships 8 locales
        return "dmy"
    letters = [char for char in pattern if char in "dM"]
    return "mdy" if letters and letters[0] == "M" else "dmy"


def shop_order() -> tuple[str, str]:
    """The day/month order used for this shop's files and where it comes from (for messages)."""
    chosen = settings.get("date_order")
    if chosen:
        return chosen, _("the shop's date_order setting")
    region = settings.get("phone_region")
    return country_order(region), _("the shop's country, {region}").format(region=region)


def _year(text: str) -> int:
    number = int(text)
    if len(text) <= 2:  # Excel's rule for two-digit years: 00-29 are 2000-2029, 30-99 are 1930-1999
        return 2000 + number if number < 30 else 1900 + number
    return number


def _refuse(raw: str, field: str, order: str, source: str) -> ValidationError:
    other = "mdy" if order == "dmy" else "dmy"
    return ValidationError(
        field,
        _(
            "'{raw}' is not a date read {order} (the order from {source}); it reads as {other_order}. If "
            "the file's dates are {other_order}, set the shop's date order (carebook settings date_order "
            "{other}, or Settings in the app) and import again"
        ).format(raw=raw, order=_(ORDERS[order]), source=source, other_order=_(ORDERS[other]), other=other),
    )


def _date(first: str, separator: str, second: str, third: str, raw: str, field: str) -> date:
    if len(first) == 4:  # year first: 2026/11/03, 2026.11.03
        year, month, day = int(first), int(second), int(third)
    else:
        order, source = ("dmy", _("dotted dates")) if separator == "." else shop_order()
        a, b, year = int(first), int(second), _year(third)
        day, month = (a, b) if order == "dmy" else (b, a)
        if not 1 <= month <= 12 and 1 <= day <= 12 and month <= 31 and separator != ".":
            raise _refuse(raw, field, order, source)  # it reads the other way round
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, _("'{raw}' is not a real date").format(raw=raw)) from None


def _clock(hour: str, minute: str, second: str | None, half: str | None, raw: str, field: str) -> time:
    """A time of day from its parts as matched (``half``: "A"/"P" of AM/PM, or None for 24 hours)."""
    h, m, s = int(hour), int(minute), int(second or 0)
    if half is not None:
        if not 1 <= h <= 12:
            raise ValidationError(field, _("'{raw}' is not a real time").format(raw=raw))
        h = h % 12 + (12 if half in "Pp" else 0)
    if h > 23 or m > 59 or s > 59:
        raise ValidationError(field, _("'{raw}' is not a real time").format(raw=raw))
    return time(h, m, s)


def parse(raw: str, field: str) -> datetime | None:
    """``raw`` as a naive local date and time when it is one of the spreadsheet forms (a date alone is
    midnight); None when it is not (ISO 8601 and Carebook's own form are read elsewhere)."""
    text = raw.strip()
    serial = _SERIAL.match(text)
    if serial and _SERIAL_DAYS[0] <= int(serial.group(1)) <= _SERIAL_DAYS[1]:
        fraction = float(f"0.{serial.group(2)}") if serial.group(2) else 0.0
        moment = _EXCEL_EPOCH + timedelta(days=int(serial.group(1)) + fraction)
        return (moment + timedelta(seconds=0.5)).replace(microsecond=0)  # Excel's fractions round
    match = _NUMERIC.match(text)
    if match is None:
        return None
    first, separator, second, third, hour, minute, second_of_minute, half = match.groups()
    if separator == "-" and len(first) == 4:
        return None  # ISO 8601: Carebook's own reader says what is wrong with it
    day = _date(first, separator, second, third, text, field)
    if hour is None:
        return datetime.combine(day, time())
    return datetime.combine(day, _clock(hour, minute, second_of_minute, half, text, field))


def parse_time_of_day(raw: str, field: str) -> time | None:
    """A time of day with AM/PM (``2:05 PM``); None for other forms."""
    match = _TIME_ONLY_AMPM.match(raw.strip())
    if match is None:
        return None
    hour, minute, second, half = match.groups()
    return _clock(hour, minute, second, half, raw.strip(), field)
