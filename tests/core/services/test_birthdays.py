"""Customers whose birthday falls in the next days (the Today page's "Birthdays this week")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from carebook.errors import ValidationError
from carebook.services import birthdays, customers, privacy


def test_birthdays_in_the_next_seven_days_soonest_first(db: Path) -> None:
    customers.create("Today Tove", birthday=date(1985, 3, 10))
    customers.create("Sunday Siv", birthday=date(2001, 3, 15))
    customers.create("Monday Mia", birthday=date(1990, 3, 16))  # the seventh day
    customers.create("Tuesday Tor", birthday=date(1990, 3, 17))  # the eighth day: not this week
    customers.create("Yesterday Yngve", birthday=date(1970, 3, 9))
    customers.create("No date")
    gone = customers.create("Trashed Tom", birthday=date(1980, 3, 11)).row
    customers.trash([gone.id])
    erased = customers.create("Erased Eva", birthday=date(1980, 3, 11)).row
    privacy.erase(erased.id)
    found = birthdays.upcoming(date(2026, 3, 10))
    assert [(row.name, row.on, row.age) for row in found] == [
        ("Today Tove", date(2026, 3, 10), 41),
        ("Sunday Siv", date(2026, 3, 15), 25),
        ("Monday Mia", date(2026, 3, 16), 36),
    ]
    assert found[0].birthday == date(1985, 3, 10)


def test_the_week_runs_into_next_year_and_29_february_counts_on_the_28th(db: Path) -> None:
    customers.create("New Year Nils", birthday=date(1999, 1, 2))
    customers.create("Leap Lea", birthday=date(2000, 2, 29))
    def found(today: date) -> list[tuple[str, date]]:
        return [(row.name, row.on) for row in birthdays.upcoming(today)]

    assert found(date(2026, 12, 30)) == [("New Year Nils", date(2027, 1, 2))]
    assert found(date(2027, 2, 25)) == [("Leap Lea", date(2027, 2, 28))]
    assert found(date(2028, 2, 25)) == [("Leap Lea", date(2028, 2, 29))]


@pytest.mark.parametrize("days", [0, 367, True, "7"])
def test_a_bad_number_of_days_is_refused(db: Path, days: object) -> None:
    with pytest.raises(ValidationError, match="days"):
        birthdays.upcoming(date(2026, 3, 10), days)  # type: ignore[arg-type]
