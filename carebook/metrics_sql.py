"""SQL building blocks for ``carebook.metrics``: conditional counts, medians and shop-local time.

Everything here returns peewee expressions, so the figures are computed by the database. The few
fragments that differ between SQLite and PostgreSQL are isolated in the ``_sqlite()`` branches below
(the PostgreSQL branches follow the same shape; the SQLite ones are what the tests run).

Local time in SQL: due dates and times are the shop's local ones, instants are UTC. Within a short span
of local days the zone's UTC offset takes only a few values (a DST change at most), so ``utc_offsets``
finds them in Python with ``clock.to_utc`` (which also defines how skipped and repeated local times
map) and ``local_to_utc`` turns a local moment into UTC with a ``CASE`` over those offsets.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta

import peewee
from peewee import SQL, Case, ColumnBase, Expression, Node, fn

from carebook import clock
from carebook.db import is_sqlite
from carebook.ordering import ordered
from carebook.query_rows import tuple_rows

# (local start, offset): the offset in seconds (local minus UTC) applies from that local time on;
# the first segment's start is None ("from the beginning of the span").
Segment = tuple[datetime | None, int]

_DAY = timedelta(days=1)
_HOUR = timedelta(hours=1)
_SECOND = timedelta(seconds=1)


def _sqlite() -> bool:
    return is_sqlite()


def count_if(condition: Node) -> ColumnBase:
    """The number of rows for which ``condition`` holds: standard ``COUNT(*) FILTER (WHERE ...)``
    (SQLite 3.30+, PostgreSQL 9.4+), about twice as fast as ``SUM(CASE ...)`` on SQLite."""
    return fn.COUNT(SQL("*")).filter(condition)


def sum_if(value: Node, condition: Node) -> ColumnBase:
    """The sum of ``value`` over the rows for which ``condition`` holds (NULL when there are none)."""
    return fn.SUM(value).filter(condition)


def seconds_between(later: ColumnBase, earlier: ColumnBase) -> ColumnBase:
    """Whole seconds from ``earlier`` to ``later`` (two UTC instants)."""
    if _sqlite():
        # julianday() parses about half again as fast as strftime('%s'); rounding makes it exact.
        return fn.ROUND((fn.julianday(later) - fn.julianday(earlier)) * 86400)
    return peewee.NodeList((SQL("EXTRACT(EPOCH FROM"), peewee.EnclosedNodeList([later - earlier]), SQL(")")))


def local_moment(day: ColumnBase, moment: ColumnBase, default_time: str) -> ColumnBase:
    """The local date ``day`` at the local time ``moment`` (``default_time`` when it is NULL)."""
    if _sqlite():
        # datetime() normalises "HH:MM" and fractions to "YYYY-MM-DD HH:MM:SS" for text comparisons.
        return fn.datetime(day.concat(" ").concat(fn.COALESCE(moment, default_time)))
    return day + fn.COALESCE(moment, SQL(f"TIME '{time.fromisoformat(default_time)}'"))


def _plus_seconds(moment: ColumnBase, seconds: ColumnBase) -> ColumnBase:
    if _sqlite():
        return fn.datetime(moment, seconds.concat(" seconds"))
    return moment + seconds * SQL("INTERVAL '1 second'")


def _offset(local: datetime) -> int:
    return round((local - clock.to_utc(local)).total_seconds())


def _first_change(before: datetime, after: datetime, offset: int) -> datetime:
    """The first local second in (before, after] whose offset differs from ``offset``."""
    while after - before > _SECOND:
        middle = before + (after - before) // 2
        middle = middle.replace(microsecond=0)
        if middle <= before:
            middle = before + _SECOND
        if _offset(middle) == offset:
            before = middle
        else:
            after = middle
    return after


def utc_offsets(first: date, last: date) -> list[Segment]:
    """The shop zone's UTC offsets over the local days ``first``..``last`` (inclusive).

    Days are checked at midnight; a day whose offset changes is scanned hour by hour and the change
    found to the second, so this costs a few dozen ``to_utc`` calls for a month.
    """
    start = datetime.combine(first, time())
    end = datetime.combine(last + _DAY, time())
    current = _offset(start)
    segments: list[Segment] = [(None, current)]
    day = start
    while day < end:
        next_day = day + _DAY
        if _offset(next_day) != current:
            hour = day
            while hour < next_day:
                next_hour = hour + _HOUR
                if _offset(next_hour) != current:
                    change = _first_change(hour, next_hour, current)
                    current = _offset(change)
                    segments.append((change, current))
                hour = next_hour
        day = next_day
    return segments


def local_to_utc(moment: ColumnBase, segments: list[Segment]) -> ColumnBase:
    """The local ``moment`` (an expression from ``local_moment``) as a UTC instant, as ``clock.to_utc``
    maps it; valid for moments inside the span the segments were computed for."""
    if len(segments) == 1:
        shift: ColumnBase = peewee.Value(-segments[0][1])
    else:
        branches = [
            (moment < clock.format_instant(until), -offset)
            for (_, offset), (until, _) in itertools.pairwise(segments)
            if until is not None
        ]
        shift = Case(None, branches, -segments[-1][1])
    return _plus_seconds(moment, shift)


def median_column(value: ColumnBase, condition: Node) -> ColumnBase | None:
    """PostgreSQL: the median of ``value`` over the rows meeting ``condition``, as one more column of the
    pass that counts them (``percentile_cont``: the mean of the two middle values for an even count, as
    ``median``); a separate sort would read the month's rows again. None on SQLite (``median`` then)."""
    if _sqlite():
        return None
    ordered = peewee.Cast(value, "float8")
    return peewee.NodeList(
        (
            SQL("percentile_cont(0.5) WITHIN GROUP (ORDER BY"),
            ordered,
            SQL(") FILTER (WHERE"),
            condition,
            SQL(")"),
        )
    )


def median(model: type[peewee.Model], value: ColumnBase, where: Expression, count: int) -> float | None:
    """The median of ``value`` over the ``count`` rows of ``model`` matching ``where`` (the mean of the
    two middle values for an even count); None when there are none. The database sorts and returns
    only the middle one or two values (run it in the transaction that counted the rows)."""
    if count <= 0:
        return None
    query = tuple_rows(
        model.select(value.alias("v"))
        .where(where)
        .order_by(ordered(SQL("v")))
        .limit(2 - count % 2)
        .offset((count - 1) // 2)
    )
    middle = [float(v) for (v,) in query if v is not None]
    return sum(middle) / len(middle) if middle else None
