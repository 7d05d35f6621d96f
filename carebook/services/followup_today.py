"""The Today page's follow-up cards and the stay-in-touch scheduler.

Cards carry the context a reminder needs (the customer's last contacts, last score, open contacts), read
only for the page of cards asked for, in a fixed number of queries however many are due. The scheduler
turns each customer's "contact every N days" into a follow-up due today, once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from peewee import Case, fn

from carebook import clock
from carebook.db import reads, writes
from carebook.models import Customer, Followup
from carebook.query_rows import tuple_rows
from carebook.services import customer_stats, followup_rows, interactions, record_checks
from carebook.services.followup_rows import FollowupRow
from carebook.services.interactions import InteractionRow
from carebook.translation import ngettext

RECENT_CONTACTS = 3
_INSERT_CHUNK = 200
_CARD_COLUMNS = (
    Customer.last_score_kind,
    Customer.last_score,
    Customer.open_contacts,
    Customer.phone,
    Customer.email,
)


@dataclass(frozen=True)
class FollowupCard:
    followup: FollowupRow
    recent_contacts: tuple[InteractionRow, ...]  # newest first, at most three
    last_score: tuple[str, int] | None  # (kind, score) of the latest feedback, None when none
    open_contacts: int
    customer_phone: str
    customer_email: str


@dataclass(frozen=True)
class TodayCards:
    """One page of the Today cards (overdue ones first), with the counts of the whole list."""

    cards: tuple[FollowupCard, ...]
    overdue_total: int
    due_today_total: int

    @property
    def total(self) -> int:
        return self.overdue_total + self.due_today_total


@reads
def today_cards(
    staff_id: int | None = None,
    *,
    limit: int | None = 30,
    offset: int = 0,
    include_unassigned: bool = True,
) -> TodayCards:
    """Overdue and due-today follow-ups: overdue ones first, then those due today, each oldest day first
    and high priority first within a day; ``limit`` cards from ``offset`` (``limit=None``: all of them).

    Three queries however many cards there are (the counts, the cards with their customer's columns, the
    last contacts of the cards' customers; one more per 500 cards beyond the first 500).
    """
    if limit is not None:
        offset, limit = record_checks.paging(offset, limit)
    else:
        offset, _ = record_checks.paging(offset, 1)
    now_local = clock.local_now()
    counts = followup_rows.count_due(staff_id, include_unassigned, now_local)
    if offset >= counts.total:
        return TodayCards((), counts.overdue, counts.due_today)
    late = followup_rows.state_condition("overdue", now_local)
    query = (
        followup_rows.select(*_CARD_COLUMNS)
        .where(*followup_rows.due_now(staff_id, include_unassigned, now_local))
        .order_by(Case(None, [(late, 0)], 1), *followup_rows.work_order())
        .offset(offset)
    )
    if limit is not None:
        query = query.limit(limit)
    found = list(tuple_rows(query))
    recent = interactions.recent_for_customers((values[1] for values in found), RECENT_CONTACTS)
    width = followup_rows.WIDTH
    cards = []
    for values in found:
        kind, score, open_contacts, phone, email = values[width:]
        cards.append(
            FollowupCard(
                followup=followup_rows.to_row(values[:width], now_local),
                recent_contacts=recent[values[1]],
                last_score=(kind, score) if kind and score is not None else None,
                open_contacts=open_contacts,
                customer_phone=phone,
                customer_email=email,
            )
        )
    return TodayCards(tuple(cards), counts.overdue, counts.due_today)


def _note(last_contact_at: datetime | None, created_at: datetime, today: date) -> str:
    if last_contact_at is None:
        days = (today - clock.to_local(created_at).date()).days
        return ngettext(
            "Stay in touch: no contact yet, added {0} day ago",
            "Stay in touch: no contact yet, added {0} days ago",
            days,
        )
    days = (today - clock.to_local(last_contact_at).date()).days
    return ngettext(
        "Stay in touch: last contact {0} day ago", "Stay in touch: last contact {0} days ago", days
    )


@writes
def schedule_stay_in_touch(today: date | None = None) -> int:
    """Create a follow-up due ``today`` (local; default now) for every customer who is due a contact.

    A customer with ``contact_every_days`` N is due when N or more local days have passed since the
    last contact (or since they were added, when never contacted, or since a stay-in-touch follow-up
    was last marked done), has no open stay-in-touch follow-up, and is neither in the trash nor erased.
    Running it again creates nothing new. Returns how many follow-ups were created.
    """
    today = today or clock.today()
    open_reminder = Followup.select(Followup.id).where(
        (Followup.customer == Customer.id) & (Followup.origin == "stay_in_touch") & Followup.done_at.is_null()
    )
    last_reminded = Followup.select(fn.MAX(Followup.done_at)).where(
        (Followup.customer == Customer.id) & (Followup.origin == "stay_in_touch")
    )
    candidates = Customer.select(
        Customer.id,
        Customer.contact_every_days,
        Customer.last_contact_at,
        Customer.created_at,
        last_reminded.alias("reminded_at"),
    ).where(
        Customer.deleted_at.is_null(),
        Customer.erased_at.is_null(),
        Customer.contact_every_days > 0,
        ~fn.EXISTS(open_reminder),
    )
    now = clock.utc_now()
    new_rows = []
    for customer_id, every, last_contact_at, created_at, reminded_at in tuple_rows(candidates):
        since = last_contact_at or created_at
        if reminded_at:
            since = max(since, datetime.strptime(str(reminded_at)[:19], clock.INSTANT_FORMAT))
        if (today - clock.to_local(since).date()).days < every:
            continue
        new_rows.append(
            {
                "customer": customer_id,
                "due_on": today,
                "note": _note(last_contact_at, created_at, today),
                "priority": "normal",
                "origin": "stay_in_touch",
                "created_at": now,
            }
        )
    for first in range(0, len(new_rows), _INSERT_CHUNK):
        Followup.insert_many(new_rows[first : first + _INSERT_CHUNK]).execute()
    customer_stats.refresh(row["customer"] for row in new_rows)
    return len(new_rows)
