"""Layouts that fit (issue 20): at 800x600, the smallest window, no page cuts a label, button or choice
short; the customer pane shows eight history entries at the default size; columns are as wide as their
content and keep the widths a person gives them, across a restart of the page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from carebook import clock, demo
from carebook.services import customers, interactions
from tests.ui.layout_support import cut_texts
from ui.context import AppContext
from ui.main_window import DEFAULT_HEIGHT, DEFAULT_WIDTH, MIN_HEIGHT, MIN_WIDTH, MainWindow
from ui.models.customers_model import COLUMNS
from ui.pages import PAGES
from ui.pages.contacts import ContactsPage
from ui.pages.customers import CustomersPage
from ui.widgets.column_widths import content_width

LONG_NAME = "Maximiliane Konstanze Hohenzollern-Sigmaringen-Wittelsbach"


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(4):
        QApplication.processEvents()
        qtbot.wait(20)


@pytest.fixture
def shop(db):  # type: ignore[no-untyped-def]
    demo.generate(customers=30, months=2, seed=7)
    return customers.create(
        LONG_NAME,
        company="Hohenzollern Fahrradmanufaktur und Reparaturwerkstatt GmbH & Co. KG",
        phone="07911 123456",
        email="long.name@example.com",
    ).row


def test_the_window_is_at_least_800_by_600(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert (main_window.minimumWidth(), main_window.minimumHeight()) == (MIN_WIDTH, MIN_HEIGHT) == (800, 600)
    main_window.resize(640, 480)
    settle(qtbot)
    assert main_window.width() >= 800 and main_window.height() >= 600


def test_at_800x600_no_page_cuts_its_words_short(main_window: MainWindow, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.resize(MIN_WIDTH, MIN_HEIGHT)
    settle(qtbot)
    assert (main_window.width(), main_window.height()) == (800, 600)
    for spec in PAGES:
        page = main_window.show_page(spec.page_id)
        assert page is not None
        if spec.page_id == "customers":
            assert page.open_customer(shop.id)
        settle(qtbot)
        assert cut_texts(main_window) == [], spec.page_id
    customers_page = main_window.page("customers")
    assert isinstance(customers_page, CustomersPage)
    # the long name wraps instead of "Maximiliane Konstanze Ho…"
    assert customers_page.detail.name_label.text() == LONG_NAME
    assert customers_page.detail.name_label.wordWrap()


def test_the_detector_finds_cut_words(main_window: MainWindow, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The check above can fail: a filter squeezed to 40 pixels is reported."""
    page = main_window.show_page("customers")
    assert isinstance(page, CustomersPage)
    settle(qtbot)
    page.filters.channel.setFixedWidth(40)
    page.bulk.bar.note.setFixedWidth(30)
    settle(qtbot)
    cut = " ".join(cut_texts(main_window))
    assert "'Any channel'" in cut


def test_eight_history_entries_show_at_the_default_size(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    row = customers.create("Ada Lovelace").row
    now = clock.utc_now()
    for number in range(12):
        interactions.log(
            row.id,
            channel="phone",
            direction="inbound",
            reason="inquiry",
            summary=f"Call {number}",
            occurred_at=now - timedelta(days=number),
        )
    main_window.resize(DEFAULT_WIDTH, DEFAULT_HEIGHT)
    page = main_window.show_page("customers")
    assert isinstance(page, CustomersPage)
    page.refresh()
    assert page.open_customer(row.id)
    settle(qtbot)
    assert page.detail.history_title() == "History (12)"
    view = page.detail.timeline.list
    area = view.viewport().rect()
    shown = [
        n for n in range(view.model().rowCount()) if area.contains(view.visualRect(view.model().index(n, 0)))
    ]
    assert len(shown) >= 8, len(shown)


def _drag_section_edge(qtbot, table, column: int, by: int) -> None:  # type: ignore[no-untyped-def]
    header = table.horizontalHeader()
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = header.height() // 2
    qtbot.mouseMove(header.viewport(), QPoint(edge, y))
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    qtbot.mouseMove(header.viewport(), QPoint(edge + by // 2, y))
    qtbot.mouseMove(header.viewport(), QPoint(edge + by, y))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + by, y))


def test_customer_columns_fit_their_content_and_keep_a_width_set_by_hand(
    ctx: AppContext, shop, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    settle(qtbot)
    table = page.table
    phone = COLUMNS.index("phone")
    # the short columns get all their content needs (no "07911 1…"), and every column is in view
    for name in ("phone", "last_contact", "open_followups", "last_score"):
        assert table.columnWidth(COLUMNS.index(name)) >= content_width(table, COLUMNS.index(name)), name
    assert sum(table.columnWidth(n) for n in range(len(COLUMNS))) <= table.viewport().width()
    _drag_section_edge(qtbot, table, phone, 60)
    width = table.columnWidth(phone)
    assert not table.fit_columns
    page.resize(1300, 700)  # the window changes size: the hand-set width stays
    settle(qtbot)
    assert table.columnWidth(phone) == width
    ctx.state.sync()
    page.close()

    again = CustomersPage(ctx)  # the page built anew, as after a restart
    qtbot.addWidget(again)
    again.resize(1300, 700)
    again.show()
    qtbot.waitExposed(again)
    again.refresh()
    settle(qtbot)
    assert not again.table.fit_columns
    assert again.table.columnWidth(phone) == width


def test_contacts_columns_fit_their_content_once_then_keep_their_widths(ctx: AppContext, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.models import contacts_model as cm

    page = ContactsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    settle(qtbot)
    table = page.table
    assert table.columnWidth(cm.DATE) == content_width(table, cm.DATE)
    _drag_section_edge(qtbot, table, cm.CHANNEL, 50)
    width = table.columnWidth(cm.CHANNEL)
    ctx.state.sync()
    page.close()

    again = ContactsPage(ctx)
    qtbot.addWidget(again)
    again.resize(1300, 700)
    again.show()
    again.refresh()
    qtbot.waitUntil(lambda: again.model.rowCount() > 0)
    settle(qtbot)
    assert again.table.columnWidth(cm.CHANNEL) == width
