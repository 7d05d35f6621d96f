""" "Changed at another counter": a form open on a record saved behind its back (a second connection to the
same database) shows both values of each clashing field on Save, saves exactly what the clerk chooses,
merges the other fields silently, and keeps the typed work when the record was deleted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from carebook import settings
from carebook.services import customers, followups, interactions, staff
from carebook.usecases import customers as customer_cases
from tests.core.versions_support import OtherCounter, other_counter_fixture  # noqa: F401
from ui.context import AppContext
from ui.dialogs.conflict_dialog import MINE, THEIRS, ConflictDialog
from ui.dialogs.contact_dialog import ContactDialog
from ui.dialogs.customer_dialog import CustomerDialog
from ui.dialogs.followup_dialog import FollowupDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.dialogs.staff_dialog import StaffDialog

Answer = Callable[[ConflictDialog], None]


class Shown:
    """The conflict views the save opened, answered by ``answer`` (no nested event loop)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.dialogs: list[ConflictDialog] = []
        self.answers: list[Answer] = []

        def run(dialog: ConflictDialog) -> int:
            self.dialogs.append(dialog)
            self.answers.pop(0)(dialog)
            return dialog.result()

        monkeypatch.setattr(ConflictDialog, "exec", run)

    def values(self, index: int = -1) -> dict[str, tuple[str, str]]:
        """Per clashing field: the texts shown for mine and for theirs."""
        dialog = self.dialogs[index]
        groups = dialog.groups.items()
        return {name: (g.button(MINE).toolTip(), g.button(THEIRS).toolTip()) for name, g in groups}


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    return Shown(monkeypatch)


@pytest.fixture
def tom(db) -> customers.CustomerRow:  # type: ignore[no-untyped-def]
    return customers.create("Tom Baker", company="Baker & Sons", phone="020 7946 0123").row


def _open(dialog: Any, qtbot) -> Any:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _customer_dialog(ctx: AppContext, qtbot, tom: customers.CustomerRow) -> CustomerDialog:  # type: ignore[no-untyped-def]
    dialog = _open(CustomerDialog(ctx, None, customer_id=tom.id), qtbot)
    dialog.customer_form.name.setText("Tom B. Baker")
    dialog.customer_form.company.setText("Baker & Daughters")
    return dialog


@pytest.mark.parametrize(
    ("answer", "name", "company"),
    [
        (ConflictDialog.keep_mine, "Tom B. Baker", "Baker & Daughters"),
        (ConflictDialog.take_theirs, "Thomas Baker", "Baker Ltd"),
        (lambda d: (d.pick("company", THEIRS), d.save_choices()), "Tom B. Baker", "Baker Ltd"),
    ],
    ids=["keep all mine", "take all theirs", "field by field"],
)
def test_a_clash_shows_both_values_and_each_choice_saves_what_it_says(  # type: ignore[no-untyped-def]
    ctx: AppContext, qtbot, tom, other_counter: OtherCounter, shown: Shown, answer: Answer, name, company
) -> None:
    dialog = _customer_dialog(ctx, qtbot, tom)
    with other_counter():  # the other counter saves while this one is open
        customer_cases.change_customer(
            tom.id, name="Thomas Baker", company="Baker Ltd", notes="Prefers mornings"
        )
    shown.answers.append(answer)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    conflict_view = shown.dialogs[0]
    assert conflict_view.windowTitle() == "Changed at another counter"
    assert shown.values() == {
        "name": ("Tom B. Baker", "Thomas Baker"),
        "company": ("Baker & Daughters", "Baker Ltd"),
    }
    assert conflict_view.merged_label.text() == "Merged by themselves: Notes"
    row = customers.get(tom.id)
    assert (row.name, row.company, row.notes) == (name, company, "Prefers mornings")  # theirs merged in


def test_fields_only_one_counter_changed_merge_without_asking(  # type: ignore[no-untyped-def]
    ctx: AppContext, qtbot, tom, other_counter: OtherCounter, shown: Shown
) -> None:
    dialog = _open(CustomerDialog(ctx, None, customer_id=tom.id), qtbot)
    dialog.customer_form.company.setText("Baker & Daughters")
    with other_counter():
        customer_cases.change_customer(tom.id, notes="Prefers mornings")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    assert shown.dialogs == []
    row = customers.get(tom.id)
    assert (row.company, row.notes, row.version) == ("Baker & Daughters", "Prefers mornings", 3)


def test_cancel_goes_back_to_the_form_and_a_later_save_conflicts_again(  # type: ignore[no-untyped-def]
    ctx: AppContext, qtbot, tom, other_counter: OtherCounter, shown: Shown
) -> None:
    dialog = _customer_dialog(ctx, qtbot, tom)
    with other_counter():
        customer_cases.change_customer(tom.id, name="Thomas Baker")
    shown.answers.append(lambda d: d.reject())
    assert not dialog.try_save()
    assert dialog.isVisible() and dialog.customer_form.name.text() == "Tom B. Baker"
    assert customers.get(tom.id).name == "Thomas Baker"
    # chosen, but the other counter saved once more meanwhile: the view comes back with the newest value
    shown.answers.append(ConflictDialog.keep_mine)
    shown.answers.append(ConflictDialog.keep_mine)

    def save_behind_its_back(_dialog: ConflictDialog) -> None:
        with other_counter():
            customer_cases.change_customer(tom.id, name="T. Baker")
        _dialog.keep_mine()

    shown.answers[0] = save_behind_its_back
    assert dialog.try_save()
    assert shown.values(-1)["name"] == ("Tom B. Baker", "T. Baker")
    assert customers.get(tom.id).name == "Tom B. Baker"


def test_a_record_deleted_at_the_other_counter_keeps_the_typed_work(  # type: ignore[no-untyped-def]
    ctx: AppContext, qtbot, tom, other_counter: OtherCounter, shown: Shown, msgboxes
) -> None:
    dialog = _customer_dialog(ctx, qtbot, tom)
    with other_counter():
        customers.trash([tom.id])
    assert not dialog.try_save()
    assert msgboxes.texts("warning")[-1].startswith("This record was deleted at another counter")
    assert dialog.isVisible() and dialog.customer_form.name.text() == "Tom B. Baker"
    draft = ctx.drafts.get(f"customer/{tom.id}")
    assert draft is not None and draft.values["name"] == "Tom B. Baker"
    dialog.reject()  # closing keeps the draft, unasked
    assert not dialog.isVisible() and ctx.drafts.get(f"customer/{tom.id}") is not None
    assert shown.dialogs == []


def test_the_customer_pane_shows_the_conflict_too(  # type: ignore[no-untyped-def]
    main_window, ctx: AppContext, qtbot, tom, other_counter: OtherCounter, shown: Shown
) -> None:
    from ui.pages.customer_detail import CustomerDetail

    main_window.show_customer(tom.id)

    def shown_in_the_pane() -> CustomerDetail | None:
        panes = main_window.findChildren(CustomerDetail)
        return next((d for d in panes if d.row is not None and d.row.id == tom.id), None)

    qtbot.waitUntil(lambda: shown_in_the_pane() is not None)
    detail = shown_in_the_pane()
    assert detail is not None
    detail.form.company.setText("Baker & Daughters")
    with other_counter():
        customer_cases.change_customer(tom.id, company="Baker Ltd", notes="Prefers mornings")
    shown.answers.append(ConflictDialog.take_theirs)
    assert detail.save()
    assert shown.values() == {"company": ("Baker & Daughters", "Baker Ltd")}
    assert (detail.form.company.text(), detail.form.notes.toPlainText()) == ("Baker Ltd", "Prefers mornings")
    assert not detail.is_dirty()


def test_contact_follow_up_staff_and_settings_dialogs_show_the_conflict(  # type: ignore[no-untyped-def]
    ctx: AppContext, qtbot, tom, other_counter: OtherCounter, shown: Shown
) -> None:
    contact = interactions.log(tom.id, channel="phone", summary="Asked about the repair")
    dialog = _open(ContactDialog(ctx, interaction_id=contact.id), qtbot)
    dialog.summary.setText("Repair quote sent")
    with other_counter():
        interactions.edit(contact.id, summary="Repair booked", channel="email")
    shown.answers.append(ConflictDialog.keep_mine)
    assert dialog.try_save()
    assert shown.values() == {"summary": ("Repair quote sent", "Repair booked")}
    assert shown.dialogs[-1].merged_label.text() == "Merged by themselves: Channel"
    stored = interactions.get(contact.id)
    assert (stored.summary, stored.channel) == ("Repair quote sent", "email")

    plan = followups.create(tom.id, due_on=date(2030, 1, 2), note="Ring back")
    dialog = _open(FollowupDialog(ctx, followup_id=plan.id), qtbot)
    dialog.note.setPlainText("Ring back with the quote")
    with other_counter():
        followups.change(plan.id, note="Email the quote", priority="high")
    shown.answers.append(ConflictDialog.take_theirs)
    assert dialog.try_save()
    assert shown.values()["note"] == ("Ring back with the quote", "Email the quote")
    assert (followups.get(plan.id).note, followups.get(plan.id).priority) == ("Email the quote", "high")

    kim = staff.add("Kim")
    people = _open(StaffDialog(ctx), qtbot)
    people.staff_list.setCurrentRow(next(i for i, row in enumerate(people.rows) if row.id == kim.id))
    people.name_edit.setText("Kim Lee")
    with other_counter():
        staff.change(kim.id, name="Kimberly")
    shown.answers.append(ConflictDialog.keep_mine)
    people._save_selected()
    assert shown.values() == {"name": ("Kim Lee", "Kimberly")}
    assert shown.dialogs[-1].groups["name"].button(MINE).accessibleName() == "Name: yours"
    assert staff.get(kim.id).name == "Kim Lee"

    shop = _open(SettingsDialog(ctx), qtbot)
    shop.shop_name.setText("Corner Bikes")
    with other_counter():
        settings.update(shop_name="Corner Cycles", paper_size="Letter")
    shown.answers.append(lambda d: (d.pick("shop_name", THEIRS), d.save_choices()))
    assert shop.try_save()
    assert shown.values() == {"shop_name": ("Corner Bikes", "Corner Cycles")}
    assert (settings.get("shop_name"), settings.get("paper_size")) == ("Corner Cycles", "Letter")
