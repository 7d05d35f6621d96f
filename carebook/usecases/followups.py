"""Follow-ups: marking them done, and the due date of the choices a clerk picks from.

``mark_done(followup_ids, by_staff_id=...)`` marks every follow-up given done by that person, in one
transaction (all or none); ones already done are left as they were and counted apart. The result names
the contacts those follow-ups came from that are still open, so the clerk can be offered to resolve them
(``resolve_contacts``). ``reopen(followup_ids)`` takes a "done" back (Undo); ``move_back(rows)`` puts
snoozed follow-ups back on the days they had (Undo of a snooze).

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
from carebook.marks import N_
from carebook.services import followups, interactions
from carebook.services.followup_rows import FollowupRow
from carebook.services.together import together
from carebook.translation import _

DUE_CHOICES: tuple[str, ...] = ("none", "2_days", "next_week", "date")
DUE_IN_THE_PAST = N_("is in the past; choose today or a later day")
TIME_PASSED = N_("has already passed today; choose a later time")


@dataclass(frozen=True)
class MarkedDone:
    done: tuple[FollowupRow, ...]  # marked done now
    already_done: tuple[int, ...]  # ids that were done before: left as they were
    open_contacts: tuple[int, ...] = ()  # the still-open contacts the done follow-ups came from


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
        sources = [row.interaction_id for row in done if row.interaction_id is not None]
        still_open = [i for i in dict.fromkeys(sources) if interactions.get(i).status == "open"]
        return MarkedDone(tuple(done), tuple(skipped), tuple(still_open))

    return together(write)


def reopen(followup_ids: Sequence[int]) -> tuple[FollowupRow, ...]:
    """Take back "done" on the follow-ups given (the ones still done), in one transaction."""

    def write() -> tuple[FollowupRow, ...]:
        rows = (followups.get(followup_id) for followup_id in dict.fromkeys(followup_ids))
        return tuple(followups.reopen(row.id) for row in rows if row.done_at is not None)

    return together(write)


def move_back(rows: Sequence[FollowupRow]) -> tuple[FollowupRow, ...]:
    """Put snoozed follow-ups back on the day (and time) they had in ``rows``, in one transaction; ones
    done since are left as they are."""

    def write() -> tuple[FollowupRow, ...]:
        open_rows = [row for row in rows if followups.get(row.id).done_at is None]
        return tuple(followups.snooze(row.id, due_on=row.due_on, due_time=row.due_time) for row in open_rows)

    return together(write)


def reopen_contacts(interaction_ids: Sequence[int]) -> None:
    """Open the contacts given again (Undo of ``resolve_contacts``), in one transaction."""
    together(lambda: [interactions.reopen(contact) for contact in dict.fromkeys(interaction_ids)])


def resolve_contacts(interaction_ids: Sequence[int]) -> int:
    """Resolve the contacts given (now), in one transaction; returns how many were still open."""

    def write() -> int:
        still_open = [i for i in dict.fromkeys(interaction_ids) if interactions.get(i).status == "open"]
        for interaction_id in still_open:
            interactions.resolve(interaction_id)
        return len(still_open)

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
        raise ValidationError("due_on", _(DUE_IN_THE_PAST))
    if due_on == now.date() and due_time is not None and due_time <= now.time():
        raise ValidationError("due_time", _(TIME_PASSED))


def snooze(followup_id: int, due_on: date, due_time: time | None = None) -> FollowupRow:
    """Move an open follow-up to ``due_on`` (and ``due_time``; None = any time that day)."""
    check_due(due_on, due_time)
    return followups.snooze(followup_id, due_on=due_on, due_time=due_time)
