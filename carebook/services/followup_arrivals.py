"""Follow-ups that reach the person at a counter from another seat: created there for them, or given to them.

A seat keeps what it knew (``Assigned``: the ids of the open follow-ups assigned to the person at its
counter, customers in the trash left out) and, when another seat or program changed records, reads it
again with ``assigned_to`` (one query, ids only) and asks ``arrived(since)`` for the ids that were not
there before; ``rows(ids)`` reads those (for "New follow-up for you: ..."). A follow-up done, deleted or
given to someone else leaves the snapshot, so it can arrive again only after it was given back. Works the
same on both engines, and on SQLite, which only says that something changed, it is how the new ones are
found. ``still_due_for(ids, staff_id)``: which of some follow-ups are still open and for that counter
(theirs or nobody's; everyone's with None), for the reminder banner.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from carebook import clock
from carebook.db import reads
from carebook.models import Customer, Followup
from carebook.query_rows import tuple_rows
from carebook.services import followup_rows
from carebook.services.followup_rows import FollowupRow

MAX_ROWS = 50  # rows read for one notification (it names a few; the count covers all)


@dataclass(frozen=True)
class Assigned:
    staff_id: int | None  # None: nobody at the counter, nothing is assigned to "nobody" here
    ids: frozenset[int]

    def arrived(self, since: Assigned) -> frozenset[int]:
        """The ids here that ``since``, an earlier snapshot for the same person, did not hold."""
        if since.staff_id != self.staff_id:
            return frozenset()
        return self.ids - since.ids


def _open_of_live_customers() -> list[object]:
    return [Followup.done_at.is_null(), Customer.deleted_at.is_null()]


@reads
def assigned_to(staff_id: int | None) -> Assigned:
    """The open follow-ups assigned to ``staff_id`` now (their customers not in the trash)."""
    if staff_id is None:
        return Assigned(None, frozenset())
    query = (
        Followup.select(Followup.id)
        .join(Customer, on=Followup.customer == Customer.id)
        .where(Followup.assignee == staff_id, *_open_of_live_customers())
    )
    return Assigned(staff_id, frozenset(int(values[0]) for values in tuple_rows(query)))


@reads
def rows(ids: Iterable[int]) -> list[FollowupRow]:
    """The follow-ups ``ids`` (the first ``MAX_ROWS`` by id) still open, soonest due first."""
    wanted = sorted(set(ids))[:MAX_ROWS]
    if not wanted:
        return []
    now_local = clock.local_now()
    query = (
        followup_rows.select()
        .where(Followup.id.in_(wanted), *_open_of_live_customers())
        .order_by(*followup_rows.work_order())
    )
    return [followup_rows.to_row(values, now_local) for values in tuple_rows(query)]


@reads
def still_due_for(ids: Iterable[int], staff_id: int | None) -> frozenset[int]:
    """Of ``ids``, those still open, their customer not in the trash, and for the counter of ``staff_id``
    (assigned to them or to nobody; anyone's when ``staff_id`` is None)."""
    wanted = sorted(set(ids))
    if not wanted:
        return frozenset()
    query = (
        Followup.select(Followup.id)
        .join(Customer, on=Followup.customer == Customer.id)
        .where(
            Followup.id.in_(wanted),
            *_open_of_live_customers(),
            *followup_rows.for_staff(staff_id, include_unassigned=True),
        )
    )
    return frozenset(int(values[0]) for values in tuple_rows(query))
