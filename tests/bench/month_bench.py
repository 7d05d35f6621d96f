"""Month figures: ``metrics.month_summary`` for one month beside one hand-written SQL statement.

On PostgreSQL (``make bench-postgresql``) the floor is the same statement in PostgreSQL's own terms.
The floor computes the same figures (DESIGN.md's table) in a single statement over the same rows, as a
person fluent in SQLite would write it by hand: one pass over the month's contacts for every count, one
over its scores, one over the follow-ups due, the two medians by ``ORDER BY ... LIMIT/OFFSET`` on the
counted rows, the backlog and the new customers. Both are checked to agree before they are timed.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass
from datetime import date
from typing import Any

from tests.bench.common import median

RUNS = 5


def _deadline(first: date, last: date) -> str:
    """SQL for a follow-up's due moment in UTC (shop-local due_on at due_time, else the end of the day),
    for follow-ups due between the local days ``first`` and ``last``."""
    from carebook.metrics_sql import utc_offsets

    segments = utc_offsets(first, last)
    local = "datetime(f.due_on || ' ' || coalesce(f.due_time, '23:59:59'))"
    if len(segments) == 1:
        shift = str(-segments[0][1])
    else:
        branches = " ".join(
            f"WHEN {local} < '{until:%Y-%m-%d %H:%M:%S}' THEN {-offset}"
            for (_, offset), (until, _) in itertools.pairwise(segments)
        )
        shift = f"CASE {branches} ELSE {-segments[-1][1]} END"
    return f"datetime({local}, ({shift}) || ' seconds')"


def floor_sql(month: Any) -> tuple[str, dict[str, Any]]:
    """The hand-written statement and its parameters."""
    from carebook import clock
    from carebook.vocab import CHANNELS, REASONS

    start, end = month.utc_bounds()
    now = clock.utc_now()
    today = clock.to_local(now).date()
    by_channel = ", ".join(f"count(*) FILTER (WHERE channel = '{c}')" for c in CHANNELS)
    by_reason = ", ".join(f"count(*) FILTER (WHERE reason = '{r}')" for r in REASONS)
    due = _deadline(month.first_day, month.last_day)
    in_month = "occurred_at >= :start AND occurred_at < :end"
    # "+status": the month's range, not an index on status, must drive the median's rows
    resolved = f"{in_month} AND +status = 'resolved' AND resolved_at IS NOT NULL"
    waited = f"{in_month} AND direction = 'inbound' AND waited_minutes IS NOT NULL"
    sql = f"""
WITH c AS MATERIALIZED (
  SELECT count(*) AS contacts, count(*) FILTER (WHERE direction = 'inbound') AS inbound,
    count(*) FILTER (WHERE direction = 'inbound' AND resolved_first_contact) AS first_contact,
    count(*) FILTER (WHERE status = 'open') AS open,
    count(*) FILTER (WHERE status = 'resolved' AND resolved_at IS NOT NULL) AS resolved,
    count(*) FILTER (WHERE direction = 'inbound' AND waited_minutes IS NOT NULL) AS waited,
    {by_channel}, {by_reason}
  FROM interaction WHERE {in_month})
SELECT c.*,
  (SELECT avg(v) FROM (SELECT round((julianday(resolved_at) - julianday(occurred_at)) * 86400) AS v
     FROM interaction WHERE {resolved} ORDER BY v
     LIMIT 2 - (SELECT resolved FROM c) % 2 OFFSET ((SELECT resolved FROM c) - 1) / 2)),
  (SELECT avg(v) FROM (SELECT waited_minutes AS v FROM interaction WHERE {waited}
     ORDER BY v LIMIT 2 - (SELECT waited FROM c) % 2 OFFSET ((SELECT waited FROM c) - 1) / 2)),
  fb.*, fu.*,
  (SELECT count(*) FROM followup f WHERE f.done_at IS NULL AND (f.due_on < :today OR (f.due_on = :today
     AND f.due_time IS NOT NULL AND {_deadline(today, today)} < :now))),
  (SELECT count(*) FROM customer WHERE created_at >= :start AND created_at < :end)
FROM c,
  (SELECT count(*) FILTER (WHERE kind = 'csat'), count(*) FILTER (WHERE kind = 'csat' AND score >= 4),
     count(*) FILTER (WHERE kind = 'nps'), count(*) FILTER (WHERE kind = 'nps' AND score >= 9),
     count(*) FILTER (WHERE kind = 'nps' AND score BETWEEN 7 AND 8),
     count(*) FILTER (WHERE kind = 'nps' AND score <= 6), count(*) FILTER (WHERE kind = 'ces'),
     sum(score) FILTER (WHERE kind = 'ces')
   FROM feedback WHERE received_at >= :start AND received_at < :end) AS fb,
  (SELECT count(*), count(*) FILTER (WHERE f.done_at IS NOT NULL AND f.done_at <= {due})
   FROM followup f WHERE f.due_on BETWEEN :first AND :last) AS fu"""
    params = {
        "start": f"{start:%Y-%m-%d %H:%M:%S}",
        "end": f"{end:%Y-%m-%d %H:%M:%S}",
        "first": month.first_day.isoformat(),
        "last": month.last_day.isoformat(),
        "today": today.isoformat(),
        "now": f"{now:%Y-%m-%d %H:%M:%S}",
    }
    return sql, params


def floor_sql_pg(month: Any) -> tuple[str, dict[str, Any]]:
    """The same statement as a person fluent in PostgreSQL writes it (``percentile_cont`` for the medians,
    ``AT TIME ZONE`` for the follow-ups' local deadlines), with its parameters."""
    from carebook import clock, settings
    from carebook.vocab import CHANNELS, REASONS

    start, end = month.utc_bounds()
    now = clock.utc_now()
    by_channel = ", ".join(f"count(*) FILTER (WHERE channel = '{c}')" for c in CHANNELS)
    by_reason = ", ".join(f"count(*) FILTER (WHERE reason = '{r}')" for r in REASONS)
    due = "((f.due_on + coalesce(f.due_time, time '23:59:59')) AT TIME ZONE %(zone)s AT TIME ZONE 'UTC')"
    sql = f"""
SELECT count(*), count(*) FILTER (WHERE direction = 'inbound'),
  count(*) FILTER (WHERE direction = 'inbound' AND resolved_first_contact),
  count(*) FILTER (WHERE status = 'open'),
  count(*) FILTER (WHERE status = 'resolved' AND resolved_at IS NOT NULL),
  count(*) FILTER (WHERE direction = 'inbound' AND waited_minutes IS NOT NULL),
  {by_channel}, {by_reason},
  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - occurred_at)::float8)
    FILTER (WHERE status = 'resolved' AND resolved_at IS NOT NULL),
  percentile_cont(0.5) WITHIN GROUP (ORDER BY waited_minutes::float8)
    FILTER (WHERE direction = 'inbound' AND waited_minutes IS NOT NULL),
  (SELECT row(count(*) FILTER (WHERE kind = 'csat'), count(*) FILTER (WHERE kind = 'csat' AND score >= 4),
     count(*) FILTER (WHERE kind = 'nps'), count(*) FILTER (WHERE kind = 'nps' AND score >= 9),
     count(*) FILTER (WHERE kind = 'nps' AND score BETWEEN 7 AND 8),
     count(*) FILTER (WHERE kind = 'nps' AND score <= 6), count(*) FILTER (WHERE kind = 'ces'),
     sum(score) FILTER (WHERE kind = 'ces'))::text
   FROM feedback WHERE received_at >= %(start)s AND received_at < %(end)s),
  (SELECT row(count(*), count(*) FILTER (WHERE f.done_at IS NOT NULL AND f.done_at <= {due}))::text
   FROM followup f WHERE f.due_on BETWEEN %(first)s AND %(last)s),
  (SELECT count(*) FROM followup f WHERE f.done_at IS NULL AND {due} < %(now)s),
  (SELECT count(*) FROM customer WHERE created_at >= %(start)s AND created_at < %(end)s)
FROM interaction WHERE occurred_at >= %(start)s AND occurred_at < %(end)s"""
    params = {
        "start": start,
        "end": end,
        "first": month.first_day,
        "last": month.last_day,
        "now": now,
        "zone": settings.get("time_zone") or "UTC",
    }
    return sql, params


def _flatten(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """The PostgreSQL floor's row with its two row values ("(1,2,...)") spread out, like SQLite's."""
    out: list[Any] = []
    for value in row:
        if isinstance(value, str) and value.startswith("("):
            out += [int(x) if x else None for x in value[1:-1].split(",")]
        else:
            out.append(value)
    return tuple(out)


def _agree(summary: Any, row: tuple[Any, ...]) -> list[str]:
    """The figures on which the floor and month_summary differ (none, or the floor is not a floor)."""
    from carebook.vocab import CHANNELS, REASONS

    names = ["contacts", "inbound", "first_contact", "open", "resolved", "waited"]
    names += [f"channel_{c}" for c in CHANNELS] + [f"reason_{r}" for r in REASONS]
    names += ["resolution_seconds", "wait", "csat", "csat_good", "nps", "promoters", "passives"]
    names += ["detractors", "ces", "ces_sum", "due", "on_time", "overdue", "new"]
    got = dict(zip(names, row, strict=True))
    expected = {
        "contacts": summary.contacts,
        "inbound": summary.inbound,
        "open": summary.open_contacts,
        "csat": summary.csat_responses,
        "nps": summary.nps_responses,
        "promoters": summary.promoters,
        "passives": summary.passives,
        "detractors": summary.detractors,
        "ces": summary.ces_responses,
        "due": summary.followups_due,
        "on_time": summary.followups_done_on_time,
        "overdue": summary.followups_overdue,
        "new": summary.new_customers,
        **{f"channel_{c}": summary.by_channel[c] for c in CHANNELS},
        **{f"reason_{r}": summary.by_reason[r] for r in REASONS},
    }
    wrong = [name for name, value in expected.items() if (got[name] or 0) != value]
    hours = None if got["resolution_seconds"] is None else got["resolution_seconds"] / 3600
    if hours != summary.median_resolution_hours:
        wrong.append("median_resolution_hours")
    if got["wait"] != summary.median_wait_minutes:
        wrong.append("median_wait_minutes")
    return wrong


@dataclass(frozen=True)
class MonthTimes:
    month: str
    contacts: int
    seconds: float  # median of RUNS
    floor: float
    disagree: tuple[str, ...]


def measure(db_path: str, month_text: str, runs: int = RUNS) -> MonthTimes:
    from carebook.clock import Month
    from carebook.db import database, is_sqlite
    from carebook.metrics import month_summary
    from carebook.shop import close_shop, open_shop

    open_shop(db_path)
    try:
        month = Month.parse(month_text)
        sql, params = floor_sql(month) if is_sqlite() else floor_sql_pg(month)
        conn = database.connection()
        summary = month_summary(month)  # warm: both read the same pages
        row = conn.execute(sql, params).fetchone()
        wrong = _agree(summary, _flatten(tuple(row)))
        times, floors = [], []
        for _ in range(runs):
            start = time.perf_counter()
            month_summary(month)
            times.append(time.perf_counter() - start)
            start = time.perf_counter()
            conn.execute(sql, params).fetchone()
            floors.append(time.perf_counter() - start)
    finally:
        close_shop()
    return MonthTimes(month_text, summary.contacts, median(times), median(floors), tuple(wrong))


if __name__ == "__main__":
    import sys

    print(measure(sys.argv[1], sys.argv[2]))
