"""Months, due dates and "now" are the shop's local ones; instants are UTC. Europe/Oslo is UTC+1 in
winter and UTC+2 in summer; in 2026 it changes at 01:00 UTC on 29 March and 25 October."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from carebook import clock, metrics
from carebook.clock import Month
from carebook.metrics_sql import utc_offsets
from tests.core import metrics_factory as make

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def oslo(db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """A shop in Europe/Oslo with one customer (created long ago); yields its id."""
    clock.set_shop_zone("Europe/Oslo")
    monkeypatch.setattr(clock, "utc_now", lambda: datetime(2027, 1, 15, 12, 0, 0))
    yield make.customer(created_at="2025-06-01 10:00:00")
    clock.set_shop_zone(None)


def test_a_contact_just_after_local_midnight_belongs_to_the_new_month(oslo: int) -> None:
    make.contact(oslo, "2026-10-31 23:30:00")  # 00:30 on 1 November in Oslo
    make.contact(oslo, "2026-10-31 22:59:59")  # 23:59:59 on 31 October
    make.contact(oslo, "2026-09-30 22:00:00")  # 00:00 on 1 October (summer time)
    make.score(oslo, "csat", 5, "2026-10-31 23:00:00")  # 00:00 on 1 November
    make.customer("Nils", created_at="2026-11-30 23:00:00")  # 00:00 on 1 December

    october, november = metrics.month_summary(Month(2026, 10)), metrics.month_summary(Month(2026, 11))

    assert (october.contacts, october.csat_responses) == (2, 0)
    assert (november.contacts, november.csat_responses, november.new_customers) == (1, 1, 0)
    assert metrics.month_summary(Month(2026, 12)).new_customers == 1


def test_the_zone_offsets_of_a_month_change_at_the_dst_switch(oslo: int) -> None:
    assert utc_offsets(Month(2026, 3).first_day, Month(2026, 3).last_day) == [
        (None, 3600),
        (datetime(2026, 3, 29, 3, 0), 7200),
    ]
    assert utc_offsets(Month(2026, 10).first_day, Month(2026, 10).last_day) == [
        (None, 7200),
        (datetime(2026, 10, 25, 3, 0), 3600),
    ]
    assert utc_offsets(Month(2026, 7).first_day, Month(2026, 7).last_day) == [(None, 7200)]


def test_done_on_time_across_the_spring_change(oslo: int) -> None:
    c = oslo
    # 28 March (UTC+1): the day ends at 22:59:59 UTC; 23:00 UTC is just after midnight local.
    make.followup(c, "2026-03-28", done_at="2026-03-28 22:59:59")  # on time
    make.followup(c, "2026-03-28", done_at="2026-03-28 23:00:00")  # 00:00 on the 29th: late
    # 29 March: 01:30 is still winter time (00:30 UTC); 03:30 is summer time (01:30 UTC).
    make.followup(c, "2026-03-29", "01:30", done_at="2026-03-29 00:30:00")  # on time
    make.followup(c, "2026-03-29", "01:30", done_at="2026-03-29 00:30:01")  # late
    make.followup(c, "2026-03-29", "03:30", done_at="2026-03-29 01:30:00")  # on time
    make.followup(c, "2026-03-29", "03:30", done_at="2026-03-29 01:30:01")  # late
    # The 29th ends at 21:59:59 UTC (summer time).
    make.followup(c, "2026-03-29", done_at="2026-03-29 21:59:59")  # on time
    make.followup(c, "2026-03-29", done_at="2026-03-29 22:00:00")  # late

    summary = metrics.month_summary(Month(2026, 3))

    assert (summary.followups_due, summary.followups_done_on_time) == (8, 4)


def test_done_on_time_across_the_autumn_change(oslo: int) -> None:
    c = oslo
    # 25 October: 02:30 happens twice; a due time means its first occurrence (summer time, 00:30 UTC).
    make.followup(c, "2026-10-25", "02:30", done_at="2026-10-25 00:30:00")  # on time
    make.followup(c, "2026-10-25", "02:30", done_at="2026-10-25 01:15:00")  # 02:15 the second time: late
    make.followup(c, "2026-10-25", "04:00", done_at="2026-10-25 03:00:00")  # winter time: on time
    make.followup(c, "2026-10-25", "04:00", done_at="2026-10-25 03:00:01")  # late
    # The 25th ends at 22:59:59 UTC (winter time).
    make.followup(c, "2026-10-25", done_at="2026-10-25 22:59:59")  # on time
    make.followup(c, "2026-10-25", done_at="2026-10-25 23:00:00")  # late
    # A due time late in the evening, done just after midnight local.
    make.followup(c, "2026-10-31", "23:30", done_at="2026-10-31 22:30:00")  # on time
    make.followup(c, "2026-10-31", "23:30", done_at="2026-10-31 23:05:00")  # 00:05 on 1 November: late

    summary = metrics.month_summary(Month(2026, 10))

    assert (summary.followups_due, summary.followups_done_on_time) == (8, 4)


@pytest.mark.parametrize(
    ("now", "overdue"),
    [
        ("2026-03-28 22:59:59", 0),  # 23:59:59 on the 28th: nothing has passed yet
        ("2026-03-28 23:00:00", 1),  # midnight: the 28th's follow-up without a time is overdue
        ("2026-03-29 00:44:59", 1),
        ("2026-03-29 00:45:00", 1),  # 01:45 winter time is the due moment itself
        ("2026-03-29 00:45:01", 2),
        ("2026-03-29 01:30:00", 3),  # 03:30 summer time: 03:00 (01:00 UTC) has passed, 03:45 not
        ("2026-03-29 01:45:01", 4),
        ("2026-03-29 22:00:00", 5),  # midnight of the 30th: the 29th's untimed one too
    ],
)
def test_overdue_as_of_now_in_local_time(
    oslo: int, monkeypatch: pytest.MonkeyPatch, now: str, overdue: int
) -> None:
    c = oslo
    make.followup(c, "2026-03-28")
    make.followup(c, "2026-03-29", "01:45")
    make.followup(c, "2026-03-29", "03:00")
    make.followup(c, "2026-03-29", "03:45")
    make.followup(c, "2026-03-29")
    make.followup(c, "2026-03-27", done_at="2026-03-29 10:00:00")  # done: never overdue
    monkeypatch.setattr(clock, "utc_now", lambda: datetime.fromisoformat(now))

    assert metrics.month_summary(Month(2026, 1)).followups_overdue == overdue


_MACHINE_ZONE_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from carebook import clock, metrics
    from carebook.clock import Month
    from carebook.shop import open_shop
    from carebook.models import Customer, Followup, Interaction

    open_shop(sys.argv[1])
    assert clock.shop_zone() is None, "no zone setting: the machine's zone is used"
    shop = Customer.create(name="Ola", created_at="2026-01-01 10:00:00", updated_at="2026-01-01 10:00:00")
    Interaction.create(customer=shop, occurred_at="2026-10-31 23:30:00", channel="phone")
    Interaction.create(customer=shop, occurred_at="2026-10-31 22:30:00", channel="email")
    Followup.create(customer=shop, due_on="2026-10-25", done_at="2026-10-25 22:30:00")
    Followup.create(customer=shop, due_on="2026-10-25", done_at="2026-10-25 23:30:00")
    Followup.create(customer=shop, due_on="2026-03-29", due_time="03:30", done_at="2026-03-29 01:30:00")
    Followup.create(customer=shop, due_on="2026-03-29", due_time="03:30", done_at="2026-03-29 02:00:00")
    figures = {}
    for month in ("2026-03", "2026-10", "2026-11"):
        summary = metrics.month_summary(Month.parse(month))
        figures[month] = [summary.contacts, summary.followups_due, summary.followups_done_on_time]
    print(json.dumps(figures))
    """
)


def test_the_machine_zone_is_used_without_a_zone_setting(data_dir: Path) -> None:
    env = {**os.environ, "TZ": "Europe/Oslo", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", _MACHINE_ZONE_SCRIPT, str(data_dir / "machine.sqlite3")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    # In UTC, both contacts would be October's and every follow-up done on time.
    assert figures == {"2026-03": [0, 2, 1], "2026-10": [1, 2, 1], "2026-11": [1, 0, 0]}
