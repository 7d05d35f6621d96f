"""Every shipped language of the screens fits (issue 21): at 800x600, the smallest window, no page cuts
a label, button or choice short, and neither do the dialogs a counter opens most, at the size they open
at. English is checked with the others; each ``carebook_<code>.qm`` joins when it lands (German and
Polish run longest)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.layout_support import cut_texts
from tests.ui.test_layout_fit import settle
from tests.ui.test_layout_fit import shop as shop  # the fixture: demo data and a long name
from ui import languages
from ui.context import AppContext
from ui.main_window import MIN_HEIGHT, MIN_WIDTH, MainWindow
from ui.pages import PAGES

DIALOGS: dict[str, Callable[[MainWindow], QDialog | None]] = {
    "settings": MainWindow.open_settings,
    "log contact": lambda window: window.open_contact_dialog(),
    "new customer": lambda window: window.open_customer_dialog(),
    "new follow-up": lambda window: window.open_followup_dialog(),
    "staff": MainWindow.open_staff,
    "export": MainWindow.open_export,
}


@pytest.fixture(params=list(languages.available()))
def window_in(
    request: pytest.FixtureRequest, ctx: AppContext, qapp: QApplication, qtbot
) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    languages.apply(qapp, request.param)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(MIN_WIDTH, MIN_HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        window.shutdown()
        languages.apply(qapp, languages.SOURCE)


def test_no_page_cuts_its_words_short_in_any_language(window_in: MainWindow, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    settle(qtbot)
    assert (window_in.width(), window_in.height()) == (800, 600)
    cut: list[str] = []
    for spec in PAGES:
        page = window_in.show_page(spec.page_id)
        assert page is not None
        if spec.page_id == "customers":
            assert page.open_customer(shop.id)  # type: ignore[attr-defined]
        settle(qtbot)
        cut += [f"{spec.page_id}: {text}" for text in cut_texts(window_in)]
    assert cut == []


def test_no_dialog_cuts_its_words_short_in_any_language(window_in: MainWindow, shop, qtbot) -> None:  # type: ignore[no-untyped-def]
    cut: list[str] = []
    for name, opener in DIALOGS.items():
        dialog = opener(window_in)
        assert dialog is not None, name
        qtbot.waitExposed(dialog)
        settle(qtbot)
        cut += [f"{name}: {text}" for text in cut_texts(dialog)]
        dialog.reject()
        settle(qtbot)
    assert cut == []


LONG_GERMAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>CustomersPage</name>
 <message><source>New customer</source>
 <translation>Neuen Kunden mit allen Angaben anlegen, auch wenn es länger dauert als erwartet</translation>
 </message>
</context>
</TS>
"""


def test_a_translation_too_long_for_its_place_is_found(  # type: ignore[no-untyped-def]
    ctx: AppContext, shop, qapp: QApplication, qtbot, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check above can fail: a German button far too long for 800 pixels is reported."""
    from tests.ui.test_languages import compile_ts

    compile_ts(tmp_path, "de", LONG_GERMAN)
    monkeypatch.setattr(languages, "folder", lambda: tmp_path)
    languages.apply(qapp, "de")
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(MIN_WIDTH, MIN_HEIGHT)
        window.show()
        qtbot.waitExposed(window)
        window.show_page("customers")
        settle(qtbot)
        assert "Neuen Kunden" in " ".join(cut_texts(window))
        window.shutdown()
    finally:
        languages.apply(qapp, languages.SOURCE)
