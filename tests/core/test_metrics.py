"""The month's figures of DESIGN.md, checked against hand-computed values (shop zone UTC here;
test_metrics_tz.py covers other zones)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from carebook import clock, demo, metrics
from carebook.clock import Month
from carebook.db import database
from carebook.errors import ValidationError
from carebook.models import Customer, Interaction
from carebook.vocab import CHANNELS, REASONS
from tests.core import metrics_factory as make

MARCH = Month(2026, 3)

JSON_KEYS = [
    "month",
    "contacts",
    "by_channel",
    "by_reason",
    "inbound",
    "csat_pct",
    "csat_responses",
    "nps",
    "nps_responses",
    "promoters",
    "passives",
    "detractors",
    "ces_mean",
    "ces_responses",
    "fcr_pct",
    "median_resolution_hours",
    "open_contacts",
    "median_wait_minutes",
    "self_service_pct",
    "followups_due",
    "followups_done_on_time",
    "followups_overdue",
    "new_customers",
]


@pytest.fixture
def shop(db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """A UTC shop, "now" frozen in April 2026, with one customer created before March; yields its id."""
    clock.set_shop_zone("UTC")
    monkeypatch.setattr(clock, "utc_now", lambda: datetime(2026, 4, 15, 12, 0, 0))
    yield make.customer(created_at="2025-06-01 10:00:00")
    clock.set_shop_zone(None)


def test_an_empty_month_has_no_data_rather_than_zeros(shop: int) -> None:
    summary = metrics.month_summary(MARCH)
    data = summary.as_json()
    assert list(data) == JSON_KEYS
    assert data["month"] == "2026-03"
    assert data["by_channel"] == dict.fromkeys(CHANNELS, 0)
    assert data["by_reason"] == dict.fromkeys(REASONS, 0)
    ratios = ("csat_pct", "nps", "ces_mean", "fcr_pct", "median_resolution_hours", "median_wait_minutes")
    for key in (*ratios, "self_service_pct"):
        assert data[key] is None, key
    for key in set(JSON_KEYS) - {"month", "by_channel", "by_reason", "self_service_pct", *ratios}:
        assert data[key] == 0, key


def test_contacts_count_inside_the_month_by_channel_reason_and_direction(shop: int) -> None:
    c = shop
    make.contact(c, "2026-02-28 23:59:59")  # February
    make.contact(c, "2026-03-01 00:00:00", channel="email", reason="billing")
    make.contact(c, "2026-03-10 09:00:00", channel="self_service", direction="outbound")
    make.contact(c, "2026-03-20 15:00:00", channel="self_service", reason="complaint")
    make.contact(c, "2026-03-31 23:59:59", channel="chat", reason="billing", direction="outbound")
    make.contact(c, "2026-04-01 00:00:00")  # April

    summary = metrics.month_summary(MARCH)

    assert summary.contacts == 4
    assert summary.inbound == 2
    assert summary.by_channel == {**dict.fromkeys(CHANNELS, 0), "email": 1, "self_service": 2, "chat": 1}
    assert summary.by_reason == {**dict.fromkeys(REASONS, 0), "billing": 2, "inquiry": 1, "complaint": 1}
    assert summary.self_service_pct == 50.0
    assert summary.open_contacts == 4


@pytest.mark.parametrize(
    ("scores", "expected"),
    [([5, 4, 3, 1, 2], 40.0), ([3], 0.0), ([4], 100.0), ([5, 5, 2], 200 / 3)],
)
def test_csat_is_the_share_of_scores_4_and_5(shop: int, scores: list[int], expected: float) -> None:
    for value in scores:
        make.score(shop, "csat", value, "2026-03-12 10:00:00")
    make.score(shop, "csat", 1, "2026-04-01 00:00:00")  # April: not counted
    make.score(shop, "nps", 10, "2026-03-12 10:00:00")  # another kind

    summary = metrics.month_summary(MARCH)

    assert summary.csat_responses == len(scores)
    assert summary.csat_pct == pytest.approx(expected)


@pytest.mark.parametrize(
    ("scores", "expected", "split"),
    [
        ([10, 9, 8, 7, 6, 0], 0.0, (2, 2, 2)),
        ([0, 6, 3], -100.0, (0, 0, 3)),
        ([9], 100.0, (1, 0, 0)),
        ([10, 10, 10, 0], 50.0, (3, 0, 1)),
        ([9, 10, 8], 200 / 3, (2, 1, 0)),
        ([7, 8], 0.0, (0, 2, 0)),
    ],
)
def test_nps_is_promoters_minus_detractors(
    shop: int, scores: list[int], expected: float, split: tuple[int, int, int]
) -> None:
    for value in scores:
        make.score(shop, "nps", value, "2026-03-31 23:59:59")
    make.score(shop, "nps", 0, "2026-02-28 23:59:59")  # February: not counted

    summary = metrics.month_summary(MARCH)

    assert summary.nps_responses == len(scores)
    assert (summary.promoters, summary.passives, summary.detractors) == split
    assert summary.nps == pytest.approx(expected)


def test_ces_is_the_mean_score(shop: int) -> None:
    for value in (7, 6, 2):
        make.score(shop, "ces", value, "2026-03-03 08:00:00")
    make.score(shop, "ces", 1, "2026-04-02 08:00:00")
    assert metrics.month_summary(MARCH).ces_mean == 5.0
    assert metrics.month_summary(MARCH).ces_responses == 3
    assert metrics.month_summary(Month(2026, 4)).ces_mean == 1.0
    assert metrics.month_summary(Month(2026, 2)).ces_mean is None


def test_fcr_counts_inbound_contacts_only(shop: int) -> None:
    c = shop
    make.contact(c, "2026-03-02 10:00:00", first_contact=True, resolved_at="2026-03-02 10:05:00")
    make.contact(c, "2026-03-03 10:00:00", first_contact=True, resolved_at="2026-03-03 10:05:00")
    make.contact(c, "2026-03-04 10:00:00")
    make.contact(
        c, "2026-03-05 10:00:00", direction="outbound", first_contact=True, resolved_at="2026-03-05 11:00:00"
    )
    make.contact(c, "2026-02-05 10:00:00", direction="outbound", first_contact=True)

    assert metrics.month_summary(MARCH).fcr_pct == pytest.approx(200 / 3)
    february = metrics.month_summary(Month(2026, 2))
    assert february.contacts == 1
    assert february.fcr_pct is None  # no inbound contacts


def test_median_resolution_hours_odd_count_and_open_contacts(shop: int) -> None:
    c = shop
    make.contact(c, "2026-03-02 10:00:00", resolved_at="2026-03-02 11:00:00")  # 1 h
    make.contact(c, "2026-03-02 10:00:00", resolved_at="2026-03-02 13:00:00")  # 3 h
    make.contact(c, "2026-03-31 23:00:00", resolved_at="2026-04-01 01:30:00")  # 2.5 h, resolved in April
    make.contact(c, "2026-03-05 10:00:00")  # open
    # Marked resolved but without a time: neither open nor measured.
    Interaction.create(customer=c, occurred_at="2026-03-06 10:00:00", channel="phone", status="resolved")

    summary = metrics.month_summary(MARCH)

    assert summary.median_resolution_hours == 2.5
    assert summary.open_contacts == 1
    assert metrics.month_summary(Month(2026, 4)).median_resolution_hours is None


def test_median_resolution_hours_even_count_is_the_mean_of_the_middle_two(shop: int) -> None:
    c = shop
    for resolved in (
        "2026-03-10 09:00:00",
        "2026-03-10 10:00:00",
        "2026-03-10 12:00:00",
        "2026-03-10 18:00:00",
    ):
        make.contact(c, "2026-03-10 08:00:00", resolved_at=resolved)  # 1, 2, 4, 10 hours
    assert metrics.month_summary(MARCH).median_resolution_hours == 3.0


def test_median_resolution_hours_keeps_fractions(shop: int) -> None:
    make.contact(shop, "2026-03-10 08:00:00", resolved_at="2026-03-10 09:30:00")
    make.contact(shop, "2026-03-10 08:00:00", resolved_at="2026-03-10 08:20:00")
    assert metrics.month_summary(MARCH).median_resolution_hours == pytest.approx((1.5 + 1 / 3) / 2)


def test_median_wait_minutes_over_inbound_contacts_that_waited(shop: int) -> None:
    c = shop
    for waited in (5, 1, 3):
        make.contact(c, "2026-03-10 08:00:00", waited=waited)
    make.contact(c, "2026-03-10 08:00:00")  # no wait recorded
    make.contact(c, "2026-03-10 08:00:00", direction="outbound", waited=100)
    assert metrics.month_summary(MARCH).median_wait_minutes == 3.0

    make.contact(c, "2026-03-11 08:00:00", waited=10)  # 1, 3, 5, 10
    assert metrics.month_summary(MARCH).median_wait_minutes == 4.0

    make.contact(c, "2026-02-11 08:00:00", direction="outbound", waited=7)
    assert metrics.month_summary(Month(2026, 2)).median_wait_minutes is None


def test_followups_due_and_done_on_time(shop: int) -> None:
    c = shop
    make.followup(c, "2026-03-05", done_at="2026-03-01 09:00:00")  # early: on time
    make.followup(c, "2026-03-05", done_at="2026-03-05 23:59:59")  # last second of the day
    make.followup(c, "2026-03-05", done_at="2026-03-06 00:00:00")  # next day: late
    make.followup(c, "2026-03-31", "14:30", done_at="2026-03-31 14:30:00")  # at the due time
    make.followup(c, "2026-03-31", "14:30", done_at="2026-03-31 14:30:01")  # a second late
    make.followup(c, "2026-03-01")  # not done
    make.followup(c, "2026-02-28", done_at="2026-02-28 10:00:00")  # February
    make.followup(c, "2026-04-01", done_at="2026-03-20 10:00:00")  # April, done early

    summary = metrics.month_summary(MARCH)

    assert summary.followups_due == 6
    assert summary.followups_done_on_time == 3


def test_overdue_is_the_backlog_as_of_now(shop: int, monkeypatch: pytest.MonkeyPatch) -> None:
    c = shop
    monkeypatch.setattr(clock, "utc_now", lambda: datetime(2026, 3, 10, 12, 0, 0))
    make.followup(c, "2025-12-01")  # long overdue
    make.followup(c, "2026-03-09")  # yesterday: overdue
    make.followup(c, "2026-03-09", done_at="2026-03-10 08:00:00")  # done late: not overdue
    make.followup(c, "2026-03-10")  # today without a time: not yet
    make.followup(c, "2026-03-10", "11:59")  # passed a minute ago
    make.followup(c, "2026-03-10", "12:00")  # due this very second: not passed
    make.followup(c, "2026-03-10", "12:01")
    make.followup(c, "2026-03-11", "00:00")

    assert metrics.month_summary(MARCH).followups_overdue == 3
    assert metrics.month_summary(Month(2025, 1)).followups_overdue == 3  # not limited to the month

    monkeypatch.setattr(clock, "utc_now", lambda: datetime(2026, 3, 11, 0, 0, 0))
    assert metrics.month_summary(MARCH).followups_overdue == 6


def test_new_customers_include_trashed_and_erased_ones(shop: int) -> None:
    make.customer("Bea", created_at="2026-03-01 00:00:00")
    make.customer("Cy", created_at="2026-03-15 00:00:00", deleted_at="2026-03-16 00:00:00")
    make.customer("", created_at="2026-03-31 23:59:59", erased_at="2026-04-01 10:00:00")
    make.customer("Di", created_at="2026-04-01 00:00:00")
    assert metrics.month_summary(MARCH).new_customers == 3


def test_trashed_and_erased_customers_contacts_and_scores_still_count(shop: int) -> None:
    trashed = make.customer("Ed", deleted_at="2026-03-20 10:00:00")
    erased = make.customer("", erased_at="2026-03-21 10:00:00")
    for customer_id in (trashed, erased):
        make.contact(
            customer_id, "2026-03-02 10:00:00", first_contact=True, resolved_at="2026-03-02 12:00:00"
        )
        make.score(customer_id, "csat", 5, "2026-03-03 10:00:00")
    make.score(trashed, "nps", 0, "2026-03-03 10:00:00")
    assert Customer.select().where(Customer.deleted_at.is_null(False)).count() == 1

    summary = metrics.month_summary(MARCH)

    assert (summary.contacts, summary.fcr_pct, summary.median_resolution_hours) == (2, 100.0, 2.0)
    assert (summary.csat_responses, summary.csat_pct, summary.nps) == (2, 100.0, -100.0)


def test_trend_lists_months_oldest_first(shop: int) -> None:
    make.contact(shop, "2026-01-15 10:00:00")
    make.contact(shop, "2026-03-15 10:00:00")
    make.contact(shop, "2026-03-16 10:00:00")
    make.followup(shop, "2026-04-01")  # overdue on the frozen 15 April

    months = metrics.trend(MARCH, months=3)

    assert [(m.month, m.contacts) for m in months] == [("2026-01", 1), ("2026-02", 0), ("2026-03", 2)]
    assert [m.month for m in metrics.trend(Month(2026, 1))][:2] == ["2025-02", "2025-03"]
    assert len(metrics.trend(Month(2026, 1))) == 12
    with pytest.raises(ValidationError) as error:
        metrics.trend(MARCH, months=0)
    assert error.value.field == "months"


def test_the_trend_shows_each_months_own_figures(db: Path) -> None:
    """The charts' months carry exactly the contacts, CSAT % and NPS of that month's full summary."""
    demo.generate(customers=40, months=14, seed=3, end=datetime(2026, 3, 20).date())
    months = metrics.trend(MARCH, months=12)
    assert len(months) == 12 and sum(m.contacts for m in months) > 100
    assert sum(m.csat_responses for m in months) > 0 and sum(m.nps_responses for m in months) > 0
    for month in months:
        full = metrics.month_summary(Month.parse(month.month))
        chart = (month.contacts, month.csat_pct, month.csat_responses, month.nps, month.nps_responses)
        assert chart == (full.contacts, full.csat_pct, full.csat_responses, full.nps, full.nps_responses)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (2 / 3 * 100, "66.7"),
        (66.65, "66.7"),
        (0.05, "0.1"),
        (-0.05, "-0.1"),
        (-0.04, "0.0"),
        (0.0, "0.0"),
        (-100.0, "-100.0"),
        (12.25, "12.3"),
        (None, "n/a"),
    ],
)
def test_display_number_rounds_half_away_from_zero(value: float | None, text: str) -> None:
    assert metrics.display_number(value) == text


def test_display_number_with_other_decimals() -> None:
    assert metrics.display_number(2.5, decimals=0) == "3"
    assert metrics.display_number(-2.5, decimals=0) == "-3"
    assert metrics.display_number(1.005, decimals=2) == "1.01"


def _count_queries(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    executed: list[str] = []
    real = database.obj.execute_sql

    def counting(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        executed.append(sql)
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(database.obj, "execute_sql", counting)
    return executed


def _fill(customer_id: int, count: int) -> None:
    rows = [
        {
            "customer": customer_id,
            "occurred_at": f"2026-03-{1 + n % 28:02d} 10:{n % 60:02d}:00",
            "channel": CHANNELS[n % len(CHANNELS)],
            "reason": REASONS[n % len(REASONS)],
            "status": "resolved" if n % 2 else "open",
            "resolved_at": f"2026-03-{1 + n % 28:02d} 12:00:00" if n % 2 else None,
            "waited_minutes": n % 13,
        }
        for n in range(count)
    ]
    Interaction.insert_many(rows).execute()
    for n in range(count // 10):
        make.score(customer_id, ("csat", "nps", "ces")[n % 3], 1 + n % 5, "2026-03-05 10:00:00")
        make.followup(customer_id, f"2026-03-{1 + n % 28:02d}", done_at="2026-03-04 10:00:00")


def test_month_summary_runs_a_bounded_number_of_queries(shop: int, monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(shop, 20)
    executed = _count_queries(monkeypatch)
    small = metrics.month_summary(MARCH)
    small_count = len(executed)

    _fill(shop, 600)
    executed.clear()
    large = metrics.month_summary(MARCH)

    assert large.contacts == small.contacts + 600
    assert large.median_resolution_hours is not None and large.median_wait_minutes is not None
    assert len(executed) == small_count <= 8


def test_the_first_days_of_a_month_count_only_those_days(shop: int) -> None:
    for day in (1, 7, 8, 31):
        make.contact(shop, f"2026-03-{day:02d} 23:30:00")
        make.followup(shop, f"2026-03-{day:02d}")
    make.score(shop, "csat", 5, "2026-03-07 10:00:00")
    make.score(shop, "csat", 1, "2026-03-08 00:00:00")

    first_week = metrics.month_summary(clock.MonthDays(MARCH, 7))

    assert (first_week.month, first_week.contacts, first_week.followups_due) == ("2026-03", 2, 2)
    assert (first_week.csat_pct, first_week.csat_responses) == (100.0, 1)
    assert metrics.month_summary(clock.MonthDays(MARCH, 40)) == metrics.month_summary(MARCH)


def test_a_month_in_progress_compares_its_days_so_far_with_the_same_days_before(shop: int) -> None:
    april, march = Month(2026, 4), MARCH  # "now" is 15 April
    assert clock.so_far(april) == (clock.MonthDays(april, 15), clock.MonthDays(march, 15))
    assert clock.so_far(march) == (march, Month(2026, 2))  # a finished month: whole against whole
    assert clock.MonthDays(Month(2026, 2), 30).last_day == Month(2026, 2).last_day  # February is shorter
