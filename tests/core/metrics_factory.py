"""Rows for the metrics tests, written straight through the models (instants are UTC text)."""

from __future__ import annotations

from carebook.models import Customer, Feedback, Followup, Interaction, Staff


def customer(
    name: str = "Ada Lovelace",
    created_at: str = "2025-01-10 09:00:00",
    deleted_at: str | None = None,
    erased_at: str | None = None,
) -> int:
    row = Customer.create(
        name=name, created_at=created_at, updated_at=created_at, deleted_at=deleted_at, erased_at=erased_at
    )
    return int(row.id)


def staff(name: str, active: bool = True) -> int:
    return int(Staff.create(name=name, active=active).id)


def contact(
    customer_id: int,
    occurred_at: str,
    *,
    channel: str = "phone",
    direction: str = "inbound",
    reason: str = "inquiry",
    resolved_at: str | None = None,
    first_contact: bool = False,
    waited: int | None = None,
    staff_id: int | None = None,
) -> int:
    row = Interaction.create(
        customer=customer_id,
        occurred_at=occurred_at,
        channel=channel,
        direction=direction,
        reason=reason,
        status="resolved" if resolved_at else "open",
        resolved_at=resolved_at,
        resolved_first_contact=first_contact,
        waited_minutes=waited,
        staff=staff_id,
    )
    return int(row.id)


def score(
    customer_id: int, kind: str, value: int, received_at: str, interaction_id: int | None = None
) -> None:
    Feedback.create(
        customer=customer_id, kind=kind, score=value, received_at=received_at, interaction=interaction_id
    )


def followup(
    customer_id: int,
    due_on: str,
    due_time: str | None = None,
    done_at: str | None = None,
    assignee: int | None = None,
) -> None:
    Followup.create(
        customer=customer_id, due_on=due_on, due_time=due_time, done_at=done_at, assignee=assignee
    )
