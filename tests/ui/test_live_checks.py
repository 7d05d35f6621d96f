"""Validation as you go: a red message goes the moment its field is right (welcome, contact, score,
customer, follow-up dialogs); a counter shows near a length limit; a too-long summary offers "Move the
rest to Notes". Real key and mouse events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from carebook.services import customers, interactions
from ui.context import AppContext
from ui.dialogs.contact_dialog import ContactDialog
from ui.dialogs.customer_dialog import CustomerDialog
from ui.dialogs.followup_dialog import FollowupDialog
from ui.dialogs.score_dialog import ScoreDialog
from ui.dialogs.welcome import WelcomeDialog
from ui.state import LocalState
from ui.widgets.length_counter import LengthCounter

LIMIT = interactions.SUMMARY_LIMIT


@pytest.fixture
def ingrid(db):  # type: ignore[no-untyped-def]
    return customers.create("Ingrid Ødegård").row


def shown(dialog, qtbot):  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_welcome_messages_clear_as_each_field_is_filled(db, state: LocalState, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(WelcomeDialog(AppContext(state, where=str(db))), qtbot)
    click(qtbot, dialog.save_button)
    assert dialog.form.error_text("shop_name") and dialog.form.error_text("name")
    qtbot.keyClicks(dialog.shop_name, "C")
    assert dialog.form.error_text("shop_name") == ""
    assert dialog.shop_name.property("invalid") is False
    assert dialog.form.error_text("name") == "Please enter your name."  # not touched yet
    qtbot.keyClick(dialog.shop_name, Qt.Key.Key_Backspace)
    assert dialog.form.error_text("shop_name") == ""  # shown again on the next save, not while typing
    qtbot.keyClicks(dialog.owner_name, "Maria")
    assert dialog.form.error_text("name") == ""


def test_contact_customer_message_clears_once_a_customer_is_chosen(ctx: AppContext, ingrid, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(ContactDialog(ctx), qtbot)
    qtbot.keyClicks(dialog.summary, "Asked about a repair")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert "Choose a customer" in dialog.form.error_text("customer")
    dialog.picker.edit.setFocus()
    qtbot.keyClicks(dialog.picker.edit, "odegard")
    qtbot.waitUntil(dialog.picker.popup_visible)
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Return)
    assert dialog.picker.customer_id() == ingrid.id
    assert dialog.form.error_text("customer") == ""


def test_the_summary_counter_shows_from_80_percent_and_turns_red_past_the_limit(
    ctx: AppContext, ingrid, qtbot
) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(ContactDialog(ctx, customer_id=ingrid.id), qtbot)
    counter = dialog.summary_counter
    assert counter is not None and counter.isHidden()
    qtbot.keyClicks(dialog.summary, "x" * (LIMIT * 8 // 10 - 1))
    assert counter.isHidden()
    qtbot.keyClicks(dialog.summary, "x")
    assert counter.isVisible()
    assert counter.label.text() == f"{LIMIT * 8 // 10} / {LIMIT}"
    assert counter.label.property("over") is False
    assert dialog.move_to_notes_button is not None and dialog.move_to_notes_button.isHidden()
    qtbot.keyClicks(dialog.summary, "y" * (LIMIT // 5 + 12))
    assert counter.label.text() == f"{LIMIT + 12} / {LIMIT}: 12 too many"
    assert counter.label.property("over") is True
    assert dialog.move_to_notes_button.isVisible()
    # the counter sits right under the summary, above its message
    assert counter.parentWidget() is dialog.summary.parentWidget()


def test_move_the_rest_to_notes_keeps_every_word_and_clears_the_message(
    ctx: AppContext, ingrid, qtbot
) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(ContactDialog(ctx, customer_id=ingrid.id), qtbot)
    words = " ".join(f"word{n}" for n in range(110))  # 8-9 characters a word: past 500
    dialog.notes.setPlainText("Earlier note")
    dialog.summary.setFocus()
    qtbot.keyClicks(dialog.summary, words)
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)  # Save: refused, with a message
    assert "characters long" in dialog.form.error_text("summary")
    assert interactions.list_interactions(limit=5).rows == ()
    click(qtbot, dialog.move_to_notes_button)
    summary, notes = dialog.summary.text(), dialog.notes.toPlainText()
    assert len(summary) <= LIMIT
    assert not summary.endswith("word")  # cut between words
    assert notes.endswith("\n\nEarlier note")
    assert f"{summary} {notes.split(chr(10))[0]}" == words  # nothing lost, in order
    assert dialog.form.error_text("summary") == ""
    assert dialog.move_to_notes_button.isHidden()
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    saved = interactions.list_interactions(limit=5).rows
    assert [row.summary for row in saved] == [summary]


def test_score_message_clears_when_a_score_is_clicked(ctx: AppContext, ingrid, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(ScoreDialog(ctx, customer_id=ingrid.id), qtbot)
    click(qtbot, dialog.save_button)
    assert "pick a score" in dialog.form.error_text("score").lower()
    click(qtbot, dialog.picker.buttons[4])
    assert dialog.form.error_text("score") == ""


def test_customer_messages_clear_the_moment_the_value_is_valid(ctx: AppContext, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(CustomerDialog(ctx), qtbot)
    form = dialog.customer_form
    qtbot.keyClicks(form.email, "bob@")
    click(qtbot, dialog.save_button)
    assert form.form.error_text("name") and form.form.error_text("email")
    qtbot.keyClicks(form.name, "B")
    assert form.form.error_text("name") == ""
    qtbot.keyClicks(form.email, "example")
    assert form.form.error_text("email")  # still not an address: the message stays, updated
    qtbot.keyClicks(form.email, ".com")
    assert form.form.error_text("email") == ""


def test_customer_name_counter_shows_near_its_limit(ctx: AppContext, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(CustomerDialog(ctx), qtbot)
    qtbot.keyClicks(dialog.customer_form.name, "n" * 160)  # 80 % of 200
    shown_counters = [c for c in dialog.findChildren(LengthCounter) if c.isVisible()]
    assert [c.label.text() for c in shown_counters] == ["160 / 200"]


def test_followup_time_message_clears_once_the_time_is_right(ctx: AppContext, ingrid, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(FollowupDialog(ctx, customer_id=ingrid.id), qtbot)
    dialog.time.setFocus()
    qtbot.keyClicks(dialog.time, "25:99")
    click(qtbot, dialog.save_button)
    assert dialog.form.error_text("due_time")
    qtbot.keyClick(dialog.time, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.time, "14:30")
    assert dialog.form.error_text("due_time") == ""
