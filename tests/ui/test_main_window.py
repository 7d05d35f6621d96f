"""The main window: pages, shortcuts, status bar, refresh after writes, remembered geometry."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from carebook import clock, settings
from carebook.services import customers, followups, staff
from ui.context import AppContext
from ui.dialogs import launcher
from ui.main_window import MainWindow

PAGE_IDS = ["today", "customers", "contacts", "followups", "satisfaction", "reports"]


def test_opens_with_every_page(main_window: MainWindow) -> None:
    assert [page.page_id for page in main_window.pages] == PAGE_IDS
    assert main_window.sidebar.count() == 6
    assert [main_window.sidebar.item(i).text() for i in range(6)] == [
        "Today",
        "Customers",
        "Contacts",
        "Follow-ups",
        "Satisfaction",
        "Reports",
    ]
    assert main_window.stack.count() == 6
    assert main_window.current_page().page_id == "today"
    titles = [action.text().replace("&", "") for action in main_window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Go", "Help"]


def test_ctrl_number_switches_pages(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    for number, page_id in enumerate(PAGE_IDS, start=1):
        qtbot.keyClick(main_window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert main_window.current_page().page_id == page_id
        assert main_window.sidebar.currentRow() == number - 1
    assert main_window.ctx.state.get("window/page") == "reports"


def test_ctrl_f_and_ctrl_k_focus_the_search(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.activateWindow()
    qtbot.waitUntil(lambda: main_window.isActiveWindow())
    for key in (Qt.Key.Key_F, Qt.Key.Key_K):
        main_window.sidebar.setFocus()
        qtbot.waitUntil(lambda: main_window.sidebar.hasFocus())
        qtbot.keyClick(main_window.sidebar, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: main_window.search_box.hasFocus())


def test_record_shortcuts_reach_the_current_page(
    main_window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    moves: list[str] = []
    page = main_window.show_page("contacts")
    assert page is not None
    monkeypatch.setattr(page, "next_record", lambda: moves.append("next"))
    monkeypatch.setattr(page, "previous_record", lambda: moves.append("previous"))
    monkeypatch.setattr(page, "refresh", lambda: moves.append("refresh"))
    qtbot.keyClick(main_window.sidebar, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(main_window.sidebar, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(main_window.sidebar, Qt.Key.Key_F5)
    assert moves == ["next", "previous", "refresh"]


class FakeDialog(QDialog):
    opened: list[FakeDialog] = []

    def __init__(self, ctx: AppContext, parent=None, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.kwargs = kwargs
        FakeDialog.opened.append(self)


@pytest.mark.parametrize(
    ("kind", "key", "modifiers", "kwargs"),
    [
        ("customer", Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, {"customer_id": None}),
        (
            "contact",
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier,
            {"customer_id": None, "followup_id": None},
        ),
        (
            "followup",
            Qt.Key.Key_N,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            {"customer_id": None},
        ),
    ],
)
def test_record_dialogs_open_and_accepting_refreshes_pages(
    main_window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch, kind, key, modifiers, kwargs
) -> None:  # type: ignore[no-untyped-def]
    FakeDialog.opened.clear()
    monkeypatch.setattr(launcher, "dialog_class", lambda name: FakeDialog if name == kind else None)
    qtbot.keyClick(main_window.sidebar, key, modifiers)
    assert len(FakeDialog.opened) == 1
    dialog = FakeDialog.opened[0]
    assert dialog.kwargs == kwargs
    assert dialog.isVisible() and dialog.parent() is main_window
    with qtbot.waitSignal(main_window.ctx.data_changed):
        dialog.accept()


def test_status_bar_shows_the_counter_and_the_data(main_window: MainWindow, db) -> None:  # type: ignore[no-untyped-def]
    assert main_window.staff_button.text() == "At the counter: Olivia Owner"
    assert main_window.where_label.full_text() == f"Data: {db}"
    sam = staff.add("Sam Staff", "staff")
    main_window.staff_button.fill_menu()
    menu = main_window.staff_button.staff_menu
    names = [action.text() for action in menu.actions() if action.isCheckable()]
    assert names == ["Olivia Owner", "Sam Staff"]
    next(a for a in menu.actions() if a.text() == "Sam Staff").trigger()
    assert main_window.ctx.staff == sam
    assert main_window.staff_button.text() == "At the counter: Sam Staff"
    assert main_window.ctx.state.get("counter/staff_id") == sam.id


def test_title_follows_the_shop_name(main_window: MainWindow) -> None:
    settings.update(shop_name="Corner Bikes")
    main_window.ctx.notify_settings_changed()
    assert main_window.windowTitle() == "Corner Bikes — Carebook"
    assert main_window.shop_label.text() == "Corner Bikes"


def test_palette_choice_is_applied_and_remembered(main_window: MainWindow) -> None:
    main_window.actions.palettes["dark"].trigger()
    assert main_window.ctx.state.get("view/palette") == "dark"
    assert QApplication.palette().window().color().lightness() < 80
    main_window.actions.palettes["light"].trigger()
    assert QApplication.palette().window().color().lightness() > 200
    assert "#sidebarPanel" in QApplication.instance().styleSheet()


def test_geometry_and_splitter_are_remembered(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.resize(800, 600)  # the smallest window, and the offscreen test screen's size
    first.show()
    qtbot.waitExposed(first)
    first.splitter.setSizes([230, 490])
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == QSize(800, 600)
    assert second.splitter.sizes() == sizes
    second.shutdown()


def test_opens_on_today_when_something_is_due_and_badges_follow(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    customer = customers.create("Ann Due").row
    late = followups.create(customer.id, due_on=clock.today() - timedelta(days=2), assignee_id=ctx.staff_id)
    ctx.state.set("window/page", "reports")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.current_page().page_id == "today"  # something is due: start on Today
    qtbot.waitUntil(lambda: window.sidebar.badge(0) == 1)
    followups.complete(late.id, by_staff_id=ctx.staff_id)
    ctx.notify_data_changed()
    qtbot.waitUntil(lambda: window.sidebar.badge(0) == 0)
    window.show_page("reports")
    window.shutdown()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.current_page().page_id == "reports"  # nothing due: the remembered page
    again.shutdown()


def test_only_the_first_page_is_built_before_the_window_paints(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx.state.set("window/page", "customers")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    built = [page.page_id for page in window._built()]
    assert built == ["customers"]
    assert [window.sidebar.item(i).text() for i in range(6)][:2] == ["Today", "Customers"]
    qtbot.waitUntil(lambda: len(window._built()) == 6)  # the rest follow right after the first paint
    window.shutdown()


def test_the_other_pages_are_built_one_at_a_time(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Between two pages the event loop runs, so a click or a key press during the build is answered."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    answered: list[int] = []
    sizes: list[int] = []
    original = window._build

    def build(index: int):  # type: ignore[no-untyped-def]
        before = len(window._built())
        page = original(index)
        if len(window._built()) > before:  # a page was built just now
            sizes.append(len(window._built()))
            QTimer.singleShot(0, lambda: answered.append(len(window._built())))  # a user's event, queued now
        return page

    window._build = build  # type: ignore[method-assign]
    qtbot.waitUntil(lambda: len(window._built()) == 6)
    qtbot.waitUntil(lambda: len(answered) == len(sizes))
    assert sizes == [2, 3, 4, 5, 6]
    assert answered == [2, 3, 4, 5, 6]  # each queued event ran before the next page was built
    window.shutdown()


def test_a_page_is_imported_on_one_turn_and_built_on_the_next(
    ctx: AppContext, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A page's import and its widgets are each a big step: the event loop runs between the two."""
    import ui.main_window as main_window_module

    imported: set[str] = set()  # as if no page module had been imported in this process yet
    steps: list[str] = []
    real_page_class, real_build = main_window_module.page_class, MainWindow._build

    def page_class(spec):  # type: ignore[no-untyped-def]
        if spec.module not in imported:
            imported.add(spec.module)
            steps.append(f"import {spec.page_id}")
            QTimer.singleShot(0, lambda: steps.append("event"))  # a user's event, queued now
        return real_page_class(spec)

    def build(self, index: int):  # type: ignore[no-untyped-def]
        new = self._pages[index] is None
        page = real_build(self, index)
        if new:
            steps.append(f"build {page.page_id}")
            QTimer.singleShot(0, lambda: steps.append("event"))
        return page

    monkeypatch.setattr(main_window_module, "is_imported", lambda spec: spec.module in imported)
    monkeypatch.setattr(main_window_module, "page_class", page_class)
    monkeypatch.setattr(MainWindow, "_build", build)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(window._built()) == 6 and steps[-1] == "event")
    window.shutdown()
    assert steps[:2] == ["import today", "build today"]  # the page the window opens on: at once
    expected = []
    for page_id in ("customers", "contacts", "followups", "satisfaction", "reports"):
        expected += [f"import {page_id}", "event", f"build {page_id}", "event"]
    assert steps[steps.index("import customers") :] == expected


def test_search_choice_goes_to_the_customers_page(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[int] = []
    page = main_window.page("customers")
    assert page is not None
    monkeypatch.setattr(page, "open_customer", lambda customer_id: shown.append(customer_id) or True)
    main_window.search_box.customer_chosen.emit(42)
    assert shown == [42]
    assert main_window.current_page() is page


def test_shortcuts_and_about_dialogs(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    shortcuts = main_window.open_shortcuts()
    keys = {
        shortcuts.table.item(r, 0).text(): shortcuts.table.item(r, 1).text()
        for r in range(shortcuts.table.rowCount())
    }
    assert keys["New customer"] == "Ctrl+N"
    assert keys["New follow-up"] == "Ctrl+Shift+N"
    assert keys["Find a customer"] == "Ctrl+F, Ctrl+K"
    assert keys["Next record"] == "Alt+Down"
    assert keys["Quit"] == "Ctrl+Q"
    shortcuts.close_button.click()
    about = main_window.open_about()
    assert about.values["database"] == main_window.ctx.where
    assert about.values["log"].endswith("carebook.log")
    about.close_button.click()
