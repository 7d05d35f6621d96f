"""The Contacts page: filters, SQL sorting from the headers, lazy paging, resolve/reopen, editing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt

from carebook import clock
from carebook.clock import Month
from carebook.services import customers, interactions, staff
from ui.context import AppContext
from ui.dialogs.contact_dialog import ContactDialog
from ui.models import contacts_model as cm
from ui.pages.contacts import ContactsPage


@pytest.fixture
def log(db, owner):  # type: ignore[no-untyped-def]
    """Twelve contacts this month (Anna's by phone, Bert's by email, Cleo's in person), one last month."""
    sam = staff.add("Sam Okafor")
    people = {name: customers.create(name).row.id for name in ("Anna Adams", "Bert Brown", "Cleo Clark")}
    start, _end = Month.current().utc_bounds()
    made = []
    for i in range(12):
        name = ("Anna Adams", "Bert Brown", "Cleo Clark")[i % 3]
        made.append(
            interactions.log(
                people[name],
                channel={"Anna Adams": "phone", "Bert Brown": "email", "Cleo Clark": "in_person"}[name],
                reason="billing" if i < 4 else "inquiry",
                summary=f"Contact {i:02d}",
                staff_id=sam.id if i % 2 else owner.id,
                occurred_at=start + timedelta(hours=1, minutes=i),
                resolved_first_contact=i >= 8,
                waited_minutes=i,
            )
        )
    last_start, _ = Month.current().prev().utc_bounds()
    old = interactions.log(
        people["Anna Adams"], channel="sms", summary="Old one", occurred_at=last_start + timedelta(days=2)
    )
    return {"people": people, "sam": sam, "made": made, "old": old}


@pytest.fixture
def page(ctx: AppContext, log, qtbot):  # type: ignore[no-untyped-def]
    page = ContactsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    settle(page, qtbot)
    yield page
    page.shutdown()


def settle(page: ContactsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Wait for the rows asked for (pages load off the UI thread)."""
    qtbot.waitUntil(lambda: not page.model.loading)


def summaries(page: ContactsPage) -> list[str]:
    return [page.model.row_at(row).summary for row in range(page.model.rowCount())]


def test_shows_this_months_contacts_newest_first(page: ContactsPage, log, qtmodeltester, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert page.model.total == 12 and page.count_label.text() == "12 contacts"
    assert summaries(page)[:3] == ["Contact 11", "Contact 10", "Contact 09"]
    index = page.model.index(0, cm.CHANNEL)
    assert index.data() == "In person" and not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    first = log["made"][11]
    assert page.model.index(0, cm.DATE).data() == clock.to_local(first.occurred_at).strftime("%Y-%m-%d %H:%M")
    assert page.model.index(0, cm.CUSTOMER).data() == "Cleo Clark"
    assert page.model.index(0, cm.STAFF).data() == "Sam Okafor"
    assert page.model.index(0, cm.STATUS).data() == "Resolved"
    assert page.model.index(0, cm.WAIT).data() == "11 min"
    assert page.model.index(0, cm.DURATION).data() == ""
    assert page.stack.currentWidget() is page.table
    qtmodeltester.check(page.model)


def test_filters_change_the_rows(page: ContactsPage, log, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.filters.set_value(page.filters.channel, "email")
    settle(page, qtbot)
    assert {row.channel for row in page.model.rows()} == {"email"} and page.model.total == 4
    page.filters.set_value(page.filters.reason, "billing")
    settle(page, qtbot)
    assert summaries(page) == ["Contact 01"]
    assert page.count_label.text() == "1 contact"
    page.filters.reset()
    settle(page, qtbot)
    page.filters.set_value(page.filters.staff, log["sam"].id)
    settle(page, qtbot)
    assert page.model.total == 6 and {row.staff_name for row in page.model.rows()} == {"Sam Okafor"}
    page.filters.reset()
    settle(page, qtbot)
    page.filters.set_value(page.filters.status, "open")
    settle(page, qtbot)
    assert page.model.total == 8 and all(row.is_open for row in page.model.rows())
    page.filters.reset()
    settle(page, qtbot)
    page.filters.set_period("last_month")
    settle(page, qtbot)
    assert summaries(page) == ["Old one"]
    page.filters.set_period("custom")
    settle(page, qtbot)
    assert page.filters.date_from.isVisible()
    start_day = Month.current().prev().first_day
    page.filters.date_from.setDate(start_day)
    settle(page, qtbot)
    page.filters.date_to.setDate(clock.today())
    settle(page, qtbot)
    assert page.model.total == 13


def test_no_match_shows_an_empty_state_that_clears_the_filters(page: ContactsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.filters.set_value(page.filters.channel, "chat")
    settle(page, qtbot)
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title_label.text() == "No contacts match these filters"
    clear = page.empty.buttons[0]
    assert clear.isVisible()
    clear.click()
    settle(page, qtbot)
    assert page.stack.currentWidget() is page.table and page.model.total == 12


def test_clicking_a_header_sorts_in_the_service(page: ContactsPage, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    asked = []
    real = interactions.list_interactions

    def spy(**kwargs):  # type: ignore[no-untyped-def]
        asked.append((kwargs["sort"], kwargs["descending"]))
        return real(**kwargs)

    monkeypatch.setattr(interactions, "list_interactions", spy)
    header = page.table.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
        settle(page, qtbot)

    click(cm.CUSTOMER)
    assert asked[-1][0] == "customer"
    names = [row.customer_name for row in page.model.rows()]
    assert names == sorted(names, reverse=asked[-1][1])
    click(cm.CUSTOMER)  # again: the other way round
    assert asked[-2][1] != asked[-1][1]
    names = [row.customer_name for row in page.model.rows()]
    assert names == sorted(names, reverse=asked[-1][1])
    count = len(asked)
    click(cm.SUMMARY)  # not sortable in SQL: nothing asked, the indicator stays
    assert len(asked) == count
    assert header.sortIndicatorSection() == cm.CUSTOMER


def test_the_model_fetches_a_page_at_a_time(log, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    start, end = Month.current().utc_bounds()
    asked = []

    def fetch(offset: int, limit: int, sort: str, descending: bool) -> interactions.InteractionPage:
        asked.append((offset, limit))
        return interactions.list_interactions(
            start=start, end=end, offset=offset, limit=limit, sort=sort, descending=descending
        )

    model = cm.ContactsModel(fetch, page_size=5)
    try:
        model.reload()
        qtbot.waitUntil(lambda: not model.loading)
        assert model.rowCount() == 5 and model.total == 12 and model.canFetchMore()
        model.fetchMore()
        assert not model.canFetchMore()  # one request at a time
        qtbot.waitUntil(lambda: model.rowCount() == 10)
        model.fetchMore()
        qtbot.waitUntil(lambda: model.rowCount() == 12)
        assert not model.canFetchMore()
        assert asked == [(0, 5), (5, 5), (10, 5)]
        assert [model.row_at(row).summary for row in range(12)] == [
            f"Contact {i:02d}" for i in range(11, -1, -1)
        ]
        qtmodeltester.check(model)
    finally:
        model.shutdown()


def test_a_failed_page_is_said_and_stops_fetching(log, qtbot) -> None:  # type: ignore[no-untyped-def]
    from carebook.errors import StorageError

    def fetch(offset: int, limit: int, sort: str, descending: bool) -> interactions.InteractionPage:
        raise StorageError("The disk reported an error while reading or writing the database.")

    model = cm.ContactsModel(fetch)
    try:
        with qtbot.waitSignal(model.load_failed) as failed:
            model.reload()
        assert "disk" in failed.args[0] and not model.canFetchMore() and model.rowCount() == 0
    finally:
        model.shutdown()


def test_scrolling_fetches_more(page: ContactsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.resize(1200, 330)  # room for a few rows only
    page.model.page_size = 4
    page.model.reload()
    settle(page, qtbot)
    assert page.model.rowCount() < 12

    def scrolled_to_the_end() -> bool:
        page.table.scrollToBottom()
        return page.model.rowCount() == 12

    qtbot.waitUntil(scrolled_to_the_end)
    assert len({row.id for row in page.model.rows()}) == 12


def test_resolve_and_reopen_the_selection(page: ContactsPage, ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.filters.set_value(page.filters.status, "open")
    settle(page, qtbot)
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 1):
        selection.select(page.model.index(row, 0), flags)
    chosen = page.selected_ids()
    assert len(chosen) == 2 and page.resolve_button.isEnabled() and not page.reopen_button.isEnabled()
    with qtbot.waitSignal(ctx.data_changed):
        page.resolve_button.click()
    assert [interactions.get(i).status for i in chosen] == ["resolved", "resolved"]
    assert page.model.index(0, cm.STATUS).data() == "Resolved"
    assert page.reopen_button.isEnabled() and not page.resolve_button.isEnabled()
    page.reopen_button.click()
    assert [interactions.get(i).status for i in chosen] == ["open", "open"]
    page.resolve_button.click()
    page.refresh()  # the window refreshes the page after data_changed: resolved ones leave "Open"
    settle(page, qtbot)
    assert page.model.total == 6 and not set(chosen) & {row.id for row in page.model.rows()}


def test_enter_opens_the_contact_for_editing(page: ContactsPage, ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.table.setFocus()
    page.next_record()
    assert page.current_row() is not None and page.current_row().summary == "Contact 11"
    page.next_record()
    page.previous_record()
    target = page.current_row()
    assert target.summary == "Contact 11"
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.findChild(ContactDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.interaction_id == target.id and dialog.summary.text() == "Contact 11"
    dialog.summary.setText("Contact eleven")
    with qtbot.waitSignal(ctx.data_changed):
        dialog.save_button.click()
    assert interactions.get(target.id).summary == "Contact eleven"
    page.refresh()
    settle(page, qtbot)
    assert page.model.row_at(0).summary == "Contact eleven"
    assert page.current_row() is not None and page.current_row().id == target.id  # selection kept


def test_log_contact_button_opens_the_dialog(page: ContactsPage) -> None:
    dialog = page.log_contact()
    assert isinstance(dialog, ContactDialog) and dialog.windowTitle() == "Log a contact"
    dialog.reject()


def test_the_page_says_when_contacts_cannot_be_loaded(page: ContactsPage, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    from carebook.errors import StorageError

    def broken(**kwargs):  # type: ignore[no-untyped-def]
        raise StorageError("The database file is damaged. Restore a backup (carebook restore FILE).")

    monkeypatch.setattr(interactions, "list_interactions", broken)
    page.filters.set_value(page.filters.channel, "phone")
    settle(page, qtbot)
    assert "damaged" in page.count_label.text()
    assert page.stack.currentWidget() is page.table  # not the "no contacts" state: that would be untrue
