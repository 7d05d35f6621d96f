"""The import wizard, driven as a user would: choose a file, click Next, choose, Import; then the database."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from carebook.services import customers, followups
from tests.core.exchange.support import snapshot
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
from ui import files
from ui.context import AppContext
from ui.dialogs import import_flow
from ui.dialogs.import_wizard import P_FILE, P_MAPPING, P_MATCH, P_PREVIEW, P_RUN, P_SUMMARY, ImportWizard
from ui.models.import_preview_model import BAD_ROLE


@pytest.fixture
def wizard(ctx: AppContext, qtbot):  # type: ignore[no-untyped-def]
    yield from open_wizard(ctx, qtbot)


def test_imports_an_excel_file_from_start_to_finish(
    wizard: ImportWizard, ctx: AppContext, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    customers.create("Kari Old Name", email="kari@example.no")
    path = write(
        tmp_path / "kunder.csv",
        "name;company;email;phone;tags;consent_marketing;Shoe size\n"
        "Kari Ødegård;Nordlys Kafé AS;KARI@example.no;020 7946 0123;vip;yes;38\n"
        "Jürgen Müller;;jurgen@example.de;;newsletter;no;44\n",
        "cp1252",
    )
    choose(wizard, qtbot, path)
    assert "rows: 2" in wizard.file_page.status.text()
    next_page(wizard, qtbot)  # -> format
    assert wizard.format_page.table.rowCount() == 2
    assert wizard.format_page.table.item(0, 0).text() == "Kari Ødegård"
    next_page(wizard, qtbot)  # -> columns
    assert wizard.currentId() == P_MAPPING
    assert wizard.state.mapping == ["name", "company", "email", "phone", "tags", "consent_marketing", ""]
    assert "6 of 7 columns" in wizard.mapping_page.status.text()
    next_page(wizard, qtbot)  # -> check
    assert wizard.currentId() == P_PREVIEW
    assert "Every row is good (2)" in wizard.preview_page.counts.text()
    next_page(wizard, qtbot)  # -> customers you already have
    assert wizard.currentId() == P_MATCH
    matches = wizard.match_page.model
    assert matches.rowCount() == 1 and matches.index(0, 0).data() == "2"
    assert "same email" in matches.index(0, 3).data()
    assert matches.index(0, 4).data() == "Update this customer"
    next_page(wizard, qtbot)  # -> summary
    assert wizard.currentId() == P_SUMMARY
    figures = wizard.summary_page.figure_rows(wizard.state.summary)
    assert ("New customers:", 1) in figures and ("Customers updated:", 1) in figures
    assert names() == {"Kari Old Name"}  # nothing written before Import
    with qtbot.waitSignal(ctx.data_changed, timeout=20_000):
        next_page(wizard, qtbot, Commit)
    qtbot.waitUntil(lambda: wizard.run_page.result is not None)
    assert wizard.currentId() == P_RUN
    result = wizard.run_page.result
    assert result.batch_id is not None and str(result.batch_id) in wizard.run_page.detail.text()
    assert names() == {"Kari Ødegård", "Jürgen Müller"}
    kari = customers.find_by_email("kari@example.no")
    assert kari is not None and kari.company == "Nordlys Kafé AS" and kari.tags == ("vip",)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01\x02\xff\xfe binary \x00 garbage" * 50, "not a CSV file"),
        (b"", "is empty"),
        (b"PK\x03\x04 a spreadsheet, not csv", "save it as 'CSV UTF-8'"),
    ],
)
def test_a_bad_file_gets_a_clear_message_and_writes_nothing(  # type: ignore[no-untyped-def]
    wizard: ImportWizard, qtbot, tmp_path: Path, content: bytes, message: str
) -> None:
    customers.create("Anna Smith")
    before = snapshot()
    path = tmp_path / "shop.csv"
    path.write_bytes(content)
    choose(wizard, qtbot, path)
    assert message in wizard.file_page.status.text()
    assert wizard.file_page.status.objectName() == "fieldError"
    assert not wizard.button(Next).isEnabled()
    assert wizard.currentId() == P_FILE
    assert snapshot() == before


def test_a_missing_file_and_then_a_good_one(wizard: ImportWizard, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    choose(wizard, qtbot, tmp_path / "nope.csv")
    assert "no such file" in wizard.file_page.error()
    good = write(tmp_path / "good.csv", "name\nAnna Smith\n")
    choose(wizard, qtbot, good)
    assert wizard.file_page.error() == ""
    assert wizard.button(Next).isEnabled()


def test_browse_uses_the_file_dialog(wizard: ImportWizard, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    good = write(tmp_path / "good.csv", "name\nAnna Smith\n")
    monkeypatch.setattr(files, "choose_file", lambda *args, **kwargs: str(good))
    wizard.file_page.browse_button.click()
    qtbot.waitUntil(lambda: wizard.state.table is not None)
    assert wizard.file_page.path.text() == str(good)


def test_a_missing_required_column_is_chosen_by_hand(wizard: ImportWizard, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / "people.csv", "Who,How to reach\nAnna Smith,anna@example.com\n")
    choose(wizard, qtbot, path)
    next_page(wizard, qtbot)
    next_page(wizard, qtbot)
    page = wizard.mapping_page
    assert page.missing() == ["name"]
    assert "Choose a file column for: Name" in page.status.text()
    assert not wizard.button(Next).isEnabled()
    page.choose(0, "name")
    page.choose(1, "email")
    assert page.isComplete() and wizard.button(Next).isEnabled()
    page.choose(1, "name")  # one file column per Carebook column: the first choice is left out
    assert wizard.state.mapping == ["", "name"]
    page.choose(0, "name")
    page.choose(1, "email")
    finish(wizard, qtbot)
    anna = customers.find_by_email("anna@example.com")
    assert anna is not None and anna.name == "Anna Smith"


def _bad_rows_file(tmp_path: Path) -> Path:
    return write(
        tmp_path / "mixed.csv",
        "name,email,preferred_channel\n"
        "Anna Smith,anna@example.com,phone\n"
        "Tom Baker,not an email,phone\n"
        ",nobody@example.com,fax\n"
        "Mei Chen,mei@example.com,\n",
    )


def test_bad_cells_are_marked_and_nothing_is_written_unless_skipped(  # type: ignore[no-untyped-def]
    wizard: ImportWizard, qtbot, tmp_path: Path, qtmodeltester
) -> None:
    before = snapshot()
    choose(wizard, qtbot, _bad_rows_file(tmp_path))
    for _ in range(3):
        next_page(wizard, qtbot)
    page = wizard.preview_page
    model = page.model
    qtmodeltester.check(model)
    assert (model.good_count(), model.bad_count()) == (2, 2)
    assert "Rows with problems: 2" in page.counts.text()
    # Tom's email cell (line 3, column "Email") is marked with the reason
    tom = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "3")
    email = model.index(tom, 2)
    assert email.data(BAD_ROLE) is True
    assert "Email" in email.data(Qt.ItemDataRole.ToolTipRole)
    assert email.data(Qt.ItemDataRole.DecorationRole) is not None
    assert email.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(tom, 1).data(BAD_ROLE) is False  # his name is fine
    assert model.index(tom, 0).data(BAD_ROLE) is True  # the line number says the row is bad
    blank = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "4")
    assert model.index(blank, 1).data(BAD_ROLE) and model.index(blank, 3).data(BAD_ROLE)
    assert not wizard.button(Next).isEnabled()  # nothing from a file with errors...
    page.only_bad.setChecked(True)
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    page.only_bad.setChecked(False)
    assert snapshot() == before
    page.skip_bad.setChecked(True)  # ...unless the user skips the bad rows
    to_summary(wizard, qtbot)
    assert ("Bad rows skipped:", 2) in wizard.summary_page.figure_rows(wizard.state.summary)
    finish(wizard, qtbot)
    assert names() == {"Anna Smith", "Mei Chen"}


def test_a_file_of_only_bad_rows_cannot_be_imported(wizard: ImportWizard, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / "bad.csv", "name,email\nTom,not an email\n")
    choose(wizard, qtbot, path)
    for _ in range(3):
        next_page(wizard, qtbot)
    assert wizard.preview_page.skip_bad.isHidden()
    assert not wizard.button(Next).isEnabled()


def test_followups_file(wizard: ImportWizard, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(
        tmp_path / "todo.csv", "due_on,customer,note\n2030-01-02,Anna Smith,Call back about the quote\n"
    )
    choose(wizard, qtbot, path, kind="followups")
    for _ in range(4):
        next_page(wizard, qtbot)
    assert ("New customers named in the rows:", 1) in wizard.summary_page.figure_rows(wizard.state.summary)
    next_page(wizard, qtbot, Commit)
    qtbot.waitUntil(lambda: wizard.run_page.result is not None)
    rows = followups.list_followups(limit=10).rows
    assert [(row.customer_name, row.note) for row in rows] == [("Anna Smith", "Call back about the quote")]


def _gate_the_import(monkeypatch, when) -> threading.Event:  # type: ignore[no-untyped-def]
    """Hold the import at the first progress report for which ``when(done, total)`` is true."""
    gate = threading.Event()
    real = import_flow.run

    def held(kind, table, progress, targets=None):  # type: ignore[no-untyped-def]
        def report(done: int, total: int) -> None:
            if when(done, total):
                gate.wait(20)
            progress(done, total)

        return real(kind, table, report, targets)

    monkeypatch.setattr(import_flow, "run", held)
    return gate


@pytest.mark.parametrize("stage", ["checking", "written"])
def test_cancel_mid_import_leaves_the_database_untouched(  # type: ignore[no-untyped-def]
    wizard: ImportWizard, qtbot, tmp_path: Path, monkeypatch, stage: str
) -> None:
    customers.create("Anna Smith")
    lines = ["name,email"] + [f"Customer {i},c{i}@example.com" for i in range(1500)]
    path = write(tmp_path / "many.csv", "\n".join(lines) + "\n")
    choose(wizard, qtbot, path)
    to_summary(wizard, qtbot)
    before = snapshot()
    gate = _gate_the_import(
        monkeypatch, (lambda d, t: d == 1000) if stage == "checking" else (lambda d, t: d == t)
    )
    wizard.button(Commit).click()
    qtbot.waitUntil(lambda: wizard.run_page.progress.value() > 0)
    assert wizard.run_page.running() and not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.reject()  # the Cancel button
    assert wizard.isVisible()  # the wizard waits for the import to stop
    gate.set()
    qtbot.waitUntil(lambda: not wizard.run_page.running())
    assert wizard.run_page.cancelled
    assert "Nothing was written" in wizard.run_page.status.text()
    assert snapshot() == before
    wizard.reject()
    assert not wizard.isVisible()


def test_the_welcome_can_start_with_an_import(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.app import Startup
    from ui.dialogs.welcome import WelcomeDialog

    startup = Startup(ctx)
    startup.welcome = WelcomeDialog(ctx)
    qtbot.addWidget(startup.welcome)
    startup.welcome.shop_name.setText("Corner Bikes")
    startup.welcome.owner_name.setText("Maria Jensen")
    startup.welcome.import_radio.setChecked(True)
    startup.welcome.save_button.click()
    assert startup.welcome.wants_import()
    startup.show_main_window()
    qtbot.addWidget(startup.window)
    try:
        wizard = startup.window.findChild(ImportWizard)
        assert wizard is not None and wizard.isVisible()
        assert wizard.currentId() == P_FILE
        wizard.reject()
    finally:
        startup.window.shutdown()


def test_the_check_page_shows_how_the_first_rows_dates_and_words_are_read(
    wizard: ImportWizard, ctx: AppContext, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from carebook import settings

    settings.update(phone_region="NO", time_zone="Europe/Oslo")
    path = write(
        tmp_path / "kontakter.csv",
        "occurred_at;customer;channel;reason;summary\n"
        "03.11.2026 14:05;Kari Nordmann;E-post;Reklamasjon;Svar\n",
    )
    choose(wizard, qtbot, path, "interactions")
    next_page(wizard, qtbot)  # -> format
    next_page(wizard, qtbot)  # -> columns
    next_page(wizard, qtbot)  # -> check
    qtbot.waitUntil(lambda: "Every row is good (1)" in wizard.preview_page.counts.text(), timeout=20_000)
    model = wizard.preview_page.model
    shown = [model.index(0, column).data() for column in range(1, model.columnCount())]

    assert shown == ["03.11.2026 14:05 → 2026-11-03 14:05", "Kari Nordmann", "E-post → email",
                     "Reklamasjon → complaint", "Svar"]  # fmt: skip
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "“E-post” is read as email"
