"""The demo shop: believable, varied, deterministic data that the figures can be shown with."""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from carebook import demo, metrics, settings
from carebook.cli import main
from carebook.clock import Month
from carebook.contact_info import normalise_email, normalise_phone
from carebook.demo_contacts import _channel_weights
from carebook.errors import CarebookError, ValidationError
from carebook.exchange.exporter import export_csv
from carebook.exchange.importer import import_csv
from carebook.shop import close_shop, open_shop
from carebook.vocab import CHANNELS, REASONS
from tests.core.exchange.support import rows

END = date(2026, 3, 20)


def _scripts(names: list[str]) -> set[str]:
    found = set()
    for name in names:
        letter = next(ch for ch in name if ch.isalpha())
        found.add(unicodedata.name(letter).split()[0])
    return found


def _share(month: str, column: str, value: str) -> float:
    [(part, whole)] = rows(
        f"SELECT sum(CASE WHEN {column} = ? THEN 1 ELSE 0 END), count(*) FROM interaction "
        "WHERE substr(CAST(occurred_at AS TEXT), 1, 7) = ?",
        value,
        month,
    )
    return part / whole


@pytest.fixture
def small(db: Path) -> demo.DemoResult:
    return demo.generate(60, 6, seed=7, end=END)


def test_a_small_demo_has_every_kind_of_record(small: demo.DemoResult) -> None:
    assert (small.customers, small.first_month, small.last_month) == (60, Month(2025, 10), Month(2026, 3))
    assert small.contacts > 300 and small.feedback > 50 and small.followups > 30
    assert 4 <= small.staff <= 6
    assert rows("SELECT role, count(*) FROM staff GROUP BY role ORDER BY role") == [
        ("owner", 1),
        ("staff", small.staff - 1),
    ]
    assert {c for (c,) in rows("SELECT DISTINCT channel FROM interaction")} == set(CHANNELS)
    assert {r for (r,) in rows("SELECT DISTINCT reason FROM interaction")} == set(REASONS)
    assert {k for (k,) in rows("SELECT DISTINCT kind FROM feedback")} == {"csat", "nps", "ces"}
    assert rows("SELECT count(*) FROM interaction WHERE occurred_at > '2026-03-21'") == [(0,)]
    assert rows("SELECT count(*) FROM interaction WHERE status = 'open'")[0][0] > 0


def test_customers_come_from_many_places_with_valid_contacts(small: demo.DemoResult) -> None:
    people = rows("SELECT name, name_key, email, phone, phone_e164, company FROM customer")
    assert len(_scripts([p[0] for p in people]) - {"LATIN"}) >= 3
    assert any(ch in "æøåÆØÅ" for p in people for ch in p[0]) or any(
        "ü" in p[0] or "ł" in p[0] for p in people
    )
    for name, _key, email, phone, e164, _company in people:
        assert normalise_phone(phone, "GB").e164 == e164
        assert normalise_email(email) == email
        assert email or phone, name
    assert sum(1 for p in people if p[5]) >= 3
    assert len({p[2] for p in people if p[2]}) == sum(1 for p in people if p[2])  # emails are unique
    assert rows("SELECT count(DISTINCT tag_id) FROM customer_tag")[0][0] >= 4


def test_follow_ups_are_mostly_done_some_late_some_overdue(small: demo.DemoResult) -> None:
    [(on_time, late, open_)] = rows(
        "SELECT sum(CASE WHEN date(done_at) <= due_on THEN 1 ELSE 0 END), "
        "sum(CASE WHEN date(done_at) > due_on THEN 1 ELSE 0 END), "
        "sum(CASE WHEN done_at IS NULL THEN 1 ELSE 0 END) FROM followup"
    )
    assert on_time > late > 0 and open_ > 0
    summary = metrics.month_summary(Month(2026, 3))
    assert summary.followups_overdue > 0


def test_scores_follow_outcomes_and_low_scores_often_have_comments(small: demo.DemoResult) -> None:
    by_outcome = {
        int(first): float(average)
        for first, average in rows(
            "SELECT i.resolved_first_contact, avg(f.score) FROM feedback f "
            "JOIN interaction i ON i.id = f.interaction_id WHERE f.kind = 'csat' GROUP BY 1"
        )
    }
    assert by_outcome[1] > by_outcome[0] + 0.3
    [(low, commented)] = rows(
        "SELECT count(*), sum(CASE WHEN comment <> '' THEN 1 ELSE 0 END) FROM feedback "
        "WHERE kind = 'csat' AND score <= 2"
    )
    assert low > 0 and commented >= low * 0.3
    assert rows("SELECT count(*) FROM feedback WHERE score >= 4 AND comment <> ''")[0][0] > 0
    assert rows(
        "SELECT count(*) FROM feedback f JOIN interaction i ON i.id = f.interaction_id "
        "WHERE f.received_at < i.resolved_at"
    ) == [(0,)]


def test_the_summary_columns_match_the_generated_rows(small: demo.DemoResult) -> None:
    assert rows(
        "SELECT count(*) FROM customer c WHERE c.last_contact_at IS DISTINCT FROM "
        "(SELECT max(occurred_at) FROM interaction i WHERE i.customer_id = c.id)"
    ) == [(0,)]


def test_stats_json_for_a_demo_month_is_plausible(
    small: demo.DemoResult, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    close_shop()  # the command opens and closes the file itself
    assert main(["stats", "--month", "2026-02", "--json", "--db", str(db)]) == 0
    figures: dict[str, Any] = json.loads(capsys.readouterr().out)
    assert (
        figures["contacts"] == sum(figures["by_channel"].values()) == sum(figures["by_reason"].values()) > 20
    )
    assert 50 <= figures["csat_pct"] <= 100
    assert -100 <= figures["nps"] <= 100
    assert figures["nps_responses"] == figures["promoters"] + figures["passives"] + figures["detractors"] > 0
    assert 1 <= figures["ces_mean"] <= 7
    assert 40 <= figures["fcr_pct"] <= 95
    assert 0 < figures["median_resolution_hours"] < 24 * 20
    assert 0 <= figures["median_wait_minutes"] < 30
    assert 0 < figures["self_service_pct"] < 50
    assert figures["followups_due"] >= figures["followups_done_on_time"] > 0


def test_some_customers_who_asked_for_regular_contact_were_not_contacted_for_months(db: Path) -> None:
    demo.generate(150, 9, seed=3, end=END)
    quiet = rows(
        "SELECT count(*) FROM customer "
        "WHERE contact_every_days IS NOT NULL AND last_contact_at < '2025-12-20'"
    )
    assert quiet[0][0] >= 1


def test_the_year_has_seasons(db: Path) -> None:
    demo.generate(300, 12, seed=1, end=date(2026, 10, 31))
    assert _share("2025-12", "channel", "in_person") > _share("2026-07", "channel", "in_person")
    assert _share("2026-01", "reason", "order_return") > 1.5 * _share("2026-05", "reason", "order_return")
    winter = _share("2026-01", "channel", "email") + _share("2026-01", "channel", "chat")
    summer = _share("2026-07", "channel", "email") + _share("2026-07", "channel", "chat")
    assert winter > summer
    assert _share("2026-10", "channel", "self_service") > 2 * _share("2025-11", "channel", "self_service")
    shares = dict(zip(CHANNELS, _channel_weights(12, 0.5), strict=True))
    assert shares["in_person"] - shares["email"] > 0


def test_the_same_seed_gives_the_same_data(db: Path, tmp_path: Path) -> None:
    query = (
        "SELECT customer_id, occurred_at, channel, reason, summary, status, resolved_at FROM interaction "
        "ORDER BY id"
    )
    demo.generate(20, 2, seed=11, end=END)
    first = (rows("SELECT name, email, phone, created_at FROM customer ORDER BY id"), rows(query))
    close_shop()
    open_shop(tmp_path / "again.sqlite3")
    settings.update(phone_region="GB")  # as in the first database: phones are typed the national way
    demo.generate(20, 2, seed=11, end=END)
    assert (rows("SELECT name, email, phone, created_at FROM customer ORDER BY id"), rows(query)) == first
    demo.generate(20, 2, seed=12, end=END, force=True)
    assert rows("SELECT count(*) FROM customer") == [(40,)]


def test_a_database_with_customers_is_refused_and_bad_sizes_name_the_field(small: demo.DemoResult) -> None:
    with pytest.raises(CarebookError, match="already has 60 customers"):
        demo.generate(10, 1)
    with pytest.raises(ValidationError, match="customers: must be from 1"):
        demo.generate(0, 1, force=True)
    with pytest.raises(ValidationError, match="months: must be from 1 to 120"):
        demo.generate(10, 0, force=True)


def test_a_demo_shop_exported_and_imported_elsewhere_has_the_same_figures(
    small: demo.DemoResult, tmp_path: Path
) -> None:
    kinds = ("customers", "interactions", "feedback", "followups")
    months = [Month(2025, 10).shifted(n) for n in range(6)]
    for kind in kinds:
        export_csv(kind, tmp_path / f"{kind}.csv")
    figures = [metrics.month_summary(month) for month in months]
    close_shop()
    open_shop(tmp_path / "elsewhere.sqlite3")
    settings.update(phone_region="GB")
    for kind in kinds:
        import_csv(kind, tmp_path / f"{kind}.csv")
    assert [metrics.month_summary(month) for month in months] == figures
    assert rows("SELECT count(*) FROM customer") == [(60,)]
