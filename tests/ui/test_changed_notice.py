"""An open form whose record changed at another counter says so and keeps what the clerk typed."""

from __future__ import annotations

import pytest

from carebook import settings
from carebook.changes import ChangeSet
from carebook.services import customers, followups, interactions, staff
from ui.context import AppContext
from ui.dialogs import launcher
from ui.dialogs.changed_notice import CHANGED, DELETED, ChangedNotice
from ui.pages.customers import CustomersPage

CHANGED_TEXT = "Changed at another counter. Your changes are kept; saving will compare them."


def _notice(dialog) -> ChangedNotice:  # type: ignore[no-untyped-def]
    found = dialog.findChild(ChangedNotice)
    assert found is not None
    return found


@pytest.fixture
def ann(db) -> int:  # type: ignore[no-untyped-def]
    return customers.create("Ann Archer", company="Acme").row.id


def test_a_customer_changed_elsewhere_keeps_the_typing_and_says_so(ctx: AppContext, ann: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = launcher.open_customer_dialog(ctx, None, customer_id=ann)
    qtbot.addWidget(dialog)
    notice = _notice(dialog)
    dialog.customer_form.name.setText("Ann Archer-Smith")  # type: ignore[attr-defined]
    assert not notice.isVisible()
    interactions.log(ann, channel="phone")  # recounts her open contacts: not a change of her record
    ctx.notify_records_changed(ChangeSet.of("customer", [ann]))
    ctx.notify_records_changed(ChangeSet.everything())
    assert notice.isHidden()
    other = customers.create("Bo").row.id
    customers.update(other, company="Elsewhere")
    ctx.notify_records_changed(ChangeSet.of("customer", [other]))  # someone else's record
    assert notice.isHidden()
    customers.update(ann, company="Acme Ltd")
    ctx.notify_records_changed(ChangeSet.of("customer", [ann]))
    assert notice.isVisible() and notice.kind == CHANGED and notice.label.text() == CHANGED_TEXT
    assert dialog.customer_form.name.text() == "Ann Archer-Smith"  # type: ignore[attr-defined]
    assert dialog.customer_form.company.text() == "Acme"  # type: ignore[attr-defined]  # as loaded


def test_an_unnamed_change_is_compared(ctx: AppContext, ann: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = launcher.open_customer_dialog(ctx, None, customer_id=ann)
    qtbot.addWidget(dialog)
    customers.update(ann, email="ann@example.com")
    ctx.notify_records_changed(ChangeSet.everything())  # SQLite: "something changed"
    assert _notice(dialog).kind == CHANGED


def test_a_contact_deleted_elsewhere(ctx: AppContext, ann: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    contact = interactions.log(ann, channel="phone", summary="Called")
    dialog = launcher.open_record_dialog(ctx, None, "contact", interaction_id=contact.id)
    qtbot.addWidget(dialog)
    dialog.summary.setText("Called about the invoice")  # type: ignore[attr-defined]
    interactions.delete(contact.id)
    ctx.notify_records_changed(ChangeSet.of("interaction", [contact.id]))
    notice = _notice(dialog)
    assert notice.kind == DELETED and notice.label.text().startswith("Deleted at another counter.")
    assert dialog.summary.text() == "Called about the invoice"  # type: ignore[attr-defined]


def test_a_follow_up_changed_elsewhere(ctx: AppContext, ann: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    due = followups.create(ann, due_on="2030-01-02", note="Ring back")
    dialog = launcher.open_record_dialog(ctx, None, "followup", followup_id=due.id)
    qtbot.addWidget(dialog)
    followups.snooze(due.id, due_on="2030-01-09")
    ctx.notify_records_changed(ChangeSet.of("followup"))  # some follow-ups, which not said
    assert _notice(dialog).kind == CHANGED


def test_a_score_hears_only_of_its_customer_going(ctx: AppContext, ann: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.score_dialog import ScoreDialog

    dialog = launcher.show_dialog(ctx, ScoreDialog(ctx, None, customer_id=ann))
    qtbot.addWidget(dialog)
    customers.update(ann, company="Acme Ltd")
    ctx.notify_records_changed(ChangeSet.of("customer", [ann]))
    assert _notice(dialog).isHidden()
    customers.trash([ann])
    ctx.notify_records_changed(ChangeSet.of("customer", [ann]))
    assert _notice(dialog).kind == DELETED


def test_the_staff_member_being_edited(ctx: AppContext, qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    sam = staff.add("Sam Staff")
    dialog = main_window.open_staff()
    rows = [dialog.staff_list.item(row).text() for row in range(dialog.staff_list.count())]
    dialog.staff_list.setCurrentRow(next(i for i, text in enumerate(rows) if "Sam" in text))
    notice = _notice(dialog)
    dialog.name_edit.setText("Samantha")
    staff.rename(sam.id, "Sam Stone")
    ctx.notify_records_changed(ChangeSet.of("staff", [sam.id]))
    assert notice.kind == CHANGED and dialog.name_edit.text() == "Samantha"
    dialog.staff_list.setCurrentRow(0)  # another person in the form: the notice was about Sam
    assert notice.isHidden()
    dialog.reject()


def test_the_settings_changed_elsewhere(ctx: AppContext, main_window) -> None:  # type: ignore[no-untyped-def]
    dialog = main_window.open_settings()
    dialog.shop_name.setText("Corner Bikes")
    settings.update(paper_size="letter")
    ctx.notify_records_changed(ChangeSet.of("setting"))
    assert _notice(dialog).kind == CHANGED and dialog.shop_name.text() == "Corner Bikes"
    dialog.reject()


def test_the_customer_detail_keeps_unsaved_edits(main_window, ann: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = main_window.show_page("customers")
    assert isinstance(page, CustomersPage) and page.open_customer(ann)
    detail = page.detail
    notice = detail.changed_notice
    customers.update(ann, company="Acme Ltd")  # not being edited: the detail simply shows it
    main_window.ctx.notify_records_changed(ChangeSet.of("customer", [ann]))
    qtbot.waitUntil(lambda: detail.form.company.text() == "Acme Ltd")
    assert notice.isHidden()
    detail.form.notes.setPlainText("Prefers mornings")
    customers.update(ann, company="Acme Group")
    main_window.ctx.notify_records_changed(ChangeSet.of("customer", [ann]))
    qtbot.waitUntil(lambda: detail.row.company == "Acme Group")
    assert notice.isVisible() and notice.kind == CHANGED
    assert detail.form.notes.toPlainText() == "Prefers mornings" and detail.is_dirty()
    customers.trash([ann])
    main_window.ctx.notify_records_changed(ChangeSet.of("customer", [ann]))
    assert notice.kind == DELETED and detail.form.notes.toPlainText() == "Prefers mornings"
    detail.revert()
    assert notice.isHidden()


def test_a_closed_dialog_hears_nothing_more(ctx: AppContext, ann: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    dialog = launcher.open_customer_dialog(ctx, None, customer_id=ann)
    notice = _notice(dialog)
    heard: list[str] = []
    assert notice.watch is not None
    notice.watch.changed.connect(heard.append)
    dialog.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the launcher deletes it
    assert not shiboken6.isValid(dialog)
    customers.update(ann, company="Gone Ltd")
    ctx.notify_records_changed(ChangeSet.of("customer", [ann]))  # no error from a deleted watch
    assert heard == []
