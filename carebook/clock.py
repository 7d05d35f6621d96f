"""Time rules of DESIGN.md.

Instants are stored as naive UTC ``YYYY-MM-DD HH:MM:SS``; calendar intentions (due dates) and months are
the shop's local ones. The shop's zone is a named IANA zone from the settings, or the machine's zone
(``None`` here), which follows the ``TZ`` environment variable and DST through the C library.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from carebook.errors import ValidationError
from carebook.integers import shown
from carebook.translation import _

INSTANT_FORMAT = "%Y-%m-%d %H:%M:%S"

_zone: tzinfo | None = None  # None: the machine's zone


def set_shop_zone(name: str | None) -> None:
    """Use the IANA zone ``name`` for local times, or the machine's zone when empty."""
    global _zone
    _zone = zone_from_name(name) if name else None


def zone_from_name(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            "time_zone", _("'{name}' is not a known time zone (e.g. Europe/Oslo)").format(name=name)
        ) from None


def shop_zone() -> tzinfo | None:
    return _zone


def utc_now() -> datetime:
    """Now as naive UTC, to the second."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def to_utc(local: datetime) -> datetime:
    """A naive local datetime (or an aware one) to naive UTC."""
    if local.tzinfo is None:
        aware = local.replace(tzinfo=_zone) if _zone is not None else local.astimezone()
    else:
        aware = local
    return aware.astimezone(UTC).replace(tzinfo=None, microsecond=0)


def to_local(utc: datetime) -> datetime:
    """A naive UTC datetime to naive local time."""
    aware = utc.replace(tzinfo=UTC)
    local = aware.astimezone(_zone) if _zone is not None else aware.astimezone()
    return local.replace(tzinfo=None)


def zone_label() -> str:
    """The shop's zone for messages: its IANA name, or "this computer's time zone"."""
    key = getattr(_zone, "key", None)
    return str(key) if key else "this computer's time zone"


def _offset(utc: datetime) -> timedelta:
    return to_local(utc) - utc


def _readings(local: datetime) -> tuple[timedelta, timedelta]:
    """The UTC offsets of the naive local time read as its first (fold 0) and second (fold 1) occurrence."""
    offsets = [
        _zone.utcoffset(local.replace(fold=fold))
        if _zone is not None
        else local.replace(fold=fold).astimezone().utcoffset()
        for fold in (0, 1)
    ]
    assert offsets[0] is not None and offsets[1] is not None
    return offsets[0], offsets[1]


def _change_around(local: datetime) -> tuple[datetime, datetime]:
    """The local clock times just before and just after the change of offset nearest ``local``."""
    before, after = _offset(local - timedelta(days=1)), _offset(local + timedelta(days=1))
    hour = timedelta(hours=1)
    low, high = local - max(before, after) - hour, local - min(before, after) + hour
    while high - low > timedelta(seconds=1):  # the first UTC second with the later offset
        middle = low + (high - low) / 2
        if _offset(middle) == after:
            high = middle
        else:
            low = middle
    change = high.replace(microsecond=0)
    return change + before, change + after


def checked_to_utc(local: datetime, field: str = "time", notes: dict[str, str] | None = None) -> datetime:
    """A naive shop-local time to naive UTC, for a time a person typed or picked.

    A time the clocks skipped (they go forward) is refused, naming the gap. A time that happened twice
    (they go back) is taken as its first occurrence; with ``notes`` given, ``notes[field]`` says so.
    """
    if local.tzinfo is not None:
        return to_utc(local)
    if not 1900 <= local.year <= 2200:
        raise ValidationError(
            field, _("{local} is outside the years 1900 to 2200").format(local=f"{local:%Y-%m-%d}")
        )
    local = local.replace(microsecond=0)
    first, second = _readings(local)
    if first == second:  # the usual case, and the quick one
        return local - first
    if first < second:  # PEP 495: in a gap, fold 0 reads with the offset before the change, 1 after
        start, end = _change_around(local)
        raise ValidationError(
            field,
            _("{local} does not exist in {zone}: clocks went from {start} to {end}").format(
                local=f"{local:%Y-%m-%d %H:%M}",
                zone=zone_label(),
                start=f"{start:%H:%M}",
                end=f"{end:%H:%M}",
            ),
        )
    if notes is not None:  # it happened twice: fold 0 is the first time, with the larger offset
        start, end = _change_around(local)
        notes[field] = _(
            "{local} happened twice in {zone} (clocks went back from {start} to {end}); the first one "
            "({offset}) was taken"
        ).format(
            local=f"{local:%Y-%m-%d %H:%M}",
            zone=zone_label(),
            start=f"{start:%H:%M}",
            end=f"{end:%H:%M}",
            offset=f"UTC{first.total_seconds() / 3600:+g}",
        )
    return local - first


def local_now() -> datetime:
    return to_local(utc_now())


def today() -> date:
    return local_now().date()


def format_instant(value: datetime) -> str:
    return value.strftime(INSTANT_FORMAT)


_LOCAL_RE = re.compile(r"^\d{4}-\d{2}-\d{2}([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?$")


def parse_local(text: str, field: str = "time", notes: dict[str, str] | None = None) -> datetime:
    """Parse a shop-local time ``YYYY-MM-DD HH:MM[:SS]`` or ISO 8601 (with an offset) to naive UTC.

    Local times go through ``checked_to_utc``: a skipped one is refused, a repeated one noted in ``notes``.
    """
    raw = (text or "").strip()
    if not raw:
        raise ValidationError(field, _("is empty; expected a date and time like 2026-03-14 09:30"))
    try:
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        if _LOCAL_RE.match(raw):
            raise ValidationError(field, _("'{raw}' is not a real date or time").format(raw=raw)) from None
        raise ValidationError(
            field, _("'{raw}' is not a date and time like 2026-03-14 09:30").format(raw=raw)
        ) from None
    if parsed.year < 1900 or parsed.year > 2200:
        raise ValidationError(field, _("'{raw}' is outside the years 1900 to 2200").format(raw=raw))
    return checked_to_utc(parsed, field, notes)


def parse_date(text: str, field: str = "date") -> date:
    raw = (text or "").strip()
    try:
        parsed = date.fromisoformat(raw[:10]) if len(raw) in (10,) else date.fromisoformat(raw)
    except ValueError:
        if re.match(r"^\d{4}-\d{2}-\d{2}$", raw):
            raise ValidationError(field, _("'{raw}' is not a real date").format(raw=raw)) from None
        raise ValidationError(field, _("'{raw}' is not a date like 2026-03-14").format(raw=raw)) from None
    if parsed.year < 1900 or parsed.year > 2200:
        raise ValidationError(field, _("'{raw}' is outside the years 1900 to 2200").format(raw=raw))
    return parsed


def parse_time(text: str, field: str = "time") -> time:
    raw = (text or "").strip()
    try:
        parsed = time.fromisoformat(raw)
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is not None:  # an offset would be dropped without a word
        raise ValidationError(field, _("'{raw}' is not a time like 14:30").format(raw=raw))
    return parsed


@dataclass(frozen=True, order=True)
class Month:
    """A calendar month in the shop's zone."""

    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        """``YYYY-MM`` (ASCII digits), from 1900-01 to 2999-12."""
        raw = (text or "").strip()
        match = re.fullmatch(r"([0-9]{4})-([0-9]{1,2})", raw)
        if not match or not 1 <= int(match.group(2)) <= 12:
            raise ValidationError("month", _("'{raw}' is not a month like 2026-03").format(raw=shown(raw)))
        month = cls(int(match.group(1)), int(match.group(2)))
        if not MONTH_RANGE[0] <= month <= MONTH_RANGE[1]:
            raise ValidationError(
                "month",
                _("{month} is outside {first} to {last}").format(
                    month=month, first=MONTH_RANGE[0], last=MONTH_RANGE[1]
                ),
            )
        return month

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    @classmethod
    def current(cls) -> Month:
        return cls.of(today())

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return self.next().first_day - timedelta(days=1)

    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def prev(self) -> Month:
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    def shifted(self, months: int) -> Month:
        index = self.year * 12 + (self.month - 1) + months
        return Month(index // 12, index % 12 + 1)

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """[start, end) of the local month as naive UTC instants."""
        start = to_utc(datetime.combine(self.first_day, time()))
        end = to_utc(datetime.combine(self.next().first_day, time()))
        return start, end

    def label(self) -> str:
        return self.first_day.strftime("%B %Y")


@dataclass(frozen=True)
class MonthDays:
    """The first ``days`` local days of ``month`` (the whole month when it has fewer): a month in
    progress so far, and the same days of the month before, for a fair comparison. Its figures are
    computed as a month's are (``first_day``, ``last_day``, ``utc_bounds``, and ``str`` the month)."""

    month: Month
    days: int

    @property
    def first_day(self) -> date:
        return self.month.first_day

    @property
    def last_day(self) -> date:
        return min(self.month.first_day + timedelta(days=max(self.days, 1) - 1), self.month.last_day)

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """[start, end) of the days as naive UTC instants."""
        start = to_utc(datetime.combine(self.first_day, time()))
        end = to_utc(datetime.combine(self.last_day + timedelta(days=1), time()))
        return start, end

    def __str__(self) -> str:
        return str(self.month)


def so_far(month: Month) -> tuple[Month | MonthDays, Month | MonthDays]:
    """What the figures of ``month`` compare: the whole month with the whole month before, or, for the
    month in progress, its days so far with the same days of the month before."""
    today_ = today()
    if Month.of(today_) != month:
        return month, month.prev()
    return MonthDays(month, today_.day), MonthDays(month.prev(), today_.day)


MONTH_RANGE = (Month(1900, 1), Month(2999, 12))  # what ``Month.parse`` takes
