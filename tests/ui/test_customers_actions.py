"""The Customers page's bulk actions (tag, follow-ups, trash with undo, select all) and finding a
customer far down the list (open_customer), checked in the database."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from carebook import clock
from carebook.services import customer_queries, customers, followups, tags
from tests.ui.customers_support import choices, many, names, page, select_rows, shop
from ui.dialogs.bulk_dialogs import AddTagDialog, BulkFollowupDialog
from ui.models.customers_model import ID_ROLE
from ui.pages.customer_filters import Filters
from ui.pages.customers import CustomersPage

__all__ = ["choices", "page", "shop"]  # fixtures used by name


# -- bulk actions ---------------------------------------------------------------------------------


def test_bulk_add_tag(page: CustomersPage, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    select_rows(page, 0, 2)
    assert page.bulk.selection_label.text() == "2 selected"
    page.bulk.add_tag.trigger()
    dialog = page.bulk.last_dialog
    assert isinstance(dialog, AddTagDialog)
    dialog.tag.setEditText("Newsletter")
    with qtbot.waitSignal(page.ctx.data_changed):
        dialog.save_button.click()
    assert tags.tags_of(shop["anna"]) == ("Newsletter",) and tags.tags_of(shop["zoe"]) == ("Newsletter",)
    assert tags.tags_of(shop["tom"]) == ("VIP",)


def test_bulk_follow_ups_for_every_selected_customer(page: CustomersPage, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    select_rows(page, 1, 2)
    page.bulk.followup.trigger()
    dialog = page.bulk.last_dialog
    assert isinstance(dialog, BulkFollowupDialog)
    dialog.due.edit.setText("2026-02-30")
    dialog.save_button.click()
    assert "not a real date" in dialog.form.error_text("due_on")
    assert followups.for_customer(shop["tom"]) == ()  # nothing written
    dialog.due.edit.setText((clock.today() + timedelta(days=7)).isoformat())
    dialog.note.setPlainText("Spring service offer")
    with qtbot.waitSignal(page.ctx.data_changed):
        dialog.save_button.click()
    for key in ("tom", "zoe"):
        (row,) = followups.for_customer(shop[key])
        assert (row.note, row.assignee_id, row.due_on) == (
            "Spring service offer",
            page.ctx.staff_id,
            clock.today() + timedelta(days=7),
        )
    assert followups.for_customer(shop["anna"]) == ()


def test_trash_with_confirmation_and_undo(page: CustomersPage, shop, msgboxes, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    select_rows(page, 0, 1)
    msgboxes.answer = False
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert customers.count_customers() == 3  # "Cancel": nothing moved
    msgboxes.answer = True
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "Move 2 customers to the trash?" in msgboxes.texts("question")[-1]
    assert customers.count_customers() == 1 and names(page) == ["Zoë Quinn"]
    assert (
        page.undo_bar.isVisible()
        and "2 customers moved to the trash" in page.undo_bar.message_label.full_text()
    )
    page.undo_bar.undo_button.click()
    assert customers.count_customers() == 3 and page.model.total == 3


def test_select_all_matching_reaches_rows_never_loaded(page: CustomersPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    ids = many(650)
    page.refresh()
    page.select_row(0)
    assert page.bulk.select_all_button.text() == "Select all 650"
    page.bulk.select_all_button.click()
    assert page.bulk.selection_label.text() == "650 selected"
    assert page.model.loaded_pages() != list(range(4))  # not every page was read to select them
    page.bulk.add_tag.trigger()
    dialog = page.bulk.last_dialog
    assert isinstance(dialog, AddTagDialog) and len(dialog.customer_ids) == 650
    dialog.tag.setEditText("Spring")
    dialog.save_button.click()
    assert customers.count_customers(tag="Spring") == 650
    assert sorted(dialog.customer_ids) == sorted(ids)


# -- finding a customer ---------------------------------------------------------------------------


def test_open_customer_scrolls_far_down(page: CustomersPage) -> None:
    ids = many(1000)
    page.refresh()
    assert page.model.loaded_pages() == [0]
    assert page.open_customer(ids[899])
    assert page.table.currentIndex().row() == 899
    assert page.detail.name_label.text() == "Customer 0899"
    assert page.model.index(899, 0).data(ID_ROLE) == ids[899]
    assert len(page.model.loaded_pages()) <= 3  # its page (and what is on screen), not the whole list
    rect = page.table.visualRect(page.table.currentIndex())
    assert page.table.viewport().rect().contains(rect.center())
    page.next_record()
    assert page.detail.customer_id == ids[900]


def test_open_customer_clears_filters_or_opens_the_trash(page: CustomersPage, shop) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    page.filters.set_filters(Filters(tag="VIP"))
    assert page.open_customer(shop["zoe"])  # hidden by the filter: the filters are cleared
    assert not page.filters.filters().narrowed and page.detail.customer_id == shop["zoe"]
    customers.trash([shop["anna"]])
    assert page.open_customer(shop["anna"])
    assert page.filters.filters().trashed and page.detail.customer_id == shop["anna"]
    assert page.detail.restore_button.isVisible() and "In the trash since" in page.detail.trash_note.text()
    assert not page.open_customer(987_654)


def test_search_result_opens_on_the_customers_page(main_window, shop) -> None:  # type: ignore[no-untyped-def]
    main_window.show_customer(shop["zoe"])
    page = main_window.current_page()
    assert isinstance(page, CustomersPage) and page.detail.customer_id == shop["zoe"]
    assert customer_queries.position_of(shop["zoe"]) == page.table.currentIndex().row()


def test_a_new_customer_from_the_dialog_is_shown(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = main_window.open_customer_dialog()
    assert isinstance(dialog, QDialog)
    dialog.customer_form.name.setText("Ingrid Ødegård")
    with qtbot.waitSignal(main_window.ctx.customer_requested):
        dialog.save_button.click()
    page = main_window.page("customers")
    qtbot.waitUntil(lambda: page.detail.name_label.text() == "Ingrid Ødegård")
    assert main_window.current_page() is page


def test_privacy_menu_opens_export_and_erase_for_the_shown_customer(page: CustomersPage, shop) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.privacy_dialogs import EraseDialog, ExportPersonDialog

    assert page.open_customer(shop["anna"])
    page.detail.export_person_action.trigger()
    assert isinstance(page.detail.last_dialog, ExportPersonDialog)
    page.detail.last_dialog.reject()
    page.detail.erase_action.trigger()
    assert isinstance(page.detail.last_dialog, EraseDialog)
    page.detail.last_dialog.reject()
    assert customers.get(shop["anna"]).erased_at is None
