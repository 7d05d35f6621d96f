"""How figures, changes and right-to-left text are turned into what the PDF prints."""

from __future__ import annotations

import pytest

from carebook.metrics import MonthSummary
from carebook.reports.figures import FIGURES, change_text, figure_rows
from carebook.reports.fonts import REGULAR, register, string_width, wrap_lines
from carebook.reports.rtl import shape_arabic, visual

BY_KEY = {figure.key: figure for figure in FIGURES}


@pytest.mark.parametrize(
    ("key", "now", "before", "shown"),
    [
        ("contacts", 1200, 1000, "+200"),
        ("contacts", 990, 1000, "−10"),
        ("contacts", 7, 7, "0"),
        ("csat_pct", 80.04, 75.0, "+5.0 pts"),
        ("csat_pct", 80.05, 80.0, "+0.1 pts"),  # from the displayed values, 80.1 and 80.0
        ("nps", -12.5, 10.0, "−22.5"),
        ("median_wait_minutes", 3.0, 3.0, "0.0 min"),
        ("csat_pct", None, 75.0, "—"),
        ("ces_mean", 5.0, None, "—"),
    ],
)
def test_the_change_from_last_month(key: str, now: float | None, before: float | None, shown: str) -> None:
    assert change_text(now, before, BY_KEY[key]) == shown


def test_every_figure_has_a_row_and_overdue_has_no_previous_month() -> None:
    rows = figure_rows(MonthSummary("2025-03", contacts=1234, followups_overdue=3), MonthSummary("2025-02"))
    assert [row[0] for row in rows] == [figure.label for figure in FIGURES]
    assert rows[0] == ("Contacts", "1,234", "0", "+1,234")
    assert rows[2][1:] == ("n/a", "n/a", "—")
    assert rows[-1][1:] == ("3", "—", "—")


def test_hebrew_is_reversed_for_drawing_and_latin_is_left_alone() -> None:
    assert visual("דוד כהן") == "ןהכ דוד"
    assert visual("Shop כהן 12") == "Shop 12 ןהכ"  # a number after Hebrew belongs to the Hebrew run
    assert visual("(כהן) 12") == "12 (ןהכ)"
    assert visual("Zoë & Co (Oslo)") == "Zoë & Co (Oslo)"


@pytest.mark.parametrize(
    ("typed", "drawn"),
    [
        # the base direction is the first letter's, not a leading number's (a wrapped line may start so)
        ("5521 ולא", "אלו 5521"),
        ("12 כהן", "ןהכ 12"),
        # signs, units and separators stay with their digits
        ("הנחה 10%", "10% החנה"),
        ("הזמנה #123-456", "#123-456 הנמזה"),
        ("מחיר 1,234.50 ₪", "₪ 1,234.50 ריחמ"),
        ("[שם] - 5%", "5% - [םש]"),
        ("Ref 12-34 שלום 5%", "Ref 12-34 5% םולש"),
        # Latin words and numbers inside right-to-left text keep their own order
        ("שלום Shalom 123 עולם", "םלוע Shalom 123 םולש"),
    ],
)
def test_numbers_and_latin_inside_right_to_left_text(typed: str, drawn: str) -> None:
    assert visual(typed) == drawn


def test_override_characters_do_not_reorder_what_was_typed() -> None:
    # U+202E RIGHT-TO-LEFT OVERRIDE is not obeyed: the text prints in the order it was stored.
    assert visual("abc\u202edcba\u202c end") == "abc\u202edcba\u202c end"
    assert visual("שלום \u202eabc") == "abc\u202e םולש"


def test_arabic_letters_take_their_joined_forms() -> None:
    # meem hah meem dal: initial, medial, medial, final
    assert shape_arabic("محمد") == "\ufee3\ufea4\ufee4\ufeaa"
    assert visual("محمد") == "\ufeaa\ufee4\ufea4\ufee3"
    assert shape_arabic("لا") == "\ufefb"  # lam-alef ligature
    assert shape_arabic("د ب") == "\ufea9 \ufe8f"  # a space breaks the join


def test_long_words_are_broken_to_fit() -> None:
    register()
    lines = wrap_lines("short " + "W" * 80 + " end", REGULAR, 7, 100)
    assert lines[0] == "short" and lines[-1].endswith("end")
    assert all(string_width(line, REGULAR, 7) <= 100 for line in lines)
    assert "".join(lines[1:]).replace(" end", "") == "W" * 80


def test_figures_in_german_use_german_numbers_units_and_words() -> None:
    from carebook import i18n

    with i18n.using("de", "DE"):
        rows = figure_rows(
            MonthSummary("2025-03", contacts=1234, csat_pct=60.0, median_wait_minutes=13.25),
            MonthSummary("2025-02", contacts=1000, csat_pct=55.04),
        )
        assert change_text(80.04, 75.0, BY_KEY["csat_pct"]) == "+5,0 Pkt."
    by_label = {row[0]: row[1:] for row in rows}
    assert by_label["Kontakte"] == ("1.234", "1.000", "+234")
    assert by_label["CSAT: zufriedene Kunden"] == ("60,0\xa0%", "55,0\xa0%", "+5,0 Pkt.")
    assert by_label["Median Wartezeit"] == ("13,3 Min.", "k. A.", "—")
