"""Follow-ups: marking them done, and the due date of the choices a clerk picks from.

``mark_done(followup_ids, by_staff_id=...)`` marks every follow-up given done by that person, in one
transaction (all or none); ones already done are left as they were and counted apart.

``DUE_CHOICES`` / ``due_on_for(choice, today, picked)``: "none" (no follow-up), "2_days", "next_week"
(the coming Monday, as the snooze button) or "date" (the picked date).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from carebook.services import followups
from carebook.services.followup_rows import FollowupRow
from carebook.services.together import together

DUE_CHOICES: tuple[str, ...] = ("none", "2_days", "next_week", "date")


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
