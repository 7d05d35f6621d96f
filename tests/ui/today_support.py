"""Shared by the Today page and reminder tests: a clock that stands still, and a small shop.

``Clock(monkeypatch, "2026-03-10 10:00")`` sets the shop's zone to Europe/Oslo and freezes
``carebook.clock.utc_now`` at that local time; ``clock.set("...")`` / ``clock.advance(minutes=...)``
move it. ``make_shop(owner)`` adds staff, customers, contacts, a score and follow-ups (see its docstring).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest

from carebook import clock as core_clock
from carebook.services import customers, feedback, followups, interactions, staff
from carebook.services.staff import StaffRow

ZONE = "Europe/Oslo"


class Clock:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, local: str) -> None:
        core_clock.set_shop_zone(ZONE)
        self.now_utc = core_clock.to_utc(datetime.fromisoformat(local))
        monkeypatch.setattr(core_clock, "utc_now", lambda: self.now_utc)

    def set(self, local: str) -> None:
        self.now_utc = core_clock.to_utc(datetime.fromisoformat(local))

    def advance(self, **delta: float) -> None:
        self.now_utc += timedelta(**delta)

    def local(self) -> datetime:
        return core_clock.to_local(self.now_utc)


def utc(local: str) -> datetime:
    return core_clock.to_utc(datetime.fromisoformat(local))


@dataclass
class Shop:
    owner: StaffRow
    sam: StaffRow
    anna: int
    ben: int
    cleo: int
    dan: int
    overdue_id: int  # Anna's, the owner's, high priority, due 3 days ago
    due_at_two_id: int  # Ben's, unassigned, due today at 14:00
    sams_id: int  # Cleo's, Sam's, due today (any time)
    upcoming_id: int  # Dan's, the owner's, due tomorrow


def make_shop(owner: StaffRow) -> Shop:
    """A shop on Tuesday 2026-03-10 (Oslo). Anna has four contacts (the newest still open, with a long
    summary) and a CSAT 4; she is the owner's overdue follow-up. Ben's is unassigned and due at 14:00,
    Cleo's is Sam's and due today, Dan's is due tomorrow and Eve's was done yesterday."""
    sam = staff.add("Sam Staff", "staff")
    anna = customers.create("Anna Andersen", email="anna@example.com", phone="020 7946 0001").row.id
    ben = customers.create("Ben Berg").row.id
    cleo = customers.create("Cleo Chen", email="cleo@example.com").row.id
    dan = customers.create("Dan Dahl").row.id
    eve = customers.create("Eve Eng").row.id
    for when, channel, summary in [
        ("2026-02-01 10:00", "email", "Asked about opening hours"),
        ("2026-02-20 11:00", "in_person", "Brought the bike in for a service"),
        ("2026-03-05 09:30", "sms", "Bike ready for pick-up"),
    ]:
        interactions.log(
            anna, channel=channel, summary=summary, occurred_at=utc(when), staff_id=owner.id, resolved=True
        )
    long_summary = "Rang about the squeaking brakes after the service; wants a call back " * 3
    interactions.log(
        anna, channel="phone", summary=long_summary.strip()[:200], occurred_at=utc("2026-03-09 16:00")
    )
    feedback.record(anna, kind="csat", score=4, received_at=utc("2026-03-05 12:00"))
    overdue = followups.create(
        anna, due_on=date(2026, 3, 7), note="Ring about the brakes", assignee_id=owner.id, priority="high"
    )
    at_two = followups.create(
        ben, due_on=date(2026, 3, 10), due_time=time(14, 0), note="Quote for a new wheel"
    )
    sams = followups.create(
        cleo, due_on=date(2026, 3, 10), note="Check the order arrived", assignee_id=sam.id
    )
    upcoming = followups.create(
        dan, due_on=date(2026, 3, 11), note="Remind about the invoice", assignee_id=owner.id
    )
    done = followups.create(eve, due_on=date(2026, 3, 9), note="Thank for the review", assignee_id=owner.id)
    followups.complete(done.id, by_staff_id=owner.id)
    return Shop(owner, sam, anna, ben, cleo, dan, overdue.id, at_two.id, sams.id, upcoming.id)
