"""Print a ``QPdfDocument``: the pages rendered by QtPdf and drawn into the printer's page rect.

    prepare_printer(printer, document, title)     paper size and orientation of the PDF, a job name
    pages_to_print(printer, page_count, current)  0-based page numbers the print dialog asked for
    print_document(document, printer, ...) -> int draw them; returns the number of sheets printed
    ask_and_print(parent, document, title, current_page) -> int | None   the print dialog, then print

Each page is rendered at the printer's resolution (at most ``MAX_DPI``, enough for print and far less
memory than a 1200 dpi bitmap) and scaled into the printable area, centred, keeping its proportions.
The page range, "current page", copies (when the driver cannot make them itself), collation and
"last page first" of the dialog are honoured. ``ask_and_print`` is the only function that shows a
dialog; tests call ``print_document`` with a prepared ``QPrinter``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from carebook.errors import CarebookError

MAX_DPI = 300
Progress = Callable[[int, int], bool]  # (sheets done, sheets in all) -> go on?
translate = QCoreApplication.translate


def prepare_printer(printer: QPrinter, document: QPdfDocument, title: str = "") -> None:
    """Give the printer the PDF's paper size and orientation (before the dialog, so it shows them)."""
    if document.pageCount() > 0:
        size = document.pagePointSize(0)
        landscape = size.width() > size.height()
        portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
        page_size = QPageSize(portrait.toSize(), "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        printer.setPageSize(page_size)
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
    if title:
        printer.setDocName(title)


def pages_to_print(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """The 0-based pages chosen in the print dialog, in printing order."""
    if page_count <= 0:
        return []
    choice = printer.printRange()
    if choice == QPrinter.PrintRange.CurrentPage:
        pages = [min(max(current_page, 0), page_count - 1)]
    elif choice == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if ranges.isEmpty():
            first, last = printer.fromPage(), printer.toPage()
            first = first if first > 0 else 1
            last = last if last > 0 else page_count
            pages = [number - 1 for number in range(first, min(last, page_count) + 1)]
        else:
            pages = [number for number in range(page_count) if ranges.contains(number + 1)]
    else:
        pages = list(range(page_count))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


def _sheets(printer: QPrinter, pages: list[int]) -> list[int]:
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if copies == 1:
        return pages
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def target_rect(page_points: QSizeF, area: QRect) -> QRectF:
    """``page_points`` scaled to fit ``area`` (keeping proportions), centred in it."""
    if page_points.isEmpty() or area.isEmpty():
        return QRectF(area)
    scale = min(area.width() / page_points.width(), area.height() / page_points.height())
    width, height = page_points.width() * scale, page_points.height() * scale
    left = area.left() + (area.width() - width) / 2
    top = area.top() + (area.height() - height) / 2
    return QRectF(left, top, width, height)


def print_document(
    document: QPdfDocument,
    printer: QPrinter,
    *,
    current_page: int = 0,
    progress: Progress | None = None,
) -> int:
    """Print the chosen pages of ``document`` on ``printer``; returns the sheets printed.

    Raises ``CarebookError`` when the document is empty or the printer cannot be started. Stops early
    (returning what was printed) when ``progress`` returns False.
    """
    count = document.pageCount()
    if document.status() != QPdfDocument.Status.Ready or count <= 0:
        raise CarebookError(translate("PdfPrinting", "There is nothing to print yet."))
    sheets = _sheets(printer, pages_to_print(printer, count, current_page))
    if not sheets:
        raise CarebookError(translate("PdfPrinting", "The chosen pages are not in this document."))
    painter = QPainter()
    if not painter.begin(printer):
        raise CarebookError(
            translate(
                "PdfPrinting", "The printer could not be started. Check that it is connected and ready."
            )
        )
    dpi = min(printer.resolution(), MAX_DPI)
    layout = printer.pageLayout()
    paint = layout.paintRectPixels(printer.resolution())
    area = QRect(0, 0, paint.width(), paint.height())  # the painter's origin is the printable area's corner
    done = 0
    try:
        for index, page in enumerate(sheets):
            if progress is not None and not progress(index, len(sheets)):
                break
            if index and not printer.newPage():
                raise CarebookError(translate("PdfPrinting", "The printer stopped accepting pages."))
            points = document.pagePointSize(page)
            target = target_rect(points, area)
            pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, pixels)
            if image.isNull():
                raise CarebookError(
                    translate("PdfPrinting", "Page {0} could not be drawn for printing.").format(page + 1)
                )
            painter.drawImage(target, image)
            done += 1
        if progress is not None:
            progress(len(sheets), len(sheets))
    finally:
        painter.end()
    return done


def ask_and_print(
    parent: QWidget | None,
    document: QPdfDocument,
    title: str,
    current_page: int = 0,
    progress: Progress | None = None,
) -> int | None:
    """Show the print dialog for ``document``; print when accepted. None when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, document, title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(
        translate("PdfPrinting", "Print {0}").format(title) if title else dialog.windowTitle()
    )
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setMinMax(1, max(1, document.pageCount()))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return print_document(document, printer, current_page=current_page, progress=progress)
