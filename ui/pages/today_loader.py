"""What the Today page shows, read off the UI thread.

``load_snapshot(staff_id, counter_id)`` -> ``TodaySnapshot``: the overdue and due-today cards of
``staff_id`` (and unassigned ones; everyone's with None), today's contacts and the open contacts (of
``staff_id``, or everyone's), how many follow-ups come up in the next week (only when nothing is due)
and the badge of ``counter_id``, the person at the counter. ``count_due(counter_id)`` is the badge alone.

The page runs them with ``ui.jobs.BackgroundJobs``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from carebook import clock
from carebook.services import followups, interactions
from carebook.services.followups import FollowupCard

UPCOMING_DAYS = 7


@dataclass(frozen=True)
class TodaySnapshot:
    today: date
    staff_id: int | None  # whose follow-ups these are (None: everyone's)
    counter_id: int | None  # who was at the counter
    cards: tuple[FollowupCard, ...]
    contacts_today: int
    open_contacts: int
    upcoming: int  # follow-ups due in the next UPCOMING_DAYS days; counted only when no card is due

    @property
    def overdue(self) -> int:
        return sum(1 for card in self.cards if card.followup.state == "overdue")

    @property
    def due_today(self) -> int:
        return len(self.cards) - self.overdue

    @property
    def badge(self) -> int:
        """Overdue and due today for the person at the counter (and nobody's)."""
        if self.counter_id is None or self.staff_id == self.counter_id:
            return len(self.cards)
        return sum(1 for card in self.cards if card.followup.assignee_id in (None, self.counter_id))

    def without(self, followup_id: int) -> TodaySnapshot:
        return replace(self, cards=tuple(c for c in self.cards if c.followup.id != followup_id))


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """[start, end) of a local day as naive UTC instants."""
    start = clock.to_utc(datetime.combine(day, time()))
    return start, clock.to_utc(datetime.combine(day + timedelta(days=1), time()))


def load_snapshot(staff_id: int | None, counter_id: int | None) -> TodaySnapshot:
    today = clock.today()
    start, end = day_bounds(today)
    cards = tuple(followups.today_cards(staff_id))
    return TodaySnapshot(
        today=today,
        staff_id=staff_id,
        counter_id=counter_id,
        cards=cards,
        contacts_today=interactions.list_interactions(start=start, end=end, staff_id=staff_id, limit=1).total,
        open_contacts=interactions.list_interactions(status="open", staff_id=staff_id, limit=1).total,
        upcoming=0 if cards else len(followups.upcoming(staff_id, UPCOMING_DAYS)),
    )


def count_due(counter_id: int | None) -> int:
    return len(followups.overdue(counter_id)) + len(followups.due_today(counter_id))
