"""The follow-up dialog: plan one for a customer found by typing, change one, refuse bad dates."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt

from carebook import clock
from carebook.errors import StorageError, ValidationError
from carebook.services import customers, followups, staff
from ui.context import AppContext
from ui.dialogs import launcher
from ui.dialogs.followup_dialog import FollowupDialog
from ui.dialogs.followup_fields import next_monday, parse_time_text


@pytest.fixture
def anna(db) -> int:  # type: ignore[no-untyped-def]
    return customers.create("Anna Smith", company="Smith Cycles", email="anna@example.com").row.id


@pytest.fixture
def sam(db) -> int:  # type: ignore[no-untyped-def]
    return staff.add("Sam Okafor").id


def open_dialog(ctx: AppContext, qtbot, **kwargs) -> FollowupDialog:  # type: ignore[no-untyped-def]
    dialog = FollowupDialog(ctx, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_plan_a_follow_up_for_a_given_customer(ctx: AppContext, anna: int, sam: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot, customer_id=anna)
    assert dialog.windowTitle() == "New follow-up"
    assert dialog.customer.customer_id == anna
    assert dialog.customer.name_label.full_text() == "Anna Smith — Smith Cycles"
    assert dialog.assignee_id() == ctx.staff_id  # the person at the counter by default
    assert dialog.due.text() == (clock.today() + timedelta(days=1)).isoformat()
    assert dialog.due.quick_buttons["tomorrow"].isChecked()
    dialog.due.quick_buttons["in_2_days"].click()
    assert (
        dialog.due.quick_buttons["in_2_days"].isChecked()
        and not dialog.due.quick_buttons["tomorrow"].isChecked()
    )
    assert "in 2 days" in dialog.due.hint.text()
    qtbot.keyClicks(dialog.time, "9:30")
    dialog.assignee.setCurrentIndex(dialog.assignee.findData(sam))
    dialog.high_priority.setChecked(True)
    qtbot.keyClicks(dialog.note, "Ring back with the quote")
    dialog.save_button.click()  # type: ignore[union-attr]
    assert dialog.result() == FollowupDialog.DialogCode.Accepted
    [row] = followups.list_followups().rows
    assert row.customer_id == anna
    assert (row.due_on, row.due_time) == (clock.today() + timedelta(days=2), time(9, 30))
    assert (row.assignee_id, row.priority, row.note) == (sam, "high", "Ring back with the quote")
    assert row.origin == "manual"


def test_find_the_customer_by_typing_then_enter_saves(ctx: AppContext, anna: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    customers.create("Tom Baker")
    dialog = open_dialog(ctx, qtbot)
    search = dialog.customer.search
    assert dialog.focusWidget() is search  # typing starts in the customer field
    qtbot.keyClicks(search, "smith")
    qtbot.waitUntil(lambda: search.popup_visible() and search.model.rowCount() == 1)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert dialog.customer.customer_id == anna
    assert dialog.customer.name_label.full_text().startswith("Anna Smith")
    assert dialog.focusWidget() is dialog.due.edit  # on to the date
    dialog.due.quick_buttons["next_week"].click()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.due.edit, Qt.Key.Key_Return)  # Enter saves
    [row] = followups.list_followups().rows
    assert (row.customer_id, row.due_on, row.due_time) == (anna, next_monday(clock.today()), None)


def test_enter_in_the_note_saves_and_shift_enter_starts_a_line(ctx: AppContext, anna: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot, customer_id=anna)
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, "Call back")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(dialog.note, "about the saddle")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert followups.list_followups().rows[0].note == "Call back\nabout the saddle"


def test_a_bad_date_keeps_the_text_and_says_why(ctx: AppContext, anna: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot, customer_id=anna)
    dialog.due.edit.setText("2026-02-30")
    dialog.time.setText("25:99")
    dialog.note.setPlainText("Keep me")
    dialog.save_button.click()  # type: ignore[union-attr]
    assert dialog.isVisible() and dialog.result() != FollowupDialog.DialogCode.Accepted
    assert "not a real date" in dialog.form.error_text("due_on")
    assert "not a time like 14:30" in dialog.form.error_text("due_time")
    assert dialog.due.edit.text() == "2026-02-30" and dialog.time.text() == "25:99"
    assert dialog.note.toPlainText() == "Keep me"
    assert dialog.due.edit.property("invalid") is True
    assert followups.list_followups().total == 0
    dialog.due.edit.setText("next tuesday")
    dialog.time.setText("")
    dialog.save_button.click()  # type: ignore[union-attr]
    assert "not a date like" in dialog.form.error_text("due_on")
    assert dialog.form.error_text("due_time") == ""
    dialog.due.edit.clear()
    dialog.save_button.click()  # type: ignore[union-attr]
    assert "Type a due date like" in dialog.form.error_text("due_on")
    dialog.due.quick_buttons["tomorrow"].click()
    dialog.save_button.click()  # type: ignore[union-attr]
    assert followups.list_followups().total == 1


def test_a_customer_must_be_chosen(ctx: AppContext, anna: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot)
    dialog.save_button.click()  # type: ignore[union-attr]
    assert "Choose a customer" in dialog.form.error_text("customer")
    dialog.customer.search.setText("Ann")  # typed but never picked from the list
    dialog.save_button.click()  # type: ignore[union-attr]
    assert "Pick “Ann” from the list" in dialog.form.error_text("customer")
    assert dialog.customer.search.text() == "Ann"
    assert followups.list_followups().total == 0


def test_edit_changes_note_date_and_assignee(ctx: AppContext, anna: int, sam: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    row = followups.create(anna, due_on=clock.today(), note="Ring back", assignee_id=ctx.staff_id)
    dialog = open_dialog(ctx, qtbot, followup_id=row.id)
    assert dialog.windowTitle() == "Edit follow-up"
    assert dialog.customer.change_button.isHidden()  # a follow-up stays with its customer
    assert dialog.note.toPlainText() == "Ring back" and dialog.assignee_id() == ctx.staff_id
    dialog.note.setPlainText("Ring back about the wheel")
    dialog.due.edit.setText((clock.today() + timedelta(days=4)).isoformat())
    dialog.time.setText("1600")
    dialog.assignee.setCurrentIndex(dialog.assignee.findData(sam))
    dialog.save_button.click()  # type: ignore[union-attr]
    saved = followups.get(row.id)
    assert saved.note == "Ring back about the wheel"
    assert (saved.due_on, saved.due_time) == (clock.today() + timedelta(days=4), time(16, 0))
    assert saved.assignee_id == sam and saved.priority == "normal"


def test_a_done_follow_up_keeps_its_date(ctx: AppContext, anna: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    row = followups.create(anna, due_on=clock.today() - timedelta(days=2), note="Done thing")
    followups.complete(row.id, by_staff_id=ctx.staff_id)
    dialog = open_dialog(ctx, qtbot, followup_id=row.id)
    assert not dialog.due.isEnabled() and not dialog.time.isEnabled()
    assert "Olivia Owner" in dialog.done_note.text()
    dialog.high_priority.setChecked(True)
    dialog.assignee.setCurrentIndex(dialog.assignee.findData(-1))  # nobody
    dialog.save_button.click()  # type: ignore[union-attr]
    saved = followups.get(row.id)
    assert (saved.priority, saved.assignee_id, saved.due_on) == ("high", None, row.due_on)
    assert saved.done_at is not None


def test_an_inactive_assignee_is_kept(ctx: AppContext, anna: int, sam: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    row = followups.create(anna, due_on=clock.today(), assignee_id=sam)
    staff.deactivate(sam)
    dialog = open_dialog(ctx, qtbot, followup_id=row.id)
    assert dialog.assignee.currentText() == "Sam Okafor (inactive)"
    dialog.save_button.click()  # type: ignore[union-attr]
    assert followups.get(row.id).assignee_id == sam


def test_storage_error_keeps_the_dialog_open(  # type: ignore[no-untyped-def]
    ctx: AppContext, anna: int, qtbot, msgboxes, monkeypatch
) -> None:
    dialog = open_dialog(ctx, qtbot, customer_id=anna)
    dialog.note.setPlainText("Important")

    def busy(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise StorageError("The database is busy in another Carebook window or program; try again.")

    monkeypatch.setattr(followups, "create", busy)
    dialog.save_button.click()  # type: ignore[union-attr]
    assert msgboxes.kinds() == ["error"] and "busy" in msgboxes.texts()[0]
    assert dialog.isVisible() and dialog.note.toPlainText() == "Important"


def test_the_launcher_opens_it_and_tells_the_window(ctx: AppContext, anna: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = launcher.open_followup_dialog(ctx, None, customer_id=anna)
    assert isinstance(dialog, FollowupDialog)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(ctx.data_changed):
        dialog.save_button.click()  # type: ignore[union-attr]
    assert followups.list_followups().total == 1


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("", None), ("9", time(9)), ("9:30", time(9, 30)), ("09.05", time(9, 5)), ("1745", time(17, 45))],
)
def test_times_as_people_type_them(typed: str, expected: time | None) -> None:
    assert parse_time_text(typed) == expected


@pytest.mark.parametrize("typed", ["١٠:٣٠", "٩", "1_0", "25:00", "9:75"])
def test_times_int_would_guess_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="is not a time like 14:30"):
        parse_time_text(typed)
