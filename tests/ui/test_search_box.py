"""The global search: results while typing (off the UI thread), keyboard choice, stale answers dropped."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from carebook.services import customers
from ui import style
from ui.main_window import MainWindow
from ui.models.search_results import ID_ROLE, SearchResultsModel
from ui.widgets.search_box import SearchBox


@dataclass(frozen=True)
class Hit:
    customer_id: int
    name: str
    company: str = ""
    email: str = ""
    phone: str = ""
    matched: str = "name"
    snippet: str = ""


@pytest.fixture
def shop(db):  # type: ignore[no-untyped-def]
    made = {}
    for name, company, email in [
        ("Ingrid Ødegård", "Fjord Bikes", "ingrid@fjord.example"),
        ("Ingrid Olsen", "", "io@example.com"),
        ("Tom Baker", "Baker & Sons", "tom@baker.example"),
    ]:
        made[name] = customers.create(name, company=company, email=email).row.id
    return made


def test_typing_shows_matching_customers_and_enter_opens_one(main_window: MainWindow, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    box = main_window.search_box
    main_window.focus_search()
    qtbot.keyClicks(box, "ingrid")
    qtbot.waitUntil(lambda: box.popup_visible() and box.model.rowCount() == 2)
    names = [box.model.index(row, 0).data() for row in range(2)]
    assert set(names) == {"Ingrid Ødegård", "Ingrid Olsen"}
    assert box.current_row() == 0
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.current_row() == 1
    chosen_id = box.model.index(1, 0).data(ID_ROLE)
    with qtbot.waitSignal(box.customer_chosen) as chosen:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert chosen.args == [chosen_id]
    assert box.text() == "" and not box.popup_visible()


def test_accents_and_email_find_customers(main_window: MainWindow, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    box = main_window.search_box
    qtbot.keyClicks(box, "odegard")
    qtbot.waitUntil(lambda: box.model.rowCount() == 1)
    assert box.model.index(0, 0).data() == "Ingrid Ødegård"
    assert "Fjord Bikes" in box.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_enter_before_the_answer_opens_the_first_match(main_window: MainWindow, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    box = main_window.search_box
    with qtbot.waitSignal(box.customer_chosen) as chosen:
        qtbot.keyClicks(box, "baker")
        qtbot.keyClick(box, Qt.Key.Key_Enter)  # within the debounce pause
    assert chosen.args == [shop["Tom Baker"]]


def test_no_match_says_what_to_do(main_window: MainWindow, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    box = main_window.search_box
    qtbot.keyClicks(box, "zzzqx")
    qtbot.waitUntil(lambda: box.popup_visible())
    assert box.popup is not None
    assert "No customer matches" in box.popup.message.text()
    assert "Ctrl+N" in box.popup.message.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.popup_visible() and box.text() == "zzzqx"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""


def test_queries_run_off_the_ui_thread_and_stale_answers_are_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    threads: list[str] = []
    release = threading.Event()

    def slow_search(query: str, *, limit: int) -> list[Hit]:
        threads.append(threading.current_thread().name)
        if query == "an":
            release.wait(5)  # still running when the next query is typed
        return [Hit(len(query), f"{query} result")]

    box = SearchBox(search_func=slow_search)
    qtbot.addWidget(box)
    box.show()
    results: list[str] = []
    box.runner.results.connect(lambda query, hits: results.append(query))
    qtbot.keyClicks(box, "an")
    qtbot.waitUntil(lambda: len(threads) == 1)
    qtbot.keyClicks(box, "na")
    release.set()
    qtbot.waitUntil(lambda: box.model.rowCount() == 1 and box.model.index(0, 0).data() == "anna result")
    box.shutdown()
    assert results == ["anna"]  # the answer for "an" arrived late and was dropped
    assert threading.main_thread().name not in threads


def test_a_failing_search_shows_a_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    from carebook.errors import StorageError

    def broken(query: str, *, limit: int) -> list[Hit]:
        raise StorageError("The database is busy in another Carebook window or program; try again.")

    box = SearchBox(search_func=broken)
    qtbot.addWidget(box)
    box.show()
    qtbot.keyClicks(box, "x")
    qtbot.waitUntil(lambda: box.popup_visible())
    assert box.popup is not None and "busy" in box.popup.message.text()
    box.shutdown()


def test_clicking_a_result_chooses_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    hits = [Hit(5, "Ann"), Hit(9, "Anna", company="Annas Café")]
    box = SearchBox(search_func=lambda query, *, limit: hits)
    qtbot.addWidget(box)
    box.show()
    qtbot.keyClicks(box, "an")
    qtbot.waitUntil(lambda: box.popup_visible())
    assert box.popup is not None
    rect = box.popup.list.visualRect(box.model.index(1, 0))
    with qtbot.waitSignal(box.customer_chosen) as chosen:
        qtbot.mouseClick(box.popup.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args == [9]
    box.shutdown()


def test_the_chosen_match_is_painted_highlighted_and_follows_the_arrow_keys(qtbot) -> None:  # type: ignore[no-untyped-def]
    style.apply_theme(QApplication.instance(), "light")  # the app's look: the list has no frame
    hits = [Hit(5, "Ann"), Hit(9, "Anna", company="Annas Café")]
    window = QWidget()  # room below the box for the whole list
    window.resize(600, 400)
    qtbot.addWidget(window)
    box = SearchBox(window, search_func=lambda query, *, limit: hits)
    box.move(10, 10)
    window.show()
    box.setFocus()
    qtbot.keyClicks(box, "an")
    qtbot.waitUntil(lambda: box.popup_visible())
    assert box.popup is not None
    view = box.popup.list
    highlight = view.palette().color(QPalette.ColorRole.Highlight)

    def fill(row: int):  # type: ignore[no-untyped-def]
        rect = view.visualRect(box.model.index(row, 0)).intersected(view.viewport().rect())
        assert rect.height() > 4  # (partly) in view
        return view.viewport().grab().toImage().pixelColor(rect.left() + 4, rect.top() + 2)

    assert fill(0) == highlight and fill(1) != highlight
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.current_row() == 1
    assert fill(1) == highlight and fill(0) != highlight
    box.shutdown()


def test_results_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = SearchResultsModel()
    model.set_hits(
        [
            Hit(1, "Ann", company="Shop", email="a@example.com"),
            Hit(2, "Bo", matched="contact", snippet="… fixed"),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 0).data(ID_ROLE) == 1
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "Bo, … fixed"
