"""Follow-ups: marking them done, and the due date of the choices a clerk picks from.

``mark_done(followup_ids, by_staff_id=...)`` marks every follow-up given done by that person, in one
transaction (all or none); ones already done are left as they were and counted apart.

``snooze(followup_id, due_on, due_time=None)`` moves an open follow-up to a later local day (and time):
not to a day in the past (``due_on``), nor to a time of today that has passed (``due_time``).

``DUE_CHOICES`` / ``due_on_for(choice, today, picked)``: "none" (no follow-up), "2_days", "next_week"
(the coming Monday, as the snooze button) or "date" (the picked date).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from carebook import clock
from carebook.errors import ValidationError
from carebook.services import followups
from carebook.services.followup_rows import FollowupRow
from carebook.services.together import together

DUE_CHOICES: tuple[str, ...] = ("none", "2_days", "next_week", "date")
DUE_IN_THE_PAST = "is in the past; choose today or a later day"
TIME_PASSED = "has already passed today; choose a later time"


@dataclass(frozen=True)
class MarkedDone:
    done: tuple[FollowupRow, ...]  # marked done now
    already_done: tuple[int, ...]  # ids that were done before: left as they were


def mark_done(followup_ids: Sequence[int], *, by_staff_id: int | None = None) -> MarkedDone:
    """Mark the follow-ups done by ``by_staff_id`` (None: nobody in particular); one transaction."""

    def write() -> MarkedDone:
        done: list[FollowupRow] = []
        skipped: list[int] = []
        for followup_id in dict.fromkeys(followup_ids):
            if followups.get(followup_id).done_at is not None:
                skipped.append(followup_id)
                continue
            done.append(followups.complete(followup_id, by_staff_id=by_staff_id))
        return MarkedDone(tuple(done), tuple(skipped))

    return together(write)


def due_on_for(choice: str, today: date, picked: date) -> date | None:
    """The due date of a follow-up choice (see ``DUE_CHOICES``); None for "none"."""
    if choice == "2_days":
        return today + timedelta(days=2)
    if choice == "next_week":
        return followups.next_monday(today)
    if choice == "date":
        return picked
    return None


def check_due(due_on: date, due_time: time | None = None) -> None:
    """Refuse a due day in the past, or a time of today that has passed (the shop's local time)."""
    now = clock.local_now()
    if due_on < now.date():
        raise ValidationError("due_on", DUE_IN_THE_PAST)
    if due_on == now.date() and due_time is not None and due_time <= now.time():
        raise ValidationError("due_time", TIME_PASSED)


def snooze(followup_id: int, due_on: date, due_time: time | None = None) -> FollowupRow:
    """Move an open follow-up to ``due_on`` (and ``due_time``; None = any time that day)."""
    check_due(due_on, due_time)
    return followups.snooze(followup_id, due_on=due_on, due_time=due_time)
