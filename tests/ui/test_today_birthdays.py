"""The Today page's "Birthdays this week" line: the customers by name, each a link that opens them."""

from __future__ import annotations

from datetime import date

import pytest

from carebook.services import customers
from tests.ui.today_support import Clock
from ui.context import AppContext
from ui.pages.today import TodayPage


@pytest.fixture
def page(ctx: AppContext, qtbot, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    Clock(monkeypatch, "2026-03-10 10:00")  # a Tuesday
    widget = TodayPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()


def _refresh(page: TodayPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()


def test_no_line_without_birthdays(page: TodayPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    customers.create("Ola", birthday=date(1980, 6, 1))
    _refresh(page, qtbot)
    assert page.birthday_names() == [] and page.birthdays_label.isHidden()


def test_the_line_names_this_weeks_birthdays_and_opens_a_customer(
    page: TodayPage, ctx: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    kari = customers.create("Kari <Nordmann>", birthday=date(1985, 3, 12)).row
    customers.create("Tove", birthday=date(1990, 3, 10))
    _refresh(page, qtbot)
    assert page.birthday_names() == ["Tove", "Kari <Nordmann>"]
    text = page.birthdays_label.text()
    assert text.startswith("Birthdays this week: ") and "Kari &lt;Nordmann&gt;" in text and "turns 41" in text
    with qtbot.waitSignal(ctx.customer_requested) as shown:
        page.birthdays_label.linkActivated.emit(str(kari.id))
    assert shown.args == [kari.id]
