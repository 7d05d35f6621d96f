"""Realistic rows for the report tests and measurements, written in bulk through the models.

Customers carry names in many scripts and a few hostile ones; contacts, feedback and follow-ups are
spread over the month with a fixed random seed, so every run builds the same data.
"""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from peewee import fn

from carebook import clock
from carebook.clock import Month
from carebook.db import atomic
from carebook.models import Customer, Feedback, Followup, Interaction, Staff
from carebook.vocab import CHANNELS, REASONS

HOSTILE_NAMES = ("A<B Ltd", "R&D <Sales>", "AT&T", '<font color="red">x</font>')
SCRIPT_NAMES = {
    "latin": "Zoë Ødegård-Ångström",
    "greek": "Γιώργος Παπαδόπουλος",
    "cyrillic": "Дмитрий Иванович",
    "hebrew": "דוד כהן",
    "arabic": "محمد العلي",
    "japanese": "山田たろう",
    "chinese": "王小明",
    "korean": "김민수",
}
PLAIN_NAMES = (
    "Ada Lovelace",
    "Grace Hopper",
    "Alan Turing",
    "Mary Jackson",
    "Katherine Johnson",
    "Linus Berg",
    "Olu Adeyemi",
    "Priya Raman",
    "Sofia Rossi",
    "Mateo García",
    "Hannah Müller",
    "Tom Baker",
)
SUMMARIES = (
    "Asked about opening hours over the holidays",
    "Parcel arrived damaged; sent a replacement",
    "Could not log in to the loyalty account, reset the password together",
    "Wants to return a jacket that is the wrong size",
    "Invoice shows the old address, corrected it",
    "Recommended us to a neighbour, thanked them",
    "Complained about the long queue on Saturday",
    "Lovely service from Maria, wanted to say thanks",
    "Printer cartridge not recognised by the device after the firmware update",
    "",
)
COMMENTS_LOW = ("Waited far too long.", "Nobody called back as promised.", "Product broke after two days.")
COMMENTS_HIGH = ("Brilliant, thank you!", "Quick and friendly.", "Solved in one call.")


def _instant(moment: datetime) -> str:
    return clock.format_instant(moment)


def staff_members(names: tuple[str, ...] = ("Maria", "Jon", "Aiko")) -> list[int]:
    return [int(Staff.create(name=name, role="staff").id) for name in names]


def customers(names: list[str], created: datetime) -> list[int]:
    now = _instant(created)
    rows = [{"name": name, "name_key": name.lower(), "created_at": now, "updated_at": now} for name in names]
    with atomic():
        Customer.insert_many(rows).execute()
    return [c.id for c in Customer.select(Customer.id).order_by(Customer.id)][-len(names) :]


def month_of_contacts(
    month: Month,
    count: int,
    customer_ids: list[int],
    staff_ids: list[int],
    *,
    seed: int = 7,
    feedback_share: float = 0.3,
    followups: int = 20,
    summary_for: dict[int, str] | None = None,
) -> None:
    """``count`` contacts in ``month`` with feedback for some of them and ``followups`` follow-ups due."""
    rng = random.Random(seed)
    start, end = month.utc_bounds()
    span = int((end - start).total_seconds()) - 3600
    summary_for = summary_for or {}
    with atomic():
        next_id = int(Interaction.select(fn.MAX(Interaction.id)).scalar() or 0) + 1
        batch: list[dict[str, object]] = []
        scores: list[dict[str, object]] = []
        for index in range(count):
            at = start + timedelta(seconds=rng.randrange(span))
            inbound = rng.random() < 0.8
            resolved = rng.random() < 0.85
            first = resolved and inbound and rng.random() < 0.7
            customer = customer_ids[index % len(customer_ids)]
            batch.append(
                {
                    "id": next_id + index,
                    "customer": customer,
                    "staff": rng.choice([*staff_ids, None]) if staff_ids else None,
                    "occurred_at": _instant(at),
                    "channel": rng.choice(CHANNELS),
                    "direction": "inbound" if inbound else "outbound",
                    "reason": rng.choice(REASONS),
                    "summary": summary_for.get(index, rng.choice(SUMMARIES)),
                    "status": "resolved" if resolved else "open",
                    "resolved_first_contact": first,
                    "resolved_at": _instant(at + timedelta(minutes=rng.randrange(5, 3000)))
                    if resolved
                    else None,
                    "waited_minutes": rng.randrange(0, 30) if inbound and rng.random() < 0.7 else None,
                    "duration_minutes": rng.randrange(1, 40),
                }
            )
            if rng.random() < feedback_share:
                kind = rng.choice(("csat", "csat", "nps", "ces"))
                score = {"csat": rng.randint(1, 5), "nps": rng.randint(0, 10), "ces": rng.randint(1, 7)}[kind]
                comment = ""
                if rng.random() < 0.3:
                    good = score >= {"csat": 4, "nps": 9, "ces": 6}[kind]
                    comment = rng.choice(COMMENTS_HIGH if good else COMMENTS_LOW)
                received = min(at + timedelta(hours=2), end - timedelta(seconds=1))
                scores.append(
                    {
                        "customer": customer,
                        "interaction": next_id + index,
                        "kind": kind,
                        "score": score,
                        "comment": comment,
                        "received_at": _instant(received),
                    }
                )
            if len(batch) >= 500:
                Interaction.insert_many(batch).execute()
                batch = []
        if batch:
            Interaction.insert_many(batch).execute()
        for chunk in range(0, len(scores), 500):
            Feedback.insert_many(scores[chunk : chunk + 500]).execute()
        due_rows = []
        for index in range(followups):
            due = month.first_day + timedelta(days=rng.randrange((month.last_day - month.first_day).days + 1))
            done = None
            if rng.random() < 0.7:
                done_day = due + timedelta(days=rng.choice((-1, 0, 0, 2)))
                done = _instant(clock.to_utc(datetime.combine(done_day, time(11, 0))))
            due_rows.append(
                {
                    "customer": customer_ids[index % len(customer_ids)],
                    "assignee": rng.choice([*staff_ids, None]) if staff_ids else None,
                    "due_on": due.isoformat(),
                    "due_time": rng.choice((None, "10:00:00")),
                    "note": rng.choice(("Call back about the refund", "Check the repair status", "")),
                    "priority": rng.choice(("normal", "high")),
                    "done_at": done,
                }
            )
        if due_rows:
            Followup.insert_many(due_rows).execute()


def demo_shop(month: Month, contacts: int = 400, *, seed: int = 7) -> dict[str, int]:
    """A shop with a year of history before ``month``, staff, and customers named in many scripts."""
    staff_ids = staff_members()
    created = datetime.combine(month.shifted(-13).first_day, time(9))
    names = [*PLAIN_NAMES, *SCRIPT_NAMES.values(), *HOSTILE_NAMES]
    ids = customers(names, created)
    for back in range(11, 0, -1):
        if back == 4:
            continue  # a month with no contacts at all: the trend shows a gap
        month_of_contacts(
            month.shifted(-back),
            max(10, contacts // 2 + back * 7),
            ids,
            staff_ids,
            seed=seed + back,
            followups=5,
        )
    month_of_contacts(month, contacts, ids, staff_ids, seed=seed)
    return {"customers": len(ids), "staff": len(staff_ids)}
