"""Staff: the owner manages the list, others only see it; choosing who is at the counter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from carebook.services import staff
from ui.context import AppContext
from ui.dialogs.counter_dialog import CounterDialog
from ui.dialogs.staff_dialog import StaffDialog


@pytest.fixture
def dialog(ctx: AppContext, qtbot) -> StaffDialog:  # type: ignore[no-untyped-def]
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def names(dialog: StaffDialog) -> list[str]:
    return [dialog.staff_list.item(row).text() for row in range(dialog.staff_list.count())]


def test_owner_adds_a_staff_member(dialog: StaffDialog, ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert names(dialog) == ["Olivia Owner — Owner"]
    qtbot.keyClicks(dialog.new_name, "Sam Staff")
    with qtbot.waitSignal(ctx.data_changed):
        qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    assert names(dialog) == ["Olivia Owner — Owner", "Sam Staff — Staff"]
    assert dialog.selected() is not None and dialog.selected().name == "Sam Staff"
    assert dialog.new_name.text() == ""
    assert [(row.name, row.role) for row in staff.list_staff()] == [
        ("Olivia Owner", "owner"),
        ("Sam Staff", "staff"),
    ]


def test_duplicate_name_gets_a_message_next_to_the_field(dialog: StaffDialog) -> None:
    dialog.new_name.setText("olivia owner")
    dialog.add_button.click()
    assert "already on the staff list" in dialog.form.error_text("name")
    assert dialog.new_name.text() == "olivia owner"
    assert len(staff.list_staff()) == 1


def test_rename_and_role_change(dialog: StaffDialog) -> None:
    sam = staff.add("Sam Staff", "staff")
    dialog.reload(select_id=sam.id)
    dialog.name_edit.setText("Samantha Staff")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("owner"))
    dialog.update_button.click()
    assert staff.get(sam.id) == staff.StaffRow(sam.id, "Samantha Staff", "owner", True, version=2)  # one save
    assert "Samantha Staff — Owner" in names(dialog)


def test_deactivate_and_activate(dialog: StaffDialog) -> None:
    sam = staff.add("Sam Staff", "staff")
    dialog.reload(select_id=sam.id)
    assert dialog.toggle_button.text() == "Deactivate"
    dialog.toggle_button.click()
    assert staff.get(sam.id).active is False
    assert "Sam Staff — Staff (inactive)" in names(dialog)
    assert dialog.toggle_button.text() == "Activate"
    dialog.toggle_button.click()
    assert staff.get(sam.id).active is True


def test_the_last_owner_cannot_be_deactivated(dialog: StaffDialog, msgboxes) -> None:  # type: ignore[no-untyped-def]
    dialog.reload()
    assert dialog.selected() is not None and dialog.selected().name == "Olivia Owner"
    dialog.toggle_button.click()
    assert msgboxes.kinds() == ["warning"]
    assert "only active owner" in msgboxes.texts()[0]
    assert staff.get_by_name("Olivia Owner").active is True


def test_non_owners_see_the_list_read_only(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx.set_staff(staff.add("Sam Staff", "staff"))
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.read_only_note.isVisible()
    assert dialog.staff_list.count() == 2 and dialog.staff_list.isEnabled()
    for widget in (
        dialog.name_edit,
        dialog.role_combo,
        dialog.update_button,
        dialog.toggle_button,
        dialog.add_button,
    ):
        assert not widget.isEnabled()


def test_an_owner_who_makes_themself_staff_loses_the_controls(dialog: StaffDialog, ctx: AppContext) -> None:
    staff.add("Second Owner", "owner")
    dialog.reload(select_id=ctx.staff_id)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("staff"))
    dialog.update_button.click()
    assert ctx.staff is not None and ctx.staff.role == "staff"
    assert not dialog.add_button.isEnabled()


def test_choosing_who_is_at_the_counter(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    sam = staff.add("Sam Staff", "staff")
    dialog = CounterDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.staff_list.item(r).text() for r in range(2)] == [
        "Olivia Owner — Owner",
        "Sam Staff — Staff",
    ]
    assert dialog.chosen() == ctx.staff
    dialog.staff_list.setCurrentRow(1)
    with qtbot.waitSignal(ctx.staff_changed) as changed:
        dialog.save_button.click()
    assert changed.args == [sam]
    assert ctx.staff == sam and ctx.state.get("counter/staff_id") == sam.id
    assert dialog.result() == CounterDialog.DialogCode.Accepted
