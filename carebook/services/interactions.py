"""Contacts with customers (the ``interaction`` table): log, edit, resolve, reopen, list.

A contact "resolved in this contact" (``resolved_first_contact``) is resolved when it ends:
``resolved_at = occurred_at + duration_minutes`` (or ``occurred_at`` when the duration is unknown).
Every write refreshes the summary columns of the customers it touches.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import peewee
from peewee import JOIN, fn

from carebook import clock, vocab
from carebook.db import reads, writes
from carebook.errors import NotFound, ValidationError
from carebook.models import Customer, Feedback, Followup, Interaction, Staff
from carebook.services import customer_stats, record_checks

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


@dataclass(frozen=True)
class InteractionRow:
    id: int
    customer_id: int
    staff_id: int | None
    occurred_at: datetime
    channel: str
    direction: str
    reason: str
    summary: str
    notes: str
    status: str
    resolved_first_contact: bool
    resolved_at: datetime | None
    waited_minutes: int | None
    duration_minutes: int | None
    created_at: datetime | None
    customer_name: str
    staff_name: str  # "" when no staff member is recorded

    @property
    def is_open(self) -> bool:
        return self.status == "open"


@dataclass(frozen=True)
class InteractionPage:
    rows: tuple[InteractionRow, ...]
    total: int  # rows matching the filters, over all pages


_COLUMNS = (
    Interaction.id,
    Interaction.customer,
    Interaction.staff,
    Interaction.occurred_at,
    Interaction.channel,
    Interaction.direction,
    Interaction.reason,
    Interaction.summary,
    Interaction.notes,
    Interaction.status,
    Interaction.resolved_first_contact,
    Interaction.resolved_at,
    Interaction.waited_minutes,
    Interaction.duration_minutes,
    Interaction.created_at,
    Customer.name,
    fn.COALESCE(Staff.name, ""),
)


def _select(*extra: Any) -> peewee.ModelSelect:
    """Contacts with their customer's and staff member's names, joined in the same query."""
    return (
        Interaction.select(*_COLUMNS, *extra)
        .join(Customer, on=Interaction.customer == Customer.id)
        .switch(Interaction)
        .join(Staff, JOIN.LEFT_OUTER, on=Interaction.staff == Staff.id)
    )


def _row(values: tuple[Any, ...]) -> InteractionRow:
    return InteractionRow(
        id=values[0],
        customer_id=values[1],
        staff_id=values[2],
        occurred_at=values[3],
        channel=values[4],
        direction=values[5],
        reason=values[6],
        summary=values[7],
        notes=values[8],
        status=values[9],
        resolved_first_contact=bool(values[10]),
        resolved_at=values[11],
        waited_minutes=values[12],
        duration_minutes=values[13],
        created_at=values[14],
        customer_name=values[15],
        staff_name=values[16] or "",
    )


def _fetch(interaction_id: int) -> InteractionRow:
    found = _select().where(Interaction.id == interaction_id).tuples().first()
    if found is None:
        raise NotFound(f"There is no contact with id {interaction_id}.")
    return _row(found)


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
            raise ValidationError("occurred_at", "is after the time this contact was resolved")
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
        raise ValidationError(unknown[0], "cannot be changed on a contact")
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
        raise ValidationError("occurred_at", "is empty; a contact needs a date and time")
    values = _validated(raw, resolved, before)
    if values["customer"] != before.customer_id and _has_links(interaction_id):
        raise ValidationError(
            "customer_id", "this contact has follow-ups or scores, so it stays with its customer"
        )
    Interaction.update(**values).where(Interaction.id == interaction_id).execute()
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
            raise ValidationError("resolved_at", "is before the contact itself")
        when = before.occurred_at
    Interaction.update(status="resolved", resolved_at=when).where(Interaction.id == interaction_id).execute()
    customer_stats.refresh([before.customer_id])
    return _fetch(interaction_id)


@writes
def reopen(interaction_id: int) -> InteractionRow:
    """Open a contact again; it then no longer counts as resolved in the first contact."""
    before = _fetch(interaction_id)
    Interaction.update(status="open", resolved_at=None, resolved_first_contact=False).where(
        Interaction.id == interaction_id
    ).execute()
    customer_stats.refresh([before.customer_id])
    return _fetch(interaction_id)


@writes
def delete(interaction_id: int) -> None:
    """Remove a contact logged by mistake; follow-ups and scores that named it stay, unlinked."""
    before = _fetch(interaction_id)
    Interaction.delete().where(Interaction.id == interaction_id).execute()
    customer_stats.refresh([before.customer_id])


def _has_links(interaction_id: int) -> bool:
    linked_followup = Followup.select().where(Followup.interaction == interaction_id).exists()
    return linked_followup or Feedback.select().where(Feedback.interaction == interaction_id).exists()


_SORTS: dict[str, tuple[Any, ...]] = {
    "occurred_at": (Interaction.occurred_at,),
    "customer": (Customer.name_key, Customer.name),
    "channel": (Interaction.channel,),
    "reason": (Interaction.reason,),
    "status": (Interaction.status,),
    "staff": (fn.COALESCE(Staff.name, ""),),
}
SORT_KEYS: tuple[str, ...] = tuple(_SORTS)


@reads
def list_interactions(
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    channel: str | None = None,
    reason: str | None = None,
    staff_id: int | None = None,
    status: str | None = None,
    customer_id: int | None = None,
    offset: int = 0,
    limit: int = 200,
    sort: str = "occurred_at",
    descending: bool = True,
) -> InteractionPage:
    """One page of contacts filtered, sorted and paged in SQL; ``start``/``end`` are UTC, [start, end)."""
    offset, limit = record_checks.paging(offset, limit)
    if sort not in _SORTS:
        raise ValidationError("sort", f"'{sort}' is not one of: {', '.join(SORT_KEYS)}")
    conditions = []
    if start is not None:
        conditions.append(Interaction.occurred_at >= start)
    if end is not None:
        conditions.append(Interaction.occurred_at < end)
    if channel:
        conditions.append(Interaction.channel == vocab.check_choice(channel, vocab.CHANNELS, "channel"))
    if reason:
        conditions.append(Interaction.reason == vocab.check_choice(reason, vocab.REASONS, "reason"))
    if status:
        conditions.append(Interaction.status == vocab.check_choice(status, vocab.STATUSES, "status"))
    if staff_id is not None:
        conditions.append(Interaction.staff == staff_id)
    if customer_id is not None:
        conditions.append(Interaction.customer == customer_id)
    counted = Interaction.select()
    query = _select()
    if conditions:
        counted = counted.where(*conditions)
        query = query.where(*conditions)
    keys = (*_SORTS[sort], Interaction.occurred_at, Interaction.id)
    order = [key.desc() if descending else key.asc() for key in keys]
    total = counted.count()
    query = query.order_by(*order).offset(offset).limit(limit).tuples()
    return InteractionPage(tuple(_row(values) for values in query), total)


@reads
def for_customer(customer_id: int) -> tuple[InteractionRow, ...]:
    """Every contact of one customer, newest first."""
    query = (
        _select()
        .where(Interaction.customer == customer_id)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .tuples()
    )
    return tuple(_row(values) for values in query)


def recent_for_customers(
    customer_ids: Iterable[int], per_customer: int = 3
) -> dict[int, tuple[InteractionRow, ...]]:
    """The latest ``per_customer`` contacts of each customer, newest first: one query per 500 ids."""
    ids = sorted({int(i) for i in customer_ids})
    found: dict[int, list[InteractionRow]] = {i: [] for i in ids}
    position = fn.ROW_NUMBER().over(
        partition_by=[Interaction.customer], order_by=[Interaction.occurred_at.desc(), Interaction.id.desc()]
    )
    for first in range(0, len(ids), 500):
        chunk = ids[first : first + 500]
        ranked = (
            Interaction.select(Interaction.id, position.alias("pos"))
            .where(Interaction.customer.in_(chunk))
            .alias("ranked")
        )
        latest = peewee.Select([ranked], [ranked.c.id]).where(ranked.c.pos <= per_customer)
        for values in _select().where(Interaction.id.in_(latest)).tuples():
            found[values[1]].append(_row(values))
    return {
        i: tuple(sorted(rows, key=lambda r: (r.occurred_at, r.id), reverse=True)) for i, rows in found.items()
    }
