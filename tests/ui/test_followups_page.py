"""The Follow-ups page: filters, SQL sorting, lazy pages, and every action checked in the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, Qt

from carebook import clock
from carebook.services import customers, followups, staff
from ui.context import AppContext
from ui.dialogs import launcher
from ui.dialogs.followup_dialog import FollowupDialog
from ui.models.followups_model import COLUMNS
from ui.pages.followups import FollowupsPage
from ui.pages.followups_query import Filters


@dataclass
class Shop:
    owner: int
    sam: int
    anna: int
    tom: int
    overdue: int  # Olivia's, high priority
    today: int  # Sam's, due today without a time
    upcoming: int  # nobody's
    done: int  # Olivia's, done by Sam


@pytest.fixture
def shop(ctx: AppContext) -> Shop:
    assert ctx.staff_id is not None
    sam = staff.add("Sam Okafor").id
    anna = customers.create("Anna Smith", email="anna@example.com").row.id
    tom = customers.create("Tom Baker", company="Baker & Sons").row.id
    today = clock.today()
    overdue = followups.create(
        anna, due_on=today - timedelta(days=3), note="Ring back about the quote", assignee_id=ctx.staff_id,
        priority="high",
    ).id  # fmt: skip
    due_today = followups.create(tom, due_on=today, note="Send the invoice", assignee_id=sam).id
    upcoming = followups.create(anna, due_on=today + timedelta(days=5), due_time="10:30", note="Check in").id
    done = followups.create(
        tom, due_on=today - timedelta(days=10), note="Old task", assignee_id=ctx.staff_id
    ).id
    followups.complete(done, by_staff_id=sam)
    return Shop(ctx.staff_id, sam, anna, tom, overdue, due_today, upcoming, done)


@pytest.fixture
def page(ctx: AppContext, shop: Shop, qtbot) -> FollowupsPage:  # type: ignore[no-untyped-def]
    page = FollowupsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    page.refresh()
    return page


def shown_ids(page: FollowupsPage) -> list[int]:
    return [row.id for row in page.model.rows()]


def choose(page: FollowupsPage, **choices: object) -> None:
    page.filters.set_filters(Filters(**choices))  # type: ignore[arg-type]


def select(page: FollowupsPage, first: int, *more: int) -> None:
    """Select rows as a user would: click the first, Ctrl+click the others."""
    page.select_row(page.model.row_of(first))
    selection = page.table.selectionModel()
    for followup_id in more:
        index = page.model.index(page.model.row_of(followup_id), 0)
        selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)


def test_open_follow_ups_in_due_order_with_states(page: FollowupsPage, shop: Shop) -> None:
    assert shown_ids(page) == [shop.overdue, shop.today, shop.upcoming]
    states = [page.model.index(row, COLUMNS.index("state")).data() for row in range(3)]
    assert states == ["Overdue", "Due today", "Upcoming"]
    assert page.model.index(0, COLUMNS.index("priority")).data() == "High"
    assert page.model.index(2, COLUMNS.index("assignee")).data() == "Nobody"
    assert page.model.index(2, COLUMNS.index("due")).data().endswith("10:30")
    assert page.table.isColumnHidden(COLUMNS.index("done"))  # nothing done in an open list
    assert "3 follow-ups shown" in page.subtitle_label.text()


@pytest.mark.parametrize(
    ("choices", "expected"),
    [
        ({"state": "overdue"}, ["overdue"]),
        ({"state": "due_today"}, ["today"]),
        ({"state": "upcoming"}, ["upcoming"]),
        ({"state": "done"}, ["done"]),
        ({"state": "all"}, ["done", "overdue", "today", "upcoming"]),
        ({"state": "open", "assignee": "me"}, ["overdue"]),
        ({"state": "all", "assignee": "me"}, ["done", "overdue"]),
        ({"state": "open", "assignee": "unassigned"}, ["upcoming"]),
        ({"state": "all", "period": "today"}, ["today"]),
        ({"state": "all", "period": "next_7_days"}, ["today", "upcoming"]),
    ],
)
def test_filters_show_the_matching_follow_ups(page: FollowupsPage, shop: Shop, choices, expected) -> None:  # type: ignore[no-untyped-def]
    choose(page, **choices)
    assert shown_ids(page) == [getattr(shop, name) for name in expected]


def test_a_staff_member_and_custom_dates(page: FollowupsPage, shop: Shop) -> None:
    page.filters.set_staff(staff.list_staff(), page.ctx.staff_id)
    index = page.filters.assignee.findData(f"staff:{shop.sam}")
    assert page.filters.assignee.itemText(index) == "Sam Okafor"
    choose(page, assignee=f"staff:{shop.sam}", state="all")
    assert shown_ids(page) == [shop.today]
    today = clock.today()
    choose(
        page,
        state="all",
        period="custom",
        start_on=today + timedelta(days=1),
        end_on=today + timedelta(days=9),
    )
    assert page.filters.dates_shown()
    assert shown_ids(page) == [shop.upcoming]
    page.filters.end.setDate(QDate(today.year, today.month, today.day).addDays(-20))  # reversed range
    assert shown_ids(page) == [shop.done, shop.overdue, shop.today]


def test_filters_are_remembered(ctx: AppContext, page: FollowupsPage, shop: Shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    choose(page, state="overdue", assignee="me")
    again = FollowupsPage(ctx)
    qtbot.addWidget(again)
    again.refresh()
    assert again.filters.filters().state == "overdue"
    assert again.filters.filters().assignee == "me"
    assert shown_ids(again) == [shop.overdue]


def test_sorting_asks_the_service(page: FollowupsPage, monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[str, bool]] = []
    real = followups.list_followups

    def spy(**kwargs):  # type: ignore[no-untyped-def]
        if kwargs.get("limit") != 1:
            asked.append((kwargs["sort"], kwargs["descending"]))
        return real(**kwargs)

    monkeypatch.setattr(followups, "list_followups", spy)
    header = page.table.horizontalHeader()

    def click(column: str) -> None:
        section = COLUMNS.index(column)
        x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click("customer")
    assert asked[-1] == ("customer", False)
    assert [row.customer_name for row in page.model.rows()] == ["Anna Smith", "Anna Smith", "Tom Baker"]
    click("customer")
    assert asked[-1] == ("customer", True)
    assert page.model.rows()[0].customer_name == "Tom Baker"
    for column, key in (("assignee", "assignee"), ("priority", "priority"), ("due", "due_on")):
        click(column)
        assert asked[-1][0] == key
    before = len(asked)
    click("note")  # the service cannot sort notes: nothing is asked, the indicator stays
    assert len(asked) == before
    assert header.sortIndicatorSection() == COLUMNS.index("due")


def test_done_list_shows_who_and_when_latest_first(page: FollowupsPage, shop: Shop) -> None:
    choose(page, state="done")
    assert not page.table.isColumnHidden(COLUMNS.index("done"))
    assert page.model.sort_key == "done_at" and page.model.descending
    text = page.model.index(0, COLUMNS.index("done")).data()
    assert text.endswith("· Sam Okafor")
    assert "Sam Okafor" in page.model.index(0, COLUMNS.index("done")).data(Qt.ItemDataRole.ToolTipRole)
    choose(page, state="open")
    assert page.model.sort_key == "due_on" and not page.model.descending


def test_complete_with_ctrl_d_sets_done_at_and_by(
    page: FollowupsPage, shop: Shop, ctx: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    select(page, shop.overdue, shop.today)
    assert "Ctrl+D" in page.actions.complete.toolTip()
    page.table.setFocus()
    with qtbot.waitSignal(ctx.data_changed):
        qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    for followup_id in (shop.overdue, shop.today):
        row = followups.get(followup_id)
        assert row.done_at is not None and row.done_by_id == ctx.staff_id
    assert shown_ids(page) == [shop.upcoming]  # done ones leave the open list


def test_reopen_a_done_follow_up(page: FollowupsPage, shop: Shop) -> None:
    choose(page, state="done")
    select(page, shop.done)
    assert page.actions.reopen.isEnabled() and not page.actions.complete.isEnabled()
    page.actions.reopen.trigger()
    assert followups.get(shop.done).done_at is None


def test_snooze_presets_move_the_due_date(page: FollowupsPage, shop: Shop) -> None:
    select(page, shop.overdue, shop.today)
    page.actions.snooze_menu.preset_actions["tomorrow"].trigger()
    tomorrow = clock.today() + timedelta(days=1)
    for followup_id in (shop.overdue, shop.today):
        row = followups.get(followup_id)
        assert (row.due_on, row.due_time) == (tomorrow, time(9, 0))
    assert followups.get(shop.upcoming).due_on == clock.today() + timedelta(days=5)


def test_snooze_to_a_picked_date_moves_every_selected(page: FollowupsPage, shop: Shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    select(page, shop.overdue, shop.upcoming)
    page.actions.snooze_menu.pick_action.trigger()
    dialog = page.snooze_dialog
    assert dialog is not None and dialog.isVisible()
    later = clock.today() + timedelta(days=12)
    dialog.due_on.setDate(QDate(later.year, later.month, later.day))  # type: ignore[attr-defined]
    dialog.save_button.click()  # type: ignore[attr-defined]
    assert followups.get(shop.overdue).due_on == later
    assert followups.get(shop.upcoming).due_on == later
    assert followups.get(shop.today).due_on == clock.today()


def test_reassign_through_the_menu(page: FollowupsPage, shop: Shop) -> None:
    select(page, shop.overdue, shop.upcoming)
    menu = page.actions.reassign_menu
    menu.aboutToShow.emit()
    sam = next(action for action in menu.actions() if action.text() == "Sam Okafor")
    sam.trigger()
    assert followups.get(shop.overdue).assignee_id == shop.sam
    assert followups.get(shop.upcoming).assignee_id == shop.sam
    select(page, shop.overdue)
    menu.aboutToShow.emit()
    assert next(a for a in menu.actions() if a.text() == "Sam Okafor").isChecked()
    next(a for a in menu.actions() if a.text().startswith("Nobody")).trigger()
    assert followups.get(shop.overdue).assignee_id is None


def test_delete_key_asks_first(page: FollowupsPage, shop: Shop, msgboxes, qtbot) -> None:  # type: ignore[no-untyped-def]
    select(page, shop.today)
    page.table.setFocus()
    msgboxes.answer = False
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert msgboxes.kinds() == ["question"]
    assert (
        "Send the invoice" in msgboxes.texts("question")[0] and "Tom Baker" in msgboxes.texts("question")[0]
    )
    assert followups.get(shop.today).id == shop.today  # kept
    msgboxes.answer = True
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert {row.id for row in followups.list_followups().rows} == {shop.overdue, shop.upcoming, shop.done}
    assert shop.today not in shown_ids(page)


def test_enter_and_double_click_edit(page: FollowupsPage, shop: Shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    select(page, shop.upcoming)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.edit_dialog
    assert isinstance(dialog, FollowupDialog) and dialog.followup is not None
    assert dialog.followup.id == shop.upcoming
    dialog.note.setPlainText("Check in about the new saddle")
    with qtbot.waitSignal(page.ctx.data_changed):
        dialog.save_button.click()  # type: ignore[union-attr]
    assert followups.get(shop.upcoming).note == "Check in about the new saddle"


def test_log_contact_for_this_follow_up(
    page: FollowupsPage, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, object]] = []
    monkeypatch.setattr(launcher, "open_contact_dialog", lambda ctx, parent, **kw: calls.append(kw))
    select(page, shop.today)
    page.actions.log_contact.trigger()
    assert calls == [{"customer_id": shop.tom, "followup_id": shop.today}]
    select(page, shop.today, shop.overdue)
    assert not page.actions.log_contact.isEnabled() and not page.actions.edit.isEnabled()
    assert page.selection_label.text() == "2 selected"


def test_empty_states_say_what_to_do(page: FollowupsPage, shop: Shop) -> None:
    followups.delete(shop.overdue)
    choose(page, state="overdue")
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title_label.text() == "Nothing is overdue"
    assert page.action_bar.isHidden()
    choose(page, state="due_today", assignee="me")
    assert page.empty.title_label.text() == "Nothing is due today"
    assert "Show all follow-ups" in page.empty.text_label.text()
    page.empty.buttons[1].click()  # Show all follow-ups
    assert page.filters.filters() == Filters(assignee="everyone", state="all", period="any")
    assert page.stack.currentWidget() is page.table and not page.action_bar.isHidden()


def test_badge_counts_everyones_overdue(page: FollowupsPage, shop: Shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.badge_changed) as badge:
        page.update_badge()
    assert badge.args == [1]
    assert page.accessible_badge_hint().format(1) == "1 overdue"


def test_next_and_previous_record_move_the_selection(page: FollowupsPage, shop: Shop) -> None:
    page.focus_default()
    assert page.current_row().id == shop.overdue  # type: ignore[union-attr]
    page.next_record()
    page.next_record()
    assert page.current_row().id == shop.upcoming  # type: ignore[union-attr]
    page.next_record()  # stays on the last row
    assert page.current_row().id == shop.upcoming  # type: ignore[union-attr]
    page.previous_record()
    assert [row.id for row in page.selected_rows()] == [shop.today]


def test_a_refresh_keeps_the_selection(page: FollowupsPage, shop: Shop) -> None:
    select(page, shop.upcoming)
    followups.create(shop.anna, due_on=clock.today() - timedelta(days=30), note="Older")
    page.refresh()
    assert [row.id for row in page.selected_rows()] == [shop.upcoming]


def test_storage_error_shows_a_message(page: FollowupsPage, monkeypatch: pytest.MonkeyPatch) -> None:
    from carebook.errors import StorageError

    def broken(**kwargs):  # type: ignore[no-untyped-def]
        raise StorageError("The database is busy in another Carebook window or program; try again.")

    monkeypatch.setattr(followups, "list_followups", broken)
    page.refresh()
    assert page.stack.currentWidget() is page.empty
    assert "busy" in page.empty.text_label.text()


def test_states_turn_overdue_as_time_passes(page: FollowupsPage, shop: Shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    row = page.model.row_of(shop.today)
    state = page.model.index(row, COLUMNS.index("state"))
    assert state.data() == "Due today"
    tomorrow = datetime.combine(clock.today() + timedelta(days=1), time(0, 1))
    with qtbot.waitSignal(page.model.dataChanged):
        page.model.update_states(tomorrow)
    assert state.data() == "Overdue"
    assert state.data(Qt.ItemDataRole.ToolTipRole) == "Overdue by 1 day"


def test_editing_a_follow_up_deleted_elsewhere_says_so(page: FollowupsPage, shop: Shop, msgboxes) -> None:  # type: ignore[no-untyped-def]
    select(page, shop.today)
    followups.delete(shop.today)  # on another seat
    page.actions.edit.trigger()
    assert msgboxes.kinds() == ["warning"]
    assert shop.today not in shown_ids(page)


def test_me_needs_someone_at_the_counter(page: FollowupsPage, shop: Shop, ctx: AppContext) -> None:
    choose(page, assignee="me", state="all")
    assert page.filters.assignee.currentText() == "Me (Olivia Owner)"
    assert shown_ids(page) == [shop.done, shop.overdue]
    ctx.set_staff(None)  # the page refreshes: "Me" means nobody now
    assert page.filters.filters().assignee == "everyone"
    assert shown_ids(page) == [shop.done, shop.overdue, shop.today, shop.upcoming]
    model = page.filters.assignee.model()
    assert not model.item(page.filters.assignee.findData("me")).isEnabled()  # type: ignore[attr-defined]


# The offscreen platform cannot raise a popup menu or give it the keyboard; real platforms can.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)")
def test_context_menu_offers_every_action_with_its_keys(page: FollowupsPage, shop: Shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    select(page, shop.today)
    row_rect = page.table.visualRect(page.model.index(page.model.row_of(shop.upcoming), 2))
    menu = page.context_menu(row_rect.center())  # a right click on another row selects it
    qtbot.waitUntil(menu.isVisible)
    assert [row.id for row in page.selected_rows()] == [shop.upcoming]
    texts = {action.text().replace("&", ""): action for action in menu.actions() if action.text()}
    assert {"Mark done", "Snooze", "Reassign to", "Edit…", "Log contact…", "Delete…"} <= set(texts)
    assert texts["Mark done"].shortcut().toString() == "Ctrl+D"
    assert texts["Delete…"].shortcut().toString() == "Del"
    menu.close()


def test_a_new_shop_is_told_how_to_plan_the_first_one(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = FollowupsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()  # the open ones, by default
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title_label.text() == "No follow-ups yet"
    assert "Ctrl+Shift+N" in page.empty.text_label.text()
    assert page.empty.buttons[1].isHidden()  # "Show all" would show nothing more


def test_done_and_snooze_can_be_undone_from_the_bar(page: FollowupsPage, shop: Shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    select(page, shop.overdue, shop.today)
    page.actions.complete.trigger()
    assert page.undo_bar.isVisible() and page.undo_bar.message_label.text() == "2 follow-ups marked done"
    assert not page.undo_bar.extra_button.isVisible()  # made by hand: no contact to resolve
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert followups.get(shop.overdue).done_at is None and followups.get(shop.today).done_at is None
    assert sorted(shown_ids(page)) == sorted([shop.overdue, shop.today, shop.upcoming])

    before = followups.get(shop.upcoming)
    select(page, shop.upcoming)
    page.actions.snooze_menu.preset_actions["tomorrow"].trigger()
    assert followups.get(shop.upcoming).due_on == clock.today() + timedelta(days=1)
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    back = followups.get(shop.upcoming)
    assert (back.due_on, back.due_time) == (before.due_on, before.due_time)


def test_a_follow_up_from_a_contact_says_so_opens_it_and_offers_to_resolve_it(
    page: FollowupsPage, shop: Shop, ctx: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from carebook.services import interactions

    contact = interactions.log(shop.tom, channel="phone", summary="Wants a quote").id
    made = followups.create(shop.tom, due_on=clock.today(), note="Send the quote", interaction_id=contact).id
    page.refresh()
    row = page.model.row_of(made)
    origin = page.model.index(row, COLUMNS.index("origin"))
    assert origin.data() == "From a contact"
    assert "open that contact" in origin.data(Qt.ItemDataRole.ToolTipRole)
    assert page.model.index(page.model.row_of(shop.overdue), COLUMNS.index("origin")).data() == "Manual"

    select(page, made)
    page.table.doubleClicked.emit(origin)
    dialog = page.edit_dialog
    assert dialog is not None and dialog.interaction_id == contact  # type: ignore[attr-defined]
    dialog.reject()

    select(page, made)
    page.actions.complete.trigger()
    bar = page.undo_bar
    assert bar.extra_button.isVisible() and bar.extra_button.text() == "Resolve its contact"
    qtbot.mouseClick(bar.extra_button, Qt.MouseButton.LeftButton)
    assert interactions.get(contact).status == "resolved"
    assert bar.message_label.text() == "Contact resolved"
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)  # the resolve is undone too
    assert interactions.get(contact).status == "open"
