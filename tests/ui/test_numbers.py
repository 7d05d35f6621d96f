"""Figures on screen as the counter's language writes them (issue 21: "60,0 %" in German and French)."""

from __future__ import annotations

from carebook import i18n
from ui import numbers
from ui.pages import satisfaction_figures


def test_percentages_and_decimals_follow_the_language() -> None:
    assert numbers.percent(60.0) == "60.0%"
    assert numbers.number(3.25) == "3.3"  # half away from zero, as every figure
    with i18n.using("de"):
        assert numbers.percent(60.0) == "60,0\xa0%"
        assert numbers.number(3.25) == "3,3"
        assert numbers.number(None) == "k. A."
    with i18n.using("fr"):
        assert numbers.percent(60.0).startswith("60,0") and numbers.percent(60.0).endswith("%")


def test_a_satisfaction_tile_and_its_change_in_german() -> None:
    with i18n.using("de"):
        assert satisfaction_figures.percent(77.5) == "77,5\xa0%"
        assert satisfaction_figures.duration_text(3.5).startswith("3,5")
