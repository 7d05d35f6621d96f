"""The Reports page's output: Save as writes the PDF atomically and remembers the folder, Print renders
every chosen page into the printer's page rect (landscape as the PDF), Open hands a saved copy to the
system's PDF viewer; failures are plain messages."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from carebook.errors import CarebookError
from tests.ui.reports_support import LAST_MONTH, make_page, open_pdf, seed, show_last_month
from ui import pdf_printing
from ui.context import AppContext
from ui.pages.reports import ReportsPage
from ui.widgets.month_picker import month_label


@pytest.fixture
def seeded(ctx: AppContext) -> dict[str, int]:
    return seed(ctx)


@pytest.fixture
def page(ctx: AppContext, qtbot) -> Iterator[ReportsPage]:  # type: ignore[no-untyped-def]
    widget = make_page(ctx, qtbot)
    yield widget
    widget.shutdown()


def shown(page: ReportsPage, seeded: dict[str, int], qtbot) -> ReportsPage:  # type: ignore[no-untyped-def]
    return show_last_month(page, qtbot)


# -- save as ----------------------------------------------------------------------------------------
def test_save_as_writes_the_pdf_and_remembers_the_folder(
    page: ReportsPage,
    seeded,
    ctx: AppContext,
    qtbot,
    msgboxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    shown(page, seeded, qtbot)
    folder = tmp_path / "reports out"
    folder.mkdir()
    offered: list[str] = []

    def fake_dialog(parent, title, start, filters):  # type: ignore[no-untyped-def]
        offered.append(start)
        return str(folder / "march summary"), filters  # no ".pdf" typed

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    page.save_button.click()
    saved = folder / "march summary.pdf"
    assert saved.read_bytes() == page.data
    assert saved.read_bytes().startswith(b"%PDF")
    assert open_pdf(saved).pageCount() == page.viewer.document.pageCount()
    assert Path(offered[0]).name == f"carebook-report-{LAST_MONTH}.pdf"
    assert ctx.state.get("folders/reports") == str(folder)
    assert not [p for p in folder.iterdir() if p != saved]  # no temporary file left behind
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600  # it lists customers' names

    saved.write_bytes(b"the earlier one")
    msgboxes.answer = False  # ".pdf" was added: the dialog never asked about that file, so we ask
    page.save_button.click()
    assert Path(offered[1]).parent == folder  # the folder is remembered
    assert msgboxes.kinds() == ["question"] and "march summary.pdf" in msgboxes.texts()[0]
    assert saved.read_bytes() == b"the earlier one"
    msgboxes.answer = True
    page.save_button.click()
    assert saved.read_bytes() == page.data


def test_save_as_never_writes_over_the_database(
    page: ReportsPage, seeded, qtbot, msgboxes, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown(page, seeded, qtbot)
    (tmp_path / "summary.pdf").symlink_to(db)  # a name ending in .pdf: nothing is added to it
    os.link(f"{db}-wal", tmp_path / "hard.pdf")
    before = db.read_bytes(), Path(f"{db}-wal").read_bytes()
    for target in (tmp_path / "summary.pdf", tmp_path / "." / "hard.pdf"):
        monkeypatch.setattr("ui.files.choose_save_file", lambda *args, _t=target, **kwargs: str(_t))
        page.save_as()
    assert msgboxes.kinds() == ["error", "error"]
    assert "it is the open database" in msgboxes.texts()[0]
    assert "write-ahead log" in msgboxes.texts()[1]
    assert (db.read_bytes(), Path(f"{db}-wal").read_bytes()) == before


def test_save_as_cancelled_writes_nothing(page: ReportsPage, seeded, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown(page, seeded, qtbot)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    page.save_action.trigger()
    assert page.ctx.state.get("folders/reports") == ""


def test_a_save_failure_shows_a_plain_message(
    page: ReportsPage, seeded, qtbot, msgboxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown(page, seeded, qtbot)
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    target = blocker / "report.pdf"
    monkeypatch.setattr("ui.files.choose_save_file", lambda *args, **kwargs: str(target))
    page.save_as()
    assert msgboxes.kinds() == ["warning"]
    assert "Cannot save the report" in msgboxes.texts()[0]
    assert "Traceback" not in msgboxes.texts()[0]
    assert blocker.read_text() == "not a folder"


# -- print ------------------------------------------------------------------------------------------
def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_renders_every_page(page: ReportsPage, seeded, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shown(page, seeded, qtbot)
    document = page.viewer.document
    printer = pdf_printer(tmp_path / "printed.pdf")
    pdf_printing.prepare_printer(printer, document, page.report_title())
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    assert printer.pageLayout().pageSize().id() == printer.pageLayout().pageSize().PageSizeId.A4

    assert pdf_printing.print_document(document, printer) == document.pageCount()
    printed = open_pdf(tmp_path / "printed.pdf")
    assert printed.pageCount() == document.pageCount()
    size = printed.pagePointSize(0)
    assert size.height() > size.width()
    image = printed.render(0, size.toSize())
    dark = sum(
        image.pixelColor(x, y).lightness() < 128
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )
    assert dark > 200  # the page was drawn, not a blank sheet


def test_print_honours_the_page_range_and_current_page(
    page: ReportsPage, seeded, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    shown(page, seeded, qtbot)
    document = page.viewer.document
    assert document.pageCount() >= 3
    printer = pdf_printer(tmp_path / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert pdf_printing.pages_to_print(printer, document.pageCount()) == [1, 2]
    assert pdf_printing.print_document(document, printer) == 2
    assert open_pdf(tmp_path / "range.pdf").pageCount() == 2

    current = pdf_printer(tmp_path / "current.pdf")
    current.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert pdf_printing.print_document(document, current, current_page=2) == 1
    assert open_pdf(tmp_path / "current.pdf").pageCount() == 1

    backwards = pdf_printer(tmp_path / "backwards.pdf")
    backwards.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert pdf_printing.pages_to_print(backwards, 3) == [2, 1, 0]


def test_a_landscape_pdf_prints_landscape(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = pdf_printer(tmp_path / "wide.pdf")
    source.setPageOrientation(QPageLayout.Orientation.Landscape)
    painter = QPainter(source)
    painter.drawText(QPointF(100, 100), "wide")
    painter.end()
    document = open_pdf(tmp_path / "wide.pdf")
    printer = pdf_printer(tmp_path / "wide-printed.pdf")
    pdf_printing.prepare_printer(printer, document)
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert pdf_printing.print_document(document, printer) == 1
    size = open_pdf(tmp_path / "wide-printed.pdf").pagePointSize(0)
    assert size.width() > size.height()


def test_the_print_button_prints_the_shown_document(
    page: ReportsPage, seeded, ctx: AppContext, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown(page, seeded, qtbot)
    page.viewer.go_to_page(1)
    calls: list[tuple[object, str, int]] = []

    def fake(parent, document, title, current_page, progress=None):  # type: ignore[no-untyped-def]
        calls.append((document, title, current_page))
        return document.pageCount()

    monkeypatch.setattr(pdf_printing, "ask_and_print", fake)
    with qtbot.waitSignal(ctx.status_message):
        page.print_button.click()
    assert calls == [(page.viewer.document, f"Carebook summary {month_label(LAST_MONTH)}", 1)]


def test_printing_nothing_is_refused_plainly(qtbot) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CarebookError, match="nothing to print"):
        pdf_printing.print_document(QPdfDocument(), QPrinter())


# -- open in the system viewer ----------------------------------------------------------------------
def test_open_in_viewer_opens_a_saved_copy(
    page: ReportsPage, seeded, qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown(page, seeded, qtbot)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    page.open_button.click()
    assert len(opened) == 1 and opened[0].isLocalFile()
    path = Path(opened[0].toLocalFile())
    assert path.name == f"carebook-report-{LAST_MONTH}.pdf"
    assert path.is_relative_to(data_dir)
    assert path.read_bytes() == page.data


def test_no_viewer_says_where_the_file_is(
    page: ReportsPage, seeded, qtbot, msgboxes, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown(page, seeded, qtbot)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    page.open_in_viewer()
    assert msgboxes.kinds() == ["warning"]
    assert f"carebook-report-{LAST_MONTH}.pdf" in msgboxes.texts()[0]
