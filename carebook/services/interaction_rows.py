"""Reading contacts: the ``InteractionRow`` a service returns, with its customer's and staff member's names.

``select()`` is the one query shape (contacts joined to their names); ``to_row`` turns its tuples into
rows; ``fetch(id)`` reads one. The list, counts and recent contacts are in ``interaction_list``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee
from peewee import JOIN, fn

from carebook.errors import NotFound
from carebook.models import Customer, Interaction, Staff
from carebook.query_rows import tuple_rows
from carebook.translation import _


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
    version: int = 1  # raised by each save (``carebook.versions``)

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
    Interaction.version,
)


def select(*extra: Any) -> peewee.ModelSelect[Interaction]:
    """Contacts with their customer's and staff member's names, joined in the same query."""
    return (
        Interaction.select(*_COLUMNS, *extra)
        .join(Customer, on=Interaction.customer == Customer.id)
        .switch(Interaction)
        .join(Staff, JOIN.LEFT_OUTER, on=Interaction.staff == Staff.id)
    )


def to_row(values: tuple[Any, ...]) -> InteractionRow:
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
        version=values[17],
    )


def fetch(interaction_id: int) -> InteractionRow:
    found = select().where(Interaction.id == interaction_id).tuples().first()
    if found is None:
        raise NotFound(
            _("There is no contact with id {interaction_id}.").format(interaction_id=interaction_id)
        )
    return to_row(found)


def by_ids(ids: list[int]) -> list[InteractionRow]:
    """The rows of these contacts, in the order of ``ids`` (unknown ids are left out): one query."""
    if not ids:
        return []
    found = {values[0]: to_row(values) for values in tuple_rows(select().where(Interaction.id.in_(ids)))}
    return [found[i] for i in ids if i in found]
