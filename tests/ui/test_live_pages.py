"""Another seat's changes reach the pages they concern, in place: selection, scroll and sort stay.

Each test writes through the services as another counter would, then hands the window the ChangeSet a
notification would bring (``ctx.notify_records_changed``).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView

from carebook import clock
from carebook.changes import ChangeSet
from carebook.services import customers, feedback, followups, interactions, staff
from ui.main_window import MainWindow
from ui.pages.contacts import ContactsPage
from ui.pages.customers import CustomersPage
from ui.pages.followups import FollowupsPage
from ui.pages.followups_query import Filters


def _resets(model) -> list[int]:  # type: ignore[no-untyped-def]
    seen: list[int] = []
    model.modelReset.connect(lambda: seen.append(1))
    return seen


def _select_row(view: QAbstractItemView, row: int, column: int = 0) -> None:
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(view.model().index(row, column), flags)


def _scroll_to_middle(view: QAbstractItemView, qtbot) -> int:  # type: ignore[no-untyped-def]
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    return bar.value()


def test_a_change_that_does_not_concern_a_page_leaves_it_alone(
    main_window: MainWindow, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    pages = main_window.pages  # every page built
    contacts = main_window.show_page("contacts")
    assert isinstance(contacts, ContactsPage)
    refreshed: list[str] = []
    for page in pages:
        monkeypatch.setattr(page, "refresh", lambda page=page: refreshed.append(page.page_id))
    main_window._stale.clear()
    ann = customers.create("Ann").row.id
    score = feedback.record(ann, kind="csat", score=2)
    main_window.ctx.notify_records_changed(ChangeSet.of("feedback", [score.id]))
    qtbot.wait(20)
    assert refreshed == []  # the contacts page shows no scores
    ids = {page.page_id for index, page in enumerate(pages) if index in main_window._stale}
    assert ids == {"customers", "satisfaction", "reports"}  # when next shown
    main_window.ctx.notify_records_changed(ChangeSet.of("interaction", [1]))
    qtbot.waitUntil(lambda: refreshed == ["contacts"])


def test_a_concerned_badge_follows_and_settings_are_read_again(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from carebook import settings

    followups_row = next(i for i, page in enumerate(main_window.pages) if page.page_id == "followups")
    assert main_window.sidebar.badge(followups_row) == 0
    ann = customers.create("Ann").row.id
    late = followups.create(ann, due_on=clock.today() - timedelta(days=2))
    main_window.ctx.notify_records_changed(ChangeSet.of("followup", [late.id]))
    qtbot.waitUntil(lambda: main_window.sidebar.badge(followups_row) == 1)
    staff.rename(main_window.ctx.staff_id, "Olivia Okafor")  # at another counter
    main_window.ctx.notify_records_changed(ChangeSet.of("staff", [main_window.ctx.staff_id]))
    assert main_window.ctx.staff.name == "Olivia Okafor"
    settings.update(shop_name="Corner Shop")  # at another counter
    settings._current = settings.defaults()  # this seat has not read it yet
    heard: list[int] = []
    main_window.ctx.settings_changed.connect(lambda: heard.append(1))
    main_window.ctx.notify_records_changed(ChangeSet.of("setting"))
    assert main_window.windowTitle().startswith("Corner Shop") and heard == [1]
    main_window.ctx.notify_records_changed(ChangeSet.everything())  # something, not the settings
    assert heard == [1]


def test_customers_keep_the_selected_one_the_scroll_and_the_sort(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ids = [customers.create(f"Customer {number:03d}").row.id for number in range(80)]
    page = main_window.show_page("customers")
    assert isinstance(page, CustomersPage)
    page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # name, Z first
    chosen = ids[30]
    assert page.open_customer(chosen)
    column = 1
    row = page.model.row_of(chosen)
    _select_row(page.table, row, column)
    scrolled = _scroll_to_middle(page.table, qtbot)
    resets = _resets(page.model)
    # another counter: one customer renamed (moves to the end), one added, one trashed
    customers.update(chosen, name="Aaron Zed", company="Moved Ltd")
    customers.create("Customer 999")
    customers.trash([ids[79]])
    main_window.ctx.notify_records_changed(ChangeSet.of("customer", [chosen, ids[79]]))
    qtbot.waitUntil(lambda: page.detail.row.company == "Moved Ltd")  # type: ignore[union-attr]
    assert resets == [] and page.model.total == 80
    assert page.detail.customer_id == chosen
    current = page.table.currentIndex()
    assert page.model.row(current.row()).id == chosen and current.column() == column  # type: ignore[union-attr]
    assert page.selected_count() == 1
    assert page.table.verticalScrollBar().value() == scrolled
    assert page.model.sort_order == Qt.SortOrder.DescendingOrder
    assert page.model.row(0).name == "Customer 999"  # type: ignore[union-attr]


def test_a_customers_history_keeps_its_place(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ann = customers.create("Ann").row.id
    start = clock.utc_now() - timedelta(days=40)
    made = [
        interactions.log(ann, channel="phone", summary=f"Call {n}", occurred_at=start + timedelta(days=n))
        for n in range(30)
    ]
    page = main_window.show_page("customers")
    assert isinstance(page, CustomersPage) and page.open_customer(ann)
    history = page.detail.timeline.list
    page.detail.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: history.model().rowCount() == 30)
    _select_row(history, 10)
    scrolled = _scroll_to_middle(history, qtbot)
    resets = _resets(history.model())
    interactions.resolve(made[5].id)
    interactions.log(ann, channel="email", summary="Newest")
    main_window.ctx.notify_records_changed(ChangeSet.of("interaction", [made[5].id]))
    qtbot.waitUntil(lambda: history.model().rowCount() == 31)
    assert resets == []
    entries = history.model().entries()
    assert history.currentIndex().row() == 11 and entries[11].row.id == made[19].id
    assert history.verticalScrollBar().value() == scrolled


def test_contacts_keep_selection_and_scroll(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ann = customers.create("Ann").row.id
    start = clock.utc_now() - timedelta(hours=2)
    made = [
        interactions.log(ann, channel="phone", summary=f"Call {n}", occurred_at=start + timedelta(minutes=n))
        for n in range(60)
    ]
    page = main_window.show_page("contacts")
    assert isinstance(page, ContactsPage)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 60)
    chosen = made[20]
    _select_row(page.table, page.model.row_of(chosen.id), 2)
    scrolled = _scroll_to_middle(page.table, qtbot)
    resets = _resets(page.model)
    interactions.resolve(chosen.id)
    interactions.log(ann, channel="email", summary="Just now")
    main_window.ctx.notify_records_changed(ChangeSet.of("interaction", [chosen.id]))
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 61)
    assert resets == []
    assert [row.id for row in page.selected_rows()] == [chosen.id] and not page.selected_rows()[0].is_open
    assert page.table.currentIndex().column() == 2
    assert page.table.verticalScrollBar().value() == scrolled


def test_follow_ups_keep_selection_scroll_and_lose_one_done_elsewhere(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ann = customers.create("Ann").row.id
    made = [
        followups.create(ann, due_on=clock.today() + timedelta(days=n), note=f"Plan {n}") for n in range(60)
    ]
    page = main_window.show_page("followups")
    assert isinstance(page, FollowupsPage)
    page.show_everything()
    qtbot.waitUntil(lambda: page.model.rowCount() == 60)
    page.filters.set_filters(Filters(assignee="everyone", state="open", period="any"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 60)
    chosen = made[40]
    _select_row(page.table, page.model.row_of(chosen.id), 3)
    scrolled = _scroll_to_middle(page.table, qtbot)
    resets = _resets(page.model)
    followups.complete(made[0].id)  # done at another counter: it leaves the open ones
    followups.edit(chosen.id, note="Changed elsewhere")
    main_window.ctx.notify_records_changed(ChangeSet.of("followup", [made[0].id, chosen.id]))
    qtbot.waitUntil(lambda: page.model.rowCount() == 59)
    assert resets == []
    assert [row.id for row in page.selected_rows()] == [chosen.id]
    assert page.selected_rows()[0].note == "Changed elsewhere"
    assert page.table.currentIndex().column() == 3
    assert page.table.verticalScrollBar().value() == scrolled
    assert page.model.row_of(made[0].id) == -1


def test_today_keeps_its_cards_and_drops_one_done_elsewhere(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ann = customers.create("Ann").row.id
    made = [followups.create(ann, due_on=clock.today(), note=f"Today {n}") for n in range(3)]
    page = main_window.show_page("today")
    main_window.refresh_current()
    qtbot.waitUntil(lambda: len(page.card_widgets()) == 3)  # type: ignore[attr-defined]
    kept = {widget.card.followup.id: widget for widget in page.card_widgets()}  # type: ignore[attr-defined]
    followups.complete(made[1].id)
    main_window.ctx.notify_records_changed(ChangeSet.of("followup", [made[1].id]))
    qtbot.waitUntil(lambda: len(page.card_widgets()) == 2)  # type: ignore[attr-defined]
    for widget in page.card_widgets():  # type: ignore[attr-defined]
        assert kept[widget.card.followup.id] is widget  # the same card: no rebuild, no flicker


def test_customers_selected_together_stay_selected(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ids = [customers.create(f"Customer {number:02d}").row.id for number in range(10)]
    page = main_window.show_page("customers")
    assert isinstance(page, CustomersPage)
    main_window.refresh_current()
    qtbot.waitUntil(lambda: page.model.total == 10)
    page.table.selectRow(2)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (3, 4):
        page.table.selectionModel().select(page.model.index(row, 0), flags)
    assert page.selected_count() == 3
    customers.update(ids[3], company="Changed elsewhere")
    customers.create("Aaron First")  # moves every row down one
    main_window.ctx.notify_records_changed(ChangeSet.of("customer", [ids[3]]))
    qtbot.waitUntil(lambda: page.model.total == 11)
    assert sorted(page.selected_ids()) == sorted(ids[2:5])
    assert page.detail.customer_id == ids[2]
