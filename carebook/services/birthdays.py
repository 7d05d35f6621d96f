"""Customers whose birthday comes up soon, for the Today page.

``upcoming(today, days=7) -> tuple[BirthdayRow, ...]``: the customers (outside the trash, not erased)
whose birthday falls on one of the ``days`` days from ``today`` on (today included), soonest first, then
by name. Someone born on 29 February has their birthday on 28 February in other years. The database
picks them by month and day (``MM-DD`` of the stored ``YYYY-MM-DD``), so no customer row is read
that does not match.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

import peewee

from carebook.db import reads
from carebook.errors import ValidationError
from carebook.models import Customer
from carebook.query_rows import tuple_rows
from carebook.translation import _

MAX_DAYS = 366


@dataclass(frozen=True)
class BirthdayRow:
    customer_id: int
    name: str
    birthday: date  # as stored, with the year of birth
    on: date  # the day it is celebrated within the window asked for
    age: int  # the age the customer turns that day


def celebrated_on(birthday: date, year: int) -> date:
    """The birthday in ``year`` (29 February: the 28th when ``year`` is no leap year)."""
    if birthday.month == 2 and birthday.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return birthday.replace(year=year)


def _month_days(days: list[date]) -> set[str]:
    wanted = {day.strftime("%m-%d") for day in days}
    if any(day.month == 2 and day.day == 28 and not calendar.isleap(day.year) for day in days):
        wanted.add("02-29")
    return wanted


@reads
def upcoming(today: date, days: int = 7) -> tuple[BirthdayRow, ...]:
    """Birthdays from ``today`` to ``today + days - 1`` (see the module notes)."""
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise ValidationError(
            "days",
            _("'{days}' is not a whole number of days from 1 to {most}").format(days=days, most=MAX_DAYS),
        )
    window = [today + timedelta(days=n) for n in range(days)]
    month_day = peewee.fn.substr(Customer.birthday.cast("TEXT"), 6, 5)
    query = Customer.select(Customer.id, Customer.name, Customer.name_key, Customer.birthday).where(
        Customer.birthday.is_null(False)
        & Customer.deleted_at.is_null()
        & Customer.erased_at.is_null()
        & month_day.in_(sorted(_month_days(window)))
    )
    found = []
    for customer_id, name, name_key, stored in tuple_rows(query):
        born = stored if isinstance(stored, date) else date.fromisoformat(str(stored)[:10])
        on = next(day for day in window if celebrated_on(born, day.year) == day)
        found.append(
            (on, name_key, customer_id, BirthdayRow(customer_id, name, born, on, on.year - born.year))
        )
    return tuple(row for *_key, row in sorted(found, key=lambda item: item[:3]))
