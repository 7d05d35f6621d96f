"""The counter's language: English plus every compiled catalogue, the system's language or the seat's
choice in the settings, the app's and Qt's own translations, QLocale's default and Arabic mirrored."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMenu

from tests.core.test_ui_catalogues import accelerator
from ui import languages
from ui.context import AppContext
from ui.state import LocalState

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{code}">
<context><name>SettingsDialog</name>
 <message><source>Shop settings</source><translation>{text}</translation></message>
</context>
</TS>
"""


def compile_catalogue(folder: Path, code: str, text: str) -> Path:
    """A one-string ``carebook_<code>.qm`` in ``folder`` (pyside6-lrelease, as the shipped ones)."""
    return compile_ts(folder, code, TS.format(code=code, text=text))


def compile_ts(folder: Path, code: str, ts: str) -> Path:
    """``ts`` (a .ts file's text) compiled to ``carebook_<code>.qm`` in ``folder``."""
    source = folder / f"carebook_{code}.ts"
    source.write_text(ts, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(source)], check=True, timeout=60)
    return folder / f"carebook_{code}.qm"


@pytest.fixture
def catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[Path]:
    compile_catalogue(tmp_path, "de", "Butikkeinstellungen")
    compile_catalogue(tmp_path, "ar", "إعدادات المتجر")
    monkeypatch.setattr(languages, "folder", lambda: tmp_path)
    yield tmp_path
    languages.apply(qapp, languages.SOURCE)


def test_the_languages_are_english_and_each_compiled_catalogue(catalogues: Path) -> None:
    found = languages.available()
    assert list(found) == ["en", "ar", "de"]
    assert found["de"] == "Deutsch" and found["en"] == "English"
    assert found["ar"] == "العربية"  # named in itself
    assert "fr" not in found  # no carebook_fr.qm


def test_the_system_language_is_followed_when_carebook_has_it(catalogues: Path) -> None:
    assert languages.system_language(wanted_ones=["de-AT", "en-GB"]) == "de"
    assert languages.system_language(wanted_ones=["fr-FR", "ar"]) == "ar"
    assert languages.system_language(wanted_ones=["fr-FR"]) == "en"


def test_choosing_german_in_settings_loads_it(catalogues: Path, ctx: AppContext, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    choices = [dialog.counter_language.itemText(i) for i in range(dialog.counter_language.count())]
    assert choices == ["System", "English", "العربية", "Deutsch"]
    hint = dialog.form.boxes["counter_language"].findChild(QLabel, "fieldHint")
    assert hint is not None and hint.text().endswith("uses the new language from its next start.")
    dialog.counter_language.setCurrentIndex(dialog.counter_language.findData("de"))
    dialog.save_button.click()
    assert ctx.state.get(languages.KEY) == "de"
    # the next start
    code = languages.chosen(LocalState(ctx.state.path))
    assert code == "de"
    languages.apply(qapp, code)
    assert QCoreApplication.translate("SettingsDialog", "Shop settings") == "Butikkeinstellungen"
    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    assert again.windowTitle() == "Butikkeinstellungen"
    assert QLocale().language() == QLocale.Language.German  # QLocale formatting follows
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"


def test_qt_own_buttons_are_translated(catalogues: Path, qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    languages.apply(qapp, "de")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    languages.apply(qapp, "nb")  # Qt ships no Bokmål: its Nynorsk buttons read the same
    norwegian = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(norwegian)
    assert norwegian.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    languages.apply(qapp, "en")
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(english)
    assert english.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_a_language_without_its_catalogue_shows_english(catalogues: Path, qapp, state: LocalState) -> None:  # type: ignore[no-untyped-def]
    state.set(languages.KEY, "fr")  # chosen once, its file since removed
    assert languages.chosen(state) == languages.system_language()
    languages.apply(qapp, "fr")  # no error
    assert QCoreApplication.translate("SettingsDialog", "Shop settings") == "Shop settings"
    assert len(qapp._carebook_translators) == 1  # only Qt's own


def test_arabic_mirrors_the_whole_window(catalogues: Path, qapp, main_window) -> None:  # type: ignore[no-untyped-def]
    languages.apply(qapp, "ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert main_window.isRightToLeft()
    assert QLocale().textDirection() == Qt.LayoutDirection.RightToLeft
    languages.apply(qapp, "de")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _menu_clashes(menu: QMenu, where: str) -> list[str]:
    letters: dict[str, str] = {}
    found: list[str] = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = accelerator(action.text())
        if letter and letter in letters:
            found.append(f"{where}: “{letters[letter]}” and “{action.text()}” both on &{letter}")
        letters.setdefault(letter, action.text())
        if action.menu() is not None:
            found += _menu_clashes(action.menu(), action.text())
    return found


@pytest.mark.parametrize("code", list(languages.available()))
def test_no_two_items_of_a_menu_share_an_accelerator(code: str, qapp, ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Every shipped language (English today, each .qm as it lands), on the real menus: the menu bar's
    titles, and the items of each menu."""
    from ui.main_window import MainWindow

    languages.apply(qapp, code)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        bar = QMenu()
        for action in window.menuBar().actions():
            bar.addAction(action)
        assert len(bar.actions()) >= 5
        assert _menu_clashes(bar, "menu bar") == []
        window.shutdown()
    finally:
        languages.apply(qapp, languages.SOURCE)


def test_a_clash_in_a_menu_is_found(qtbot) -> None:  # type: ignore[no-untyped-def]
    menu = QMenu()
    qtbot.addWidget(menu)
    menu.addAction("&Datei")
    menu.addAction("&Drucken")
    assert _menu_clashes(menu, "Datei") == ["Datei: “&Datei” and “&Drucken” both on &d"]
