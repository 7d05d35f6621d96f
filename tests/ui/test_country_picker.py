"""Welcome and settings pick a country (and a time zone) from a searchable list: "Nor" finds Norway,
names are in the user's language, the default is the system's country, the stored value the ISO code."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from carebook import settings
from ui import territories
from ui.context import AppContext
from ui.dialogs import welcome
from ui.dialogs.settings_dialog import SettingsDialog
from ui.dialogs.welcome import WelcomeDialog
from ui.state import LocalState
from ui.widgets.searchable_combo import SearchableCombo

# The offscreen platform of these tests cannot raise a popup or give it the keyboard; real ones can.
POPUP = pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"
)


def shown(widget, qtbot):  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def search(qtbot, combo: SearchableCombo, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(combo.lineEdit(), Qt.MouseButton.LeftButton)  # clicking in selects the shown choice
    qtbot.waitUntil(lambda: combo.lineEdit().selectedText() == combo.currentText() or not combo.currentText())
    qtbot.keyClicks(combo.lineEdit(), text)
    qtbot.waitUntil(combo.finder.popup().isVisible)
    model = combo.finder.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.fixture
def welcome_dialog(db, state: LocalState, qtbot):  # type: ignore[no-untyped-def]
    return shown(WelcomeDialog(AppContext(state, where=str(db))), qtbot)


@POPUP
def test_typing_nor_offers_norway_first_and_enter_picks_it(welcome_dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = welcome_dialog.phone_region
    combo.set_value("US")
    assert combo.currentText() == "United States (US)"
    shown_rows = search(qtbot, combo, "Nor")
    assert shown_rows[0] == "Norway (NO)"
    assert "North Macedonia (MK)" in shown_rows
    qtbot.keyClick(combo.finder.popup(), Qt.Key.Key_Return)
    assert combo.currentText() == "Norway (NO)"  # replaced, not "United States (US)Nor"
    assert combo.value() == "NO"
    welcome_dialog.shop_name.setText("Fjord Bikes")
    welcome_dialog.owner_name.setText("Maria")
    qtbot.mouseClick(welcome_dialog.save_button, Qt.MouseButton.LeftButton)
    assert settings.current().phone_region == "NO"  # the ISO code is stored


@POPUP
def test_a_typed_country_name_is_taken_as_it_is_written(welcome_dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = welcome_dialog.phone_region
    combo.set_value("US")
    search(qtbot, combo, "Norway")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Tab)
    assert combo.currentText() == "Norway"
    assert combo.value() == "NO"


@POPUP
def test_a_name_that_is_no_country_gets_a_message_naming_it_until_fixed(welcome_dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = welcome_dialog.phone_region
    welcome_dialog.shop_name.setText("Fjord Bikes")
    welcome_dialog.owner_name.setText("Maria")
    search_text = "Atlantis"
    qtbot.mouseClick(combo.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(combo.lineEdit(), search_text)
    qtbot.mouseClick(welcome_dialog.save_button, Qt.MouseButton.LeftButton)
    assert "“Atlantis” is not a country" in welcome_dialog.form.error_text("phone_region")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(combo.lineEdit(), "Norway")
    assert welcome_dialog.form.error_text("phone_region") == ""


def test_the_default_is_the_systems_country(db, state: LocalState, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(settings, "defaults", lambda: settings.ShopSettings(phone_region="GB"))
    monkeypatch.setattr(welcome, "system_country", lambda: "NO")
    dialog = shown(WelcomeDialog(AppContext(state, where=str(db))), qtbot)
    assert dialog.phone_region.value() == "NO"


def test_system_country_is_an_iso_code_the_phone_library_knows_or_nothing() -> None:
    code = territories.system_country()
    assert code == "" or (len(code) == 2 and code.isupper())


@POPUP
def test_names_come_in_the_users_language_and_english_finds_them_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    choices = territories.country_choices("de_DE")
    assert ("NO", "Norwegen (NO)", "Norway") in choices
    combo = shown(SearchableCombo(choices), qtbot)
    combo.setEditText("")
    assert search(qtbot, combo, "Norw")[0] == "Norwegen (NO)"
    combo.setEditText("Norway")
    assert combo.value() == "NO"
    combo.setEditText("norwegen")
    assert combo.value() == "NO"
    assert territories.country_choices("xx_unknown")[0][1].endswith(")")  # English names then


def test_the_default_language_is_the_users(qtbot) -> None:  # type: ignore[no-untyped-def]
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    try:
        assert ("DE", "Tyskland (DE)", "Germany") in territories.country_choices()
    finally:
        QLocale.setDefault(before)


@POPUP
def test_settings_time_zone_is_searched_the_same_way(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(SettingsDialog(ctx), qtbot)
    rows = search(qtbot, dialog.time_zone, "oslo")
    assert rows[0] == "Europe/Oslo"
    qtbot.keyClick(dialog.time_zone.finder.popup(), Qt.Key.Key_Return)
    assert dialog.time_zone.value() == "Europe/Oslo"
    assert search(qtbot, dialog.phone_region, "Nor")[0] == "Norway (NO)"
