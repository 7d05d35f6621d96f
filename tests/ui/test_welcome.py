"""First start: the welcome dialog creates the owner and names the shop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from carebook import settings
from carebook.services import staff
from ui.context import AppContext
from ui.dialogs import welcome
from ui.dialogs.welcome import WelcomeDialog
from ui.state import LocalState


@pytest.fixture
def first_ctx(db, state: LocalState, qapp) -> AppContext:  # type: ignore[no-untyped-def]
    return AppContext(state, where=str(db))  # nobody at the counter, no staff yet


@pytest.fixture
def dialog(first_ctx: AppContext, qtbot, monkeypatch: pytest.MonkeyPatch) -> WelcomeDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(welcome, "demo_available", lambda: True)
    dialog = WelcomeDialog(first_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_welcome_creates_the_owner_and_names_the_shop(
    dialog: WelcomeDialog, first_ctx: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert dialog.phone_region.value() == "GB"
    assert dialog.empty_radio.isChecked()
    qtbot.keyClicks(dialog.shop_name, "Corner Bikes")
    qtbot.keyClicks(dialog.owner_name, "Maria Jensen")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.owner_name, Qt.Key.Key_Return)  # Enter starts
    assert settings.load().shop_name == "Corner Bikes"
    assert [(row.name, row.role) for row in staff.list_staff()] == [("Maria Jensen", "owner")]
    assert first_ctx.staff is not None and first_ctx.staff.name == "Maria Jensen"
    assert first_ctx.is_owner
    assert first_ctx.state.get("counter/staff_id") == first_ctx.staff.id


def test_both_answers_are_required(dialog: WelcomeDialog) -> None:
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.form.error_text("shop_name") == "Please enter your shop's name."
    assert dialog.form.error_text("name") == "Please enter your name."
    assert staff.list_staff(active_only=False) == ()
    dialog.shop_name.setText("Corner Bikes")
    dialog.phone_region.setEditText("Atlantis")
    dialog.owner_name.setText("Maria")
    dialog.save_button.click()
    assert "Atlantis" in dialog.form.error_text("phone_region")
    assert dialog.owner_name.text() == "Maria"
    assert staff.list_staff(active_only=False) == ()


def test_demo_data_is_loaded_when_chosen(
    dialog: WelcomeDialog, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    loaded: list[bool] = []

    def fake_demo() -> None:
        loaded.append(True)
        settings.update(shop_name="Demo Shop")

    monkeypatch.setattr(welcome, "load_demo_data", fake_demo)
    assert dialog.demo_radio.isVisible()
    dialog.shop_name.setText("Corner Bikes")
    dialog.owner_name.setText("Maria Jensen")
    dialog.demo_radio.setChecked(True)
    dialog.save_button.click()
    assert loaded == [True]
    assert settings.load().shop_name == "Corner Bikes"  # the demo did not rename the shop


def test_a_failed_demo_load_can_be_retried_without_a_second_owner(
    dialog: WelcomeDialog, monkeypatch: pytest.MonkeyPatch, msgboxes
) -> None:  # type: ignore[no-untyped-def]
    from carebook.errors import StorageError

    attempts: list[int] = []

    def flaky_demo() -> None:
        attempts.append(1)
        if len(attempts) == 1:
            raise StorageError("The disk is full: free some space, then try again. Nothing was saved.")

    monkeypatch.setattr(welcome, "load_demo_data", flaky_demo)
    dialog.shop_name.setText("Corner Bikes")
    dialog.owner_name.setText("Maria Jensen")
    dialog.demo_radio.setChecked(True)
    dialog.save_button.click()
    assert dialog.isVisible() and msgboxes.kinds() == ["error"]
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert [row.name for row in staff.list_staff()] == ["Maria Jensen"]


def test_demo_choice_hidden_without_the_demo_module(first_ctx: AppContext, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(welcome, "demo_available", lambda: False)
    dialog = WelcomeDialog(first_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.demo_radio.isVisible()
    assert dialog.empty_radio.isVisible() and dialog.import_radio.isVisible()  # empty, or import a file
