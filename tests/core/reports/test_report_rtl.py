"""A report in a right-to-left language (Arabic, from a temporary catalogue: the shipped one comes
separately): headings end at the right margin, tables start at the right, the appendix too, and the
words are shaped and read back in order."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from carebook import i18n
from carebook.clock import Month
from carebook.reports import build_monthly_report
from carebook.reports.page import SIDE_MARGIN
from tests.core import tmp_catalogue
from tests.core.reports import pdf, seed

OCTOBER = Month(2026, 10)
ARABIC = {
    "The month in figures": "الشهر بالأرقام",
    "Figure": "المؤشر",
    "Change": "التغيير",
    "Contacts": "الاتصالات",
    "Page {0} of ": "صفحة {0} من ",
    "Local time": "الوقت المحلي",
    "Outcome": "النتيجة",
    "Staff": "الموظفون",
    "Staff member": "الموظف",
}


@pytest.fixture
def arabic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    tmp_catalogue.install(monkeypatch, tmp_path / "core", "ar", "العربية", ARABIC)
    yield
    i18n.language.cache_clear()


def _plain(text: str) -> str:
    """Shaped letters (presentation forms) back to the letters typed."""
    return unicodedata.normalize("NFKC", text)


def test_an_arabic_report_reads_from_the_right(db: Path, tmp_path: Path, arabic: None) -> None:
    seed.demo_shop(OCTOBER, contacts=40)
    target = build_monthly_report(OCTOBER, tmp_path / "ar.pdf", language="ar")
    found, width, _height = pdf.words(target)
    words = [(_plain(w.text), w) for w in found]
    right_edge = width - SIDE_MARGIN

    def first(text: str, page: int = 1) -> pdf.Word:
        return next(w for plain, w in words if plain == text and w.page == page)

    heading = first("بالأرقام")  # the last word of "الشهر بالأرقام", at the left end of the line
    start = first("الشهر")
    assert abs(start.x_max - right_edge) < 2, "the heading is right-aligned"
    assert heading.x_max < start.x_min, "its words run from right to left"
    # the figures table: its first column (the figure's name) at the right, the change at the left
    figure, change = first("المؤشر"), first("التغيير")
    assert figure.x_max > width / 2 > change.x_max
    assert abs(figure.x_max - (right_edge - 3)) < 2  # inside the cell's padding
    october = next(
        w for plain, w in words if plain.startswith("أكتوبر") and w.page == 1 and w.y_max > start.y_max
    )
    assert change.x_max < october.x_min < figure.x_min
    # the appendix: its first column (the local time) at the right edge
    appendix_page = max(w.page for w in found)
    local_time = first("المحلي", appendix_page)
    outcome = first("النتيجة", appendix_page)
    assert abs(local_time.x_max - (right_edge - 3)) < 2  # the first column, its text right-aligned
    assert abs(outcome.x_max - (SIDE_MARGIN + 72 - 3)) < 2  # the last (72 points wide), at the left
    # the footer: "Page X of Y" at the right, in order
    bottom = max(w.y_max for w in found if w.page == 1)
    footer = sorted((w for w in found if w.page == 1 and w.y_max == bottom), key=lambda w: -w.x_max)
    assert [_plain(w.text) for w in footer[:4]] == ["صفحة", "1", "من", str(appendix_page)]
    assert abs(footer[0].x_max - right_edge) < 2
    # the total is drawn inside its form's box (left of the form's origin), so viewers show it
    total, of = footer[3], footer[2]
    (box,) = pdf.form_boxes(target).values()
    assert box[0] <= -(total.x_max - total.x_min) and box[2] >= 0
    assert 0 < of.x_min - total.x_max < 5, "one space between 'of' and the total"


def test_a_left_to_right_report_is_unchanged(db: Path, tmp_path: Path) -> None:
    seed.demo_shop(OCTOBER, contacts=10)
    target = build_monthly_report(OCTOBER, tmp_path / "en.pdf", language="en")
    found, width, _height = pdf.words(target)
    figure = next(w for w in found if w.text == "Figure")
    assert abs(figure.x_min - (SIDE_MARGIN + 3)) < 2
    page = next(w for w in found if w.text == "Page")
    assert page.x_min < width / 2


def test_charts_are_mirrored_in_a_right_to_left_language_only(arabic: None) -> None:
    from carebook.reports import charts

    items = [("Phone", 3), ("Email", 1)]
    with i18n.using("en"):
        plain = charts.horizontal_bars(items, width=200)
    with i18n.using("ar"):
        mirrored = charts.horizontal_bars(items, width=200)
    bars = [[s for s in d.contents if type(s).__name__ == "Rect"] for d in (plain, mirrored)]
    for left, right in zip(*bars, strict=True):
        assert right.x == pytest.approx(200 - left.x - left.width)  # grows to the left from the axis
    labels = [next(s for s in d.contents if getattr(s, "text", None) == "Phone") for d in (plain, mirrored)]
    assert labels[0].textAnchor == "end" and labels[1].textAnchor == "start"
    assert labels[1].x == pytest.approx(200 - labels[0].x)
