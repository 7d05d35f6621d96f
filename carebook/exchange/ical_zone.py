"""A VTIMEZONE block built from the tz database (``zoneinfo``), onset for onset.

Calendar apps read a ``DTSTART;TZID=...`` through the file's own VTIMEZONE, so that block must say
exactly when the zone's offset changes. ``vtimezone(zone, first, last)`` finds every change of UTC
offset, daylight flag or abbreviation that ``zoneinfo`` knows between ``first`` and ``last`` and writes
each as an explicit onset, without RRULE: a zone that changed its rules (or will) is described as it
really was for those years. RFC 5545 gives an observance's DTSTART (and RDATE) in the local time in
force *before* the change (``TZOFFSETFROM``), so a spring change at 01:00 UTC in Oslo starts at 02:00,
not at 03:00. Onsets alike (same kind, offsets and abbreviation) share one observance: the first as its
DTSTART, the others as RDATEs. A first observance at ``first`` gives the offset in force there, so a
zone without changes (Asia/Kolkata) is one STANDARD block.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar

_STEP = timedelta(hours=6)  # no zone changes its offset twice within six hours
_SECOND = timedelta(seconds=1)


@dataclass(frozen=True)
class Onset:
    """A change of the zone's offset: the UTC instant it happens and the state before and after."""

    at: datetime  # aware, UTC
    before: timedelta
    after: timedelta
    daylight: bool  # daylight saving time after the change
    name: str  # the abbreviation after the change ("CEST")

    @property
    def local_start(self) -> datetime:
        """The onset in the local time before it (what DTSTART and RDATE hold), naive."""
        return (self.at + self.before).replace(tzinfo=None)


def _state(zone: ZoneInfo, at: datetime) -> tuple[timedelta, bool, str]:
    local = at.astimezone(zone)
    return (local.utcoffset() or timedelta(0), bool(local.dst()), local.tzname() or "")


def onsets(zone: ZoneInfo, start: datetime, end: datetime) -> list[Onset]:
    """Every change of the zone's state between the UTC instants ``start`` and ``end``, in order."""
    found: list[Onset] = []
    at = start
    state = _state(zone, at)
    while at < end:
        following = min(at + _STEP, end)
        next_state = _state(zone, following)
        if next_state != state:
            low, high = at, following  # the state at low is ``state``; at high it is not
            while high - low > _SECOND:
                middle = low + timedelta(seconds=(high - low) // _SECOND // 2)
                low, high = (middle, high) if _state(zone, middle) == state else (low, middle)
            after = _state(zone, high)
            found.append(Onset(high, state[0], after[0], after[1], after[2]))
            state = after
            if high < following:  # the step held this change only: look on from it
                at = high
                continue
        at, state = following, next_state
    return found


def _observance(daylight: bool) -> icalendar.cal.Component:
    return icalendar.TimezoneDaylight() if daylight else icalendar.TimezoneStandard()


def vtimezone(zone: ZoneInfo, first: date, last: date) -> icalendar.Timezone:
    """The VTIMEZONE of ``zone`` for the local days ``first`` to ``last`` (both included)."""
    start = datetime.combine(first, time(0), zone).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), zone).astimezone(UTC)
    block = icalendar.Timezone()
    block.add("tzid", zone.key)
    offset, daylight, name = _state(zone, start)
    opening = _observance(daylight)
    opening.add("dtstart", (start + offset).replace(tzinfo=None))
    opening.add("tzname", name)
    opening.add("tzoffsetfrom", offset)
    opening.add("tzoffsetto", offset)
    block.add_component(opening)
    alike: dict[tuple[bool, timedelta, timedelta, str], list[Onset]] = {}
    for onset in onsets(zone, start, end):
        alike.setdefault((onset.daylight, onset.before, onset.after, onset.name), []).append(onset)
    for (is_daylight, before, after, abbreviation), group in alike.items():
        observance = _observance(is_daylight)
        observance.add("dtstart", group[0].local_start)
        for onset in group[1:]:
            observance.add("rdate", onset.local_start)
        observance.add("tzname", abbreviation)
        observance.add("tzoffsetfrom", before)
        observance.add("tzoffsetto", after)
        block.add_component(observance)
    return block
