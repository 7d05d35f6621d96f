"""The columns page with address books and spreadsheets in other languages: every column not imported
is listed, any column can feed a field or the notes, and the choice is remembered for the same headings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from carebook.services import customers
from tests.core.exchange.real_exports import GOOGLE_CONTACTS, google_csv
from tests.ui.import_support import choose, finish, next_page, open_wizard, write
from ui.context import AppContext
from ui.dialogs.import_wizard import P_MAPPING, P_PREVIEW, ImportWizard


@pytest.fixture
def wizard(ctx: AppContext, qtbot):  # type: ignore[no-untyped-def]
    yield from open_wizard(ctx, qtbot)


def _to_mapping(wizard: ImportWizard, qtbot, path: Path) -> None:  # type: ignore[no-untyped-def]
    choose(wizard, qtbot, path)
    next_page(wizard, qtbot)  # -> format
    next_page(wizard, qtbot)  # -> columns
    assert wizard.currentId() == P_MAPPING


def test_a_google_file_is_named_and_its_left_out_columns_listed(
    wizard: ImportWizard, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "contacts.csv"
    path.write_bytes(google_csv(GOOGLE_CONTACTS))
    choose(wizard, qtbot, path)
    assert "an export of Google Contacts" in wizard.file_page.status.text()
    next_page(wizard, qtbot)
    next_page(wizard, qtbot)
    page = wizard.mapping_page
    assert "Google Contacts file: Carebook knows its columns." in page.found.text()
    assert page.left_out.text() == "Not imported: Photo (values: 1)."
    assert page.left_out_columns() == [("Photo", 1)]
    next_page(wizard, qtbot)  # -> check: the values as they will be stored
    assert wizard.currentId() == P_PREVIEW
    model = wizard.preview_page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Phone" in headers and "Notes" in headers
    phone = model.index(0, headers.index("Phone")).data()
    assert phone == "+47 912 34 567"  # the mobile


def test_a_column_mapped_by_hand_is_remembered_for_the_same_headings(
    ctx: AppContext, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    text = "Kundennr;Vorname;Nachname;Lieblingsfarbe;Bemerkung\n4711;Hans;Müller;grün;Stammkunde\n"
    first = write(tmp_path / "januar.csv", text, "cp1252")
    wizard = next(gen := open_wizard(ctx, qtbot))
    _to_mapping(wizard, qtbot, first)
    page = wizard.mapping_page
    assert wizard.state.mapping == ["", "first_name", "last_name", "", "notes"]
    assert page.left_out.text() == "Not imported: Kundennr (values: 1), Lieblingsfarbe (values: 1)."
    page.choose(0, "note")
    page.choose(3, "note")
    assert not page.left_out.isVisible() and page.left_out_columns() == []
    finish(wizard, qtbot)
    row = customers.get_many([1])[0]
    assert (row.name, row.notes) == ("Hans Müller", "Stammkunde\n\nKundennr: 4711\nLieblingsfarbe: grün")
    next(gen, None)

    second = write(tmp_path / "februar.csv", text.replace("4711;Hans", "4712;Greta"), "cp1252")
    wizard = next(gen := open_wizard(ctx, qtbot))
    _to_mapping(wizard, qtbot, second)
    assert wizard.state.mapping == ["note", "first_name", "last_name", "note", "notes"]
    assert "Your choices for a file with these headings are used again." in wizard.mapping_page.found.text()
    assert [combo.currentData() for combo in wizard.mapping_page.combos] == wizard.state.mapping
    next(gen, None)


def test_the_parts_of_an_address_are_choices(
    wizard: ImportWizard, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / "k.csv", "Name;Straße;PLZ;Ort;Info\nHans Müller;Hauptstr. 5;10115;Berlin;x\n")
    _to_mapping(wizard, qtbot, path)
    page = wizard.mapping_page
    assert wizard.state.mapping == ["name", "street", "postcode", "city", ""]
    labels = [page.combos[4].itemText(i) for i in range(page.combos[4].count())]
    assert "Address: street" in labels and "Notes, after the column's heading" in labels
    assert "Phone: mobile (taken first)" in labels
    page.choose(4, "notes")
    assert page.left_out_columns() == []
