"""Collect what the monthly PDF shows, as frozen dataclasses. No reportlab here.

The figures come from ``carebook.metrics`` (so the PDF and ``carebook stats`` agree); the voices, the
overdue follow-ups and the appendix are read here, ordered and limited in SQL. The appendix is a
generator that reads the month's contacts in keyset-paged chunks, so memory does not grow with the
number of contacts (a plain cursor would be fully buffered by some database drivers).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from peewee import JOIN, Case, fn

from carebook import clock, metrics, settings, vocab
from carebook.clock import Month
from carebook.db import reads
from carebook.i18n import _
from carebook.metrics import MonthSummary, StaffFigures, TrendMonth
from carebook.models import Customer, Feedback, Followup, Interaction, Staff
from carebook.ordering import ordered
from carebook.query_rows import tuple_rows

TREND_MONTHS = 12
VOICES_LIMIT = 8
COMPLIMENTS_LIMIT = 8
OVERDUE_LIMIT = 30
CHUNK_ROWS = 1000

# Scores at or below these are "low"; at or above the second ones "high" (scale ends per DESIGN.md).
LOW_SCORE = {"csat": 3, "nps": 6, "ces": 4}
HIGH_SCORE = {"csat": 5, "nps": 9, "ces": 6}


@dataclass(frozen=True)
class Voice:
    """A score with its comment (the lowest ones, or a compliment)."""

    when: date  # local day received
    customer: str
    kind: str  # csat / nps / ces
    score: int
    comment: str

    @property
    def score_label(self) -> str:
        high = vocab.SCORE_RANGES[self.kind][1]
        return f"{vocab.KIND_LABELS[self.kind]} {self.score}/{high}"


@dataclass(frozen=True)
class Compliment:
    when: date
    customer: str
    source: str  # "Contact" or a score label such as "CSAT 5/5"
    text: str


@dataclass(frozen=True)
class OverdueFollowup:
    due_on: date
    due_time: time | None
    customer: str
    assignee: str  # "" when unassigned
    priority: str
    note: str


@dataclass(frozen=True)
class ContactRow:
    when: datetime  # local
    customer: str
    channel: str
    reason: str
    summary: str
    outcome: str


@dataclass(frozen=True)
class ReportData:
    month: Month
    shop_name: str
    logo_path: str
    paper_size: str  # "A4" or "Letter"
    made_at: datetime  # local
    summary: MonthSummary
    previous: MonthSummary
    trend: tuple[TrendMonth, ...]  # oldest first, ending with ``month``
    staff: tuple[StaffFigures, ...]
    lowest_scores: tuple[Voice, ...]
    compliments: tuple[Compliment, ...]
    overdue: tuple[OverdueFollowup, ...]  # the oldest OVERDUE_LIMIT
    overdue_total: int

    @property
    def feedback_responses(self) -> int:
        s = self.summary
        return s.csat_responses + s.nps_responses + s.ces_responses

    @property
    def is_empty(self) -> bool:
        """No contacts, no feedback and no follow-ups due: the one-page "nothing recorded" summary."""
        return self.summary.contacts == 0 and self.feedback_responses == 0 and self.summary.followups_due == 0


def _normalised_score() -> Any:
    """The score on a 0..1 scale whatever its kind, for ordering low and high scores together."""
    kinds = []
    for kind, (low, high) in vocab.SCORE_RANGES.items():
        kinds.append((kind, (Feedback.score - low) * 1.0 / (high - low)))
    return Case(Feedback.kind, kinds, 0.5)


def _threshold(scores: dict[str, int], low: bool) -> Any:
    condition = None
    for kind, limit in scores.items():
        part = (Feedback.kind == kind) & ((Feedback.score <= limit) if low else (Feedback.score >= limit))
        condition = part if condition is None else condition | part
    return condition


def _in_month(column: Any, month: Month) -> Any:
    start, end = month.utc_bounds()
    return (column >= start) & (column < end)


def _local_day(instant: datetime) -> date:
    return clock.to_local(instant).date()


def _voices(month: Month, *, low: bool, limit: int) -> list[Voice]:
    order = _normalised_score()
    query = tuple_rows(
        Feedback.select(Feedback.received_at, Customer.name, Feedback.kind, Feedback.score, Feedback.comment)
        .join(Customer, on=Feedback.customer == Customer.id)
        .where(
            _in_month(Feedback.received_at, month)
            & (fn.TRIM(Feedback.comment) != "")
            & _threshold(LOW_SCORE if low else HIGH_SCORE, low)
        )
        .order_by(ordered(order, descending=not low), Feedback.received_at, Feedback.id)
        .limit(limit)
    )
    return [
        Voice(_local_day(received), name, kind, score, comment)
        for received, name, kind, score, comment in query
    ]


def _compliments(month: Month) -> list[Compliment]:
    contacts = tuple_rows(
        Interaction.select(Interaction.occurred_at, Customer.name, Interaction.summary)
        .join(Customer, on=Interaction.customer == Customer.id)
        .where(
            _in_month(Interaction.occurred_at, month)
            & (Interaction.reason == "compliment")
            & (fn.TRIM(Interaction.summary) != "")
        )
        .order_by(Interaction.occurred_at, Interaction.id)
        .limit(COMPLIMENTS_LIMIT // 2)
    )
    found = [Compliment(_local_day(at), name, _("Contact"), summary) for at, name, summary in contacts]
    for voice in _voices(month, low=False, limit=COMPLIMENTS_LIMIT - len(found)):
        found.append(Compliment(voice.when, voice.customer, voice.score_label, voice.comment))
    return sorted(found, key=lambda item: item.when)


def _overdue(now_local: datetime) -> tuple[list[OverdueFollowup], int]:
    from carebook.services.followup_rows import state_condition

    condition = state_condition("overdue", now_local)
    total = int(Followup.select(fn.COUNT(Followup.id)).where(condition).scalar() or 0)
    assignee = Staff.alias("assignee")
    query = tuple_rows(
        Followup.select(
            Followup.due_on,
            Followup.due_time,
            Customer.name,
            fn.COALESCE(assignee.name, ""),
            Followup.priority,
            Followup.note,
        )
        .join(Customer, on=Followup.customer == Customer.id)
        .switch(Followup)
        .join(assignee, JOIN.LEFT_OUTER, on=Followup.assignee == assignee.id)
        .where(condition)
        .order_by(Followup.due_on, ordered(Followup.due_time), Followup.id)
        .limit(OVERDUE_LIMIT)
    )
    return [OverdueFollowup(*row) for row in query], total


@reads
def gather(month: Month) -> ReportData:
    """Everything the PDF shows except the appendix (see ``iter_contacts``)."""
    now_local = clock.local_now()
    summary = metrics.month_summary(month)
    previous = metrics.month_summary(month.prev())
    trend = metrics.trend(month, TREND_MONTHS)
    overdue, overdue_total = _overdue(now_local)
    current = settings.current()
    return ReportData(
        month=month,
        shop_name=current.shop_name,
        logo_path=current.logo_path,
        paper_size=current.paper_size,
        made_at=now_local,
        summary=summary,
        previous=previous,
        trend=tuple(trend),
        staff=tuple(metrics.staff_figures(month)),
        lowest_scores=tuple(_voices(month, low=True, limit=VOICES_LIMIT)),
        compliments=tuple(_compliments(month)),
        overdue=tuple(overdue),
        overdue_total=overdue_total,
    )


def outcome_label(status: str, first_contact: bool) -> str:
    if status == "resolved":
        return _("Resolved first time") if first_contact else _("Resolved")
    return _("Open")


_CONTACT_COLUMNS = (
    Interaction.id,
    Interaction.occurred_at,
    Customer.name,
    Interaction.channel,
    Interaction.reason,
    Interaction.summary,
    Interaction.status,
    Interaction.resolved_first_contact,
)


@reads
def _contact_chunk(month: Month, after: tuple[datetime, int] | None, size: int) -> list[tuple[Any, ...]]:
    condition = _in_month(Interaction.occurred_at, month)
    if after is not None:
        at, last_id = after
        same_time_later = (Interaction.occurred_at == at) & (Interaction.id > last_id)
        condition &= (Interaction.occurred_at > at) | same_time_later
    query = tuple_rows(
        Interaction.select(*_CONTACT_COLUMNS)
        .join(Customer, on=Interaction.customer == Customer.id)
        .where(condition)
        .order_by(Interaction.occurred_at, Interaction.id)
        .limit(size)
    )
    return list(query)


def iter_contacts(month: Month, chunk: int = CHUNK_ROWS) -> Iterator[ContactRow]:
    """Every contact of the month in time order, read ``chunk`` rows at a time."""
    after: tuple[datetime, int] | None = None
    while True:
        rows = _contact_chunk(month, after, chunk)
        for _id, at, name, channel, reason, summary, status, first in rows:
            yield ContactRow(
                when=clock.to_local(at),
                customer=name,
                channel=_(vocab.CHANNEL_LABELS.get(channel, channel)),
                reason=_(vocab.REASON_LABELS.get(reason, reason)),
                summary=summary,
                outcome=outcome_label(status, bool(first)),
            )
        if len(rows) < chunk:
            return
        after = (rows[-1][1], rows[-1][0])
