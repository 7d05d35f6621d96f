"""Typed work is never thrown away: the log-contact dialog keeps its draft (Escape, Cancel, the close
button), brings it back for that customer with a "Draft restored" note, and a draft written while typing
survives a crash; the other dialogs ask Save / Discard / Keep editing. Real key and mouse events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from carebook.drafts import DraftStore
from carebook.services import customers, interactions
from ui.context import AppContext
from ui.dialogs import draft_keeper
from ui.dialogs.base import DISCARD, KEEP_EDITING, SAVE
from ui.dialogs.contact_dialog import ContactDialog
from ui.dialogs.customer_dialog import CustomerDialog

LONG_NOTE = ("The customer explained the gear problem at length, step by step. " * 32)[:2000]


@pytest.fixture
def ingrid(db):  # type: ignore[no-untyped-def]
    return customers.create("Ingrid Ødegård", phone="07700 900123").row


def shown(dialog, qtbot):  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_into(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_escape_keeps_a_2000_character_draft_and_the_next_dialog_for_that_customer_restores_it(
    ctx: AppContext, ingrid, qtbot, msgboxes
) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(ContactDialog(ctx, customer_id=ingrid.id), qtbot)
    type_into(qtbot, dialog.summary, "Gear slips")
    type_into(qtbot, dialog.notes, LONG_NOTE)
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert msgboxes.calls == []  # kept without a question
    draft = ctx.drafts.get(f"contact/customer/{ingrid.id}")
    assert draft is not None and draft.values["notes"] == LONG_NOTE
    assert interactions.list_interactions(limit=10).rows == ()

    again = shown(ContactDialog(ctx, customer_id=ingrid.id), qtbot)
    assert again.summary.text() == "Gear slips"
    assert again.notes.toPlainText() == LONG_NOTE
    assert again.draft_note is not None and again.draft_note.isVisible()
    assert "Draft restored" in again.draft_note.label.text()

    qtbot.mouseClick(again.draft_note.discard_button, Qt.MouseButton.LeftButton)
    assert again.summary.text() == "" and again.notes.toPlainText() == ""
    assert not again.draft_note.isVisible()
    assert ctx.drafts.get(f"contact/customer/{ingrid.id}") is None


def test_cancel_and_the_close_button_keep_the_draft_too(ctx: AppContext, ingrid, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(ContactDialog(ctx, customer_id=ingrid.id), qtbot)
    type_into(qtbot, dialog.summary, "Cancelled by mistake")
    assert dialog.cancel_button is not None
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    again = shown(ContactDialog(ctx, customer_id=ingrid.id), qtbot)
    assert again.summary.text() == "Cancelled by mistake"
    type_into(qtbot, again.summary, ", then closed")
    again.close()  # the window's close button
    assert not again.isVisible()
    third = shown(ContactDialog(ctx, customer_id=ingrid.id), qtbot)
    assert third.summary.text() == "Cancelled by mistake, then closed"


def test_a_draft_belongs_to_its_customer_and_goes_once_the_contact_is_saved(
    ctx: AppContext, ingrid, qtbot
) -> None:  # type: ignore[no-untyped-def]
    tom = customers.create("Tom Baker").row
    dialog = shown(ContactDialog(ctx, customer_id=ingrid.id), qtbot)
    type_into(qtbot, dialog.summary, "For Ingrid")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Escape)
    other = shown(ContactDialog(ctx, customer_id=tom.id), qtbot)
    assert other.summary.text() == "" and other.draft_note is None
    other.reject()
    again = shown(ContactDialog(ctx, customer_id=ingrid.id), qtbot)
    assert again.summary.text() == "For Ingrid"
    qtbot.keyClick(again.summary, Qt.Key.Key_Return)  # Enter saves
    assert [row.summary for row in interactions.list_interactions(limit=10).rows] == ["For Ingrid"]
    assert ctx.drafts.keys() == []


def test_a_draft_written_while_typing_survives_a_crash(
    ctx: AppContext, ingrid, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(draft_keeper, "DEBOUNCE_MS", 50)
    dialog = shown(ContactDialog(ctx, customer_id=ingrid.id), qtbot)
    type_into(qtbot, dialog.notes, LONG_NOTE)
    key = f"contact/customer/{ingrid.id}"
    # a few seconds behind the typing, the draft is in the file: another process (the app started
    # again after a power cut) reads it from there
    qtbot.waitUntil(lambda: DraftStore(shop=ctx.where).get(key) is not None, timeout=3000)
    assert DraftStore(shop=ctx.where).get(key).values["notes"] == LONG_NOTE  # type: ignore[union-attr]
    dialog.draft_keeper.active = False  # the crash: nothing more is written, no close handler runs
    dialog.hide()
    restarted = AppContext(ctx.state, staff=ctx.staff, where=ctx.where)
    after = shown(ContactDialog(restarted, customer_id=ingrid.id), qtbot)
    assert after.notes.toPlainText() == LONG_NOTE
    assert after.draft_note is not None and after.draft_note.isVisible()


def test_a_damaged_drafts_file_is_set_aside_and_said_in_the_status_bar(
    ctx: AppContext, ingrid, qtbot, data_dir
) -> None:  # type: ignore[no-untyped-def]
    (data_dir / "drafts.json").write_text("{ not json")
    said: list[str] = []
    ctx.status_message.connect(said.append)
    dialog = shown(ContactDialog(ctx, customer_id=ingrid.id), qtbot)
    assert dialog.summary.isEnabled()
    assert any("The drafts file could not be read" in text for text in said)
    assert [p.name.startswith("drafts.damaged-") for p in data_dir.iterdir() if "drafts" in p.name] == [True]


@pytest.mark.parametrize(("choice", "saved", "open_after"), [(SAVE, True, False), (DISCARD, False, False),
                                                             (KEEP_EDITING, False, True)])
def test_escape_in_the_customer_dialog_asks_save_discard_or_keep_editing(
    ctx: AppContext, db, qtbot, msgboxes, choice: int, saved: bool, open_after: bool
) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(CustomerDialog(ctx), qtbot)
    type_into(qtbot, dialog.customer_form.name, "Åse Berg")
    msgboxes.choice = choice
    qtbot.keyClick(dialog.customer_form.name, Qt.Key.Key_Escape)
    assert msgboxes.kinds() == ["choose"]
    assert "not saved" in msgboxes.texts()[0]
    assert dialog.isVisible() is open_after
    assert [row.name for row in customers.list_customers(limit=10).rows] == (["Åse Berg"] if saved else [])
    if not open_after:
        assert ctx.drafts.keys() == []


def test_escape_without_typing_closes_without_a_question(ctx: AppContext, db, qtbot, msgboxes) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(CustomerDialog(ctx), qtbot)
    qtbot.keyClick(dialog.customer_form.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert msgboxes.calls == []
    QApplication.processEvents()


def open_with_edits(window, qtbot, ingrid):  # type: ignore[no-untyped-def]
    """Ingrid's details changed in the customer pane, a new customer typed and a contact typed."""
    window.show_customer(ingrid.id)
    detail = window.page("customers").detail
    qtbot.waitUntil(lambda: detail.customer_id == ingrid.id)
    type_into(qtbot, detail.form.company, "Fjord Bikes")
    assert detail.is_dirty()
    new = window.open_customer_dialog()
    qtbot.waitExposed(new)
    type_into(qtbot, new.customer_form.name, "Åse Berg")
    contact = window.open_contact_dialog(customer_id=ingrid.id)
    qtbot.waitExposed(contact)
    type_into(qtbot, contact.summary, "Asked about the repair")
    return detail, new, contact


def test_ctrl_q_with_unsaved_details_asks_once_and_keep_editing_keeps_the_window(
    main_window, ingrid, qtbot, msgboxes
) -> None:  # type: ignore[no-untyped-def]
    from ui.unsaved import KEEP_EDITING as KEEP
    from ui.unsaved import SAVE_AND_QUIT

    main_window.show_customer(ingrid.id)
    detail = main_window.page("customers").detail
    qtbot.waitUntil(lambda: detail.customer_id == ingrid.id)
    type_into(qtbot, detail.form.company, "Fjord Bikes")
    msgboxes.choice = KEEP
    qtbot.keyClick(detail.form.company, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert msgboxes.kinds() == ["choose"]
    assert "Changes to Ingrid Ødegård's details" in msgboxes.texts()[0]
    assert main_window.isVisible()
    assert detail.form.company.text() == "Fjord Bikes"

    msgboxes.choice = SAVE_AND_QUIT
    qtbot.keyClick(detail.form.company, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not main_window.isVisible()
    assert customers.get(ingrid.id).company == "Fjord Bikes"


def test_closing_the_window_lists_every_unsaved_edit_in_one_question(
    main_window, ingrid, qtbot, msgboxes
) -> None:  # type: ignore[no-untyped-def]
    from ui.unsaved import QUIT_WITHOUT_SAVING

    open_with_edits(main_window, qtbot, ingrid)
    msgboxes.choice = QUIT_WITHOUT_SAVING
    main_window.close()
    assert msgboxes.kinds() == ["choose"]  # asked once
    text = msgboxes.texts()[0]
    assert "Changes to Ingrid Ødegård's details" in text and "New customer" in text
    assert "Log a contact" not in text  # the contact keeps its draft without asking
    assert not main_window.isVisible()
    assert customers.get(ingrid.id).company == ""
    assert [row.name for row in customers.list_customers(limit=10).rows] == ["Ingrid Ødegård"]
    assert ctx_keys(main_window) == [f"contact/customer/{ingrid.id}"]
    draft = main_window.ctx.drafts.get(f"contact/customer/{ingrid.id}")
    assert draft.values["summary"] == "Asked about the repair"


def test_save_and_quit_saves_every_edit(main_window, ingrid, qtbot, msgboxes) -> None:  # type: ignore[no-untyped-def]
    from ui.unsaved import SAVE_AND_QUIT

    open_with_edits(main_window, qtbot, ingrid)
    msgboxes.choice = SAVE_AND_QUIT
    main_window.close()
    assert not main_window.isVisible()
    assert customers.get(ingrid.id).company == "Fjord Bikes"
    names = sorted(row.name for row in customers.list_customers(limit=10).rows)
    assert names == ["Ingrid Ødegård", "Åse Berg"]


def ctx_keys(window) -> list[str]:  # type: ignore[no-untyped-def]
    return window.ctx.drafts.keys()


def test_the_customer_panes_edits_survive_a_crash_and_go_once_saved(
    main_window, ctx: AppContext, ingrid, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    monkeypatch.setattr(draft_keeper, "DEBOUNCE_MS", 50)
    main_window.show_customer(ingrid.id)
    detail = main_window.page("customers").detail
    qtbot.waitUntil(lambda: detail.customer_id == ingrid.id)
    type_into(qtbot, detail.form.company, "Fjord Bikes")
    key = f"customer/{ingrid.id}"
    qtbot.waitUntil(lambda: DraftStore(shop=ctx.where).get(key) is not None, timeout=3000)
    main_window.shutdown()  # the crash: the window is gone without a question, its edits unsaved

    said: list[str] = []
    restarted = AppContext(ctx.state, staff=ctx.staff, where=ctx.where)
    restarted.status_message.connect(said.append)
    window = MainWindow(restarted)
    qtbot.addWidget(window)
    window.show()
    window.show_customer(ingrid.id)
    again = window.page("customers").detail
    qtbot.waitUntil(lambda: again.customer_id == ingrid.id)
    assert again.form.company.text() == "Fjord Bikes"
    assert again.is_dirty() and again.dirty_label.isVisible()
    assert any("Draft restored" in text for text in said)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert customers.get(ingrid.id).company == "Fjord Bikes"
    qtbot.waitUntil(lambda: DraftStore(shop=ctx.where).get(key) is None, timeout=3000)
    window.shutdown()


def test_escape_in_the_add_tag_dialog_with_a_typed_tag_asks_first(
    ctx: AppContext, ingrid, qtbot, msgboxes
) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.bulk_dialogs import AddTagDialog

    dialog = shown(AddTagDialog(ctx, customer_ids=[ingrid.id]), qtbot)
    type_into(qtbot, dialog.tag, "VIP")
    msgboxes.choice = KEEP_EDITING
    qtbot.keyClick(dialog.tag, Qt.Key.Key_Escape)
    assert msgboxes.kinds() == ["choose"] and dialog.isVisible()
    msgboxes.choice = SAVE
    qtbot.keyClick(dialog.tag, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert customers.get(ingrid.id).tags == ("VIP",)
