"""The monthly PDF shows the month's figures (the same as carebook.metrics), every section, page
numbers, and the paper size from the settings."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from carebook import metrics, settings
from carebook.clock import Month
from carebook.metrics import display_number
from carebook.reports import build_monthly_report, build_monthly_report_bytes
from tests.core.reports import pdf, seed

MARCH = Month(2025, 3)

# (label printed in the PDF, MonthSummary attribute, unit after the number; None = a whole count)
PRINTED = (
    ("Contacts", "contacts", None),
    ("New customers", "new_customers", None),
    ("CSAT: satisfied customers", "csat_pct", "%"),
    ("NPS: net promoter score", "nps", ""),
    ("CES: customer effort (7 = very easy)", "ces_mean", ""),
    ("First-contact resolution (FCR)", "fcr_pct", "%"),
    ("Median resolution time", "median_resolution_hours", " h"),
    ("Median wait", "median_wait_minutes", " min"),
    ("Self-service share", "self_service_pct", "%"),
    ("Follow-ups due", "followups_due", None),
    ("Follow-ups done on time", "followups_done_on_time", None),
    ("Overdue follow-ups (as of today)", "followups_overdue", None),
)


def expected_text(value: float | None, unit: str | None) -> str:
    if unit is None:
        return f"{int(value or 0):,}"
    if value is None:
        return "n/a"
    return f"{display_number(value)}{unit}".replace("-", "\u2212")  # printed with a true minus sign


def figure_columns(page: str, label: str) -> list[str]:
    for line in page.splitlines():
        if line.strip().startswith(label + "  "):
            return re.split(r"\s{2,}", line.strip())[1:]
    raise AssertionError(f"{label!r} not found on the first page")


@pytest.fixture
def shop(db: Path) -> Path:
    settings.update(shop_name="Corner Shop")
    seed.demo_shop(MARCH, 150)
    return db


def test_the_figures_equal_the_metrics_of_the_month_and_the_month_before(shop: Path, tmp_path: Path) -> None:
    now, before = metrics.month_summary(MARCH), metrics.month_summary(MARCH.prev())
    assert now.contacts == 150 and now.csat_pct is not None  # the check below compares real figures
    first = pdf.pages(build_monthly_report(MARCH, tmp_path / "march.pdf"))[0]

    for label, key, unit in PRINTED:
        columns = figure_columns(first, label)
        assert columns[0] == expected_text(getattr(now, key), unit), label
        if key != "followups_overdue":
            assert columns[1] == expected_text(getattr(before, key), unit), label
    assert figure_columns(first, "Contacts")[2] == f"+{now.contacts - before.contacts:,}"


def test_a_month_without_feedback_shows_n_a_and_no_change(db: Path, tmp_path: Path) -> None:
    ids = seed.customers(["Ada"], datetime(2025, 1, 5, 9))
    seed.month_of_contacts(MARCH, 5, ids, [], feedback_share=0.0, followups=0)
    seed.month_of_contacts(MARCH.prev(), 5, ids, [], feedback_share=1.0, followups=0)

    first = pdf.pages(build_monthly_report(MARCH, tmp_path / "march.pdf"))[0]

    this, before, change = figure_columns(first, "CSAT: satisfied customers")
    assert this == "n/a" and before.endswith("%") and change == "—"
    assert figure_columns(first, "Contacts") == ["5", "5", "0"]


def test_every_section_is_present_with_the_shop_name_and_page_numbers(shop: Path, tmp_path: Path) -> None:
    output = build_monthly_report(MARCH, tmp_path / "march.pdf")
    texts = pdf.pages(output)
    whole = "\n".join(texts)

    assert texts[0].lstrip().startswith("Corner Shop")
    assert "Customer care in March 2025" in texts[0]
    for heading in (
        "The month in figures",
        "Where contacts came from and why",
        "Contacts per channel",
        "Contacts per reason",
        "Promoters, passives and detractors",
        "The last 12 months",
        "CSAT: % of satisfied customers",
        "NPS: net promoter score (from −100 to 100)",
        "Staff",
        "Lowest scores, with their comments",
        "Compliments",
        "Follow-ups still open and overdue",
        "How the figures are worked out",
        "Appendix: every contact in March 2025 (150)",
    ):
        assert heading in whole, heading
    for name in ("Maria", "Jon", "Aiko"):
        assert re.search(rf"^\s*{name}\s{{2,}}\d", whole, re.MULTILINE), name
    total = len(texts)
    assert total == int(pdf.info(output)["Pages"]) >= 4
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text
        assert "Corner Shop · Monthly summary, March 2025" in text


def test_a4_by_default_and_us_letter_when_set(shop: Path, tmp_path: Path) -> None:
    a4 = build_monthly_report(MARCH, tmp_path / "a4.pdf")
    assert pdf.page_size(a4) == pytest.approx((595.28, 841.89), abs=0.01)

    settings.update(paper_size="Letter")
    letter = build_monthly_report(MARCH, tmp_path / "letter.pdf")
    assert pdf.page_size(letter) == (612.0, 792.0)
    assert b"/MediaBox [ 0 0 612 792 ]" in letter.read_bytes()


def test_nothing_runs_off_the_page_and_margins_stay_printable(shop: Path, tmp_path: Path) -> None:
    output = build_monthly_report(MARCH, tmp_path / "march.pdf")
    found, width, height = pdf.words(output)
    margin = 15 * 72 / 25.4
    assert found
    for word in found:
        assert margin - 0.5 <= word.x_min and word.x_max <= width - margin + 0.5, word
        assert word.y_max <= height - margin + 0.5, word


def test_the_bytes_are_the_same_report(shop: Path, tmp_path: Path) -> None:
    data = build_monthly_report_bytes(MARCH)
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    path = tmp_path / "from-bytes.pdf"
    path.write_bytes(data)
    assert "The month in figures" in pdf.pages(path)[0]


def test_the_overdue_list_counts_what_the_figures_count(shop: Path) -> None:
    from carebook.reports.gather import OVERDUE_LIMIT, gather

    data = gather(MARCH)
    assert data.overdue_total == data.summary.followups_overdue > 0
    assert len(data.overdue) == min(OVERDUE_LIMIT, data.overdue_total)
    assert [item.due_on for item in data.overdue] == sorted(item.due_on for item in data.overdue)
