"""Helpers for the contact, follow-up, feedback and timeline tests.

Customers and staff are created straight through the models, so these tests do not depend on the
customer and staff services.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import pytest

from carebook import clock
from carebook.db import database
from carebook.models import Customer, Staff
from carebook.text import fold

# A fixed "now": Friday 2026-01-16 00:30 in Oslo (UTC+1 in winter), still Thursday the 15th in UTC.
NOW = datetime(2026, 1, 15, 23, 30, 0)


def freeze(monkeypatch: pytest.MonkeyPatch, utc: datetime = NOW, zone: str | None = "Europe/Oslo") -> None:
    clock.set_shop_zone(zone)
    monkeypatch.setattr(clock, "utc_now", lambda: utc)


def make_customer(name: str, *, created_at: datetime = datetime(2025, 6, 1, 12, 0), **fields: object) -> int:
    customer = Customer.create(
        name=name, name_key=fold(name), created_at=created_at, updated_at=created_at, **fields
    )
    return int(customer.id)


def make_staff(name: str) -> int:
    return int(Staff.create(name=name).id)


def summary(customer_id: int) -> tuple[object, ...]:
    """The customer's summary columns: last_contact_at, open_contacts, open_followups, kind, score."""
    row = Customer.get_by_id(customer_id)
    return (row.last_contact_at, row.open_contacts, row.open_followups, row.last_score_kind, row.last_score)


@contextmanager
def count_queries() -> Iterator[list[str]]:
    """Collect the SQL statements run inside the block."""
    seen: list[str] = []
    target = database.obj
    original = target.execute_sql

    def counting(sql: str, params: object = None, *args: object, **kwargs: object) -> object:
        seen.append(sql)
        return original(sql, params, *args, **kwargs)

    target.execute_sql = counting
    try:
        yield seen
    finally:
        del target.execute_sql
