"""Contacts with customers (the ``interaction`` table): log, edit, resolve, reopen, list.

A contact "resolved in this contact" (``resolved_first_contact``) is resolved when it ends:
``resolved_at = occurred_at + duration_minutes`` (or ``occurred_at`` when the duration is unknown).
Every write refreshes the summary columns of the customers it touches. The rows come from
``interaction_rows`` and the list, counts and recent contacts from ``interaction_list``; all are
re-exported here, so callers import this module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

from carebook import clock, vocab
from carebook.conflicts import bump
from carebook.db import reads, writes
from carebook.errors import ValidationError
from carebook.models import Feedback, Followup, Interaction
from carebook.services import customer_stats, record_checks
from carebook.services.interaction_list import (
    SORT_KEYS,
    for_customer,
    list_interactions,
    open_count,
    recent_for_customers,
)
from carebook.services.interaction_rows import InteractionPage, InteractionRow
from carebook.services.interaction_rows import fetch as _fetch
from carebook.translation import _
from carebook.versions import Seen, guard_unchanged, picked

__all__ = [
    "SORT_KEYS",
    "InteractionPage",
    "InteractionRow",
    "delete",
    "edit",
    "for_customer",
    "get",
    "list_interactions",
    "log",
    "open_count",
    "recent_for_customers",
    "reopen",
    "resolve",
]

SUMMARY_LIMIT = 500
NOTES_LIMIT = 1_000_000

_EDITABLE = frozenset(
    {
        "customer_id",
        "staff_id",
        "occurred_at",
        "channel",
        "direction",
        "reason",
        "summary",
        "notes",
        "resolved",
        "resolved_first_contact",
        "waited_minutes",
        "duration_minutes",
    }
)


@reads
def get(interaction_id: int) -> InteractionRow:
    return _fetch(interaction_id)


def _resolution(values: dict[str, Any], resolved: bool, previous: InteractionRow | None) -> dict[str, Any]:
    """Status and resolved_at from the rule of DESIGN.md and what was stored before."""
    occurred: datetime = values["occurred_at"]
    if values["resolved_first_contact"]:
        ended = occurred + timedelta(minutes=values["duration_minutes"] or 0)
        return {"status": "resolved", "resolved_at": ended}
    if not resolved:
        return {"status": "open", "resolved_at": None}
    if previous is not None and previous.status == "resolved" and previous.resolved_at is not None:
        resolved_at = previous.resolved_at
        if resolved_at < occurred:
            raise ValidationError("occurred_at", _("is after the time this contact was resolved"))
    else:
        resolved_at = max(clock.utc_now(), occurred)
    return {"status": "resolved", "resolved_at": resolved_at}


def _validated(raw: dict[str, Any], resolved: bool, previous: InteractionRow | None) -> dict[str, Any]:
    customer = record_checks.require_customer(raw["customer_id"])
    values: dict[str, Any] = {
        "customer": customer.id,
        "staff": record_checks.check_staff(raw["staff_id"]),
        "occurred_at": record_checks.instant(raw["occurred_at"], "occurred_at"),
        "channel": vocab.check_choice(raw["channel"], vocab.CHANNELS, "channel"),
        "direction": vocab.check_choice(raw["direction"], vocab.DIRECTIONS, "direction"),
        "reason": vocab.check_choice(raw["reason"], vocab.REASONS, "reason"),
        "summary": record_checks.text(raw["summary"], "summary", SUMMARY_LIMIT, multiline=False),
        "notes": record_checks.text(raw["notes"], "notes", NOTES_LIMIT),
        "resolved_first_contact": record_checks.flag(raw["resolved_first_contact"], "resolved_first_contact"),
        "waited_minutes": record_checks.minutes(raw["waited_minutes"], "waited_minutes"),
        "duration_minutes": record_checks.minutes(raw["duration_minutes"], "duration_minutes"),
    }
    values.update(_resolution(values, record_checks.flag(resolved, "resolved"), previous))
    return values


@writes
def log(
    customer_id: int,
    *,
    channel: str,
    direction: str = "inbound",
    reason: str = "other",
    summary: str = "",
    notes: str = "",
    staff_id: int | None = None,
    occurred_at: datetime | None = None,
    resolved: bool = False,
    resolved_first_contact: bool = False,
    waited_minutes: int | None = None,
    duration_minutes: int | None = None,
) -> InteractionRow:
    """Record a contact; ``occurred_at`` is naive UTC (default now). Resolved ones get ``resolved_at``."""
    values = _validated(
        {
            "customer_id": customer_id,
            "staff_id": staff_id,
            "occurred_at": occurred_at,
            "channel": channel,
            "direction": direction,
            "reason": reason,
            "summary": summary,
            "notes": notes,
            "resolved_first_contact": resolved_first_contact,
            "waited_minutes": waited_minutes,
            "duration_minutes": duration_minutes,
        },
        resolved or resolved_first_contact,
        None,
    )
    values["created_at"] = clock.utc_now()
    new_id = Interaction.insert(**values).execute()
    customer_stats.refresh([values["customer"]])
    return _fetch(new_id)


@writes
def edit(interaction_id: int, **changes: Any) -> InteractionRow:
    """Change some fields of a contact, checked by the same rules as ``log``.

    Keys: customer_id, staff_id, occurred_at, channel, direction, reason, summary, notes, resolved,
    resolved_first_contact, waited_minutes, duration_minutes. A resolved contact stays resolved unless
    ``resolved=False`` is given; "resolved in this contact" recomputes ``resolved_at``.
    """
    unknown = sorted(set(changes) - _EDITABLE)
    if unknown:
        raise ValidationError(unknown[0], _("cannot be changed on a contact"))
    before = _fetch(interaction_id)
    raw: dict[str, Any] = {
        "customer_id": before.customer_id,
        "staff_id": before.staff_id,
        "occurred_at": before.occurred_at,
        "channel": before.channel,
        "direction": before.direction,
        "reason": before.reason,
        "summary": before.summary,
        "notes": before.notes,
        "resolved_first_contact": before.resolved_first_contact,
        "waited_minutes": before.waited_minutes,
        "duration_minutes": before.duration_minutes,
    }
    resolved = changes.pop("resolved", before.status == "resolved")
    raw.update(changes)
    if "occurred_at" in changes and changes["occurred_at"] is None:
        raise ValidationError("occurred_at", _("is empty; a contact needs a date and time"))
    values = _validated(raw, resolved, before)
    if values["customer"] != before.customer_id and _has_links(interaction_id):
        raise ValidationError(
            "customer_id", _("this contact has follow-ups or scores, so it stays with its customer")
        )
    Interaction.update(**values, version=bump()).where(Interaction.id == interaction_id).execute()
    customer_stats.refresh([before.customer_id, values["customer"]])
    return _fetch(interaction_id)


@writes
def resolve(interaction_id: int, at: datetime | None = None) -> InteractionRow:
    """Mark a contact resolved at ``at`` (naive UTC, default now); already resolved ones are kept."""
    before = _fetch(interaction_id)
    if before.status == "resolved":
        return before
    when = record_checks.instant(at, "resolved_at")
    assert when is not None
    if when < before.occurred_at:
        if at is not None:
            raise ValidationError("resolved_at", _("is before the contact itself"))
        when = before.occurred_at
    Interaction.update(status="resolved", resolved_at=when, version=bump()).where(
        Interaction.id == interaction_id
    ).execute()
    customer_stats.refresh([before.customer_id])
    return _fetch(interaction_id)


@writes
def reopen(interaction_id: int) -> InteractionRow:
    """Open a contact again; it then no longer counts as resolved in the first contact."""
    before = _fetch(interaction_id)
    Interaction.update(status="open", resolved_at=None, resolved_first_contact=False, version=bump()).where(
        Interaction.id == interaction_id
    ).execute()
    customer_stats.refresh([before.customer_id])
    return _fetch(interaction_id)


@writes
def delete(interaction_id: int, seen: Seen | None = None) -> None:
    """Remove a contact logged by mistake; follow-ups and scores that named it stay, unlinked.
    ``seen``: what the clerk saw; a contact changed or deleted since raises ``ConflictError``."""
    guard_unchanged("interaction", interaction_id, seen, stored_values(interaction_id))
    before = _fetch(interaction_id)
    Interaction.delete().where(Interaction.id == interaction_id).execute()
    customer_stats.refresh([before.customer_id])


def stored_values(interaction_id: int) -> Callable[[Iterable[str]], dict[str, Any]]:
    """How ``carebook.versions`` reads this contact now, by the names of ``InteractionRow``."""
    return lambda names: picked(_fetch(interaction_id), names)


def _has_links(interaction_id: int) -> bool:
    linked_followup = Followup.select().where(Followup.interaction == interaction_id).exists()
    return linked_followup or Feedback.select().where(Feedback.interaction == interaction_id).exists()
