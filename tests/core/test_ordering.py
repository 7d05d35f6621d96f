"""Empty values sort the same on both engines, as SQLite sorts them: first going up, last going down."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from carebook.clock import Month
from carebook.models import Followup
from carebook.reports import gather
from carebook.services import followup_rows
from tests.core.services.activity_support import freeze, make_customer, make_staff


@pytest.fixture
def work(db: Path | str, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    freeze(monkeypatch, datetime(2026, 3, 20, 12, 0))
    customer = make_customer("Kari Nordmann")
    tom = make_staff("Tom")
    made = {}
    for key, due_time, done_at, assignee in [
        ("no time", None, None, None),
        ("nine", time(9, 0), datetime(2026, 3, 2, 8, 0), tom),
        ("eight", time(8, 0), None, tom),
    ]:
        made[key] = int(
            Followup.create(
                customer=customer,
                due_on=date(2026, 3, 2),
                due_time=due_time,
                done_at=done_at,
                assignee=assignee,
            ).id
        )
    return made


def _keys(work: dict[str, int], rows: object) -> list[str]:
    names = {v: k for k, v in work.items()}
    return [names[row.id] for row in rows]  # type: ignore[attr-defined]


def test_a_customers_follow_ups_latest_first_put_the_one_without_a_time_last(work: dict[str, int]) -> None:
    assert _keys(work, followup_rows.for_customer(1)) == ["nine", "eight", "no time"]


@pytest.mark.parametrize(
    ("sort", "descending", "expected"),
    [
        ("done_at", False, ["no time", "eight", "nine"]),
        ("done_at", True, ["nine", "eight", "no time"]),  # ties: by day, then number, also descending
        ("assignee", False, ["no time", "nine", "eight"]),
        ("due_on", False, ["eight", "nine", "no time"]),
    ],
)
def test_the_follow_up_list_sorts_empty_values_as_sqlite_does(
    work: dict[str, int], sort: str, descending: bool, expected: list[str]
) -> None:
    page = followup_rows.list_followups(sort=sort, descending=descending)
    assert _keys(work, page.rows) == expected


def test_the_reports_overdue_list_puts_the_one_without_a_time_first(work: dict[str, int]) -> None:
    data = gather.gather(Month(2026, 3))
    assert [(row.due_on, row.due_time) for row in data.overdue] == [
        (date(2026, 3, 2), None),
        (date(2026, 3, 2), time(8, 0)),
    ]
