"""Believable demo data for a small shop: staff, customers, a year of contacts, scores and follow-ups.

``generate`` writes straight into the open database in one transaction with bulk inserts, so the
benchmarks can reuse it for a million contacts. The same seed and end date give the same data.

The shop's year has a shape: more email and chat in winter, a crowded counter (and longer waits) in
December, returns in January, self-service growing month by month. Contacts resolved at the first
attempt score higher; low scores and compliments often come with a comment; most follow-ups are done
on time, some late, some not at all; a few customers who asked to hear from the shop every month or
two have not been contacted for months.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from carebook import clock, settings
from carebook import demo_data as data
from carebook.clock import Month
from carebook.db import writes
from carebook.demo_clock import EPOCH, DemoClock
from carebook.demo_contacts import ContactWriter
from carebook.demo_people import make_customers
from carebook.errors import CarebookError, ValidationError
from carebook.exchange.bulk import insert_rows
from carebook.models import Customer, CustomerTag, Staff, Tag
from carebook.query_rows import tuple_rows
from carebook.services import customer_stats
from carebook.translation import _

MAX_CUSTOMERS = 1_000_000
MAX_MONTHS = 120
_CUSTOMER_COLUMNS = (
    "name",
    "name_key",
    "company",
    "email",
    "phone",
    "phone_e164",
    "address",
    "preferred_channel",
    "notes",
    "consent_marketing",
    "contact_every_days",
    "created_at",
    "updated_at",
)


@dataclass(frozen=True)
class DemoResult:
    staff: int
    customers: int
    contacts: int
    feedback: int
    followups: int
    first_month: Month
    last_month: Month

    def describe(self) -> str:
        return (
            f"Added {self.customers:,} customers, {self.staff} staff, {self.contacts:,} contacts, "
            f"{self.feedback:,} feedback responses and {self.followups:,} follow-ups "
            f"({self.first_month} to {self.last_month})."
        )


def check_size(customers: int, months: int, per_month: float = 1.5) -> None:
    """ValidationError unless the demo shop's size is in range (the CLI asks before opening a file)."""
    if not 1 <= customers <= MAX_CUSTOMERS:
        raise ValidationError(
            "customers",
            _("must be from 1 to {most}, not {customers}").format(
                most=f"{MAX_CUSTOMERS:,}", customers=customers
            ),
        )
    if not 1 <= months <= MAX_MONTHS:
        raise ValidationError(
            "months",
            _("must be from 1 to {most}, not {months}").format(most=MAX_MONTHS, months=months),
        )
    if not 0 <= per_month <= 100:
        raise ValidationError(
            "contacts_per_customer_month",
            _("must be from 0 to 100, not {per_month}").format(per_month=per_month),
        )


def _ids_by_name(model: type[Staff] | type[Tag], rows: list[tuple[object, ...]]) -> list[int]:
    """Ids of the staff or tags named first in ``rows``, inserting the ones not there yet."""

    def known() -> dict[str, int]:
        rows = tuple_rows(model.select(model.id, model.name))
        return {str(name).casefold(): row_id for row_id, name in rows}

    found = known()
    missing = [row for row in rows if str(row[0]).casefold() not in found]
    columns = ("name", "role", "active", "created_at") if model is Staff else ("name",)
    insert_rows(model, columns, missing, want_ids=False)
    found = known()
    return [found[str(row[0]).casefold()] for row in rows]


@writes
def generate(
    customers: int = 300,
    months: int = 12,
    seed: int = 1,
    *,
    end: date | None = None,
    contacts_per_customer_month: float = 1.5,
    force: bool = False,
) -> DemoResult:
    """Fill the open database with a demo shop whose data ends on ``end`` (default: today, now).

    Refuses (CarebookError) when the database already has customers, unless ``force``.
    """
    check_size(customers, months, contacts_per_customer_month)
    existing = Customer.select().count()
    if existing and not force:
        raise CarebookError(
            _(
                "This database already has {existing} customers, so demo data would mix with real ones; "
                "use --db to fill another file, or --force to add it anyway."
            ).format(existing=f"{existing:,}")
        )
    rng = random.Random(seed)
    last_day = end or clock.today()
    first_month = Month.of(last_day).shifted(-(months - 1))
    days = DemoClock(first_month.first_day)
    total_days = (last_day - days.first).days + 1
    cutoff = min(int((clock.utc_now() - EPOCH).total_seconds()), days.start(total_days) - 1)
    stamp = days.stamp(cutoff)

    names = [rng.choice(data.STAFF_OWNERS), *rng.sample(data.STAFF_OTHERS, rng.randint(3, 5))]
    staff_ids = _ids_by_name(
        Staff, [(n, "owner" if i == 0 else "staff", True, stamp) for i, n in enumerate(names)]
    )
    tag_ids = dict(zip(data.TAGS, _ids_by_name(Tag, [(tag,) for tag in data.TAGS]), strict=True))

    people = make_customers(rng, customers, days, total_days, settings.get("phone_region") == "GB")
    rows = [(*p.row, days.stamp(p.created), days.stamp(p.created)) for p in people]
    customer_ids = insert_rows(Customer, _CUSTOMER_COLUMNS, rows)
    links = [
        (cid, tag_ids[tag]) for cid, person in zip(customer_ids, people, strict=True) for tag in person.tags
    ]
    insert_rows(CustomerTag, ("customer_id", "tag_id"), links, want_ids=False)

    writer = ContactWriter(rng, days, total_days, cutoff, staff_ids)
    for customer_id, person in zip(customer_ids, people, strict=True):
        writer.add_customer(customer_id, person, contacts_per_customer_month)
    writer.flush(final=True)
    customer_stats.refresh_all()
    return DemoResult(
        staff=len(names),
        customers=customers,
        contacts=writer.contacts,
        feedback=writer.feedback,
        followups=writer.followups,
        first_month=first_month,
        last_month=Month.of(last_day),
    )
