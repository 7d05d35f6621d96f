"""One customer's history: contacts, follow-ups and scores merged, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from carebook import vocab
from carebook.db import reads
from carebook.services import feedback, followup_rows, interactions, record_checks
from carebook.services.feedback import FeedbackRow
from carebook.services.followup_rows import FollowupRow
from carebook.services.interactions import InteractionRow

KINDS: tuple[str, ...] = ("contact", "followup", "feedback")

_STATE_TITLES = {
    "done": "Follow-up done",
    "overdue": "Follow-up overdue",
    "due_today": "Follow-up due today",
    "upcoming": "Follow-up",
}


@dataclass(frozen=True)
class TimelineEntry:
    kind: str  # one of KINDS
    when: datetime  # naive UTC; a follow-up's local due moment converted
    title: str
    detail: str
    row: InteractionRow | FollowupRow | FeedbackRow


def _contact(row: InteractionRow) -> TimelineEntry:
    arrow = "from" if row.direction == "inbound" else "to"
    title = f"{vocab.CHANNEL_LABELS[row.channel]} {arrow} customer · {vocab.REASON_LABELS[row.reason]}"
    if row.status == "open":
        title += " · open"
    detail = row.summary or row.notes.split("\n", 1)[0]
    if row.staff_name:
        detail = f"{detail} ({row.staff_name})" if detail else row.staff_name
    return TimelineEntry("contact", row.occurred_at, title, detail, row)


def _followup(row: FollowupRow) -> TimelineEntry:
    title = _STATE_TITLES[row.state]
    if row.priority == "high":
        title += " · high priority"
    detail = row.note
    if row.assignee_name:
        detail = f"{detail} (for {row.assignee_name})" if detail else f"For {row.assignee_name}"
    return TimelineEntry("followup", row.due_utc, title, detail, row)


def _score(row: FeedbackRow) -> TimelineEntry:
    return TimelineEntry("feedback", row.received_at, row.label, row.comment, row)


@reads
def customer_timeline(customer_id: int) -> tuple[TimelineEntry, ...]:
    """Everything that happened (or is planned) for one customer, newest first."""
    record_checks.require_customer(customer_id)
    entries = [
        *(_contact(row) for row in interactions.for_customer(customer_id)),
        *(_followup(row) for row in followup_rows.for_customer(customer_id)),
        *(_score(row) for row in feedback.for_customer(customer_id)),
    ]
    order = {kind: index for index, kind in enumerate(KINDS)}
    entries.sort(key=lambda entry: (entry.when, -order[entry.kind], entry.row.id), reverse=True)
    return tuple(entries)
