"""The customer dialog (new and edit): Enter saves, messages next to fields, duplicate emails."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from carebook.services import customers
from ui.context import AppContext
from ui.dialogs import launcher
from ui.dialogs.customer_dialog import CustomerDialog


@pytest.fixture
def dialog(ctx: AppContext, qtbot) -> CustomerDialog:  # type: ignore[no-untyped-def]
    opened = CustomerDialog(ctx, None)
    qtbot.addWidget(opened)
    opened.open()
    qtbot.waitExposed(opened)
    return opened


def test_the_launcher_opens_it_and_the_window_refreshes(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    opened = launcher.open_customer_dialog(ctx, None)
    assert isinstance(opened, CustomerDialog)
    opened.customer_form.name.setText("Tom Baker")
    with qtbot.waitSignal(ctx.data_changed), qtbot.waitSignal(ctx.customer_requested) as shown:
        opened.save_button.click()
    (row,) = customers.list_customers().rows
    assert row.name == "Tom Baker" and shown.args == [row.id]  # the window then shows the new customer


def test_enter_adds_the_customer(dialog: CustomerDialog, ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    form = dialog.customer_form
    assert dialog.windowTitle() == "New customer" and form.name.hasFocus()
    qtbot.keyClicks(form.name, "Ingrid Ødegård")
    form.company.setText("Fjord Bikes")
    form.email.setText("Ingrid@Fjord.example")
    form.phone.setText("020 7946 0123")
    form.tags.setText("VIP; wholesale")
    form.channel.setCurrentIndex(form.channel.findData("phone"))
    form.consent.setChecked(True)
    form.every_check.setChecked(True)
    form.every_days.setValue(60)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(form.email, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.saved is not None
    row = customers.get(dialog.saved.row.id)
    assert (row.name, row.company, row.email, row.phone_e164) == (
        "Ingrid Ødegård",
        "Fjord Bikes",
        "Ingrid@fjord.example",
        "+442079460123",
    )
    assert (row.preferred_channel, row.consent_marketing, row.contact_every_days) == ("phone", True, 60)
    assert row.tags == ("VIP", "wholesale")


def test_bad_fields_get_messages_and_keep_the_text(dialog: CustomerDialog) -> None:
    form = dialog.customer_form
    form.email.setText("ingrid@@fjord")
    form.notes.setPlainText("Met at the spring fair")
    dialog.save_button.click()
    assert form.form.error_text("name") == "Is required"
    assert "not a valid email address" in form.form.error_text("email")
    assert form.email.text() == "ingrid@@fjord" and form.notes.toPlainText() == "Met at the spring fair"
    assert dialog.isVisible() and customers.count_customers() == 0
    assert form.email.property("invalid") is True


def test_an_invalid_phone_warns_and_is_saved_as_typed(dialog: CustomerDialog, ctx: AppContext) -> None:
    form = dialog.customer_form
    form.name.setText("Sam")
    form.phone.setText("555")
    form.phone.editingFinished.emit()
    assert "not a valid number for GB" in form.phone_warning()  # warned as soon as it is typed
    statuses: list[str] = []
    ctx.status_message.connect(statuses.append)
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert customers.get(dialog.saved.row.id).phone == "555"  # type: ignore[union-attr]
    assert "kept as typed" in statuses[-1]


def test_a_duplicate_email_offers_the_existing_customer(
    dialog: CustomerDialog, ctx: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    anna = customers.create("Anna Smith", email="anna@example.com").row.id
    form = dialog.customer_form
    form.name.setText("Anna S.")
    form.email.setText("ANNA@example.com")
    form.email.editingFinished.emit()
    assert (
        dialog.duplicate_box.isVisible()
        and "Anna Smith already has this email" in dialog.duplicate_label.text()
    )
    dialog.save_button.click()  # first Save: nothing written, the button now says so
    assert customers.count_customers() == 1 and dialog.save_button.text() == "Save anyway"
    with qtbot.waitSignal(ctx.customer_requested) as shown:
        dialog.open_duplicate_button.click()
    assert shown.args == [anna] and not dialog.isVisible()


def test_save_anyway_keeps_both(dialog: CustomerDialog) -> None:
    customers.create("Anna Smith", email="anna@example.com")
    form = dialog.customer_form
    form.name.setText("Anna Smythe")
    form.email.setText("anna@example.com")
    dialog.save_button.click()
    dialog.save_button.click()
    assert customers.count_customers() == 2
    form.email.setText("other@example.com")  # (the dialog is closed; nothing else happens)


def test_editing_changes_only_what_was_changed(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    tom = customers.create("Tom Baker", company="Baker & Sons", email="tom@baker.example", tags=["VIP"]).row
    dialog = CustomerDialog(ctx, None, customer_id=tom.id)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.customer_form
    assert dialog.windowTitle() == "Edit customer"
    assert (form.name.text(), form.company.text(), form.tags.text()) == ("Tom Baker", "Baker & Sons", "VIP")
    assert not dialog.duplicate_box.isVisible()
    form.email.editingFinished.emit()  # his own address is no duplicate
    assert not dialog.duplicate_box.isVisible()
    assert form.changes() == {}
    form.company.setText("Baker & Daughters")
    assert form.changes() == {"company": "Baker & Daughters"}
    dialog.save_button.click()
    row = customers.get(tom.id)
    assert (row.company, row.email, row.tags) == ("Baker & Daughters", "tom@baker.example", ("VIP",))


def test_tags_complete_from_the_shops_tags(dialog: CustomerDialog) -> None:
    tags_edit = dialog.customer_form.tags
    tags_edit.set_names(["VIP", "Wholesale"])
    tags_edit.setText("VIP; who")
    assert tags_edit._current_word() == "who"
    tags_edit.completer_.setCompletionPrefix("who")
    assert tags_edit.completer_.completionCount() == 1
    tags_edit.completer_.activated.emit("Wholesale")  # what picking it from the list does
    assert tags_edit.text() == "VIP; Wholesale;"
