"""Satisfaction and service figures of DESIGN.md, per local month, computed in SQL.

CONTRACT (used by the CLI, the PDF and the Satisfaction page; keep these names):
- ``month_summary(month) -> MonthSummary``: every figure of DESIGN.md for one local month.
- ``staff_figures(month) -> list[StaffFigures]``: contacts, FCR %, CSAT %, follow-ups per staff member.
- ``trend(last_month, months=12) -> list[TrendMonth]``: oldest first, ending with ``last_month``; the
  figures the 12-month charts draw (contacts, CSAT %, NPS), each exactly ``month_summary``'s.
- ``MonthSummary.as_json()``: the ``stats --json`` object (raw, unrounded values; None for no data).
- ``display_number(value, decimals=1)``: half-away-from-zero rounding for display; "n/a" for None.
- ``NO_STAFF``: the name of the ``staff_figures`` row for contacts logged without a staff member.

Building blocks (conditional counts, medians, local time in SQL) live in ``carebook.metrics_sql``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from peewee import ColumnBase, Expression, fn

from carebook import clock
from carebook.clock import Month, MonthDays
from carebook.db import database, reads
from carebook.errors import ValidationError
from carebook.metrics_sql import (
    count_if,
    local_moment,
    local_to_utc,
    median,
    median_column,
    seconds_between,
    sum_if,
    utc_offsets,
)
from carebook.models import Customer, Feedback, Followup, Interaction, Staff
from carebook.query_rows import dict_row, tuple_rows
from carebook.translation import _
from carebook.vocab import CHANNELS, REASONS

NO_STAFF = "(no staff)"

Period = Month | MonthDays  # a whole month, or its first days (``clock.so_far``)


@dataclass(frozen=True)
class MonthSummary:
    month: str
    contacts: int = 0
    by_channel: dict[str, int] = field(default_factory=dict)  # all seven channels present
    by_reason: dict[str, int] = field(default_factory=dict)  # all nine reasons present
    inbound: int = 0
    csat_pct: float | None = None
    csat_responses: int = 0
    nps: float | None = None
    nps_responses: int = 0
    promoters: int = 0
    passives: int = 0
    detractors: int = 0
    ces_mean: float | None = None
    ces_responses: int = 0
    fcr_pct: float | None = None
    median_resolution_hours: float | None = None
    open_contacts: int = 0
    median_wait_minutes: float | None = None
    self_service_pct: float | None = None
    followups_due: int = 0
    followups_done_on_time: int = 0
    followups_overdue: int = 0
    new_customers: int = 0

    def as_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class TrendMonth:
    """One month of the 12-month charts: the same values as that month's ``MonthSummary``."""

    month: str
    contacts: int = 0
    csat_pct: float | None = None
    csat_responses: int = 0
    nps: float | None = None
    nps_responses: int = 0


@dataclass(frozen=True)
class StaffFigures:
    staff_id: int | None  # None: contacts logged without a staff member
    name: str
    contacts: int
    inbound: int
    fcr_pct: float | None
    csat_pct: float | None
    csat_responses: int
    followups_due: int
    followups_done_on_time: int


def display_number(value: float | None, decimals: int = 1) -> str:
    """Round half away from zero for display; None is "n/a" (in the current language), never 0."""
    if value is None:
        return _("n/a")
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(str(value)).copy_abs().quantize(quantum, rounding=ROUND_HALF_UP)
    text = f"{rounded:.{decimals}f}"
    return f"-{text}" if value < 0 and rounded != 0 else text


def _pct(part: int, whole: int) -> float | None:
    return None if whole == 0 else 100.0 * part / whole


def _counts(row: dict[str, Any]) -> dict[str, int]:
    return {key: int(value or 0) for key, value in row.items()}  # a SUM over no rows is NULL


def _between(column: ColumnBase, month: Period) -> Expression:
    """An instant column inside the local month (UTC bounds, end excluded)."""
    start, end = month.utc_bounds()
    return (column >= start) & (column < end)


_INBOUND = Interaction.direction == "inbound"
# ``status || ''`` is never an index term, so the month's occurred_at range drives the median query: with
# the (status, staff_id) index and no planner statistics, SQLite walked every resolved contact of all
# time instead (1.1 s of a 1.7 s month_summary, 19 s for a 12-month trend at a million contacts).
_RESOLVED = (Interaction.status.concat("") == "resolved") & Interaction.resolved_at.is_null(False)
_FIRST_CONTACT = _INBOUND & Interaction.resolved_first_contact
_WAITED = _INBOUND & Interaction.waited_minutes.is_null(False)


def _due_deadline(first: date, last: date) -> ColumnBase:
    """A follow-up's due moment as a UTC instant: due_on at due_time, else the end of due_on (local).
    Valid for follow-ups due between the local days ``first`` and ``last``."""
    moment = local_moment(Followup.due_on, Followup.due_time, "23:59:59")
    return local_to_utc(moment, utc_offsets(first, last))


def _done_on_time(month: Period) -> Expression:
    deadline = _due_deadline(month.first_day, month.last_day)
    return Followup.done_at.is_null(False) & (Followup.done_at <= deadline)


def _due_in(month: Period) -> Expression:
    return Followup.due_on.between(month.first_day, month.last_day)


def _contact_counts(month: Period) -> dict[str, Any]:
    i = Interaction
    columns = [
        fn.COUNT(i.id).alias("contacts"),
        count_if(_INBOUND).alias("inbound"),
        count_if(_FIRST_CONTACT).alias("first_contact"),
        count_if(i.status == "open").alias("open"),
        count_if(_RESOLVED).alias("resolved"),
        count_if(_WAITED).alias("waited"),
    ]
    columns += [count_if(i.channel == name).alias(f"channel_{name}") for name in CHANNELS]
    columns += [count_if(i.reason == name).alias(f"reason_{name}") for name in REASONS]
    return dict_row(i.select(*columns, *_medians()).where(_between(i.occurred_at, month)))


def _medians() -> list[ColumnBase]:
    """The two medians as columns of the counting pass (PostgreSQL), or none (SQLite sorts them after)."""
    i = Interaction
    medians = {
        "median_resolution": median_column(seconds_between(i.resolved_at, i.occurred_at), _RESOLVED),
        "median_wait": median_column(i.waited_minutes, _WAITED),
    }
    return [column.alias(name) for name, column in medians.items() if column is not None]


def _feedback_counts(month: Period) -> dict[str, int]:
    f = Feedback
    csat, nps, ces = f.kind == "csat", f.kind == "nps", f.kind == "ces"
    query = f.select(
        count_if(csat).alias("csat"),
        count_if(csat & (f.score >= 4)).alias("csat_good"),
        count_if(nps).alias("nps"),
        count_if(nps & (f.score >= 9)).alias("promoters"),
        count_if(nps & f.score.between(7, 8)).alias("passives"),
        count_if(nps & (f.score <= 6)).alias("detractors"),
        count_if(ces).alias("ces"),
        sum_if(f.score, ces).alias("ces_sum"),
    ).where(_between(f.received_at, month))
    return _counts(dict_row(query))


def _csat_pct(feedback: dict[str, int]) -> float | None:
    return _pct(feedback["csat_good"], feedback["csat"])


def _nps(feedback: dict[str, int]) -> float | None:
    return _pct(feedback["promoters"] - feedback["detractors"], feedback["nps"])


def _followup_counts(month: Period) -> dict[str, int]:
    f = Followup
    query = f.select(fn.COUNT(f.id).alias("due"), count_if(_done_on_time(month)).alias("on_time"))
    return _counts(dict_row(query.where(_due_in(month))))


def _overdue_now() -> int:
    """Follow-ups not done whose due moment has passed, as of now (any due date: the backlog).
    Without a due time a follow-up is overdue from the next local day."""
    f = Followup
    now = clock.utc_now()
    today = clock.to_local(now).date()
    passed_today = (
        (f.due_on == today)
        & f.due_time.is_null(False)
        & (_due_deadline(today, today) < clock.format_instant(now))
    )
    query = f.select(fn.COUNT(f.id)).where(f.done_at.is_null() & ((f.due_on < today) | passed_today))
    return int(query.scalar() or 0)


def _new_customers(month: Period) -> int:
    return int(
        Customer.select(fn.COUNT(Customer.id)).where(_between(Customer.created_at, month)).scalar() or 0
    )


def _summary(month: Period, overdue: int) -> MonthSummary:
    i = Interaction
    row = _contact_counts(month)
    contacts = _counts({k: v for k, v in row.items() if not k.startswith("median_")})
    feedback = _feedback_counts(month)
    followups = _followup_counts(month)
    in_month = _between(i.occurred_at, month)
    if "median_wait" in row:  # counted in the same pass
        resolution_seconds, wait = row["median_resolution"], row["median_wait"]
    else:
        resolution_seconds = median(
            i, seconds_between(i.resolved_at, i.occurred_at), in_month & _RESOLVED, contacts["resolved"]
        )
        wait = median(i, i.waited_minutes, in_month & _WAITED, contacts["waited"])
    return MonthSummary(
        month=str(month),
        contacts=contacts["contacts"],
        by_channel={name: contacts[f"channel_{name}"] for name in CHANNELS},
        by_reason={name: contacts[f"reason_{name}"] for name in REASONS},
        inbound=contacts["inbound"],
        csat_pct=_csat_pct(feedback),
        csat_responses=feedback["csat"],
        nps=_nps(feedback),
        nps_responses=feedback["nps"],
        promoters=feedback["promoters"],
        passives=feedback["passives"],
        detractors=feedback["detractors"],
        ces_mean=feedback["ces_sum"] / feedback["ces"] if feedback["ces"] else None,
        ces_responses=feedback["ces"],
        fcr_pct=_pct(contacts["first_contact"], contacts["inbound"]),
        median_resolution_hours=None if resolution_seconds is None else resolution_seconds / 3600,
        open_contacts=contacts["open"],
        median_wait_minutes=wait,
        self_service_pct=_pct(contacts["channel_self_service"], contacts["contacts"]),
        followups_due=followups["due"],
        followups_done_on_time=followups["on_time"],
        followups_overdue=overdue,
        new_customers=_new_customers(month),
    )


@reads
def month_summary(month: Period) -> MonthSummary:
    """Every figure of DESIGN.md for one local month, or its first days (a handful of SQL queries,
    whatever the size)."""
    with database.atomic():  # one snapshot: the medians rely on the counts
        return _summary(month, _overdue_now())


def _trend_month(month: Month) -> TrendMonth:
    i = Interaction
    contacts = i.select(fn.COUNT(i.id)).where(_between(i.occurred_at, month)).scalar()  # the index alone
    feedback = _feedback_counts(month)
    return TrendMonth(
        month=str(month),
        contacts=int(contacts or 0),
        csat_pct=_csat_pct(feedback),
        csat_responses=feedback["csat"],
        nps=_nps(feedback),
        nps_responses=feedback["nps"],
    )


@reads
def trend(last_month: Month, months: int = 12) -> list[TrendMonth]:
    """Contacts, CSAT % and NPS per month, oldest first, ending with ``last_month``.

    Only what the charts draw: two small queries a month (0.4 s for 12 months at a million contacts,
    where 12 full summaries with their medians and breakdowns took 8 s)."""
    if months < 1:
        raise ValidationError("months", _("must be 1 or more, not {months}").format(months=months))
    with database.atomic():  # one snapshot
        return [_trend_month(last_month.shifted(step - months + 1)) for step in range(months)]


@reads
def staff_figures(month: Month) -> list[StaffFigures]:
    """One row per active staff member and per anyone else with figures in the month, plus a
    "(no staff)" row when contacts were logged without a staff member; most contacts first.

    CSAT counts the month's csat feedback (by received_at) linked to that member's contacts;
    follow-ups count by assignee (unassigned ones go to the "(no staff)" row when it is shown)."""
    i, f, fu = Interaction, Feedback, Followup
    contact_rows = tuple_rows(
        i.select(i.staff, fn.COUNT(i.id), count_if(_INBOUND), count_if(_FIRST_CONTACT))
        .where(_between(i.occurred_at, month))
        .group_by(i.staff)
    )
    contacts = {staff: (int(n), int(inbound), int(first)) for staff, n, inbound, first in contact_rows}
    csat_rows = tuple_rows(
        f.select(i.staff, fn.COUNT(f.id), count_if(f.score >= 4))
        .join(i, on=(f.interaction == i.id))
        .where((f.kind == "csat") & _between(f.received_at, month))
        .group_by(i.staff)
    )
    csat = {staff: (int(n), int(good)) for staff, n, good in csat_rows}
    followup_rows = tuple_rows(
        fu.select(fu.assignee, fn.COUNT(fu.id), count_if(_done_on_time(month)))
        .where(_due_in(month))
        .group_by(fu.assignee)
    )
    followups = {staff: (int(n), int(done)) for staff, n, done in followup_rows}
    members = {
        staff_id: name
        for staff_id, name, active in tuple_rows(Staff.select(Staff.id, Staff.name, Staff.active))
        if active or staff_id in contacts or staff_id in csat or staff_id in followups
    }
    names: dict[int | None, str] = dict(members)
    if None in contacts:
        names[None] = NO_STAFF
    rows = []
    for staff_id, name in names.items():
        n, inbound, first = contacts.get(staff_id, (0, 0, 0))
        responses, good = csat.get(staff_id, (0, 0))
        due, on_time = followups.get(staff_id, (0, 0))
        rows.append(
            StaffFigures(
                staff_id=staff_id,
                name=name,
                contacts=n,
                inbound=inbound,
                fcr_pct=_pct(first, inbound),
                csat_pct=_pct(good, responses),
                csat_responses=responses,
                followups_due=due,
                followups_done_on_time=on_time,
            )
        )
    rows.sort(key=lambda row: (-row.contacts, row.staff_id is None, row.name.casefold(), row.staff_id or 0))
    return rows
