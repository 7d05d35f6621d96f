"""The Customers page: lazy pages, SQL sorting, filters and the detail pane, checked in the window and
in the database. Bulk actions and finding a customer: ``test_customers_actions.py``."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from carebook import clock
from carebook.services import customers, feedback, followups, interactions, tags
from tests.ui.customers_support import Choices, choices, click_header, many, names, page, shop
from ui.context import AppContext
from ui.dialogs.contact_dialog import ContactDialog
from ui.dialogs.score_dialog import ScoreDialog
from ui.models.customers_model import COLUMNS, ID_ROLE, CustomersModel
from ui.pages.customer_detail import CANCEL, DISCARD, SAVE
from ui.pages.customer_filters import Filters
from ui.pages.customers import CustomersPage

__all__ = ["choices", "page", "shop"]  # fixtures used by name


# -- the model ------------------------------------------------------------------------------------


def test_the_model_reads_only_the_pages_it_shows(db, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    ids = many(450)
    asked: list[int] = []

    def loader(offset: int, limit: int, sort: str, descending: bool):  # type: ignore[no-untyped-def]
        asked.append(offset)
        return customers.list_customers(offset=offset, limit=limit, sort=sort, descending=descending)

    model = CustomersModel(page_size=50)
    model.set_loader(loader)
    model.reload()
    assert model.rowCount() == 450  # the whole list's length at once: the scroll bar is true
    assert asked == [0] and model.loaded_pages() == [0]
    assert model.index(420, 0).data() == "Customer 0420"  # a far row: only its page is read
    assert asked == [0, 400] and model.loaded_pages() == [0, 8]
    assert model.index(420, 0).data(ID_ROLE) == ids[420]
    qtmodeltester.check(model)
    model.sort(COLUMNS.index("name"), Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Customer 0449"
    model.sort(COLUMNS.index("phone"), Qt.SortOrder.AscendingOrder)  # not sortable: nothing changes
    assert model.sort_key == "name" and model.descending


def test_the_cache_keeps_a_bounded_number_of_pages(db) -> None:  # type: ignore[no-untyped-def]
    many(300)
    model = CustomersModel(page_size=20, max_pages=3)
    model.set_loader(lambda o, n, s, d: customers.list_customers(offset=o, limit=n, sort=s, descending=d))
    model.reload()
    for row in range(0, 300, 20):
        assert model.row(row) is not None
    assert len(model.loaded_pages()) == 3
    assert model.ids_between(10, 45) == [row.id for row in customers.list_customers(offset=10, limit=36).rows]


def test_rows_show_formatted_phone_relative_contact_and_score(page: CustomersPage, shop) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    assert page.subtitle_label.text() == "3 customers"
    row = 0  # Anna Smith
    cell = {name: page.model.index(row, COLUMNS.index(name)) for name in COLUMNS}
    assert cell["name"].data() == "Anna Smith"
    assert cell["phone"].data() == "020 7946 0123"  # national format for the shop's region (GB)
    assert cell["last_contact"].data() == "Today"
    assert clock.local_now().strftime("%Y") in cell["last_contact"].data(Qt.ItemDataRole.ToolTipRole)
    assert cell["last_score"].data() == "CSAT 4"
    assert page.model.index(1, COLUMNS.index("tags")).data() == "VIP"
    assert page.model.index(1, COLUMNS.index("last_contact")).data() == "Never"


# -- sorting and filters --------------------------------------------------------------------------


def test_each_sortable_header_asks_the_service(page: CustomersPage, shop, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    asked: list[tuple[str, bool]] = []
    real = customers.list_customers

    def spy(**kwargs):  # type: ignore[no-untyped-def]
        asked.append((kwargs["sort"], kwargs["descending"]))
        return real(**kwargs)

    monkeypatch.setattr(customers, "list_customers", spy)
    for column in ("company", "last_contact", "open_followups", "last_score"):
        click_header(page, qtbot, column)
        assert asked[-1] == (column, False)
        click_header(page, qtbot, column)
        assert asked[-1] == (column, True)
    click_header(page, qtbot, "name")
    assert asked[-1] == ("name", False)
    assert names(page) == ["Anna Smith", "Tom Baker", "Zoë Quinn"]
    click_header(page, qtbot, "name")
    assert asked[-1] == ("name", True) and names(page)[0] == "Zoë Quinn"
    before = len(asked)
    click_header(page, qtbot, "email")  # no SQL order for emails: nothing asked, the indicator stays
    assert len(asked) == before
    assert page.table.horizontalHeader().sortIndicatorSection() == COLUMNS.index("name")


def test_sorting_keeps_the_customer_in_the_detail(page: CustomersPage, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    page.open_customer(shop["tom"])
    click_header(page, qtbot, "company")
    click_header(page, qtbot, "company")  # descending: Baker & Sons, Acme, then Zoë without one
    assert names(page) == ["Tom Baker", "Anna Smith", "Zoë Quinn"]
    assert page.table.currentIndex().row() == 0 and page.detail.customer_id == shop["tom"]


def test_filters_by_tag_channel_quiet_days_and_the_trash(page: CustomersPage, shop) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    assert [page.filters.tag.itemText(i) for i in range(page.filters.tag.count())] == ["All tags", "VIP"]
    page.filters.set_filters(Filters(tag="VIP"))
    assert names(page) == ["Tom Baker"] and page.subtitle_label.text() == "1 customer matches"
    page.filters.set_filters(Filters(channel="email"))
    assert names(page) == ["Zoë Quinn"]
    page.filters.set_filters(Filters(not_contacted_days=30))
    assert names(page) == ["Tom Baker", "Zoë Quinn"]  # Anna was contacted today
    assert page.filters.clear_button.isVisible()
    page.filters.clear_button.click()
    assert names(page) == ["Anna Smith", "Tom Baker", "Zoë Quinn"]
    customers.trash([shop["zoe"]])
    page.filters.trash_button.click()
    assert names(page) == ["Zoë Quinn"]
    assert page.subtitle_label.text() == "1 customer in the trash"
    assert page.bulk.restore.isVisible() and not page.bulk.trash.isVisible()


def test_tags_are_read_afresh_when_the_tag_list_opens(page: CustomersPage, shop) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    tags.add_tag([shop["zoe"]], "Regular")  # e.g. by an import, elsewhere
    page.filters.tag.about_to_open.emit()  # what opening the list does first
    combo = page.filters.tag
    assert [combo.itemText(i) for i in range(combo.count())] == ["All tags", "Regular", "VIP"]
    page.detail.form.tags.entered.emit()
    assert page.detail.form.tags._names.stringList() == ["Regular", "VIP"]


def test_a_filter_that_matches_nobody_offers_to_clear_it(page: CustomersPage, shop) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    page.filters.set_filters(Filters(tag="VIP", channel="chat"))
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title_label.text() == "No customers match these filters"
    visible = [button.text() for button in page.empty.buttons if not button.isHidden()]
    assert visible == ["Clear filters"]
    page.empty.buttons[2].click()
    assert page.model.total == 3 and page.stack.currentWidget() is page.table


def test_an_empty_shop_says_what_to_do(page: CustomersPage) -> None:
    page.refresh()
    assert page.empty.title_label.text() == "No customers yet"
    assert "Ctrl+N" in page.empty.text_label.text()
    assert not page.empty.buttons[0].isHidden()  # Add a customer


# -- the detail pane ------------------------------------------------------------------------------


def test_selecting_a_row_shows_the_customer_and_history(page: CustomersPage, shop, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    followups.create(shop["anna"], due_on=clock.today() + timedelta(days=3), note="Ring back")
    page.refresh()
    page.select_row(0)
    detail = page.detail
    assert detail.name_label.text() == "Anna Smith"
    assert detail.form.email.text() == "anna@example.com"
    titles = [detail.timeline.model.index(n, 0).data() for n in range(detail.timeline.model.rowCount())]
    assert titles[0].startswith("Follow-up due")  # newest (the planned one) first
    assert "Phone · Other · open" in titles  # still open: it says so
    assert any(title == "CSAT 4 of 5" for title in titles)
    assert detail.history_title() == "History (3)"
    qtmodeltester.check(detail.timeline.model)


def test_editing_in_the_detail_saves_with_ctrl_s(page: CustomersPage, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    page.open_customer(shop["tom"])
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter: the details tab, in the first field
    form = page.detail.form
    assert form.name.hasFocus()
    assert not page.detail.save_button.isEnabled()
    form.company.setText("Baker & Daughters")
    form.every_check.setChecked(True)
    form.every_days.setValue(45)
    assert page.detail.save_button.isEnabled() and page.detail.dirty_label.isVisible()
    assert page.detail.tabs.tabText(1) == "&Details (unsaved)"
    form.company.setFocus()
    qtbot.keyClick(form.company, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    row = customers.get(shop["tom"])
    assert (row.company, row.contact_every_days) == ("Baker & Daughters", 45)
    assert not page.detail.is_dirty()
    assert (
        page.model.index(page.table.currentIndex().row(), COLUMNS.index("company")).data()
        == "Baker & Daughters"
    )


def test_a_bad_email_shows_its_message_and_keeps_the_text(page: CustomersPage, shop) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    page.open_customer(shop["anna"])
    form = page.detail.form
    form.email.setText("anna@@example")
    form.notes.setPlainText("Likes the blue one")
    page.detail.save_button.click()
    assert "not a valid email address" in form.form.error_text("email")
    assert form.email.text() == "anna@@example" and form.notes.toPlainText() == "Likes the blue one"
    assert customers.get(shop["anna"]).email == "anna@example.com"  # nothing written
    assert page.detail.is_dirty()


def test_an_invalid_phone_is_saved_as_typed_with_the_warning(page: CustomersPage, shop) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    page.open_customer(shop["zoe"])
    form = page.detail.form
    form.phone.setText("12345")
    assert page.detail.save()
    assert customers.get(shop["zoe"]).phone == "12345"
    assert "not a valid number" in form.phone_warning()


def test_unsaved_changes_ask_before_another_customer(page: CustomersPage, shop, choices: Choices) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    page.select_row(0)  # Anna
    page.detail.form.company.setText("Acme Cycles")
    choices.answer = CANCEL
    assert not page.select_row(1)
    assert page.detail.customer_id == shop["anna"] and page.table.currentIndex().row() == 0
    assert page.detail.form.company.text() == "Acme Cycles" and "Anna Smith" in choices.asked[-1]
    page.next_record()  # Alt+Down asks too
    assert len(choices.asked) == 2 and page.detail.customer_id == shop["anna"]
    choices.answer = DISCARD
    assert page.select_row(1)
    assert page.detail.customer_id == shop["tom"] and customers.get(shop["anna"]).company == "Acme"
    page.detail.form.notes.setPlainText("Pays on account")
    choices.answer = SAVE
    page.previous_record()
    assert page.detail.customer_id == shop["anna"]
    assert customers.get(shop["tom"]).notes == "Pays on account"


def test_a_refresh_keeps_unsaved_edits(page: CustomersPage, shop, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    page.open_customer(shop["zoe"])
    page.detail.form.address.setPlainText("1 High Street")
    interactions.log(shop["zoe"], channel="email", summary="Sent the invoice")
    ctx.notify_data_changed()
    assert page.detail.form.address.toPlainText() == "1 High Street"
    assert page.detail.history_title() == "History (1)"


def test_quick_actions_open_prefilled_dialogs(page: CustomersPage, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    page.open_customer(shop["tom"])
    page.detail.log_button.click()
    dialog = page.detail.last_dialog
    assert isinstance(dialog, ContactDialog) and dialog.picker.customer_id() == shop["tom"]
    dialog.reject()
    page.detail.score_button.click()
    score = page.detail.last_dialog
    assert isinstance(score, ScoreDialog)
    score.kind_buttons["nps"].setChecked(True)
    score.save_button.click()  # no score picked: the message sits next to the picker
    assert score.form.error_text("score") and score.isVisible()
    score.picker.set_value(9)
    with qtbot.waitSignal(page.ctx.data_changed):
        score.save_button.click()
    assert [(row.kind, row.score) for row in feedback.for_customer(shop["tom"])] == [("nps", 9)]
    assert page.detail.history_title() == "History (1)"
