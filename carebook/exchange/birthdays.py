"""Birthdays as address books and spreadsheets write them, read into ``YYYY-MM-DD``.

``2026-04-12`` and ``19850412``; ``12.04.1985`` (day first, as every country that writes dots does);
``4/12/1985``, ``12/04/1985`` and ``12-04-85``, whose order of day and month is decided once for the whole
file: a value whose first number is above 12 makes the file day-first, one whose second number is above
12 month-first; when no value tells, the shop's phone region does (month first in the United States and
the other countries that write so, as Outlook there does). A two-digit year is the latest year that is
not in the future. A date without a year (Google's ``--04-12``), a file that writes both orders, and any
other text are not read: ``read`` gives None and the caller keeps the text in the notes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from carebook import settings
from carebook.clock import utc_now

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_BASIC = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_YEAR_FIRST = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_DOTS = re.compile(r"^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2}|\d{4})$")
_EITHER = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$")
MONTH_FIRST_REGIONS = frozenset({"US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "VI", "UM"})


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 4:
        return year
    this = utc_now().year
    century = this - this % 100
    return century + year if century + year <= this else century - 100 + year


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def month_first(cells: Iterable[str]) -> bool | None:
    """Whether the file's ``a/b/yyyy`` dates are month first: True, False, or None when they disagree."""
    day_first_seen = month_first_seen = False
    for cell in cells:
        found = _EITHER.match(cell.strip())
        if found:
            first, second = int(found[1]), int(found[2])
            day_first_seen |= first > 12
            month_first_seen |= second > 12
    if day_first_seen and month_first_seen:
        return None
    if day_first_seen or month_first_seen:
        return month_first_seen
    return settings.get("phone_region") in MONTH_FIRST_REGIONS


class BirthdayReader:
    """Reads the birthdays of one file; ``cells()`` gives all of them, walked once when a value's order
    of day and month is needed."""

    def __init__(self, cells: Callable[[], Iterable[str]]) -> None:
        self._cells = cells
        self._order: tuple[bool | None] | None = None

    def _month_first(self) -> bool | None:
        if self._order is None:
            self._order = (month_first(self._cells()),)
        return self._order[0]

    def read(self, raw: str) -> str | None:
        text = raw.strip()
        for pattern in (_ISO, _BASIC, _YEAR_FIRST):
            found = pattern.match(text)
            if found:
                return _iso(int(found[1]), int(found[2]), int(found[3]))
        found = _DOTS.match(text)
        if found:
            return _iso(_year(found[3]), int(found[2]), int(found[1]))
        found = _EITHER.match(text)
        if found:
            order = self._month_first()
            if order is None:
                return None
            first, second = int(found[1]), int(found[2])
            month, day = (first, second) if order else (second, first)
            return _iso(_year(found[3]), month, day)
        return None
