"""The .ics VTIMEZONE agrees with the tz database: every onset is when zoneinfo's offset really changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from carebook import settings
from carebook.exchange import ical
from carebook.exchange.ical_zone import vtimezone
from carebook.services import customers, followups

# (zone, first day, last day, how many offset changes zoneinfo has in those days)
ZONES = [
    ("Europe/Oslo", date(2025, 1, 1), date(2027, 12, 31), 6),
    ("America/New_York", date(2025, 1, 1), date(2027, 12, 31), 6),
    ("Australia/Sydney", date(2025, 1, 1), date(2027, 12, 31), 6),  # southern: summer time in January
    ("Asia/Kolkata", date(2025, 1, 1), date(2027, 12, 31), 0),  # no daylight saving time
    ("Europe/London", date(2025, 1, 1), date(2027, 12, 31), 6),
    ("America/Sao_Paulo", date(2017, 1, 1), date(2020, 12, 31), 5),  # daylight saving time ended in 2019
    ("Europe/Moscow", date(2010, 1, 1), date(2015, 12, 31), 4),  # summer time kept in 2011, ended 2014
    ("Australia/Lord_Howe", date(2025, 1, 1), date(2025, 12, 31), 2),  # changes by half an hour
]


def _onsets(block: icalendar.Timezone) -> tuple[list[tuple[datetime, timedelta, timedelta]], timedelta]:
    """Each onset the block states (in UTC, with the offsets before and after), and the opening offset."""
    found = []
    opening = None
    for observance in block.subcomponents:
        before = observance.decoded("tzoffsetfrom")
        after = observance.decoded("tzoffsetto")
        starts = [observance.decoded("dtstart")]
        rdates = observance.get("rdate", [])
        for rdate in rdates if isinstance(rdates, list) else [rdates]:
            starts.extend(period.dt for period in rdate.dts)
        for local in starts:
            assert local.tzinfo is None  # local time, as RFC 5545 asks
            if before == after and opening is None:
                opening = before
                continue
            found.append(((local - before).replace(tzinfo=UTC), before, after))
    assert opening is not None
    return sorted(found), opening


def _offset(zone: ZoneInfo, at: datetime) -> timedelta:
    return at.astimezone(zone).utcoffset() or timedelta(0)


@pytest.mark.parametrize(("name", "first", "last", "changes"), ZONES, ids=[z[0] for z in ZONES])
def test_every_onset_is_when_zoneinfo_changes_the_offset(
    name: str, first: date, last: date, changes: int
) -> None:
    zone = ZoneInfo(name)
    block = icalendar.Timezone.from_ical(vtimezone(zone, first, last).to_ical())
    assert str(block["tzid"]) == name
    assert "RRULE" not in block.to_ical().decode()
    onsets, opening = _onsets(block)
    start = datetime.combine(first, time(0), zone)
    assert opening == start.utcoffset()
    for at, before, after in onsets:
        assert _offset(zone, at - timedelta(seconds=1)) == before, at
        assert _offset(zone, at) == after, at
    # Nothing missed: an independent scan, every ten minutes, sees exactly these changes.
    seen = []
    at, end = start.astimezone(UTC), datetime.combine(last + timedelta(days=1), time(0), zone)
    while at < end:
        following = at + timedelta(minutes=10)
        if _offset(zone, following) != _offset(zone, at):
            seen.append(following)
        at = following
    assert len(seen) == changes
    assert [at for at, before, after in onsets if before != after] == seen


def _ambiguous(zone: ZoneInfo, at: datetime) -> bool:
    """Whether the wall time at ``at`` happens twice (the hour after a change back)."""
    wall = at.astimezone(zone).replace(tzinfo=None)
    return wall.replace(tzinfo=zone, fold=0).utcoffset() != wall.replace(tzinfo=zone, fold=1).utcoffset()


@pytest.mark.parametrize(("name", "first", "last", "changes"), ZONES, ids=[z[0] for z in ZONES])
def test_a_calendar_reader_of_the_block_gets_zoneinfos_offset(
    name: str, first: date, last: date, changes: int
) -> None:
    """dateutil's VTIMEZONE reader (the one icalendar uses) agrees with zoneinfo at noon every day and
    every quarter of an hour around each change (the repeated hour left out: that reader ignores fold)."""
    zone = ZoneInfo(name)
    block = vtimezone(zone, first, last)
    read = icalendar.Timezone.from_ical(block.to_ical()).to_tz(lookup_tzid=False)
    moments = [datetime.combine(first + timedelta(days=n), time(12), UTC) for n in range((last - first).days)]
    for at, _before, _after in _onsets(block)[0]:
        moments.extend(at + timedelta(minutes=15 * n) for n in range(-12, 13))
    for at in moments:
        if not _ambiguous(zone, at):
            assert at.astimezone(read).utcoffset() == _offset(zone, at), at
    local = datetime(first.year, 1, 15, 9, 30)  # a wall time as an event gives it
    assert local.replace(tzinfo=read).utcoffset() == local.replace(tzinfo=zone).utcoffset()


def test_oslos_spring_change_is_at_two_in_the_night_not_three(db: Path, tmp_path: Path) -> None:
    settings.update(time_zone="Europe/Oslo")
    kari = customers.create("Kari Nordmann").row.id
    followups.create(kari, due_on=date(2026, 3, 30), due_time=time(9, 0), note="After the change")
    ical.export_ics(tmp_path / "f.ics")
    calendar = icalendar.Calendar.from_ical((tmp_path / "f.ics").read_bytes())
    (block,) = calendar.walk("VTIMEZONE")
    onsets, _opening = _onsets(block)
    spring = [(at, before, after) for at, before, after in onsets if at.year == 2026 and after > before]
    assert spring == [(datetime(2026, 3, 29, 1, 0, tzinfo=UTC), timedelta(hours=1), timedelta(hours=2))]
    text = block.to_ical().decode()
    assert "20260329T020000" in text and "20260329T030000" not in text
    years = {at.year for at, _before, _after in onsets}
    assert years == {2025, 2026, 2027}  # the year before the first follow-up to the year after the last
