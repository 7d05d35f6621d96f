"""The import wizard with vCard files, undoing imports, matching customers you already have, and the
encoding and separator of a CSV file."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from carebook.services import customers
from tests.core.exchange.support import rows, snapshot
from tests.ui.import_support import (
    Commit,
    Next,
    choose,
    finish,
    names,
    next_page,
    open_wizard,
    to_summary,
    write,
)
from ui.context import AppContext
from ui.dialogs import import_flow
from ui.dialogs.import_wizard import P_MATCH, P_PREVIEW, ImportWizard
from ui.models.import_preview_model import BAD_ROLE


@pytest.fixture
def wizard(ctx: AppContext, qtbot):  # type: ignore[no-untyped-def]
    yield from open_wizard(ctx, qtbot)


DATA = Path(__file__).resolve().parents[1] / "data" / "import"
VCARDS = DATA.parent / "vcards"


def test_imports_customers_from_a_vcard_address_book(wizard: ImportWizard, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    choose(wizard, qtbot, DATA / "contacts_folded_photo.vcf", kind="followups")
    page = wizard.file_page
    assert "address book (cards: 2)" in page.status.text()
    assert page.kind() == "customers"  # an address book holds customers
    assert not page.kind_radios["followups"].isEnabled()
    next_page(wizard, qtbot)
    assert wizard.currentId() == P_PREVIEW  # nothing to map in a vCard
    assert wizard.preview_page.model.good_count() == 2
    finish(wizard, qtbot)
    assert wizard.run_page.result.kind == "vcard"
    kari = customers.find_by_email("kari@nordlys.example")
    assert kari is not None and kari.name == "Kari Nordmann" and "folded it onto a second line" in kari.notes
    assert names() == {"Kari Nordmann", "Ola Hansen"}


def test_an_iphone_vcard_keeps_the_address_parts_without_showing_them(wizard: ImportWizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    choose(wizard, qtbot, VCARDS / "iphone_ios9.vcf")
    next_page(wizard, qtbot)
    assert wizard.currentId() == P_PREVIEW
    model = wizard.preview_page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    shown = ["Line", "Name", "Company", "Email", "Phone", "Address"]
    shown += ["Tags (separated by ;)", "Notes", "Birthday"]
    assert headers == shown  # not the address's stored parts
    finish(wizard, qtbot)
    kari = customers.find_by_email("kari@nordlys.example")
    assert kari is not None and kari.phone == "+47 912 34 567"
    ((parts,),) = rows("SELECT address_parts FROM customer WHERE id = ?", kari.id)
    assert '"Storgata 1\\nLeil. 3"' in parts


def test_a_vcard_with_a_bad_value_marks_the_card(wizard: ImportWizard, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = "BEGIN:VCARD\nVERSION:3.0\nFN:Ola Hansen\nEMAIL:ola@example.no\nEND:VCARD\n"
    path = tmp_path / "book.vcf"
    path.write_bytes((DATA / "contacts_bad_email.vcf").read_bytes() + good.encode())
    choose(wizard, qtbot, path)
    next_page(wizard, qtbot)
    model = wizard.preview_page.model
    assert (model.good_count(), model.bad_count()) == (1, 1)
    bad = next(r for r in range(model.rowCount()) if model.index(r, 0).data(BAD_ROLE))
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Email"
    assert model.index(bad, 3).data(BAD_ROLE)  # the email of the card, marked
    assert not wizard.button(Next).isEnabled()
    wizard.preview_page.skip_bad.setChecked(True)
    finish(wizard, qtbot)
    assert names() == {"Ola Hansen"}


def test_a_broken_vcard_is_refused_on_the_first_page(wizard: ImportWizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = snapshot()
    choose(wizard, qtbot, DATA / "contacts_broken.vcf")
    assert wizard.file_page.error()
    assert "card" in wizard.file_page.status.text()
    assert not wizard.button(Next).isEnabled()
    assert snapshot() == before


def _import_two(wizard: ImportWizard, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / "two.csv", "name,email\nAnna Smith,anna@example.com\nTom Baker,tom@example.com\n")
    choose(wizard, qtbot, path)
    finish(wizard, qtbot)


def test_undo_this_import_takes_it_back(
    wizard: ImportWizard, ctx: AppContext, qtbot, tmp_path: Path, msgboxes
) -> None:  # type: ignore[no-untyped-def]
    customers.create("Mei Chen")
    _import_two(wizard, qtbot, tmp_path)
    page = wizard.run_page
    assert page.undo_button.isVisible() and page.history is not None
    assert page.history.list.topLevelItemCount() == 1
    with qtbot.waitSignal(page.history.undone, timeout=20_000):
        page.undo_button.click()
    assert msgboxes.kinds() == ["question"]
    assert names() == {"Mei Chen"}
    assert "undone" in page.status.text() and not page.undo_button.isEnabled()
    assert page.history.list.topLevelItem(0).text(6).startswith("Undone")
    assert not page.history.undo_button.isEnabled()


def test_an_undo_that_would_lose_later_work_is_refused(  # type: ignore[no-untyped-def]
    wizard: ImportWizard, qtbot, tmp_path: Path, msgboxes
) -> None:
    from carebook.services import interactions

    _import_two(wizard, qtbot, tmp_path)
    anna = customers.find_by_email("anna@example.com")
    interactions.log(anna.id, channel="phone", summary="Rang after the import")
    history = wizard.run_page.history
    history.undo_selected()
    qtbot.waitUntil(lambda: not history.busy())
    assert msgboxes.kinds() == ["question", "warning"]
    assert "cannot be undone" in msgboxes.texts("warning")[0]
    assert "Anna Smith" in names()


def test_earlier_imports_from_the_first_page(
    wizard: ImportWizard, ctx: AppContext, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from carebook.exchange import importer

    importer.import_csv("customers", write(tmp_path / "old.csv", "name\nAnna Smith\n"))
    dialog = wizard.file_page.open_history()
    qtbot.addWidget(dialog)
    history = dialog.history
    assert history.list.topLevelItemCount() == 1
    assert history.list.topLevelItem(0).text(2) == "old.csv"
    with qtbot.waitSignal(ctx.data_changed, timeout=20_000):
        history.undo_selected()
    assert names() == set()
    dialog.reject()


def test_the_encoding_and_separator_found_are_shown_and_can_be_changed(  # type: ignore[no-untyped-def]
    wizard: ImportWizard, qtbot, tmp_path: Path
) -> None:
    path = write(tmp_path / "kunder.csv", "Navn;Firma\nKari Ødegård;Kafé Nordlys\n", "cp1252")
    choose(wizard, qtbot, path)
    next_page(wizard, qtbot)
    page = wizard.format_page
    assert page.encoding.currentData() == "cp1252" and page.separator.currentData() == ";"
    assert "Windows" in page.found.text() and "semicolon" in page.found.text()
    assert [page.table.horizontalHeaderItem(c).text() for c in range(2)] == ["Navn", "Firma"]
    page.choose(encoding="utf-8")
    qtbot.waitUntil(lambda: not wizard.busy())
    assert "cannot be read as utf-8" in page.summary.text()
    assert not wizard.button(Next).isEnabled()
    page.choose(encoding="cp1252", sep=",")
    qtbot.waitUntil(lambda: not wizard.busy())
    assert page.table.columnCount() == 1 and page.table.item(0, 0).text() == "Kari Ødegård;Kafé Nordlys"
    page.choose(sep=";")
    qtbot.waitUntil(lambda: not wizard.busy())
    assert page.table.item(0, 1).text() == "Kafé Nordlys"
    next_page(wizard, qtbot)
    assert wizard.state.mapping == ["name", "company"]  # "Navn" and "Firma" are known names


def test_an_encoding_found_beyond_the_usual_four_is_shown_and_kept(  # type: ignore[no-untyped-def]
    wizard: ImportWizard, qtbot, tmp_path: Path
) -> None:
    names = ["Мария Иванова", "Ольга Смирнова", "Дмитрий Кузнецов"] * 4
    path = write(tmp_path / "клиенты.csv", "name,company\n" + "".join(f"{n},Офис\n" for n in names), "cp1251")
    choose(wizard, qtbot, path)
    next_page(wizard, qtbot)
    page = wizard.format_page
    assert page.encoding.currentData() == "cp1251" and "cp1251" in page.encoding.currentText()
    assert page.table.item(0, 0).text() == "Мария Иванова"
    page.choose(sep=",")  # reading again in the encoding found works
    qtbot.waitUntil(lambda: not wizard.busy())
    assert page.table.item(1, 0).text() == "Ольга Смирнова"


def _matching_file(tmp_path: Path) -> Path:
    return write(
        tmp_path / "list.csv",
        "name,email,phone,notes\n"
        "Kari N.,KARI@nordlys.no,,from the list\n"  # line 2: same email as Kari
        "T. Baker,,020 7946 0999,from the list\n"  # line 3: same phone as Tom
        "Mei Chen,mei@example.com,,new\n",  # line 4: nobody
    )


@pytest.fixture
def stored(db):  # type: ignore[no-untyped-def]
    kari = customers.create("Kari Nordmann", email="kari@nordlys.no").row
    tom = customers.create("Tom Baker", phone="020 7946 0999").row
    return kari, tom


def test_choose_per_match_update_skip_or_add(  # type: ignore[no-untyped-def]
    stored, wizard: ImportWizard, qtbot, tmp_path: Path, qtmodeltester
) -> None:
    from ui.models.import_matches_model import CHOICE_COLUMN

    kari, tom = stored
    choose(wizard, qtbot, _matching_file(tmp_path))
    while wizard.currentId() != P_MATCH:
        next_page(wizard, qtbot)
    page = wizard.match_page
    model = page.model
    qtmodeltester.check(model)
    assert [(model.match_at(r).line, model.match_at(r).customer.id) for r in range(2)] == [
        (2, kari.id),
        (3, tom.id),
    ]
    assert "same phone" in model.index(1, 3).data()
    assert model.choices() == {2: "update", 3: "update"}
    assert "to update: 2" in page.status.text()
    # Tom's row: add as a new customer, through the combo box in the last column
    index = model.index(1, CHOICE_COLUMN)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    editor = page.view.indexWidget(index)
    assert editor is not None
    editor.setCurrentIndex(editor.findData("create"))
    editor.activated.emit(editor.currentIndex())
    assert model.choices()[3] == "create"
    # "Skip" for Kari's row
    page.view.selectRow(0)
    page.buttons["skip"].click()
    assert model.choices() == {2: "skip", 3: "create"}
    assert page.view.indexWidget(model.index(0, CHOICE_COLUMN)).currentData() == "skip"  # the combo follows
    next_page(wizard, qtbot)
    figures = wizard.summary_page.figure_rows(wizard.state.summary)
    assert ("New customers:", 2) in figures and ("Rows you chose to skip:", 1) in figures
    assert ("Customers updated:", 0) in figures
    next_page(wizard, qtbot, Commit)
    qtbot.waitUntil(lambda: wizard.run_page.result is not None)
    assert customers.get(kari.id).notes == "" and customers.get(tom.id).name == "Tom Baker"
    assert names() == {"Kari Nordmann", "Tom Baker", "T. Baker", "Mei Chen"}


def test_apply_to_all_and_update_by_phone(stored, wizard: ImportWizard, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kari, tom = stored
    choose(wizard, qtbot, _matching_file(tmp_path))
    while wizard.currentId() != P_MATCH:
        next_page(wizard, qtbot)
    page = wizard.match_page
    page.apply_all.setChecked(True)
    page.buttons["create"].click()
    assert page.model.choices() == {2: "create", 3: "create"}
    page.buttons["update"].click()
    finish(wizard, qtbot)
    assert customers.get(tom.id).name == "T. Baker" and customers.get(tom.id).notes == "from the list"
    assert customers.get(kari.id).notes == "from the list"
    assert names() == {"Kari N.", "T. Baker", "Mei Chen"}


def test_no_match_says_every_row_is_new(wizard: ImportWizard, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    choose(wizard, qtbot, write(tmp_path / "new.csv", "name\nAnna Smith\n"))
    while wizard.currentId() != P_MATCH:
        next_page(wizard, qtbot)
    assert "every row is new" in wizard.match_page.status.text()
    assert not wizard.match_page.buttons["skip"].isEnabled()
    assert wizard.button(Next).isEnabled()


def test_cancelling_a_vcard_import(wizard: ImportWizard, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    cards = "".join(f"BEGIN:VCARD\nVERSION:3.0\nFN:Person {i}\nEND:VCARD\n" for i in range(600))
    path = tmp_path / "many.vcf"
    path.write_text(cards, encoding="utf-8")
    choose(wizard, qtbot, path)
    to_summary(wizard, qtbot)
    before = snapshot()
    gate = threading.Event()
    real = import_flow.run_vcard

    def held(cards, table, progress, targets=None):  # type: ignore[no-untyped-def]
        def report(done: int, total: int) -> None:
            if done == total:
                gate.wait(20)  # written, not yet committed
            progress(done, total)

        return real(cards, table, report, targets)

    monkeypatch.setattr(import_flow, "run_vcard", held)
    wizard.button(Commit).click()
    qtbot.waitUntil(lambda: wizard.run_page.progress.value() > 0)
    wizard.run_page.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: not wizard.run_page.running())
    assert wizard.run_page.cancelled and snapshot() == before
