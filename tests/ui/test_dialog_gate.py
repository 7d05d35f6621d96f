"""No click falls through: a double-click on a toolbar action opens one dialog, and neither its second
click nor a click meant for the dialog reaches the table under it; every dialog action ignores repeats."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from carebook.services import customers
from ui.main_actions import MainActions

TOOLBAR = ("new_customer", "log_contact", "new_followup")


def open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


@pytest.fixture(autouse=True)
def _no_dialog_left(qtbot):  # type: ignore[no-untyped-def]
    yield
    for dialog in open_dialogs():
        dialog.reject()


@pytest.fixture
def on_customers(main_window, qtbot):  # type: ignore[no-untyped-def]
    ids = [customers.create(f"Customer {n}").row.id for n in range(6)]
    page = main_window.show_page("customers")
    page.refresh()
    main_window.show_customer(ids[0])
    qtbot.waitUntil(lambda: page.detail.customer_id == ids[0])
    return page, ids[0]


def close_all(qtbot) -> None:  # type: ignore[no-untyped-def]
    for dialog in open_dialogs():
        dialog.reject()
    qtbot.waitUntil(lambda: not open_dialogs())


@pytest.mark.parametrize("name", TOOLBAR)
def test_a_double_click_on_a_toolbar_action_opens_one_dialog_and_changes_no_selection(
    main_window, on_customers, qtbot, name: str
) -> None:  # type: ignore[no-untyped-def]
    page, first = on_customers
    selected = page.table.selectionModel().selectedRows()
    button = main_window.toolbar.widgetForAction(getattr(main_window.actions, name))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseDClick(button, Qt.MouseButton.LeftButton)  # the second click of the double-click
    # and a click where the dialog is being shown, on the table under it
    row = page.table.visualRect(page.table.model().index(3, 0)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert len(open_dialogs()) == 1
    assert page.detail.customer_id == first
    assert page.table.selectionModel().selectedRows() == selected
    close_all(qtbot)
    # the click after a double-click on the dialog's button does not land on the table either
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert page.detail.customer_id == first
    # once things settle, the table takes clicks again
    qtbot.waitUntil(lambda: not main_window.actions.gate.busy())
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert page.detail.customer_id != first


@pytest.mark.parametrize("name", [n for n in MainActions.DIALOG_ACTIONS if n != "about_qt"])
def test_every_dialog_action_ignores_a_repeat_while_its_dialog_is_open(
    main_window, qtbot, name: str
) -> None:  # type: ignore[no-untyped-def]
    action = getattr(main_window.actions, name)
    action.trigger()
    action.trigger()
    assert len(open_dialogs()) == 1
    close_all(qtbot)
    qtbot.waitUntil(lambda: not main_window.actions.gate.busy())
    action.trigger()
    assert len(open_dialogs()) == 1
    close_all(qtbot)


def test_a_dialog_that_fails_to_open_does_not_leave_the_window_deaf(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    gate = main_window.actions.gate

    def broken() -> object:
        raise RuntimeError("no dialog today")

    with pytest.raises(RuntimeError):
        gate.run(broken)
    qtbot.waitUntil(lambda: not gate.busy())
    assert gate.run(lambda: None) is None
    qtbot.waitUntil(lambda: not gate.busy())
    assert not gate._filtering
