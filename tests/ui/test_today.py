"""The Today page: the right cards for the person at the counter or everyone, one-click Done and Snooze
(with Undo), "Log this follow-up", counters, the empty state, the badge and the keyboard."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt

from carebook import clock as core_clock
from carebook.services import followups, interactions
from tests.ui.today_support import Clock, Shop, make_shop, utc
from ui.context import AppContext
from ui.dialogs import launcher
from ui.pages.today import TodayPage
from ui.widgets import followup_text as words
from ui.widgets.followup_list import BATCH


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch, db) -> Clock:  # type: ignore[no-untyped-def]
    return Clock(monkeypatch, "2026-03-10 10:00")  # a Tuesday


@pytest.fixture
def shop(clock: Clock, owner) -> Shop:  # type: ignore[no-untyped-def]
    return make_shop(owner)


@pytest.fixture
def page(ctx: AppContext, qtbot):  # type: ignore[no-untyped-def]
    widget = TodayPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    idle(qtbot, widget)
    yield widget
    widget.shutdown()


def idle(qtbot, page: TodayPage) -> None:  # type: ignore[no-untyped-def]
    """Wait until the page has shown what it read (reading happens off the UI thread)."""
    qtbot.waitUntil(lambda: not page.jobs.busy() and not page.list.is_filling(), timeout=5000)


def names(page: TodayPage) -> list[str]:
    return [card.name_label.full_text() for card in page.card_widgets()]


def card_for(page: TodayPage, followup_id: int):  # type: ignore[no-untyped-def]
    return next(card for card in page.card_widgets() if card.followup_id == followup_id)


def test_cards_of_the_person_at_the_counter_then_everyone(
    shop: Shop, page: TodayPage, ctx: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert names(page) == ["Anna Andersen", "Ben Berg"]  # the owner's and the unassigned; not Sam's
    assert page.mine_button.isChecked()
    assert "follow-ups for Olivia Owner and unassigned ones" in page.subtitle_label.text()
    assert "Tuesday 10 March" in page.subtitle_label.text()

    qtbot.mouseClick(page.everyone_button, Qt.MouseButton.LeftButton)
    idle(qtbot, page)
    assert names(page) == ["Anna Andersen", "Ben Berg", "Cleo Chen"]
    assert ctx.state.get("today/everyone") is True
    cleo = card_for(page, shop.sams_id)
    assert "For Sam Staff" in cleo.reach_label.text()
    assert "Unassigned" in card_for(page, shop.due_at_two_id).reach_label.text()

    again = TodayPage(ctx)  # the choice is remembered
    qtbot.addWidget(again)
    again.refresh()
    idle(qtbot, again)
    assert again.everyone_button.isChecked()
    assert len(again.card_widgets()) == 3
    qtbot.mouseClick(again.mine_button, Qt.MouseButton.LeftButton)
    idle(qtbot, again)
    assert ctx.state.get("today/everyone") is False
    assert len(again.card_widgets()) == 2
    again.shutdown()


def test_a_card_shows_what_a_reminder_needs(shop: Shop, page: TodayPage) -> None:
    anna = card_for(page, shop.overdue_id)
    assert anna.due_label.text() == "Overdue by 3 days"
    assert anna.note_label.text() == "Ring about the brakes"
    assert anna.high_chip.isVisibleTo(anna)
    assert "020 7946 0001" in anna.reach_label.text()
    assert "anna@example.com" in anna.reach_label.text()
    assert "Olivia" not in anna.reach_label.text()  # her own: no "For ..."
    assert anna.score_label.text() == "Last score CSAT 4/5"
    assert anna.open_label.text() == "1 open contact"
    lines = anna.contact_lines
    assert [line.channel_label.text() for line in lines] == ["Phone", "SMS", "In person"]  # newest first
    assert [line.date_label.text() for line in lines] == ["Yesterday", "5 Mar", "20 Feb"]
    assert lines[0].summary_label.full_text().startswith("Rang about the squeaking brakes")
    assert lines[0].summary_label.full_text().endswith("(open)")
    assert lines[0].summary_label.toolTip()  # the long summary is elided; the whole text is a tooltip
    assert lines[1].summary_label.full_text() == "Bike ready for pick-up"

    ben = card_for(page, shop.due_at_two_id)
    assert ben.due_label.text() == f"Due at {words.short_time(time(14, 0))}"
    assert not ben.high_chip.isVisibleTo(ben)
    assert ben.no_contacts.isVisibleTo(ben)
    assert ben.score_label.text() == "No scores yet"
    assert ben.open_label.text() == "No open contacts"
    assert page.list.overdue_title.text() == "Overdue · 1"
    assert page.list.due_title.text() == "Due today · 1"


def test_counters(shop: Shop, page: TodayPage, ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    # one contact just after local midnight (still the previous day in UTC), one just before it
    interactions.log(shop.ben, channel="phone", occurred_at=utc("2026-03-10 00:30"), staff_id=shop.owner.id)
    interactions.log(shop.ben, channel="email", occurred_at=utc("2026-03-09 23:30"), staff_id=shop.owner.id)
    interactions.log(shop.cleo, channel="chat", occurred_at=utc("2026-03-10 08:00"), staff_id=shop.sam.id)
    page.refresh()
    idle(qtbot, page)
    assert page.contacts_tile.value() == 1  # the owner's, today
    assert page.contacts_tile.caption_label.text() == "Your contacts today"
    assert page.open_tile.value() == 2  # the owner's open ones, of any day
    assert page.overdue_tile.value() == 1
    assert page.due_tile.value() == 1
    assert page.overdue_tile.value_label.property("alert") is True
    page.set_everyone(True)
    idle(qtbot, page)
    assert page.contacts_tile.value() == 2
    assert page.contacts_tile.caption_label.text() == "Contacts today"
    assert page.open_tile.value() == 4  # Anna's (logged by nobody), Ben's two and Cleo's
    assert (page.overdue_tile.value(), page.due_tile.value()) == (1, 2)
    assert page.contacts_tile.accessibleName() == "Contacts today: 2"


def test_done_marks_it_done_removes_the_card_and_can_be_undone(
    shop: Shop, page: TodayPage, ctx: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    anna = card_for(page, shop.overdue_id)
    with qtbot.waitSignal(ctx.data_changed), qtbot.waitSignal(page.badge_changed) as badge:
        qtbot.mouseClick(anna.done_button, Qt.MouseButton.LeftButton)
        assert names(page) == ["Ben Berg"]  # gone at once, before the page is read again
    idle(qtbot, page)
    row = followups.get(shop.overdue_id)
    assert row.done_at == core_clock.utc_now()
    assert row.done_by_id == shop.owner.id
    assert names(page) == ["Ben Berg"]
    assert badge.args == [1]
    assert page.overdue_tile.value() == 0
    assert page.undo_bar.isVisible()
    assert "Marked done: Anna Andersen — Ring about the brakes" in page.undo_bar.message_label.full_text()

    with qtbot.waitSignal(ctx.data_changed):
        qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    idle(qtbot, page)
    assert followups.get(shop.overdue_id).done_at is None
    assert names(page) == ["Anna Andersen", "Ben Berg"]
    assert not page.undo_bar.isVisible()


@pytest.mark.parametrize(
    ("preset", "due_on", "due_time", "still_shown"),
    [
        ("1h", date(2026, 3, 10), time(11, 0), True),  # back later today: the card stays, due at 11:00
        ("tomorrow", date(2026, 3, 11), time(9, 0), False),
        ("next_week", date(2026, 3, 16), time(9, 0), False),  # the next Monday
    ],
)
def test_snooze_presets_move_the_due_date(
    shop: Shop,
    page: TodayPage,
    ctx: AppContext,
    qtbot,
    preset: str,
    due_on: date,
    due_time: time,
    still_shown: bool,
) -> None:  # type: ignore[no-untyped-def]
    anna = card_for(page, shop.overdue_id)
    anna.snooze_menu.update_times()
    assert anna.snooze_menu.preset_actions[preset].text().split("\t")[1]  # says when it comes back
    with qtbot.waitSignal(ctx.data_changed):
        anna.snooze_menu.preset_actions[preset].trigger()
    idle(qtbot, page)
    row = followups.get(shop.overdue_id)
    assert (row.due_on, row.due_time) == (due_on, due_time)
    assert ("Anna Andersen" in names(page)) is still_shown
    if still_shown:
        assert card_for(page, shop.overdue_id).due_label.text().startswith("Due at")
        assert page.list.overdue_title.isHidden()
    assert page.undo_bar.message_label.full_text().startswith("Snoozed until")
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    idle(qtbot, page)
    row = followups.get(shop.overdue_id)
    assert (row.due_on, row.due_time) == (date(2026, 3, 7), None)
    assert card_for(page, shop.overdue_id).due_label.text() == "Overdue by 3 days"


def test_snooze_to_a_picked_date_and_time(shop: Shop, page: TodayPage, ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate, QTime

    from ui.dialogs.snooze_dialog import SnoozeDialog

    card_for(page, shop.due_at_two_id).snooze_menu.pick_action.trigger()
    dialog = page.findChild(SnoozeDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.due_on.date() == QDate(2026, 3, 11)  # tomorrow by default
    assert dialog.timed.isChecked() and dialog.due_time.time() == QTime(14, 0)  # it had a time
    dialog.due_on.setDate(QDate(2026, 3, 10))
    dialog.due_time.setTime(QTime(9, 30))  # earlier today: already past
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "already passed" in dialog.form.error_text("due_time")
    assert dialog.isVisible()
    assert followups.get(shop.due_at_two_id).due_time == time(14, 0)

    dialog.due_on.setDate(QDate(2026, 3, 12))
    dialog.timed.setChecked(False)
    with qtbot.waitSignal(ctx.data_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, page)
    row = followups.get(shop.due_at_two_id)
    assert (row.due_on, row.due_time) == (date(2026, 3, 12), None)
    assert names(page) == ["Anna Andersen"]
    assert "Snoozed until Thu 12 Mar: Ben Berg" in page.undo_bar.message_label.full_text()


def test_log_this_followup_opens_the_contact_dialog_for_it(
    shop: Shop, page: TodayPage, ctx: AppContext, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[object, ...]] = []
    monkeypatch.setattr(
        launcher, "open_contact_dialog", lambda *args, **kwargs: calls.append((*args, kwargs))
    )
    qtbot.mouseClick(card_for(page, shop.overdue_id).log_button, Qt.MouseButton.LeftButton)
    assert calls == [(ctx, page, {"customer_id": shop.anna, "followup_id": shop.overdue_id})]


def test_name_click_and_enter_open_the_customer(shop: Shop, page: TodayPage, ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    anna = card_for(page, shop.overdue_id)
    with qtbot.waitSignal(ctx.customer_requested) as clicked:
        qtbot.mouseClick(anna.name_label, Qt.MouseButton.LeftButton)
    assert clicked.args == [shop.anna]
    page.activateWindow()
    page.focus_default()
    qtbot.waitUntil(anna.hasFocus)
    page.next_record()
    ben = card_for(page, shop.due_at_two_id)
    assert ben.hasFocus()
    with qtbot.waitSignal(ctx.customer_requested) as entered:
        qtbot.keyClick(ben, Qt.Key.Key_Return)
    assert entered.args == [shop.ben]
    qtbot.keyClick(ben, Qt.Key.Key_Tab)
    assert ben.done_button.hasFocus()  # then Snooze and "Log this follow-up"
    page.previous_record()
    assert anna.hasFocus()


def test_done_moves_the_focus_to_the_next_card(shop: Shop, page: TodayPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.activateWindow()
    anna = card_for(page, shop.overdue_id)
    anna.done_button.setFocus()
    qtbot.waitUntil(anna.done_button.hasFocus)
    qtbot.keyClick(anna.done_button, Qt.Key.Key_Space)
    idle(qtbot, page)
    assert names(page) == ["Ben Berg"]
    qtbot.waitUntil(card_for(page, shop.due_at_two_id).hasFocus)


def test_empty_state_says_what_to_do_next(
    clock: Clock, page: TodayPage, ctx: AppContext, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from carebook.services import customers

    dan = customers.create("Dan Dahl").row.id
    followups.create(dan, due_on=date(2026, 3, 12), note="Soon")
    page.refresh()
    idle(qtbot, page)
    assert page.card_widgets() == []
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title_label.text() == "Nothing due — well done"
    assert "Log a contact" in page.empty.text_label.text()
    assert "1 follow-up is coming up in the next 7 days." in page.empty.text_label.text()
    assert (page.overdue_tile.value(), page.due_tile.value()) == (0, 0)
    opened: list[object] = []
    monkeypatch.setattr(launcher, "open_contact_dialog", lambda *args, **kwargs: opened.append(kwargs))
    qtbot.mouseClick(page.empty.buttons[0], Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    with qtbot.waitSignal(ctx.page_requested) as requested:
        qtbot.mouseClick(page.empty.buttons[1], Qt.MouseButton.LeftButton)
    assert requested.args == ["followups"]


def test_badge_counts_the_counter_persons_overdue_and_due_today(
    shop: Shop, page: TodayPage, ctx: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.badge_changed) as mine:
        page.update_badge()
    assert mine.args == [2]  # Anna's (overdue) and Ben's (unassigned, due at 14:00)
    with qtbot.waitSignal(page.badge_changed) as still:
        page.set_everyone(True)  # the badge stays the counter person's
    assert still.args == [2]
    page.hide()  # a hidden page counts the badge alone
    with qtbot.waitSignal(page.badge_changed) as hidden:
        page.update_badge()
    assert hidden.args == [2]
    page.show()
    with qtbot.waitSignal(page.badge_changed) as sams:
        ctx.set_staff(shop.sam)
    assert sams.args == [2]  # Cleo's and Ben's
    idle(qtbot, page)
    assert names(page) == ["Anna Andersen", "Ben Berg", "Cleo Chen"]  # still everyone's
    with qtbot.waitSignal(page.badge_changed) as nobody:
        ctx.set_staff(None)
    assert nobody.args == [3]
    assert not page.mine_button.isEnabled() and page.everyone_button.isChecked()


def test_a_minute_later_the_page_follows_the_clock(
    shop: Shop, page: TodayPage, ctx: AppContext, clock: Clock, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ben = card_for(page, shop.due_at_two_id)
    assert ben.due_label.text().startswith("Due at")
    clock.set("2026-03-10 14:01")
    ctx.minute_tick.emit()
    idle(qtbot, page)
    assert card_for(page, shop.due_at_two_id) is ben  # the same card, updated in place
    assert ben.due_label.text().startswith("Overdue since")
    assert page.list.due_title.isHidden() and page.list.overdue_title.text() == "Overdue · 2"
    assert page.overdue_tile.value() == 2


def test_the_window_opens_on_today_when_something_is_overdue(shop: Shop, ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    ctx.state.set("window/page", "reports")
    window = MainWindow(ctx)  # opens at once; Today is counted off the UI thread, then shown
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.current_page().page_id == "today", timeout=5000)
        today = window.current_page()
        assert isinstance(today, TodayPage)
        idle(qtbot, today)
        assert window.sidebar.badge(0) == 2
        assert names(today) == ["Anna Andersen", "Ben Berg"]
    finally:
        window.shutdown()
    followups.complete(shop.overdue_id)
    followups.snooze(shop.due_at_two_id, due_on=date(2026, 3, 20))
    ctx.state.set("window/page", "reports")
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    try:
        today = again.page("today")
        assert isinstance(today, TodayPage)
        idle(qtbot, today)
        assert again.current_page().page_id == "reports"  # nothing due: the remembered page
        assert again.sidebar.badge(0) == 0
    finally:
        again.shutdown()


def test_no_jump_to_today_once_the_user_has_moved_on(shop: Shop, ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    ctx.state.set("window/page", "reports")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    try:
        window.show_page("contacts")  # before the count arrives
        today = window.page("today")
        assert isinstance(today, TodayPage)
        idle(qtbot, today)
        assert window.current_page().page_id == "contacts"
        assert window.sidebar.badge(0) == 2
    finally:
        window.shutdown()


def test_only_a_page_of_cards_is_built_at_a_time(
    shop: Shop, ctx: AppContext, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from carebook.services import customers
    from ui.widgets import followup_list

    monkeypatch.setattr(followup_list, "PAGE", 2)
    for number in range(3):
        customer = customers.create(f"Late Customer {number}").row.id
        followups.create(customer, due_on=date(2026, 3, 1), note="Long overdue", assignee_id=shop.owner.id)
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    idle(qtbot, page)
    page.shutdown()
    assert len(page.card_widgets()) == 2
    assert page.list.overdue_title.text() == "Overdue · 4"  # every one counted
    assert page.overdue_tile.value() == 4 and page.due_tile.value() == 1
    assert page.list.more_label.text() == "Showing 2 of 5 follow-ups."
    qtbot.mouseClick(page.list.more_button, Qt.MouseButton.LeftButton)
    assert len(page.card_widgets()) == 4
    qtbot.mouseClick(page.list.more_button, Qt.MouseButton.LeftButton)
    assert names(page)[-1] == "Ben Berg"
    assert page.list.more_row.isHidden()


def test_more_due_than_loaded_points_to_the_followups_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from ui.widgets.followup_list import FollowupCardList

    cards = FollowupCardList()
    qtbot.addWidget(cards)
    cards.set_cards([], date(2026, 11, 23), None, totals=(412, 3))
    assert cards.overdue_title.text() == "Overdue · 412"
    assert not cards.more_row.isHidden()
    assert "Showing 0 of 415" in cards.more_label.text()
    assert cards.more_button.text() == "Open Follow-ups"
    with qtbot.waitSignal(cards.open_all):
        cards.more_button.click()


def shown_page_with_eight_due(shop: Shop, ctx: AppContext, qtbot) -> TodayPage:  # type: ignore[no-untyped-def]
    """A shown Today page (not read yet) over eight overdue follow-ups of the owner: more than two batches."""
    from carebook.services import customers

    for number in range(8):
        customer = customers.create(f"Waiting Customer {number}").row.id
        followups.create(customer, due_on=date(2026, 3, 1), note="Ring back", assignee_id=shop.owner.id)
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def test_cards_arrive_a_few_per_turn_and_loaded_waits_for_the_last(
    shop: Shop, ctx: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page = shown_page_with_eight_due(shop, ctx, qtbot)
    built_at_loaded: list[int] = []
    page.loaded.connect(lambda: built_at_loaded.append(len(page.card_widgets())))
    at_answer: list[tuple[int, bool, bool, int]] = []  # seen right after the page showed the answer

    def answered(key: str, _result: object) -> None:
        if key == "page":
            cards = page.list
            built = len(cards.card_widgets())
            at_answer.append((built, cards.is_filling(), cards.more_row.isHidden(), len(built_at_loaded)))

    page.jobs.finished.connect(answered)
    page.refresh()
    qtbot.waitUntil(lambda: bool(built_at_loaded), timeout=5000)
    # the answer was shown with only the first few cards built; the rest came on the next turns
    assert at_answer == [(BATCH, True, True, 0)]
    page.shutdown()
    expected = len(page.snapshot.cards) if page.snapshot else 0
    assert expected > 2 * BATCH
    assert built_at_loaded == [expected] and not page.list.is_filling()
    assert names(page) == [card.followup.customer_name for card in page.list.all_cards[:expected]]
    chain, widget = [], page.everyone_button.nextInFocusChain()
    for _ in range(4 * expected):  # Tab goes through every card and its buttons, in order
        if widget in page.card_widgets():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == page.card_widgets()


def test_a_new_style_rebuilds_the_cards_and_the_focused_one_gets_the_focus_back(
    shop: Shop, ctx: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page = shown_page_with_eight_due(shop, ctx, qtbot)
    qtbot.waitExposed(page)
    page.refresh()
    idle(qtbot, page)
    target = page.card_widgets()[2 * BATCH + 1]  # built on a later turn after a rebuild
    followup_id = target.followup_id
    target.setFocus()
    qtbot.waitUntil(target.hasFocus)
    answers: list[bool] = []
    page.loaded.connect(lambda: answers.append(True))
    page.list._rebuild()  # what a palette switch (light <-> dark) does
    qtbot.waitUntil(lambda: not page.list.is_filling())
    rebuilt = card_for(page, followup_id)
    assert rebuilt is not target and rebuilt.hasFocus()
    assert answers == []  # the same answer, built again: no new "loaded"
    page.list._rebuild()
    page.everyone_button.setFocus()  # the user moves on before that card is built again
    qtbot.waitUntil(lambda: not page.list.is_filling())
    page.shutdown()
    assert page.everyone_button.hasFocus()


def test_upcoming_follow_ups_are_folded_under_a_heading_and_unfold_with_a_click(
    shop: Shop, page: TodayPage, ctx: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    section = page.upcoming
    assert section.isVisible() and section.folded()  # folded by default
    assert section.toggle.text() == "Upcoming in the next 7 days (1)"
    assert not section.body.isVisible()
    qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
    assert section.body.isVisible() and ctx.state.get("today/upcoming_open") is True
    assert "tomorrow" in section.body.text() and "Dan Dahl" in section.body.text()
    assert "Remind about the invoice" in section.body.text()
    with qtbot.waitSignal(ctx.customer_requested) as shown:
        section.body.linkActivated.emit(str(shop.dan))
    assert shown.args == [shop.dan]
    again = TodayPage(ctx)  # the choice is remembered
    qtbot.addWidget(again)
    assert not again.upcoming.folded()
    again.shutdown()


def test_done_on_a_card_from_an_open_contact_offers_to_resolve_that_contact(
    shop: Shop, page: TodayPage, ctx: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    contact = interactions.log(shop.ben, channel="phone", summary="Wants a wheel").id
    made = followups.create(shop.ben, due_on=date(2026, 3, 10), note="Call back", interaction_id=contact)
    page.refresh()
    idle(qtbot, page)
    qtbot.mouseClick(card_for(page, made.id).done_button, Qt.MouseButton.LeftButton)
    idle(qtbot, page)
    bar = page.undo_bar
    assert bar.extra_button.isVisible() and bar.extra_button.text() == "Resolve its contact"
    qtbot.mouseClick(bar.extra_button, Qt.MouseButton.LeftButton)
    assert interactions.get(contact).status == "resolved"
    assert bar.message_label.text() == "Contact resolved"
