"""The Satisfaction page: the month's figures as `carebook stats` prints them, the change from the previous
month, other months on demand (computed off the UI thread), n/a for empty months, the staff table and
the month picker."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt

from carebook import metrics
from carebook.cli_format import stats_table
from carebook.clock import Month
from carebook.errors import StorageError
from carebook.metrics import NO_STAFF, StaffFigures, display_number
from tests.core import metrics_factory as make
from ui.context import AppContext
from ui.models.staff_figures_model import SORT_ROLE, StaffFiguresModel
from ui.pages.satisfaction import SatisfactionPage
from ui.widgets.month_picker import MonthPicker, month_label

MONTH = Month.current().shifted(-2)  # a past month: the picker does not go past this month
PREVIOUS = MONTH.prev()
TIMEOUT = 10_000


def at(month: Month, day: int = 15, hour: int = 12, minute: int = 0) -> str:
    """Mid-month noon UTC: inside the local month in any time zone."""
    return f"{month}-{day:02d} {hour:02d}:{minute:02d}:00"


@pytest.fixture
def seeded(ctx: AppContext) -> dict[str, int]:
    """Two months of activity: MONTH (the one shown) and PREVIOUS (for the changes)."""
    sam = make.staff("Sam Staff")
    ada = make.customer("Ada Lovelace", created_at=at(MONTH, 2))
    bob = make.customer("Bob Builder", created_at=at(PREVIOUS, 3))
    # MONTH: four inbound contacts (two resolved at once in 2 hours, one in 30 hours, one open), one outbound
    first = make.contact(
        ada, at(MONTH, 3), resolved_at=at(MONTH, 3, 14), first_contact=True, waited=5, staff_id=sam
    )
    make.contact(
        ada, at(MONTH, 4), channel="email", resolved_at=at(MONTH, 4, 14), first_contact=True, waited=10
    )
    make.contact(
        bob, at(MONTH, 5), channel="self_service", resolved_at=at(MONTH, 6, 18), waited=15, staff_id=sam
    )
    make.contact(bob, at(MONTH, 6))
    make.contact(bob, at(MONTH, 7), direction="outbound", staff_id=sam)
    for value in (5, 4, 2):
        make.score(ada, "csat", value, at(MONTH, 8), interaction_id=first)
    for value in (10, 9, 7, 3):
        make.score(bob, "nps", value, at(MONTH, 9))
    for value in (6, 7):
        make.score(bob, "ces", value, at(MONTH, 10))
    make.followup(ada, str(MONTH.first_day.replace(day=20)), done_at=at(MONTH, 19), assignee=sam)
    make.followup(bob, str(MONTH.first_day.replace(day=21)), done_at=at(MONTH, 25), assignee=sam)
    # PREVIOUS: two inbound contacts, one resolved at once; two happy CSAT scores; one NPS detractor
    make.contact(bob, at(PREVIOUS, 10), resolved_at=at(PREVIOUS, 10, 13), first_contact=True, waited=4)
    make.contact(bob, at(PREVIOUS, 11), channel="chat")
    for value in (5, 5):
        make.score(bob, "csat", value, at(PREVIOUS, 12))
    make.score(bob, "nps", 2, at(PREVIOUS, 12))
    return {"sam": sam, "ada": ada, "bob": bob}


@pytest.fixture
def page(ctx: AppContext, qtbot) -> Iterator[SatisfactionPage]:  # type: ignore[no-untyped-def]
    widget = SatisfactionPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 900)
    yield widget
    widget.shutdown()


def show_month(page: SatisfactionPage, qtbot, month: Month) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.loader.trend_ready, timeout=TIMEOUT):
        if page.month() == month:
            page.refresh()
        else:
            page.picker.set_month(month)
    assert page.figures is not None and page.figures.month == month


def stats_values(month: Month) -> dict[str, str]:
    """The value column of `carebook stats --month` (label -> value)."""
    values = {}
    for line in stats_table(metrics.month_summary(month)).splitlines():
        label, value = line[:30].strip(), line[30:39].strip()
        if label and value:
            values[label] = value
    return values


STATS_LABELS = {
    "csat": "CSAT %",
    "nps": "NPS",
    "ces": "CES (1-7, 7 = very easy)",
    "fcr": "First-contact resolution %",
    "wait": "Median wait (minutes)",
    "self_service": "Self-service %",
    "contacts": "Contacts",
    "new_customers": "New customers",
}


def test_tiles_show_the_figures_of_carebook_stats(page: SatisfactionPage, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    show_month(page, qtbot, MONTH)
    tiles = {key: tile.value_text() for key, tile in page.tiles.items()}
    assert tiles == {
        "csat": "66.7%",
        "nps": "25.0",
        "ces": "6.5",
        "fcr": "50.0%",
        "self_service": "20.0%",
        "resolution": "2.0 h",
        "wait": "10.0 min",
        "followups": "1 of 2",
        "contacts": "5",
        "new_customers": "1",
    }
    stats = stats_values(MONTH)
    for key, label in STATS_LABELS.items():
        assert tiles[key].removesuffix("%").removesuffix(" min") == stats[label], key
    summary = metrics.month_summary(MONTH)
    assert tiles["resolution"] == f"{display_number(summary.median_resolution_hours)} h"
    assert stats["Median resolution (hours)"] == "2.0"
    assert page.tiles["csat"].hint_text() == "3 responses"
    assert page.tiles["followups"].hint_text() == "50.0% done on time"  # no "overdue now" for a past month
    assert page.subtitle_label.text() == f"{month_label(MONTH)}, compared with {month_label(PREVIOUS)}"
    assert "CSAT" in page.tiles["csat"].toolTip() and "4 or 5" in page.tiles["csat"].toolTip()
    assert "very easy" in page.tiles["ces"].toolTip()
    assert page.tiles["csat"].accessibleName().startswith("Satisfaction (CSAT): 66.7%")
    assert not page.note_label.isVisibleTo(page)


def test_long_resolution_times_read_in_days_and_hours(page: SatisfactionPage, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    ada = make.customer("Ada", created_at=at(MONTH, 1))
    make.contact(ada, at(MONTH, 3, 8), resolved_at=at(MONTH, 5, 12, 20))  # 52 h 20 min
    show_month(page, qtbot, MONTH)
    assert page.tiles["resolution"].value_text() == "2 d 4 h"
    assert page.tiles["resolution"].hint_text().startswith("52.3 hours")
    assert stats_values(MONTH)["Median resolution (hours)"] == "52.3"


def test_each_tile_shows_the_change_from_the_previous_month(page: SatisfactionPage, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    show_month(page, qtbot, MONTH)
    csat = page.tiles["csat"].change()
    assert csat.text == "▼ −33.3 pts" and csat.trend == "worse"
    assert csat.spoken == f"down 33.3 pts from {month_label(PREVIOUS)} (worse)"
    nps = page.tiles["nps"].change()  # 25.0 against -100.0
    assert nps.text == "▲ +125.0" and nps.trend == "better"
    wait = page.tiles["wait"].change()  # 10 min against 4 min: longer waits are worse
    assert wait.text == "▲ +6.0 min" and wait.trend == "worse"
    contacts = page.tiles["contacts"].change()
    assert contacts.text == "▲ +3" and contacts.trend == "same"  # neither good nor bad
    assert page.tiles["ces"].change_text() == "—"  # no CES responses the month before
    assert page.tiles["followups"].change_text() == "—"
    assert page.tiles["ces"].change_label.property("trend") == "none"
    assert page.tiles["csat"].change_label.property("trend") == "worse"


def test_changing_the_month_recomputes_and_is_remembered(page: SatisfactionPage, seeded, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    show_month(page, qtbot, MONTH)
    with qtbot.waitSignal(page.loader.trend_ready, timeout=TIMEOUT):
        page.picker.previous_button.click()
    assert page.month() == PREVIOUS and page.figures is not None and page.figures.month == PREVIOUS
    assert page.tiles["csat"].value_text() == "100.0%"
    assert page.tiles["contacts"].value_text() == "2"
    assert page.tiles["nps"].value_text() == "-100.0"
    assert ctx.state.get("satisfaction/month") == str(PREVIOUS)
    assert page.trend is not None and page.trend.months[-1] == PREVIOUS
    with qtbot.waitSignal(page.loader.trend_ready, timeout=TIMEOUT):
        page.next_record()  # Alt+Down: the next month
    assert page.tiles["csat"].value_text() == "66.7%"

    again = SatisfactionPage(ctx)
    qtbot.addWidget(again)
    assert again.month() == MONTH  # remembered
    again.shutdown()
    with qtbot.waitSignal(page.loader.trend_ready, timeout=TIMEOUT):
        page.picker.set_month(Month.current())
    assert ctx.state.get("satisfaction/month") == ""  # "this month" follows the calendar


def test_a_month_without_data_shows_na_and_why(page: SatisfactionPage, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    empty = MONTH.shifted(-6)
    show_month(page, qtbot, empty)
    for key in ("csat", "nps", "ces", "fcr", "self_service", "resolution", "wait", "followups"):
        assert page.tiles[key].value_text() == "n/a", key
        assert page.tiles[key].change_text() == "—", key
    assert page.tiles["csat"].hint_text() == "no responses this month"
    assert page.tiles["fcr"].hint_text() == "no inbound contacts"
    assert page.tiles["contacts"].value_text() == "0"
    assert page.tiles["contacts"].change_text() == "= 0"
    assert page.note_label.isVisibleTo(page)
    assert page.csat_chart.is_empty() and page.channel_chart.is_empty() and page.nps_share.is_empty()
    assert page.channel_chart.accessibleDescription() == "No contacts in this month"


def test_charts_hold_the_months_figures(page: SatisfactionPage, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    show_month(page, qtbot, MONTH)
    points = page.csat_chart.points()
    assert len(points) == 12 and points[-1].name == month_label(MONTH)
    assert [p.value is None for p in points[:-2]] == [True] * 10  # gaps, not zeros
    assert points[-1].text == "66.7%" and points[-2].text == "100.0%"
    assert page.csat_chart.selected() == 11
    assert f"{month_label(MONTH)}: 66.7%" in page.csat_chart.accessibleDescription()
    assert page.nps_chart.points()[-1].text == "25.0"
    bars = {bar.label: bar.value for bar in page.channel_chart.bars()}
    assert bars == {
        "Phone": 3,
        "Email": 1,
        "In person": 0,
        "Social media": 0,
        "SMS": 0,
        "Chat": 0,
        "Self-service": 1,
    }
    assert "Phone: 3 · 60.0%" in page.channel_chart.accessibleDescription()
    parts = [(part.value, part.text) for part in page.nps_share.parts()]
    assert parts == [(2, "2 · 50.0%"), (1, "1 · 25.0%"), (1, "1 · 25.0%")]
    assert page.cards["nps_share"].caption_label.text() == "4 responses · NPS 25.0"


def test_staff_table_lists_each_member_and_sorts(
    page: SatisfactionPage, seeded, qtbot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    show_month(page, qtbot, MONTH)
    qtmodeltester.check(page.staff_model)
    qtmodeltester.check(page.staff_proxy)
    proxy = page.staff_proxy

    def column(col: int) -> list[str]:
        return [proxy.index(row, col).data() for row in range(proxy.rowCount())]

    assert column(0) == ["Sam Staff", "(no staff)", "Olivia Owner"]  # most contacts first
    sam = column(0).index("Sam Staff")
    assert [proxy.index(sam, c).data() for c in range(7)] == [
        "Sam Staff",
        "3",
        "2",
        "50.0%",
        "66.7%",
        "3",
        "1 of 2",
    ]
    assert proxy.index(2, 3).data() == "n/a"  # Olivia: no inbound contacts
    page.staff_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert column(0) == ["(no staff)", "Olivia Owner", "Sam Staff"]
    page.staff_view.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # CSAT %: n/a sorts last
    assert column(0)[0] == "Sam Staff" and column(4)[1:] == ["n/a", "n/a"]
    assert page.staff_view.height() >= page.staff_view.rowHeight(0) * 3  # every row shows, no inner scrolling


def test_staff_model_cells_and_roles(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = StaffFiguresModel()
    rows = [
        StaffFigures(1, "Ingrid Ødegård", 10, 8, 62.5, 83.33333, 6, 4, 3),
        StaffFigures(None, NO_STAFF, 2, 2, None, None, 0, 0, 0),
    ]
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.index(0, 4).data() == "83.3%"
    assert model.index(0, 6).data() == "3 of 4"
    assert model.index(1, 6).data() == "—"
    assert model.index(1, 0).data() == "(no staff)"
    assert model.index(1, 4).data(SORT_ROLE) < model.index(0, 4).data(SORT_ROLE)
    assert "3 of 4 follow-ups done on time (75.0%)" in model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(3, Qt.Orientation.Horizontal) == "FCR %"
    assert model.rowCount(model.index(0, 0)) == 0 and model.data(QModelIndex()) is None
    model.set_rows([])
    qtmodeltester.check(model)


def test_stale_answers_are_dropped_and_updating_shows(
    page: SatisfactionPage, seeded, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    real = metrics.month_summary

    def slow(month: Month):  # type: ignore[no-untyped-def]
        if month == MONTH:
            release.wait(5)
        return real(month)

    monkeypatch.setattr(metrics, "month_summary", slow)
    shown: list[Month] = []
    page.loader.figures_ready.connect(lambda figures: shown.append(figures.month))
    page.picker.set_month(MONTH)
    qtbot.waitUntil(lambda: page.updating_label.text() == "Updating…", timeout=TIMEOUT)
    with qtbot.waitSignal(page.loader.trend_ready, timeout=TIMEOUT):
        page.picker.set_month(PREVIOUS)  # while MONTH is still being worked out
        release.set()
    assert shown == [PREVIOUS]
    assert page.figures is not None and page.figures.month == PREVIOUS
    assert page.tiles["csat"].value_text() == "100.0%"
    qtbot.waitUntil(lambda: page.updating_label.text() == "")


def test_a_storage_error_shows_a_plain_message(
    page: SatisfactionPage, seeded, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    def broken(month: Month):  # type: ignore[no-untyped-def]
        raise StorageError("The disk reported an error while reading or writing the database.")

    monkeypatch.setattr(metrics, "staff_figures", broken)
    with qtbot.waitSignal(page.loader.failed, timeout=TIMEOUT):
        page.picker.set_month(MONTH)
    assert page.error_label.isVisibleTo(page)
    assert "disk reported an error" in page.error_label.text()
    assert not page.loader.busy
    monkeypatch.undo()
    show_month(page, qtbot, MONTH)
    assert not page.error_label.isVisibleTo(page)


def test_the_main_window_shows_the_page(main_window, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = main_window.page("satisfaction")
    assert isinstance(page, SatisfactionPage)
    with qtbot.waitSignal(page.loader.trend_ready, timeout=TIMEOUT):
        main_window.show_page("satisfaction")
    assert page.figures is not None and page.figures.month == Month.current()
    page.focus_default()
    qtbot.waitUntil(lambda: page.picker.month_combo.hasFocus())
    with qtbot.waitSignal(page.loader.trend_ready, timeout=TIMEOUT):
        qtbot.keyClick(page.picker.month_combo, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert page.month() == Month.current().prev()


def test_the_page_reflows_for_narrow_windows(page: SatisfactionPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.tile_grid.columns() == 5)
    assert all(row.side_by_side() for row in page.chart_rows)
    page.resize(560, 800)
    qtbot.waitUntil(lambda: page.tile_grid.columns() == 2)
    assert not any(row.side_by_side() for row in page.chart_rows)
    body = page.scroll.widget()
    assert body.width() <= page.scroll.viewport().width()  # nothing cut off at the right
    assert page.minimumSizeHint().width() < 560


# -- the month picker --------------------------------------------------------------------------------
def test_month_picker_steps_and_emits(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = MonthPicker(Month(2026, 1))
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.monthChanged) as signal:
        picker.previous_button.click()
    assert signal.args == [Month(2025, 12)]
    assert picker.month_combo.currentText() == "December" and picker.year_combo.currentText() == "2025"
    with qtbot.waitSignal(picker.monthChanged) as signal:
        picker.next_button.click()
    assert signal.args == [Month(2026, 1)]
    with qtbot.assertNotEmitted(picker.monthChanged):
        picker.set_month(Month(2026, 1))
    assert picker.label() == "January 2026"
    assert picker.accessibleName() == "Month shown: January 2026"
    assert picker.previous_button.accessibleName() == "Previous month"


def test_month_picker_combos_choose_a_month(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = MonthPicker(Month(2026, 5))
    qtbot.addWidget(picker)
    picker.show()
    with qtbot.waitSignal(picker.monthChanged) as signal:
        picker.month_combo.setCurrentIndex(2)
        picker.month_combo.activated.emit(2)
    assert signal.args == [Month(2026, 3)]
    index = picker.year_combo.findData(2024)
    with qtbot.waitSignal(picker.monthChanged) as signal:
        picker.year_combo.setCurrentIndex(index)
        picker.year_combo.activated.emit(index)
    assert signal.args == [Month(2024, 3)]
    picker.set_month(Month(1999, 7))  # outside the listed years: the list grows
    assert picker.year_combo.currentText() == "1999" and picker.month_combo.currentText() == "July"


def test_month_picker_keeps_inside_its_range(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = MonthPicker(Month(2026, 3), maximum=Month(2026, 3), minimum=Month(2025, 11))
    qtbot.addWidget(picker)
    assert not picker.next_button.isEnabled() and picker.previous_button.isEnabled()
    picker.set_month(Month(2027, 1))
    assert picker.month() == Month(2026, 3)
    picker.set_month(Month(2020, 1))
    assert picker.month() == Month(2025, 11) and not picker.previous_button.isEnabled()
    assert [picker.year_combo.itemText(i) for i in range(picker.year_combo.count())] == ["2026", "2025"]
    picker.year_combo.setCurrentIndex(0)
    picker.year_combo.activated.emit(0)  # November 2026 is past the maximum: clamped
    assert picker.month() == Month(2026, 3)


def test_a_month_in_progress_is_compared_with_the_same_days_of_the_month_before(
    ctx: AppContext, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.today_support import Clock

    Clock(monkeypatch, "2026-12-07 10:00")  # Oslo; December is in progress
    ada = make.customer("Ada", created_at="2026-10-01 10:00:00")
    for day in (2, 3, 6):
        make.contact(ada, f"2026-12-{day:02d} 09:00:00")
    for day in (1, 4, 5, 7, 8, 15, 20, 28):  # 4 in November's first 7 days, 8 in the whole month
        make.contact(ada, f"2026-11-{day:02d} 09:00:00")
    make.followup(ada, "2026-12-01")  # overdue now
    page = SatisfactionPage(ctx)
    qtbot.addWidget(page)
    december = Month(2026, 12)
    show_month(page, qtbot, december)

    assert page.subtitle_label.text() == (
        "December 2026 so far (days 1–7), compared with the same days of November 2026"
    )
    contacts = page.tiles["contacts"].change()
    assert page.tiles["contacts"].value_text() == "3"
    assert contacts.text == "▼ −1"  # against November 1-7 (4), not all of November (8)
    assert contacts.spoken == "down 1 from the same days of November 2026"
    assert page.tiles["followups"].hint_text().endswith("1 overdue now")

    show_month(page, qtbot, Month(2026, 11))  # a finished month: whole against whole, no "now"
    assert page.subtitle_label.text() == "November 2026, compared with October 2026"
    assert page.tiles["contacts"].value_text() == "8"
    assert "overdue" not in page.tiles["followups"].hint_text()
    page.shutdown()
