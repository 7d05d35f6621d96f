"""``DemoClock``: the demo shop's local days as UTC epoch seconds and back into stored text, shared by
the generators of people (``demo_people``) and of their contacts (``demo_contacts``)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from carebook import clock

EPOCH = datetime(1970, 1, 1)
_TWO = [f"{n:02d}" for n in range(60)]


class DemoClock:
    """Local days counted from ``first`` (day 0) as UTC epoch seconds, and fast stored-instant text."""

    def __init__(self, first: date) -> None:
        self.first = first
        self._starts: dict[int, int] = {}
        self._dates: dict[int, str] = {}

    def day(self, index: int) -> date:
        return self.first + timedelta(days=index)

    def iso(self, index: int) -> str:
        return self.day(index).isoformat()

    def start(self, index: int) -> int:
        """Local midnight of day ``index`` in UTC epoch seconds (taking the zone's offset at noon)."""
        found = self._starts.get(index)
        if found is None:
            noon = clock.to_utc(datetime.combine(self.day(index), time(12)))
            found = int((noon - EPOCH).total_seconds()) - 12 * 3600
            self._starts[index] = found
        return found

    def stamp(self, epoch: int) -> str:
        """``YYYY-MM-DD HH:MM:SS`` (naive UTC) of an epoch second, from a per-day cache."""
        day, second = divmod(epoch, 86400)
        prefix = self._dates.get(day)
        if prefix is None:
            prefix = (EPOCH + timedelta(days=day)).strftime("%Y-%m-%d ")
            self._dates[day] = prefix
        minute, second = divmod(second, 60)
        hour, minute = divmod(minute, 60)
        return f"{prefix}{_TWO[hour]}:{_TWO[minute]}:{_TWO[second]}"
