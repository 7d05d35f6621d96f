"""The core's own messages reach a German window in German: a field check under its field, an import
problem on its cell (checked on the wizard's worker thread) and a storage error in its message box; the
"n/a" of a figure without data too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from carebook import db
from carebook.metrics import display_number
from carebook.services import customers, interactions
from tests.ui.import_support import choose, next_page, open_wizard, write
from ui import languages
from ui.context import AppContext
from ui.dialogs.contact_dialog import ContactDialog
from ui.dialogs.customer_dialog import CustomerDialog


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    languages.apply(qapp, "de")  # what the app does at start for a German counter
    yield
    languages.apply(qapp, languages.SOURCE)


def test_a_field_check_is_shown_under_its_field_in_german(ctx: AppContext, qtbot, german: None) -> None:  # type: ignore[no-untyped-def]
    dialog = CustomerDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.open()
    form = dialog.customer_form
    form.name.setText("Ingrid Ødegård")
    form.email.setText("ingrid@@fjord")
    dialog.save_button.click()
    assert form.form.error_text("email") == "„ingrid@@fjord“ ist keine gültige E-Mail-Adresse"  # no English
    assert customers.count_customers() == 0


def test_an_import_problem_is_shown_on_its_cell_in_german(  # type: ignore[no-untyped-def]
    ctx: AppContext, qtbot, tmp_path: Path, german: None
) -> None:
    wizard = open_wizard(ctx, qtbot)
    shown = next(wizard)
    choose(shown, qtbot, write(tmp_path / "bad.csv", "name,email,birthday\nTom,tom@example.com,31.02.1990\n"))
    for _ in range(3):
        next_page(shown, qtbot)
    model = shown.preview_page.model
    tips = [
        str(model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) or "")
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]
    assert any("„31.02.1990“ ist kein gültiges Datum" in tip for tip in tips), tips
    next(wizard, None)  # its worker stopped


def test_a_storage_error_is_shown_in_german(  # type: ignore[no-untyped-def]
    ctx: AppContext, qtbot, msgboxes, monkeypatch, german: None
) -> None:
    customers.create("Nora Lind")

    @db.writes
    def locked(*args: object, **kwargs: object) -> None:
        raise peewee.OperationalError("database is locked")

    monkeypatch.setattr(interactions, "log", locked)
    dialog = ContactDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.picker.new_button.click()
    qtbot.keyClicks(dialog.new_name, "Tom Baker")
    qtbot.keyClicks(dialog.summary, "Bought a helmet")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert msgboxes.texts("error") == [
        "Die Datenbank ist in einem anderen Carebook-Fenster oder Programm beschäftigt; "
        "versuchen Sie es erneut."
    ]


def test_a_figure_without_data_is_k_a(german: None) -> None:
    assert display_number(None) == "k. A."
