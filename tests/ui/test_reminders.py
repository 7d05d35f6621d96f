"""Reminders that remind: a follow-up falling due shows the banner once, updates the Today badge, reaches
the system tray where there is one; stay-in-touch follow-ups are planned at start-up and once a day."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette

from carebook.services import customers, followups
from tests.ui.today_support import Clock, utc
from ui import reminders as reminders_module
from ui.context import AppContext
from ui.reminders import Reminders
from ui.widgets.reminder_banner import ReminderBanner


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch, db) -> Clock:  # type: ignore[no-untyped-def]
    return Clock(monkeypatch, "2026-03-10 13:59:30")


@pytest.fixture
def banner(qtbot) -> ReminderBanner:  # type: ignore[no-untyped-def]
    widget = ReminderBanner()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def reminders(ctx: AppContext, banner: ReminderBanner, clock: Clock, qtbot):  # type: ignore[no-untyped-def]
    watcher = Reminders(ctx, banner)
    watcher.start()
    yield watcher
    watcher.stop()


def due_at(name: str, when: time, assignee_id: int | None = None, note: str = "Ring back") -> int:
    customer = customers.create(name).row.id
    return followups.create(
        customer, due_on=date(2026, 3, 10), due_time=when, note=note, assignee_id=assignee_id
    ).id


def test_a_followup_falling_due_shows_the_banner_once(
    reminders: Reminders, banner: ReminderBanner, clock: Clock, ctx: AppContext, owner, qtbot
) -> None:  # type: ignore[no-untyped-def]
    due_at("Anna Andersen", time(14, 0), owner.id, note="Ring about the brakes\nsecond line")
    announced: list[list[object]] = []
    reminders.fell_due.connect(announced.append)
    ctx.minute_tick.emit()  # 13:59:30: not yet
    assert announced == [] and banner.isHidden()

    clock.set("2026-03-10 14:00:30")
    ctx.minute_tick.emit()
    assert len(announced) == 1
    assert [row.customer_name for row in announced[0]] == ["Anna Andersen"]  # type: ignore[attr-defined]
    assert not banner.isHidden()
    assert banner.title_label.text() == "Follow-up due:"
    assert "Anna Andersen" in banner.text() and "Ring about the brakes" in banner.text()
    assert "second line" not in banner.text()

    clock.set("2026-03-10 14:01:30")
    ctx.minute_tick.emit()
    ctx.minute_tick.emit()
    assert len(announced) == 1  # not twice
    assert len(banner.rows) == 1


def test_only_the_counter_persons_and_unassigned_followups_remind(
    reminders: Reminders, banner: ReminderBanner, clock: Clock, ctx: AppContext, owner
) -> None:  # type: ignore[no-untyped-def]
    from carebook.services import staff

    sam = staff.add("Sam Staff", "staff")
    due_at("Anna Andersen", time(14, 0), sam.id)
    due_at("Ben Berg", time(14, 0), None, note="Quote")
    due_at("Cleo Chen", time(14, 0), owner.id, note="Order")
    clock.set("2026-03-10 14:00:10")
    rows = reminders.check()
    assert [row.customer_name for row in rows] == ["Ben Berg", "Cleo Chen"]
    assert banner.title_label.text() == "2 follow-ups due:"
    assert "Ben Berg" in banner.text() and "Cleo Chen" in banner.text()


def test_many_at_once_and_open_today(
    reminders: Reminders, banner: ReminderBanner, clock: Clock, ctx: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    for name in ("Anna Andersen", "Ben Berg", "Cleo Chen", "Dan Dahl"):
        due_at(name, time(14, 0))
    clock.set("2026-03-10 14:00:10")
    reminders.check()
    assert banner.text().endswith("and 2 more")
    with qtbot.waitSignal(ctx.page_requested) as requested:
        qtbot.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)
    assert requested.args == ["today"]
    assert banner.isHidden() and banner.rows == []


def test_the_banner_can_be_dismissed(
    reminders: Reminders, banner: ReminderBanner, clock: Clock, qtbot
) -> None:  # type: ignore[no-untyped-def]
    due_at("Anna Andersen", time(14, 0))
    clock.set("2026-03-10 14:00:10")
    reminders.check()
    assert banner.close_button.accessibleName()
    with qtbot.waitSignal(banner.dismissed):
        qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert banner.isHidden()


def test_a_name_in_another_script_keeps_the_line_in_reading_order(banner: ReminderBanner, db) -> None:  # type: ignore[no-untyped-def]
    customer = customers.create("דוד מזרחי").row.id
    row = followups.create(customer, due_on=date(2026, 3, 10), note="Call back")
    banner.show_rows([row])
    text = banner.text_label.full_text()
    assert text.startswith("\u200e\u2068דוד מזרחי\u2069")  # left-to-right line, the name isolated
    assert text.endswith("— Call back")


def test_banner_icons_are_drawn_on_first_show_and_for_a_new_palette(banner: ReminderBanner, db) -> None:  # type: ignore[no-untyped-def]
    assert banner.icon_label.pixmap().isNull()  # hidden at start-up: nothing drawn yet
    customer = customers.create("Ava Evans").row.id
    banner.show_rows([followups.create(customer, due_on=date(2026, 3, 10), note="Ring back")])
    assert not banner.icon_label.pixmap().isNull() and not banner.close_button.icon().isNull()
    before = banner.icon_label.pixmap().toImage()
    palette = banner.palette()
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ff0000"))
    banner.setPalette(palette)
    after = banner.icon_label.pixmap().toImage()
    assert after != before  # redrawn in the new ink


class FakeTray(QObject):
    messageClicked = Signal()
    activated = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []
        self.shown = False

    def setToolTip(self, text: str) -> None:
        self.tip = text

    def show(self) -> None:
        self.shown = True

    def hide(self) -> None:
        self.shown = False

    def showMessage(self, title: str, body: str, *_args: object) -> None:
        self.messages.append((title, body))


def test_no_tray_icon_where_the_desktop_has_no_tray(reminders: Reminders, clock: Clock) -> None:
    assert not reminders_module.tray_available()  # the offscreen test platform has none
    due_at("Anna Andersen", time(14, 0))
    clock.set("2026-03-10 14:00:10")
    assert reminders.check()
    assert reminders.tray is None


def test_a_tray_notification_where_there_is_a_tray(
    reminders: Reminders,
    banner: ReminderBanner,
    clock: Clock,
    ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(reminders_module, "tray_available", lambda: True)
    made: list[FakeTray] = []
    reminders.make_tray = lambda: made.append(FakeTray()) or made[-1]  # type: ignore[assignment,return-value]
    due_at("Anna Andersen", time(14, 0), note="Ring about the brakes")
    due_at("Ben Berg", time(14, 5))
    due_at("Cleo Chen", time(14, 5))
    clock.set("2026-03-10 14:00:10")
    reminders.check()
    clock.set("2026-03-10 14:05:10")
    reminders.check()
    assert len(made) == 1 and made[0].shown  # made once, on first use
    assert made[0].messages == [
        ("Follow-up due: Anna Andersen", "Ring about the brakes"),
        ("2 follow-ups are due", "Ben Berg, Cleo Chen"),
    ]
    with qtbot.waitSignal(ctx.page_requested) as requested:
        made[0].messageClicked.emit()
    assert requested.args == ["today"]
    assert banner.isHidden()
    reminders.stop()
    assert not made[0].shown


def test_stay_in_touch_is_planned_at_start_up_and_once_a_day(
    ctx: AppContext, banner: ReminderBanner, clock: Clock, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    quiet = customers.create("Quiet Quinn", contact_every_days=30, created_at=utc("2026-01-01 10:00")).row.id
    calls: list[date | None] = []
    real = followups.schedule_stay_in_touch
    monkeypatch.setattr(
        followups, "schedule_stay_in_touch", lambda today=None: calls.append(today) or real(today)
    )
    watcher = Reminders(ctx, banner)
    with qtbot.waitSignal(ctx.data_changed):  # a follow-up was planned: the pages refresh
        watcher.start()
    try:
        assert calls == [date(2026, 3, 10)]
        planned = followups.for_customer(quiet)
        assert [(row.due_on, row.origin) for row in planned] == [(date(2026, 3, 10), "stay_in_touch")]
        clock.set("2026-03-10 18:00")
        ctx.minute_tick.emit()
        assert calls == [date(2026, 3, 10)]  # not again the same day
        clock.set("2026-03-11 08:00")
        ctx.minute_tick.emit()
        qtbot.waitUntil(lambda: not watcher.jobs.busy())  # planned off the UI thread
        assert calls == [date(2026, 3, 10), date(2026, 3, 11)]
        assert len(followups.for_customer(quiet)) == 1  # still open: nothing new
    finally:
        watcher.stop()
    ctx.minute_tick.emit()
    assert len(calls) == 2  # stopped: no more checks


def test_planning_that_fails_is_logged_and_said_in_the_status_bar(
    ctx: AppContext, banner: ReminderBanner, clock: Clock, monkeypatch: pytest.MonkeyPatch, qtbot, caplog
) -> None:  # type: ignore[no-untyped-def]
    def broken(today=None):  # type: ignore[no-untyped-def]
        raise RuntimeError("the calendar fell over")

    monkeypatch.setattr(followups, "schedule_stay_in_touch", broken)
    said: list[str] = []
    ctx.status_message.connect(said.append)
    watcher = Reminders(ctx, banner)
    try:
        watcher.start()
        qtbot.waitUntil(lambda: bool(said))
    finally:
        watcher.stop()
    assert said == ["Stay-in-touch follow-ups were not planned: RuntimeError: the calendar fell over"]
    assert "background job stay_in_touch failed" in caplog.text and "the calendar fell over" in caplog.text


def test_the_main_window_plans_stay_in_touch_after_its_first_paint(
    ctx: AppContext, clock: Clock, owner, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """The planning write waits until the window is up, then happens without any further step."""
    from ui.main_window import MainWindow

    quiet = customers.create("Quiet Quinn", contact_every_days=30, created_at=utc("2026-01-01 10:00")).row.id
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert not followups.for_customer(quiet)  # not while the window is being built
    window.show()
    qtbot.waitUntil(lambda: len(followups.for_customer(quiet)) == 1)
    assert followups.for_customer(quiet)[0].origin == "stay_in_touch"
    window.shutdown()


def test_the_main_window_shows_the_banner_and_updates_the_badge(
    ctx: AppContext, clock: Clock, owner, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    due_at("Anna Andersen", time(14, 0), owner.id, note="Ring about the brakes")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.show_page("customers")
        assert window.banner.isHidden()
        qtbot.waitUntil(lambda: window.sidebar.badge(0) == 1)  # due today (counted off the UI thread)
        clock.set("2026-03-10 14:00:30")
        with qtbot.waitSignal(window.reminders.fell_due):
            window._on_minute()  # what the window's minute timer does
        assert window.banner.isVisible()
        assert "Anna Andersen — Ring about the brakes" in window.banner.text()
        assert window.sidebar.badge(0) == 1  # now overdue: still counted
        qtbot.mouseClick(window.banner.open_button, Qt.MouseButton.LeftButton)
        assert window.current_page().page_id == "today"
        assert window.banner.isHidden()
    finally:
        window.shutdown()


def test_the_clock_going_back_announces_nothing(reminders: Reminders, clock: Clock) -> None:
    due_at("Anna Andersen", time(13, 30))
    clock.set("2026-03-10 13:00")
    assert reminders.check() == []
    clock.set("2026-03-10 13:31")
    assert [row.customer_name for row in reminders.check()] == ["Anna Andersen"]


POLISH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context><name>Reminders</name>
 <message><source>Follow-up due: {0}</source><translation>Termin kontaktu: {0}</translation></message>
 <message numerus="yes"><source>%n follow-ups are due</source><translation>
  <numerusform>%n kontakt do wykonania</numerusform><numerusform>%n kontakty do wykonania</numerusform>
  <numerusform>%n kontaktów do wykonania</numerusform></translation></message>
</context>
</TS>
"""


def test_tray_notifications_speak_the_counters_language(
    reminders: Reminders, clock: Clock, monkeypatch: pytest.MonkeyPatch, qtbot, qapp, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys
    from pathlib import Path

    from ui import languages

    (tmp_path / "carebook_pl.ts").write_text(POLISH, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(tmp_path / "carebook_pl.ts")], check=True, timeout=60)
    monkeypatch.setattr(languages, "folder", lambda: tmp_path)
    monkeypatch.setattr(reminders_module, "tray_available", lambda: True)
    made: list[FakeTray] = []
    reminders.make_tray = lambda: made.append(FakeTray()) or made[-1]  # type: ignore[assignment,return-value]
    languages.apply(qapp, "pl")
    try:
        due_at("Anna Andersen", time(14, 0), note="")
        for name in ("Ben", "Cleo", "Dag", "Eva", "Frida"):
            due_at(name, time(14, 5))
        clock.set("2026-03-10 14:00:10")
        reminders.check()
        clock.set("2026-03-10 14:05:10")
        reminders.check()
    finally:
        languages.apply(qapp, languages.SOURCE)
    titles = [title for title, _body in made[0].messages]
    assert titles == ["Termin kontaktu: Anna Andersen", "5 kontaktów do wykonania"]  # Polish's "many" form
