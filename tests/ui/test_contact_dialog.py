"""The "Log a contact" dialog, driven from the keyboard as at the counter; the database is checked after."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt

from carebook import clock
from carebook.errors import StorageError
from carebook.services import customers, feedback, followups, interactions, staff
from ui.context import AppContext
from ui.dialogs.contact_dialog import ContactDialog


@pytest.fixture
def shop(db):  # type: ignore[no-untyped-def]
    ingrid = customers.create(
        "Ingrid Ødegård", company="Fjord Bikes", phone="07700 900123", email="ingrid@fjord.example"
    ).row
    tom = customers.create("Tom Baker", company="Baker & Sons", preferred_channel="email").row
    sam = staff.add("Sam Okafor")
    return {"ingrid": ingrid, "tom": tom, "sam": sam}


def open_dialog(ctx: AppContext, qtbot, **kwargs) -> ContactDialog:  # type: ignore[no-untyped-def]
    dialog = ContactDialog(ctx, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def all_contacts() -> list[interactions.InteractionRow]:
    return list(interactions.list_interactions(limit=100).rows)


def pick(dialog: ContactDialog, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    dialog.picker.edit.setFocus()
    qtbot.keyClicks(dialog.picker.edit, text)
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.picker.customer() is not None or dialog.picker.creating())


def test_typing_a_name_then_enter_chooses_the_customer(ctx: AppContext, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot)
    edit = dialog.picker.edit
    assert edit.hasFocus()
    qtbot.keyClicks(edit, "odegard")
    qtbot.waitUntil(lambda: dialog.picker.popup_visible())
    assert dialog.picker.model.index(0, 0).data() == "Ingrid Ødegård"
    assert dialog.picker.model.rowCount() == 2  # the match, then "Create new customer"
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.picker.customer_id() == shop["ingrid"].id
    assert edit.text() == "Ingrid Ødegård"
    assert "Fjord Bikes" in dialog.picker.detail.full_text()
    assert "07700 900123" in dialog.picker.detail.full_text()
    assert dialog.isVisible() and not all_contacts()  # that Enter chose; it did not save
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # the next one saves
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    assert [row.customer_id for row in all_contacts()] == [shop["ingrid"].id]


def test_enter_before_the_search_answers_chooses_the_first_match(ctx: AppContext, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot)
    with qtbot.waitSignal(dialog.picker.customer_changed):
        qtbot.keyClicks(dialog.picker.edit, "baker")
        qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Enter)
    assert dialog.picker.customer_id() == shop["tom"].id


def test_the_whole_contact_by_keyboard_and_enter_saves_every_field(ctx: AppContext, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot)
    pick(dialog, qtbot, "Ingrid")
    qtbot.keyClick(dialog, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert dialog.channels.value() == "in_person"
    assert dialog.channels.buttons["in_person"].hasFocus()
    qtbot.keyClick(dialog.channels.buttons["in_person"], Qt.Key.Key_Right)
    assert dialog.channels.value() == "social"
    qtbot.keyClick(dialog.channels.buttons["social"], Qt.Key.Key_Left)
    assert dialog.channels.value() == "in_person"
    dialog.outbound.click()
    dialog.reason.setCurrentIndex(dialog.reason.findData("order_return"))
    qtbot.keyClicks(dialog.summary, "Returned a wheel that wobbles")
    dialog.notes.setFocus()
    qtbot.keyClicks(dialog.notes, "Front wheel")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)  # a new line, not a save
    qtbot.keyClicks(dialog.notes, "Refund agreed")
    assert dialog.isVisible()
    dialog.resolved.setChecked(True)
    dialog.waited.setFocus()
    qtbot.keyClicks(dialog.waited, "12")
    dialog.duration.set_number(7)
    dialog.staff.setCurrentIndex(dialog.staff.findData(shop["sam"].id))
    earlier = clock.local_now().replace(second=0, microsecond=0) - timedelta(hours=2)
    dialog.when.setDateTime(QDateTime(earlier))
    with qtbot.waitSignal(ctx.status_message):
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    [row] = all_contacts()
    assert row.customer_id == shop["ingrid"].id
    assert (row.channel, row.direction, row.reason) == ("in_person", "outbound", "order_return")
    assert row.summary == "Returned a wheel that wobbles"
    assert row.notes == "Front wheel\nRefund agreed"
    assert row.resolved_first_contact and row.status == "resolved"
    assert (row.waited_minutes, row.duration_minutes) == (12, 7)
    assert row.staff_id == shop["sam"].id
    assert row.occurred_at == clock.to_utc(earlier)
    assert row.resolved_at == row.occurred_at + timedelta(minutes=7)
    assert dialog.saved == row
    assert ctx.state.get("contact_dialog/channel") == "in_person"


def test_ctrl_enter_in_the_notes_saves_with_the_defaults(ctx: AppContext, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = clock.utc_now()
    dialog = open_dialog(ctx, qtbot, customer_id=shop["ingrid"].id)
    assert dialog.summary.hasFocus()  # the customer is known: straight to the summary
    dialog.notes.setFocus()
    qtbot.keyClicks(dialog.notes, "Asked about opening hours")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    [row] = all_contacts()
    assert row.notes == "Asked about opening hours"
    assert (row.channel, row.direction, row.reason, row.status) == ("phone", "inbound", "other", "open")
    assert row.staff_id == ctx.staff_id
    assert row.waited_minutes is None and row.duration_minutes is None
    assert before <= row.occurred_at <= clock.utc_now()  # untouched "when" = the moment of saving


def test_opened_for_a_customer_uses_their_preferred_channel(ctx: AppContext, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot, customer_id=shop["tom"].id)
    assert dialog.picker.customer_id() == shop["tom"].id
    assert dialog.channels.value() == "email"
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert all_contacts()[0].channel == "email"


def test_a_new_customer_is_created_inline_with_the_contact(ctx: AppContext, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot)
    pick(dialog, qtbot, "Zoe Newman")  # no match: Enter takes the "Create new customer" row
    assert dialog.picker.creating()
    assert dialog.new_name.isVisible() and dialog.new_name.text() == "Zoe Newman"
    assert dialog.new_phone.hasFocus()
    qtbot.keyClicks(dialog.new_phone, "07911 123456")
    qtbot.keyClicks(dialog.new_email, "zoe@example.com")
    qtbot.keyClicks(dialog.summary, "First visit")
    qtbot.keyClick(dialog.new_email, Qt.Key.Key_Return)
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    [row] = all_contacts()
    created = customers.get(row.customer_id)
    assert (created.name, created.phone_e164, created.email) == (
        "Zoe Newman",
        "+447911123456",
        "zoe@example.com",
    )
    assert row.summary == "First visit"


def test_new_customer_button_and_back(ctx: AppContext, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot, customer_id=shop["tom"].id)
    dialog.picker.new_button.click()
    assert dialog.picker.customer() is None and dialog.new_name.isVisible()
    assert dialog.new_name.hasFocus()
    dialog.picker.new_button.click()
    assert not dialog.new_name.isVisible() and dialog.picker.edit.isEnabled()


def test_scores_and_comment_are_recorded_for_the_contact(ctx: AppContext, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot, customer_id=shop["ingrid"].id)
    dialog.scores["csat"].buttons[4].click()
    dialog.scores["ces"].buttons[2].click()
    dialog.scores["ces"].buttons[2].click()  # clicking the chosen score again clears it
    assert dialog.scores["ces"].value() is None
    nps = dialog.scores["nps"]
    nps.setFocus()
    qtbot.keyClick(nps, Qt.Key.Key_1)
    qtbot.keyClick(nps, Qt.Key.Key_0)  # "1" then "0": ten
    assert nps.value() == 10
    qtbot.keyClick(nps, Qt.Key.Key_Left)
    assert nps.value() == 9
    qtbot.keyClicks(dialog.comment, "Quick and friendly")
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return)
    [row] = all_contacts()
    scores = {score.kind: score for score in feedback.for_customer(shop["ingrid"].id)}
    assert {kind: score.score for kind, score in scores.items()} == {"csat": 4, "nps": 9}
    assert all(score.interaction_id == row.id for score in scores.values())
    assert scores["csat"].comment == "Quick and friendly" and scores["nps"].comment == ""


def test_score_keys_clear_and_step(ctx: AppContext, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot)
    csat = dialog.scores["csat"]
    csat.setFocus()
    qtbot.keyClick(csat, Qt.Key.Key_9)  # not a CSAT score: ignored
    assert csat.value() is None
    qtbot.keyClick(csat, Qt.Key.Key_End)
    assert csat.value() == 5 and csat.buttons[5].isChecked()
    qtbot.keyClick(csat, Qt.Key.Key_Delete)
    assert csat.value() is None and not any(b.isChecked() for b in csat.buttons.values())


def test_a_follow_up_is_created_for_the_chosen_person(ctx: AppContext, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot, customer_id=shop["tom"].id)
    assert not dialog.assignee.isEnabled()
    dialog.followup_when.setCurrentIndex(dialog.followup_when.findData("2_days"))
    assert dialog.assignee.isEnabled() and dialog.assignee.currentData() == ctx.staff_id
    assert dialog.followup_date.date().toPython() == clock.today() + timedelta(days=2)
    dialog.assignee.setCurrentIndex(dialog.assignee.findData(shop["sam"].id))
    qtbot.keyClicks(dialog.summary, "Wants a quote for a cargo bike")
    qtbot.keyClicks(dialog.followup_note, "Send the quote")
    qtbot.keyClick(dialog.followup_note, Qt.Key.Key_Return)
    [row] = all_contacts()
    [planned] = followups.for_customer(shop["tom"].id)
    assert planned.due_on == clock.today() + timedelta(days=2)
    assert planned.assignee_id == shop["sam"].id
    assert planned.note == "Send the quote"
    assert planned.interaction_id == row.id


def test_next_week_and_a_date_in_the_past(ctx: AppContext, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot, customer_id=shop["tom"].id)
    dialog.followup_when.setCurrentIndex(dialog.followup_when.findData("next_week"))
    monday = dialog.followup_date.date().toPython()
    assert monday.weekday() == 0 and 1 <= (monday - clock.today()).days <= 7
    dialog.followup_when.setCurrentIndex(dialog.followup_when.findData("date"))
    dialog.followup_date.setDate(dialog.followup_date.date().addDays(-30))
    qtbot.keyClicks(dialog.summary, "Quote")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "past" in dialog.form.error_text("due_on")
    assert not all_contacts()  # nothing half-written
    assert dialog.summary.text() == "Quote"


def test_logging_a_follow_up_prefills_and_completes_it(ctx: AppContext, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    planned = followups.create(
        shop["ingrid"].id,
        due_on=clock.today(),
        note="Call back about the brake pads",
        assignee_id=ctx.staff_id,
    )
    dialog = open_dialog(ctx, qtbot, followup_id=planned.id)
    assert dialog.picker.customer_id() == shop["ingrid"].id
    assert dialog.summary.text() == "Call back about the brake pads"
    assert dialog.outbound.isChecked()
    assert dialog.followup_banner.isVisible() and "marks it done" in dialog.followup_banner.text()
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    done = followups.get(planned.id)
    assert done.done_at is not None and done.done_by_id == ctx.staff_id
    [row] = all_contacts()
    assert row.summary == "Call back about the brake pads" and row.direction == "outbound"


def test_bad_input_gets_messages_next_to_the_fields_and_keeps_the_text(ctx: AppContext, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot)
    qtbot.keyClicks(dialog.summary, "Lost receipt")
    dialog.waited.setFocus()
    qtbot.keyClicks(dialog.waited, "20000")
    qtbot.keyClicks(dialog.comment, "Lovely")  # a comment without any score
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Choose a customer" in dialog.form.error_text("customer")
    assert "10080" in dialog.form.error_text("waited_minutes")
    assert "score" in dialog.form.error_text("comment")
    assert dialog.form.error_text("summary") == ""
    assert dialog.picker.edit.hasFocus()  # the first bad field
    assert dialog.picker.edit.property("invalid") is True
    assert (dialog.summary.text(), dialog.waited.text(), dialog.comment.text()) == (
        "Lost receipt",
        "20000",
        "Lovely",
    )
    assert not all_contacts()
    pick(dialog, qtbot, "Tom")
    dialog.waited.set_number(20)
    dialog.scores["csat"].set_value(5)
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    assert all_contacts()[0].waited_minutes == 20


def test_a_bad_new_customer_writes_nothing(ctx: AppContext, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot)
    dialog.picker.new_button.click()
    qtbot.keyClicks(dialog.new_email, "not-an-address")
    dialog.when.setDateTime(QDateTime(clock.local_now() + timedelta(days=3)))
    qtbot.keyClick(dialog.new_email, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "required" in dialog.form.error_text("customer_name")
    assert "not a valid email" in dialog.form.error_text("customer_email")
    assert "future" in dialog.form.error_text("occurred_at")
    assert dialog.new_name.hasFocus()
    assert dialog.new_email.text() == "not-an-address"
    assert customers.count_customers() == 2 and not all_contacts()


def test_a_database_failure_keeps_the_dialog_and_saving_again_writes_once(  # type: ignore[no-untyped-def]
    ctx: AppContext, shop, qtbot, msgboxes, monkeypatch
) -> None:
    dialog = open_dialog(ctx, qtbot)
    dialog.picker.new_button.click()
    qtbot.keyClicks(dialog.new_name, "Nora Lind")
    qtbot.keyClicks(dialog.summary, "Bought a helmet")
    dialog.scores["csat"].set_value(5)

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise StorageError("The database is busy in another Carebook window or program; try again.")

    monkeypatch.setattr(interactions, "log", broken)
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert msgboxes.kinds() == ["error"]
    assert "busy" in msgboxes.texts("error")[0]
    assert dialog.summary.text() == "Bought a helmet" and dialog.scores["csat"].value() == 5
    # One transaction: the new customer made before the failure was rolled back with it; typed text stays.
    assert "Nora Lind" not in [row.name for row in customers.list_customers(limit=100).rows]
    assert dialog.new_name.text() == "Nora Lind"
    monkeypatch.undo()
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    assert [row.name for row in customers.list_customers(limit=10).rows].count("Nora Lind") == 1
    [row] = all_contacts()
    assert [score.score for score in feedback.for_customer(row.customer_id)] == [5]


def test_editing_a_contact_changes_only_what_was_changed(ctx: AppContext, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    when = clock.utc_now().replace(second=42) - timedelta(days=1)
    logged = interactions.log(
        shop["ingrid"].id, channel="chat", summary="Asked about lights", occurred_at=when, waited_minutes=3
    )
    feedback.record(shop["ingrid"].id, kind="csat", score=3, interaction_id=logged.id)
    dialog = open_dialog(ctx, qtbot, interaction_id=logged.id)
    assert dialog.windowTitle() == "Edit contact"
    assert dialog.channels.value() == "chat" and dialog.summary.text() == "Asked about lights"
    assert dialog.waited.number() == 3
    assert not dialog.scores["csat"].isVisible() and not dialog.followup_when.isVisible()
    assert "CSAT 3/5" in dialog.fields.linked_scores.text()
    dialog.summary.selectAll()
    qtbot.keyClicks(dialog.summary, "Asked about bike lights")
    dialog.resolved.setChecked(True)
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    row = interactions.get(logged.id)
    assert row.summary == "Asked about bike lights" and row.status == "resolved"
    assert row.occurred_at == when  # the seconds the form does not show are kept
    assert len(all_contacts()) == 1


@pytest.mark.parametrize("field", ["waited", "reason", "when", "resolved"])
def test_enter_saves_from_other_single_line_controls(ctx: AppContext, shop, qtbot, field: str) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot, customer_id=shop["tom"].id)
    widget = getattr(dialog, field)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    assert len(all_contacts()) == 1


def test_editing_can_resolve_or_reopen_a_contact(ctx: AppContext, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    logged = interactions.log(shop["tom"].id, channel="phone", summary="Warranty question")
    dialog = open_dialog(ctx, qtbot, interaction_id=logged.id)
    assert not dialog.fields.status_check.isChecked()
    dialog.fields.status_check.setChecked(True)
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    resolved = interactions.get(logged.id)
    assert resolved.status == "resolved" and not resolved.resolved_first_contact
    dialog = open_dialog(ctx, qtbot, interaction_id=logged.id)
    assert dialog.fields.status_check.isChecked() and dialog.fields.status_label.text().startswith("on ")
    dialog.fields.status_check.setChecked(False)
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert interactions.get(logged.id).status == "open"


def test_a_record_deleted_meanwhile_is_said_plainly(ctx: AppContext, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot, followup_id=9999)
    assert dialog.form.banner.isVisible() and "9999" in dialog.form.banner.text()
    assert dialog.picker.customer() is None and dialog.save_button.isEnabled()
    dialog = open_dialog(ctx, qtbot, interaction_id=9999)
    assert "no contact" in dialog.form.banner.text() and not dialog.save_button.isEnabled()


def test_a_time_the_clocks_skipped_is_refused_naming_the_gap(ctx: AppContext, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    if QDateTime(datetime(2025, 3, 30, 2, 30)).toPython() != datetime(2025, 3, 30, 2, 30):
        pytest.skip("this computer's own zone skips that hour too, so the field cannot hold it")
    clock.set_shop_zone("Europe/Oslo")
    try:
        dialog = open_dialog(ctx, qtbot)
        pick(dialog, qtbot, "Ingrid")
        qtbot.keyClicks(dialog.summary, "Called about the bell")
        dialog.when.setDateTime(QDateTime(datetime(2025, 3, 30, 2, 30)))
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert dialog.form.error_text("occurred_at") == (
            "2025-03-30 02:30 does not exist in Europe/Oslo: clocks went from 02:00 to 03:00"
        )
        assert not all_contacts()
        dialog.when.setDateTime(QDateTime(datetime(2025, 10, 26, 2, 30)))  # happened twice: the first
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
        assert dialog.result() == ContactDialog.DialogCode.Accepted
        assert [row.occurred_at for row in all_contacts()] == [datetime(2025, 10, 26, 0, 30)]
    finally:
        clock.set_shop_zone(None)
