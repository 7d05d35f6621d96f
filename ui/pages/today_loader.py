"""What the Today page shows, read off the UI thread.

``load_snapshot(staff_id, counter_id)`` -> ``TodaySnapshot``: the overdue and due-today cards of
``staff_id`` (and unassigned ones; everyone's with None; the first ``CARD_WINDOW`` cards, with the
counts of all), today's contacts and the open contacts (of ``staff_id``, or everyone's), how many
follow-ups come up in the next week (only when nothing is due), the customers whose birthday is this
week (``services.birthdays``) and the badge of ``counter_id``, the person at the counter.
``count_due(counter_id)`` is the badge alone. Counts are SQL counts
(``followups.due_counts``, ``interactions.open_count``); no follow-up is read just to be counted.

The page runs them with ``ui.jobs.BackgroundJobs``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from carebook import clock
from carebook.services import birthdays, followups, interactions
from carebook.services.birthdays import BirthdayRow
from carebook.services.followup_rows import FollowupRow
from carebook.services.followups import FollowupCard

UPCOMING_DAYS = 7
CARD_WINDOW = 300  # cards read at once; "Show 30 more" pages through them (the counts cover all)


@dataclass(frozen=True)
class TodaySnapshot:
    today: date
    staff_id: int | None  # whose follow-ups these are (None: everyone's)
    counter_id: int | None  # who was at the counter
    cards: tuple[FollowupCard, ...]  # the first CARD_WINDOW, overdue ones first
    contacts_today: int
    open_contacts: int
    upcoming: int  # follow-ups due in the next UPCOMING_DAYS days
    overdue_total: int  # all overdue follow-ups of ``staff_id`` (and unassigned ones), not only the cards
    due_today_total: int
    counter_due: int  # overdue and due today for the person at the counter (and nobody's)
    birthdays: tuple[BirthdayRow, ...] = ()  # customers whose birthday is in the next UPCOMING_DAYS days
    upcoming_rows: tuple[FollowupRow, ...] = ()  # those follow-ups, soonest first (the Upcoming section)

    @property
    def overdue(self) -> int:
        return self.overdue_total

    @property
    def due_today(self) -> int:
        return self.due_today_total

    @property
    def badge(self) -> int:
        """Overdue and due today for the person at the counter (and nobody's)."""
        return self.counter_due

    def without(self, followup_id: int) -> TodaySnapshot:
        gone = [c.followup for c in self.cards if c.followup.id == followup_id]
        if not gone:
            return self
        row = gone[0]
        late = row.state == "overdue"
        counted = self.counter_id is None or row.assignee_id in (None, self.counter_id)
        return replace(
            self,
            cards=tuple(c for c in self.cards if c.followup.id != followup_id),
            overdue_total=max(0, self.overdue_total - late),
            due_today_total=max(0, self.due_today_total - (not late)),
            counter_due=max(0, self.counter_due - counted),
        )


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """[start, end) of a local day as naive UTC instants."""
    start = clock.to_utc(datetime.combine(day, time()))
    return start, clock.to_utc(datetime.combine(day + timedelta(days=1), time()))


def load_snapshot(staff_id: int | None, counter_id: int | None) -> TodaySnapshot:
    today = clock.today()
    start, end = day_bounds(today)
    page = followups.today_cards(staff_id, limit=CARD_WINDOW)
    same_person = counter_id is None or staff_id == counter_id
    upcoming = tuple(followups.upcoming(staff_id, UPCOMING_DAYS))
    return TodaySnapshot(
        today=today,
        staff_id=staff_id,
        counter_id=counter_id,
        cards=page.cards,
        contacts_today=interactions.list_interactions(start=start, end=end, staff_id=staff_id, limit=1).total,
        open_contacts=interactions.open_count(staff_id),
        upcoming=len(upcoming),
        overdue_total=page.overdue_total,
        due_today_total=page.due_today_total,
        counter_due=page.total if same_person else followups.due_counts(counter_id).total,
        birthdays=birthdays.upcoming(today, UPCOMING_DAYS),
        upcoming_rows=upcoming,
    )


def count_due(counter_id: int | None) -> int:
    return followups.due_counts(counter_id).total
