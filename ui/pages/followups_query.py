"""What the Follow-ups page asks the service: its filters, turned into ``list_followups`` calls.

``Filters(assignee, state, period, start_on, end_on)`` is what the filter bar shows:
- ``assignee``: ``"everyone"``, ``"me"``, ``"unassigned"`` or ``"staff:<id>"``;
- ``state``: ``"open"``, ``"overdue"``, ``"due_today"``, ``"upcoming"``, ``"done"`` or ``"all"``;
- ``period``: one of ``PERIODS`` (due dates, shop-local); ``"custom"`` uses ``start_on``/``end_on``.

``fetch_page(filters, me, offset, limit, sort, descending)`` returns one ``FollowupPage``.

"Unassigned" is the service's own filter (``list_followups(unassigned=True)``), so it pages and sorts
like any other list; ``fixed_sort(filters)`` (always False now) is kept for the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from carebook.clock import Month
from carebook.services import followups
from carebook.services.followups import FollowupPage

ASSIGNEES = ("everyone", "me", "unassigned")
STATES = ("open", "overdue", "due_today", "upcoming", "done", "all")
PERIODS = ("any", "today", "this_week", "next_7_days", "this_month", "last_month", "custom")


@dataclass(frozen=True)
class Filters:
    assignee: str = "everyone"
    state: str = "open"
    period: str = "any"
    start_on: date | None = None
    end_on: date | None = None

    def staff_id(self, me: int | None) -> int | None:
        """The assignee id to filter on; None for everyone (and for "me" with nobody at the counter)."""
        if self.assignee == "me":
            return me
        if self.assignee.startswith("staff:"):
            return int(self.assignee.split(":", 1)[1])
        return None


def period_bounds(filters: Filters, today: date) -> tuple[date | None, date | None]:
    """The first and last due date (both inclusive) of the chosen period; None is open-ended."""
    period = filters.period
    if period == "today":
        return today, today
    if period == "this_week":
        monday = today - timedelta(days=today.weekday())
        return monday, monday + timedelta(days=6)
    if period == "next_7_days":
        return today, today + timedelta(days=6)
    if period == "this_month":
        month = Month.of(today)
        return month.first_day, month.last_day
    if period == "last_month":
        month = Month.of(today).prev()
        return month.first_day, month.last_day
    if period == "custom":
        start, end = filters.start_on, filters.end_on
        if start is not None and end is not None and end < start:
            start, end = end, start
        return start, end
    return None, None


def fixed_sort(filters: Filters) -> bool:
    """True when the list can only be shown by due date; every list can be sorted now."""
    return False


def _arguments(filters: Filters, today: date) -> dict[str, object]:
    start, end = period_bounds(filters, today)
    return {
        "state": None if filters.state == "all" else filters.state,
        "start_on": start,
        "end_on": end,
    }


def fetch_page(
    filters: Filters, me: int | None, today: date, offset: int, limit: int, sort: str, descending: bool
) -> FollowupPage:
    return followups.list_followups(
        assignee_id=filters.staff_id(me),
        unassigned=filters.assignee == "unassigned",
        offset=offset,
        limit=limit,
        sort=sort,
        descending=descending,
        **_arguments(filters, today),  # type: ignore[arg-type]
    )


def any_followups() -> bool:
    """Whether the shop has any follow-up at all (for the empty state of a brand-new shop)."""
    return followups.list_followups(limit=1).total > 0


def overdue_count() -> int:
    """Everyone's overdue follow-ups: the sidebar badge."""
    return followups.due_counts().overdue
