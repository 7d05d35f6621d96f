"""Writes on many customers at once, for the Customers page's bulk actions ("select all 12,345").

- ``create_followups(customer_ids, *, due_on, due_time=None, note="", assignee_id=None,
  priority="normal") -> int``: one follow-up for each customer, all in one transaction: every one is
  written or, on a bad value or a missing customer, none. Returns how many were created.

Adding a tag and moving to or from the trash are already bulk calls (``tags.add_tag``,
``customers.trash``/``restore``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time

from carebook.db import writes
from carebook.errors import ValidationError
from carebook.services import followups
from carebook.services.customer_rows import unique_ids
from carebook.translation import _


@writes
def create_followups(
    customer_ids: Iterable[int],
    *,
    due_on: date | str,
    due_time: time | str | None = None,
    note: str = "",
    assignee_id: int | None = None,
    priority: str = "normal",
) -> int:
    """A follow-up for each of these customers (each id once), all or none."""
    ids = unique_ids(customer_ids)
    if not ids:
        raise ValidationError("customers", _("choose at least one customer"))
    for customer_id in ids:
        followups.create(
            customer_id,
            due_on=due_on,
            due_time=due_time,
            note=note,
            assignee_id=assignee_id,
            priority=priority,
        )
    return len(ids)
