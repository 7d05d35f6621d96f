"""Export then import gives back exactly what was stored, whatever the text holds."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carebook import settings as shop_settings
from carebook.db import database
from carebook.errors import ValidationError
from carebook.exchange.exporter import export_csv
from carebook.exchange.importer import import_csv
from carebook.services import customers, feedback, followups, interactions, staff
from carebook.vocab import CHANNELS, DIRECTIONS, REASONS
from tests.core.exchange.support import rows

# Any text a person could type or paste (lone surrogates cannot be stored as UTF-8 at all);
# NUL and other control characters are included: the services drop them, and so does the import.
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=25)
PREFIX = st.sampled_from(["", "=", "+", "-", "@", "'", "'=", "''+", "\t", "\r\n", '"', ",", "\x00=", " "])
HOSTILE = st.tuples(PREFIX, TEXT, st.sampled_from(["", "\n", "\r\nend", ";", "'"])).map("".join)
TIMES = st.datetimes(min_value=datetime(2001, 1, 1), max_value=datetime(2026, 6, 30)).map(
    lambda t: t.replace(microsecond=0)
)
HYPOTHESIS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

HOSTILE_CELLS = [
    "<b>bold</b> & <script>alert('x')</script>",
    "Emoji 👩🏽‍🔧🎉 and a flag 🇳🇴",
    "שלום עולם - مرحبا بالعالم",
    "王芳 さくら 김서연",
    "Robert'); DROP TABLE customer;--",
    '=HYPERLINK("http://evil.example","click")',
    "+44 20 7946 0123",
    "-@SUM(A1:A9)",
]


def _wipe() -> None:
    for table in ("feedback", "followup", "interaction", "customer_tag", "tag", "customer", "staff"):
        database.execute_sql(f'DELETE FROM "{table}"')


def _customers() -> list[tuple[Any, ...]]:
    tags: dict[int, list[str]] = {}
    for customer_id, tag in rows(
        "SELECT ct.customer_id, t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id ORDER BY t.name"
    ):
        tags.setdefault(customer_id, []).append(tag)
    found = rows(
        "SELECT c.id, c.name, c.name_key, c.company, c.email, c.phone, c.phone_e164, c.address, "
        "c.preferred_channel, c.notes, c.consent_marketing, c.created_at FROM customer c"
    )
    return sorted(((*row[1:], "|".join(tags.get(row[0], [])) or None) for row in found), key=repr)


def _contacts() -> list[tuple[Any, ...]]:
    found = rows(
        "SELECT c.name, s.name, i.occurred_at, i.channel, i.direction, i.reason, i.summary, i.notes, "
        "i.status, i.resolved_first_contact, i.resolved_at, i.waited_minutes, i.duration_minutes "
        "FROM interaction i JOIN customer c ON c.id = i.customer_id LEFT JOIN staff s ON s.id = i.staff_id"
    )
    return sorted(found, key=repr)


def _add_customer(name: str, **fields: Any) -> int | None:
    try:
        return customers.create(name, **fields).row.id
    except ValidationError:
        return None  # text the customer form itself refuses (an empty name, a tag with ';')


def _export_wipe_import(tmp_path: Path, *kinds: str) -> None:
    for kind in kinds:
        export_csv(kind, tmp_path / f"{kind}.csv", force=True)  # hypothesis: the same folder
    _wipe()
    for kind in kinds:
        import_csv(kind, tmp_path / f"{kind}.csv")


@HYPOTHESIS
@given(
    people=st.lists(
        st.tuples(HOSTILE, HOSTILE, HOSTILE, HOSTILE, st.booleans(), st.lists(HOSTILE, max_size=3), TIMES),
        min_size=1,
        max_size=4,
    ),
    phone=st.sampled_from(["", "020 7946 0123", "+44 7400 123456", "12345", "=1+2"]),
)
def test_customers_round_trip(db: Path, tmp_path: Path, people: list[tuple[Any, ...]], phone: str) -> None:
    _wipe()
    for index, (name, company, address, notes, consent, tags, created) in enumerate(people):
        _add_customer(
            f"{name}{index}",
            company=company,
            email=f"Person.{index}@Example.COM" if index % 2 else "",
            phone=phone,
            address=address,
            notes=notes,
            preferred_channel=CHANNELS[index % len(CHANNELS)] if index % 3 else "",
            consent_marketing=consent,
            tags=[tag for tag in tags if ";" not in tag][:2],
            created_at=created,
        )
    stored = _customers()
    _export_wipe_import(tmp_path, "customers")
    assert _customers() == stored


@HYPOTHESIS
@given(
    contacts=st.lists(
        st.tuples(
            HOSTILE,
            HOSTILE,
            TIMES,
            st.sampled_from(CHANNELS),
            st.sampled_from(DIRECTIONS),
            st.sampled_from(REASONS),
            st.booleans(),
            st.booleans(),
            st.none() | st.integers(0, 10080),
        ),
        min_size=1,
        max_size=5,
    ),
    zone=st.sampled_from(["", "Europe/London", "Europe/Oslo", "America/New_York", "Asia/Kolkata"]),
)
def test_contacts_round_trip_in_any_time_zone(
    db: Path, tmp_path: Path, contacts: list[tuple[Any, ...]], zone: str
) -> None:
    shop_settings.update(time_zone=zone)
    _wipe()
    kari = _add_customer("Kari =Nordmann", email="kari@example.no")
    fang = _add_customer("王芳")
    clerk = staff.add("=Tom 'Reid'").id
    for index, (summary, notes, when, channel, direction, reason, first, resolved, minutes) in enumerate(
        contacts
    ):
        interactions.log(
            kari if index % 2 else fang,  # type: ignore[arg-type]
            channel=channel,
            direction=direction,
            reason=reason,
            summary=summary,
            notes=notes,
            staff_id=clerk if index % 3 else None,
            occurred_at=when,
            resolved=resolved,
            resolved_first_contact=first,
            waited_minutes=minutes,
            duration_minutes=minutes,
        )
    stored = _contacts()
    _export_wipe_import(tmp_path, "customers", "interactions")
    assert _contacts() == stored


@pytest.mark.parametrize("cell", [*HOSTILE_CELLS, "ø" * 99_990 + "🎉 end"], ids=range(len(HOSTILE_CELLS) + 1))
def test_hostile_cells_round_trip_exactly_through_every_table(db: Path, tmp_path: Path, cell: str) -> None:
    short = cell[:200]
    customer = _add_customer(short, company=short, address=cell[:2000], notes=cell, email="a@example.com")
    assert customer is not None
    contact = interactions.log(
        customer, channel="phone", summary=cell[:500], notes=cell, occurred_at=datetime(2026, 1, 5, 10)
    )
    feedback.record(customer, kind="csat", score=4, comment=cell, received_at=datetime(2026, 1, 6, 10))
    followups.create(customer, due_on="2026-01-09", note=cell[:10_000])
    tables = {
        "customer": "SELECT name, company, address, notes FROM customer",
        "interaction": "SELECT summary, notes FROM interaction",
        "feedback": "SELECT comment FROM feedback",
        "followup": "SELECT note FROM followup",
    }
    before = {table: rows(sql) for table, sql in tables.items()}
    assert before["interaction"] == [(cell[:500], cell)] and contact.summary == cell[:500]
    _export_wipe_import(tmp_path, "customers", "interactions", "feedback", "followups")
    assert {table: rows(sql) for table, sql in tables.items()} == before
