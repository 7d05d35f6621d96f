"""Follow-ups: things to do for a customer by a local date (and optionally time).

Writes live here; the rows, states and lists come from ``followup_rows`` and the Today page's cards and
the stay-in-touch scheduler from ``followup_today``; all are re-exported, so callers import this module.
Every write refreshes the customer's summary columns (``open_followups``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from carebook import clock, vocab
from carebook.conflicts import bump
from carebook.db import writes
from carebook.errors import CarebookError, ValidationError
from carebook.models import Followup
from carebook.services import customer_stats, record_checks
from carebook.services.followup_rows import (
    SORT_KEYS,
    STATES,
    DueCounts,
    FollowupPage,
    FollowupRow,
    any_due,
    due_counts,
    due_today,
    falling_due,
    fetch,
    for_customer,
    get,
    list_followups,
    overdue,
    upcoming,
)
from carebook.services.followup_today import FollowupCard, TodayCards, schedule_stay_in_touch, today_cards
from carebook.translation import _
from carebook.versions import Seen, guard, guard_unchanged, picked

__all__ = [
    "ORIGINS",
    "SNOOZE_PRESETS",
    "SORT_KEYS",
    "STATES",
    "DueCounts",
    "FollowupCard",
    "FollowupPage",
    "FollowupRow",
    "TodayCards",
    "any_due",
    "change",
    "complete",
    "create",
    "delete",
    "due_counts",
    "due_today",
    "edit",
    "falling_due",
    "for_customer",
    "get",
    "list_followups",
    "next_monday",
    "overdue",
    "reassign",
    "reopen",
    "schedule_stay_in_touch",
    "snooze",
    "snooze_preset",
    "today_cards",
    "upcoming",
]

ORIGINS: tuple[str, ...] = ("manual", "stay_in_touch", "import")
NOTE_LIMIT = 10_000
SNOOZE_PRESETS: tuple[str, ...] = ("1h", "tomorrow", "next_week")
MORNING = time(9, 0)


@writes
def create(
    customer_id: int,
    *,
    due_on: date | str,
    due_time: time | str | None = None,
    note: str = "",
    assignee_id: int | None = None,
    priority: str = "normal",
    interaction_id: int | None = None,
    origin: str = "manual",
) -> FollowupRow:
    """Add a follow-up due on the local date ``due_on`` (and local ``due_time``, when given)."""
    customer = record_checks.require_customer(customer_id)
    new_id = Followup.insert(
        customer=customer.id,
        due_on=record_checks.local_date(due_on, "due_on"),
        due_time=record_checks.local_time(due_time, "due_time"),
        note=record_checks.text(note, "note", NOTE_LIMIT),
        priority=vocab.check_choice(priority, vocab.PRIORITIES, "priority"),
        assignee=record_checks.check_staff(assignee_id, "assignee"),
        interaction=record_checks.check_interaction(interaction_id, customer.id),
        origin=vocab.check_choice(origin, ORIGINS, "origin"),
        created_at=clock.utc_now(),
    ).execute()
    customer_stats.refresh([customer.id])
    return fetch(new_id)


@writes
def complete(followup_id: int, *, by_staff_id: int | None = None, at: datetime | None = None) -> FollowupRow:
    """Mark done at ``at`` (naive UTC, default now); a follow-up already done is left as it was."""
    before = fetch(followup_id)
    if before.done_at is not None:
        return before
    done_by = record_checks.check_staff(by_staff_id, "done_by")
    done_at = record_checks.instant(at, "done_at")
    done = Followup.update(done_at=done_at, done_by=done_by, version=bump())
    done.where(Followup.id == followup_id).execute()
    customer_stats.refresh([before.customer_id])
    return fetch(followup_id)


@writes
def delete(followup_id: int, seen: Seen | None = None) -> None:
    """Remove a follow-up created by mistake; ``seen``: one changed or deleted since raises
    ``ConflictError`` (``carebook.versions``)."""
    guard_unchanged("followup", followup_id, seen, stored_values(followup_id))
    before = fetch(followup_id)
    Followup.delete().where(Followup.id == followup_id).execute()
    customer_stats.refresh([before.customer_id])


@writes
def reopen(followup_id: int) -> FollowupRow:
    before = fetch(followup_id)
    Followup.update(done_at=None, done_by=None, version=bump()).where(Followup.id == followup_id).execute()
    customer_stats.refresh([before.customer_id])
    return fetch(followup_id)


@writes
def snooze(followup_id: int, *, due_on: date | str, due_time: time | str | None = None) -> FollowupRow:
    """Move an open follow-up to another local date (and time; None = any time that day)."""
    before = fetch(followup_id)
    if before.done_at is not None:
        raise CarebookError(_("This follow-up is already done; reopen it before moving it."))
    Followup.update(
        due_on=record_checks.local_date(due_on, "due_on"),
        due_time=record_checks.local_time(due_time, "due_time"),
        version=bump(),
    ).where(Followup.id == followup_id).execute()
    customer_stats.refresh([before.customer_id])
    return fetch(followup_id)


def next_monday(day: date) -> date:
    """The Monday after ``day`` (a week ahead when ``day`` is a Monday): what "next week" means."""
    return day + timedelta(days=7 - day.weekday())


def snooze_preset(preset: str, now_local: datetime) -> tuple[date, time | None]:
    """The new local due date and time for a snooze button, as of ``now_local``.

    "1h": an hour from now (to the minute, counted on the real clock across DST changes);
    "tomorrow": tomorrow at 09:00; "next_week": next Monday at 09:00 (a week ahead on a Monday).
    """
    if preset == "1h":
        later = clock.to_local(clock.to_utc(now_local) + timedelta(hours=1))
        return later.date(), later.time().replace(second=0, microsecond=0)
    if preset == "tomorrow":
        return now_local.date() + timedelta(days=1), MORNING
    if preset == "next_week":
        return next_monday(now_local.date()), MORNING
    raise ValidationError(
        "preset",
        _("'{preset}' is not one of: {presets}").format(preset=preset, presets=", ".join(SNOOZE_PRESETS)),
    )


@writes
def reassign(followup_id: int, staff_id: int | None) -> FollowupRow:
    """Give the follow-up to a staff member, or to nobody with None."""
    before = fetch(followup_id)
    assignee = record_checks.check_staff(staff_id, "assignee")
    Followup.update(assignee=assignee, version=bump()).where(Followup.id == followup_id).execute()
    customer_stats.refresh([before.customer_id])
    return fetch(followup_id)


@writes
def edit(followup_id: int, *, note: str | None = None, priority: str | None = None) -> FollowupRow:
    """Change the note and/or the priority; None leaves a field as it is."""
    before = fetch(followup_id)
    changes: dict[str, object] = {}
    if note is not None:
        changes["note"] = record_checks.text(note, "note", NOTE_LIMIT)
    if priority is not None:
        changes["priority"] = vocab.check_choice(priority, vocab.PRIORITIES, "priority")
    if changes:
        Followup.update(**changes, version=bump()).where(Followup.id == followup_id).execute()
    customer_stats.refresh([before.customer_id])
    return fetch(followup_id)


def stored_values(followup_id: int) -> Callable[[Iterable[str]], dict[str, Any]]:
    """How ``carebook.versions`` reads this follow-up now, by the names of ``FollowupRow``."""
    return lambda names: picked(fetch(followup_id), names)


CHANGEABLE = ("note", "priority", "due_on", "due_time", "assignee_id")


@writes
def change(followup_id: int, *, seen: Seen | None = None, **fields: Any) -> FollowupRow:
    """Save the follow-up form: any of ``CHANGEABLE``, only what differs is written. ``seen``: what the form
    loaded (``carebook.versions``): one changed since merges field by field, or ``ConflictError``."""
    unknown = sorted(set(fields) - set(CHANGEABLE))
    if unknown:
        raise ValidationError(unknown[0], "cannot be changed on a follow-up")
    values = guard("followup", followup_id, seen, fields, stored_values(followup_id))
    row = fetch(followup_id)
    note, priority = values.get("note", row.note), values.get("priority", row.priority)
    if note.strip() != row.note or priority != row.priority:
        row = edit(followup_id, note=note, priority=priority)
    due = (values.get("due_on", row.due_on), values.get("due_time", row.due_time))
    if row.done_at is None and due != (row.due_on, row.due_time):
        row = snooze(followup_id, due_on=due[0], due_time=due[1])
    if values.get("assignee_id", row.assignee_id) != row.assignee_id:
        row = reassign(followup_id, values["assignee_id"])
    return row
