"""The demo shop's contacts, scores and follow-ups, generated customer by customer and written in bulk.

Times are UTC epoch seconds while generating (``DemoClock`` turns local days into them and back into
stored text), which keeps a million contacts to a few dozen seconds.
"""

from __future__ import annotations

import bisect
import math
import random
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from carebook import demo_data as data
from carebook.clock import Month
from carebook.db import database, is_sqlite
from carebook.demo_clock import DemoClock
from carebook.exchange.bulk import insert_rows
from carebook.models import Feedback, Followup, Interaction
from carebook.vocab import CHANNELS, REASONS

if TYPE_CHECKING:
    from carebook.demo_people import Person

_FLUSH = 20_000
# How the shop's contacts are spread (weights in vocab order) and how they tend to go.
_CHANNEL_BASE = dict(zip(CHANNELS, (30.0, 22.0, 25.0, 5.0, 4.0, 8.0, 6.0), strict=True))
_REASON_BASE = dict(zip(REASONS, (30.0, 12.0, 10.0, 10.0, 8.0, 8.0, 6.0, 5.0, 11.0), strict=True))
_FIRST_CONTACT = dict(zip(REASONS, (0.85, 0.45, 0.4, 0.55, 0.6, 0.85, 0.3, 0.95, 0.75), strict=True))
_MOOD = {"complaint": -0.35, "compliment": 0.25, "problem": -0.05, "technical": -0.05}
_HOURS = {"in_person": (9, 9), "phone": (9, 9), "chat": (8, 14), "sms": (8, 13)}  # opens at, open for
_DURATION = {
    "phone": (2, 6),
    "in_person": (3, 8),
    "chat": (2, 7),
    "email": (1, 5),
    "social": (1, 3),
    "sms": (1, 0),
}
_SEASON = (1.15, 0.9, 0.95, 0.95, 1.0, 0.9, 0.85, 0.85, 1.0, 1.0, 1.15, 1.45)  # January to December
_SELF_SERVICE_REASONS = ("inquiry", "order_return", "billing", "technical")
_WAIT_MEAN = {"phone": 3.0, "in_person": 4.0, "chat": 2.0}
_DUE_TIMES = (("10:00:00", 36000), ("11:30:00", 41400), ("14:00:00", 50400), ("16:00:00", 57600))
_DUE_AFTER = (1, 1, 2, 2, 3, 5, 7)
_INTERACTION_COLUMNS = (
    "id",
    "customer_id",
    "staff_id",
    "occurred_at",
    "channel",
    "direction",
    "reason",
    "summary",
    "notes",
    "status",
    "resolved_first_contact",
    "resolved_at",
    "waited_minutes",
    "duration_minutes",
    "created_at",
)
_FEEDBACK_COLUMNS = ("customer_id", "interaction_id", "kind", "score", "comment", "received_at")
_FOLLOWUP_COLUMNS = (
    "customer_id",
    "interaction_id",
    "assignee_id",
    "due_on",
    "due_time",
    "note",
    "priority",
    "done_at",
    "done_by_id",
    "origin",
    "created_at",
)


def _channel_weights(month: int, progress: float) -> list[float]:
    weights = dict(_CHANNEL_BASE)
    if month in (11, 12, 1, 2):
        weights["email"] *= 1.3
        weights["chat"] *= 1.4
    if month == 12:
        weights["in_person"] *= 1.8
    if month in (6, 7, 8):
        weights["social"] *= 1.6
        weights["in_person"] *= 0.9
    weights["self_service"] *= 0.4 + 2.0 * progress  # customers take to the web shop's help pages
    return list(accumulate(weights[name] for name in CHANNELS))


def _reason_weights(month: int) -> list[float]:
    weights: dict[str, float] = dict(_REASON_BASE)
    if month == 1:
        weights["order_return"] *= 2.5  # unwanted presents
    if month == 12:
        weights["inquiry"] *= 1.3
        weights["recommendation"] *= 1.8
    return list(accumulate(weights[name] for name in REASONS))


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, count, product = math.exp(-lam), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


class ContactWriter:
    """Generates each customer's contacts month by month; writes them in batches of 20,000."""

    def __init__(
        self, rng: random.Random, days: DemoClock, total_days: int, cutoff: int, staff_ids: list[int]
    ) -> None:
        self.rng = rng
        self.days = days
        self.total_days = total_days
        self.cutoff = cutoff
        self.staff_ids = staff_ids
        self.staff_weights = list(accumulate([1.6] + [1.0] * (len(staff_ids) - 2) + [0.5]))
        self.next_id = (
            int(database.execute_sql("SELECT coalesce(max(id), 0) FROM interaction").fetchone()[0]) + 1
        )
        self.contacts = self.feedback = self.followups = 0
        self._interactions: list[tuple[Any, ...]] = []
        self._feedback: list[tuple[Any, ...]] = []
        self._followups: list[tuple[Any, ...]] = []
        self._sunday = (6 - days.first.weekday()) % 7
        self._months = self._month_table()

    def _month_table(self) -> list[tuple[int, int, list[float], list[float], float]]:
        """Per month of the period: first and last day index, channel and reason weights, season."""
        table = []
        month = Month.of(self.days.first)
        count = 0
        while (month.first_day - self.days.first).days < self.total_days:
            count += 1
            month = month.next()
        month = Month.of(self.days.first)
        for index in range(count):
            first = (month.first_day - self.days.first).days
            last = (month.last_day - self.days.first).days
            progress = index / max(1, count - 1)
            table.append(
                (
                    first,
                    last,
                    _channel_weights(month.month, progress),
                    _reason_weights(month.month),
                    _SEASON[month.month - 1],
                )
            )
            month = month.next()
        return table

    def add_customer(self, customer_id: int, person: Person, per_month: float) -> None:
        """``person``: a ``demo_people.Person`` (created day, activity, lapse day, preferred channel)."""
        rng = self.rng
        first_day = max(0, person.created_day)
        last_day = self.total_days - 1 if person.lapse_day is None else person.lapse_day
        for first, last, channels, reasons, season in self._months:
            low, high = max(first, first_day), min(last, last_day, self.total_days - 1)
            if low > high:
                continue
            count = poisson(rng, per_month * person.activity * season * (high - low + 1) / (last - first + 1))
            if person.lapse_day is not None and low == first_day:
                count = max(count, 1)  # the customer was in touch before going quiet
            for _ in range(count):
                self._contact(customer_id, person, (low, high), channels, reasons, season)
        if len(self._interactions) >= _FLUSH:
            self.flush()

    def _contact(
        self,
        customer_id: int,
        person: Person,
        days: tuple[int, int],
        channels: list[float],
        reasons: list[float],
        season: float,
    ) -> None:
        # The hot loop of a million-contact benchmark: random() with arithmetic instead of randint().
        rand = self.rng.random
        low, span = days[0], days[1] - days[0] + 1
        day = low + int(rand() * span)
        if (day - self._sunday) % 7 == 0 and rand() < 0.7:
            day = low + int(rand() * span)  # the shop is quiet on Sundays
        channel = CHANNELS[bisect.bisect(channels, rand() * channels[-1])]
        if person.preferred and rand() < 0.3:
            channel = person.preferred
        reason = REASONS[bisect.bisect(reasons, rand() * reasons[-1])]
        if channel == "self_service" and reason not in _SELF_SERVICE_REASONS:
            reason = _SELF_SERVICE_REASONS[int(rand() * 4)]
        outbound = channel in ("phone", "email", "sms") and rand() < 0.14
        opens, hours = _HOURS.get(channel, (7, 15))
        occurred = self.days.start(day) + opens * 3600 + int(rand() * hours * 3600)
        if occurred < person.created:
            occurred = person.created + 60 + int(rand() * 7200)
        if occurred > self.cutoff:
            return
        staff = None
        if channel != "self_service":
            staff = self.staff_ids[bisect.bisect(self.staff_weights, rand() * self.staff_weights[-1])]
        base, mean = _DURATION.get(channel, (0, 0))
        duration = base + int(-math.log(1.0 - rand()) * mean) if base else None
        waited = None
        if not outbound and channel in _WAIT_MEAN:
            busy = season * season  # queues grow faster than the crowd
            waited = min(45, int(-math.log(1.0 - rand()) * _WAIT_MEAN[channel] * busy))
        first = not outbound and rand() < _FIRST_CONTACT[reason]
        resolved: int | None
        if first:
            resolved = occurred + (duration or 5) * 60
        else:  # lognormal hours, median 20, at most 20 days
            resolved = occurred + int(min(480.0, 20.0 * math.exp(self.rng.gauss(0.0, 1.0))) * 3600)
            if resolved > self.cutoff or rand() < 0.05:  # a few are forgotten
                resolved = None
        interaction_id = self.next_id
        self.next_id += 1
        stamp = self.days.stamp
        summaries = data.SUMMARIES[reason]
        notes = data.CONTACT_NOTES[int(rand() * len(data.CONTACT_NOTES))] if rand() < 0.1 else ""
        occurred_text = stamp(occurred)
        self._interactions.append(
            (
                interaction_id,
                customer_id,
                staff,
                occurred_text,
                channel,
                "outbound" if outbound else "inbound",
                reason,
                summaries[int(rand() * len(summaries))],
                notes,
                "open" if resolved is None else "resolved",
                first,
                None if resolved is None else stamp(resolved),
                waited,
                duration,
                occurred_text,
            )
        )
        if (
            (not first and not outbound and rand() < 0.55)
            or reason == "complaint"
            or (outbound and rand() < 0.3)
        ):
            self._followup(customer_id, interaction_id, day, occurred, staff, reason)
        if resolved is not None and not outbound and rand() < (0.2 if channel == "self_service" else 0.38):
            self._score(customer_id, interaction_id, reason, first, occurred, resolved, waited)

    def _followup(
        self, customer_id: int, interaction_id: int, day: int, occurred: int, staff: int | None, reason: str
    ) -> None:
        rand = self.rng.random
        due_day = day + _DUE_AFTER[int(rand() * len(_DUE_AFTER))]
        due_time, offset = _DUE_TIMES[int(rand() * len(_DUE_TIMES))] if rand() < 0.3 else (None, 86399)
        due_end = self.days.start(due_day) + offset
        assignee = staff or self.staff_ids[0]
        chance = rand()
        done: int | None = None
        if due_end < self.cutoff:  # old ones are rarely left undone; recent ones more often
            on_time, late = (0.8, 0.97) if due_end < self.cutoff - 30 * 86400 else (0.72, 0.85)
            if chance < on_time:
                done = occurred + 1800 + int(rand() * max(0, due_end - occurred - 1800))
            elif chance < late:
                done = due_end + 3600 + int(rand() * 5 * 86400)
        elif chance < 0.35:
            done = occurred + 1800 + int(rand() * 2 * 86400)
        if done is not None and done > self.cutoff:
            done = None
        self._followups.append(
            (
                customer_id,
                interaction_id,
                assignee,
                self.days.iso(due_day),
                due_time,
                data.FOLLOWUP_NOTES[int(rand() * len(data.FOLLOWUP_NOTES))],
                "high" if reason == "complaint" or rand() < 0.15 else "normal",
                None if done is None else self.days.stamp(done),
                None if done is None else assignee,
                "manual",
                self.days.stamp(occurred),
            )
        )

    def _score(
        self,
        customer_id: int,
        interaction_id: int,
        reason: str,
        first: bool,
        occurred: int,
        resolved: int,
        waited: int | None,
    ) -> None:
        rand = self.rng.random
        received = resolved + 1800 + int(rand() * 3 * 86400)
        if received > self.cutoff:
            return
        good = 0.72 + (0.18 if first else -0.08) + _MOOD.get(reason, 0.0) + self.rng.gauss(0.0, 0.15)
        if resolved - occurred > 48 * 3600:
            good -= 0.15
        if waited is not None and waited > 10:
            good -= 0.1
        good = min(1.0, max(0.0, good))
        pick = rand()
        if pick < 0.6:
            kind, score, low = "csat", 1 + round(good * 4), 2
        elif pick < 0.85:
            kind, score, low = "nps", round(good * 10), 4
        else:
            kind, score, low = "ces", 1 + round(good * 6), 3
        comment = ""
        if score <= low and rand() < 0.6:
            comment = data.LOW_COMMENTS[int(rand() * len(data.LOW_COMMENTS))]
        elif (reason == "compliment" or good > 0.9) and rand() < 0.25:
            comment = data.HIGH_COMMENTS[int(rand() * len(data.HIGH_COMMENTS))]
        self._feedback.append((customer_id, interaction_id, kind, score, comment, self.days.stamp(received)))

    def flush(self, *, final: bool = False) -> None:
        insert_rows(Interaction, _INTERACTION_COLUMNS, self._interactions, want_ids=False)
        insert_rows(Feedback, _FEEDBACK_COLUMNS, self._feedback, want_ids=False)
        insert_rows(Followup, _FOLLOWUP_COLUMNS, self._followups, want_ids=False)
        self.contacts += len(self._interactions)
        self.feedback += len(self._feedback)
        self.followups += len(self._followups)
        self._interactions, self._feedback, self._followups = [], [], []
        if final and not is_sqlite():  # explicit ids: move PostgreSQL's sequence past them
            sequence = "pg_get_serial_sequence('interaction', 'id')"
            database.execute_sql(f"SELECT setval({sequence}, coalesce(max(id), 1)) FROM interaction")
