"""Listing and counting contacts on a big shop (a million contacts) without reading more rows than shown.

``list_interactions`` picks a page's ids first from a narrow query that reads only the covering index
``interaction (occurred_at, channel, reason, status, staff_id, customer_id)`` (migration 0006), sorted
by the chosen column and paged there; only that page's rows are then read with their names. Sorting by
customer reads the customer's ``name_key`` as well, sorting by staff the (small) staff table.
``open_count`` counts over ``interaction (status, staff_id)``; ``recent_for_customers`` ranks each
customer's contacts over ``interaction (customer_id, occurred_at)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import peewee
from peewee import JOIN, fn

from carebook import vocab
from carebook.db import reads
from carebook.errors import ValidationError
from carebook.models import Customer, Interaction, Staff
from carebook.ordering import ordered
from carebook.query_rows import tuple_rows
from carebook.services import record_checks
from carebook.services.interaction_rows import InteractionPage, InteractionRow, by_ids, select, to_row
from carebook.translation import _

_SORTS: dict[str, tuple[Any, ...]] = {
    "occurred_at": (Interaction.occurred_at,),
    "customer": (Customer.name_key, Customer.name),
    "channel": (Interaction.channel,),
    "reason": (Interaction.reason,),
    "status": (Interaction.status,),
    "staff": (fn.COALESCE(Staff.name, ""),),
}
SORT_KEYS: tuple[str, ...] = tuple(_SORTS)
_CHUNK = 500


def _page_ids(conditions: list[Any], sort: str, descending: bool, offset: int, limit: int) -> list[int]:
    """The ids of one page, read from indexes (plus customer names or staff names when sorted by them)."""
    query = Interaction.select(Interaction.id)
    if sort == "customer":
        query = query.join(Customer, on=Interaction.customer == Customer.id)
    elif sort == "staff":
        query = query.join(Staff, JOIN.LEFT_OUTER, on=Interaction.staff == Staff.id)
    if conditions:
        query = query.where(*conditions)
    keys = (*_SORTS[sort], Interaction.occurred_at, Interaction.id)
    order = [ordered(key, descending) for key in keys]
    return [row[0] for row in tuple_rows(query.order_by(*order).offset(offset).limit(limit))]


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
        raise ValidationError(
            "sort", _("'{sort}' is not one of: {sorts}").format(sort=sort, sorts=", ".join(SORT_KEYS))
        )
    # With a period, the covering index's occurred_at range is the one to read: "+ 0" keeps SQLite from
    # choosing the staff (or status) index instead, which would read far more rows for a day or a month.
    bounded = start is not None or end is not None
    staff_column = Interaction.staff + 0 if bounded else Interaction.staff
    status_column = Interaction.status.concat("") if bounded else Interaction.status
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
        conditions.append(status_column == vocab.check_choice(status, vocab.STATUSES, "status"))
    if staff_id is not None:
        conditions.append(staff_column == staff_id)
    if customer_id is not None:
        conditions.append(Interaction.customer == customer_id)
    counted = Interaction.select(Interaction.id)
    if conditions:
        counted = counted.where(*conditions)
    total = counted.count()
    if offset >= total:
        return InteractionPage((), total)
    ids = _page_ids(conditions, sort, descending, offset, limit)
    return InteractionPage(tuple(by_ids(ids)), total)


@reads
def open_count(staff_id: int | None = None) -> int:
    """How many contacts are open (not resolved), everyone's or one staff member's: one index range."""
    query = Interaction.select(Interaction.id).where(Interaction.status == "open")
    if staff_id is not None:
        query = query.where(Interaction.staff == staff_id)
    return int(query.count())


@reads
def for_customer(customer_id: int) -> tuple[InteractionRow, ...]:
    """Every contact of one customer, newest first."""
    query = (
        select()
        .where(Interaction.customer == customer_id)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
    )
    return tuple(to_row(values) for values in tuple_rows(query))


def recent_for_customers(
    customer_ids: Iterable[int], per_customer: int = 3
) -> dict[int, tuple[InteractionRow, ...]]:
    """The latest ``per_customer`` contacts of each customer, newest first: one query per 500 ids.

    ``ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY occurred_at DESC, id DESC)`` over the
    ``(customer_id, occurred_at)`` index, so only these customers' contacts are ranked.
    """
    ids = sorted({int(i) for i in customer_ids})
    found: dict[int, list[InteractionRow]] = {i: [] for i in ids}
    position = fn.ROW_NUMBER().over(
        partition_by=[Interaction.customer], order_by=[Interaction.occurred_at.desc(), Interaction.id.desc()]
    )
    for first in range(0, len(ids), _CHUNK):
        chunk = ids[first : first + _CHUNK]
        ranked = (
            Interaction.select(Interaction.id, position.alias("pos"))
            .where(Interaction.customer.in_(chunk))
            .alias("ranked")
        )
        latest = peewee.Select([ranked], [ranked.c.id]).where(ranked.c.pos <= per_customer)
        for values in tuple_rows(select().where(Interaction.id.in_(latest))):
            found[values[1]].append(to_row(values))
    return {
        i: tuple(sorted(rows, key=lambda r: (r.occurred_at, r.id), reverse=True)) for i, rows in found.items()
    }
