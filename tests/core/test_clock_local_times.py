"""Local times a person typed: the hour the clocks skip is refused, naming the gap; the hour they repeat
is taken the first time, and the caller is told. Months run from 1900-01 to 2999-12 in ASCII digits."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import datetime

import pytest

from carebook import clock
from carebook.clock import Month
from carebook.errors import ValidationError


@pytest.fixture
def oslo() -> Iterator[None]:
    clock.set_shop_zone("Europe/Oslo")
    try:
        yield
    finally:
        clock.set_shop_zone(None)


@pytest.mark.usefixtures("oslo")
def test_a_skipped_local_time_is_refused_naming_the_gap() -> None:
    with pytest.raises(ValidationError) as caught:
        clock.parse_local("2026-03-29 02:30", "occurred_at")
    assert caught.value.errors == {
        "occurred_at": "2026-03-29 02:30 does not exist in Europe/Oslo: clocks went from 02:00 to 03:00"
    }
    with pytest.raises(ValidationError, match="clocks went from 02:00 to 03:00"):
        clock.checked_to_utc(datetime(2026, 3, 29, 2, 0), "occurred_at")


@pytest.mark.usefixtures("oslo")
def test_the_times_around_the_gap_are_taken() -> None:
    assert clock.parse_local("2026-03-29 01:59:59") == datetime(2026, 3, 29, 0, 59, 59)
    assert clock.parse_local("2026-03-29 03:00") == datetime(2026, 3, 29, 1, 0)
    assert clock.parse_local("2026-03-29T02:30+01:00") == datetime(2026, 3, 29, 1, 30)  # an offset says


@pytest.mark.usefixtures("oslo")
def test_a_repeated_local_time_is_the_first_one_and_says_so() -> None:
    notes: dict[str, str] = {}
    assert clock.parse_local("2026-10-25 02:30", "occurred_at", notes) == datetime(2026, 10, 25, 0, 30)
    assert notes == {
        "occurred_at": "2026-10-25 02:30 happened twice in Europe/Oslo (clocks went back from 03:00 to "
        "02:00); the first one (UTC+2) was taken"
    }
    quiet: dict[str, str] = {}
    assert clock.parse_local("2026-10-25 03:00", "occurred_at", quiet) == datetime(2026, 10, 25, 2, 0)
    assert clock.parse_local("2026-07-01 12:00", "occurred_at", quiet) == datetime(2026, 7, 1, 10, 0)
    assert quiet == {}


def test_half_hour_changes_are_named_too() -> None:
    clock.set_shop_zone("Australia/Lord_Howe")
    try:
        with pytest.raises(ValidationError, match="clocks went from 02:00 to 02:30"):
            clock.parse_local("2026-10-04 02:15")
        notes: dict[str, str] = {}
        clock.parse_local("2026-04-05 01:45", "t", notes)
        assert "clocks went back from 02:00 to 01:30" in notes["t"]
    finally:
        clock.set_shop_zone(None)


def test_the_computers_own_zone_has_gaps_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        with pytest.raises(ValidationError) as caught:
            clock.parse_local("2026-03-08 02:30", "t")
        assert "does not exist in this computer's time zone: clocks went from 02:00 to 03:00" in str(
            caught.value
        )
        notes: dict[str, str] = {}
        assert clock.parse_local("2026-11-01 01:30", "t", notes) == datetime(2026, 11, 1, 5, 30)
        assert "(UTC-4) was taken" in notes["t"]
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
        assert "TZ" not in os.environ


@pytest.mark.parametrize(
    "typed", ["10:30+05:00", "10:30Z", "1030+0100"]
)
def test_a_time_of_day_with_an_offset_is_refused_not_dropped(typed: str) -> None:
    with pytest.raises(ValidationError, match="is not a time like 14:30"):
        clock.parse_time(typed, "due_time")


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("0000-01", "0000-01 is outside 1900-01 to 2999-12"),
        ("1899-12", "1899-12 is outside 1900-01 to 2999-12"),
        ("3000-01", "3000-01 is outside 1900-01 to 2999-12"),
        ("9999-12", "9999-12 is outside 1900-01 to 2999-12"),
        ("99999-01", "'99999-01' is not a month like 2026-03"),
        ("٢٠٢٦-٠٣", "'٢٠٢٦-٠٣' is not a month like 2026-03"),
        ("2026-13", "'2026-13' is not a month like 2026-03"),
        ("x" * 10_000, "'xxxxxxxxxxxxxxxxxxxx... (10,000 characters)' is not a month like 2026-03"),
    ],
)
def test_months_outside_the_range_or_not_ascii_are_refused(typed: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Month.parse(typed)
    assert caught.value.errors == {"month": message}


def test_the_ends_of_the_month_range_work() -> None:
    assert str(Month.parse("1900-01")) == "1900-01"
    assert str(Month.parse(" 2999-12 ")) == "2999-12"
    assert Month.parse("2999-12").utc_bounds()[1].year == 3000
