"""What the Reports page's Save as…, Print… and Open in PDF viewer do, with their messages.

    save_report(parent, ctx, month, data) -> Path | None     file dialog (last folder remembered), atomic save
    print_report(parent, ctx, document, month, current_page) -> int | None   print dialog, progress, printing
    open_report(parent, month, data) -> Path | None          a copy opened in the system's PDF viewer
    report_title(month) -> "Carebook summary March 2026"     the print job's and window's name

Failures (a folder that cannot be written, a printer that does not start, no PDF viewer) show a plain
message through ``ui.msgbox`` and return None; success puts a short note in the status bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QProgressDialog, QWidget

from carebook.clock import Month
from carebook.errors import CarebookError
from ui import files, msgbox, pdf_printing, save_target
from ui.context import AppContext
from ui.pages import report_files
from ui.widgets.month_picker import month_label

FOLDER_KIND = "reports"  # LocalState "folders/reports"
translate = QCoreApplication.translate


def report_title(month: Month) -> str:
    return translate("ReportsPage", "Carebook summary {0}").format(month_label(month))


def save_report(parent: QWidget, ctx: AppContext, month: Month, data: bytes) -> Path | None:
    path = files.choose_save_file(
        parent,
        ctx.state,
        FOLDER_KIND,
        translate("ReportsPage", "Save the monthly summary"),
        translate("ReportsPage", "PDF files (*.pdf)"),
        report_files.default_file_name(month),
    )
    if not path:
        return None
    target = report_files.pdf_name(path)
    title = translate("ReportsPage", "Report not saved")
    if save_target.refused(parent, target, title):
        return None
    force = save_target.replace_allowed(parent, path, target)
    if force is None:
        return None
    try:
        saved = report_files.save_pdf(target, data, force=force)
    except CarebookError as error:
        msgbox.warning(parent, title, str(error))
        return None
    ctx.status(translate("ReportsPage", "Saved the summary as {0}").format(saved.name))
    return saved


def print_report(
    parent: QWidget, ctx: AppContext, document: QPdfDocument, month: Month, current_page: int
) -> int | None:
    dialog: QProgressDialog | None = None

    def progress(done: int, total: int) -> bool:
        nonlocal dialog
        if dialog is None:
            dialog = QProgressDialog(
                translate("ReportsPage", "Printing the summary…"),
                translate("ReportsPage", "Cancel"),
                0,
                total,
                parent,
            )
            dialog.setWindowTitle(translate("ReportsPage", "Printing"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(800)
        dialog.setValue(done)
        return not dialog.wasCanceled()

    try:
        sheets = pdf_printing.ask_and_print(parent, document, report_title(month), current_page, progress)
    except CarebookError as error:
        msgbox.warning(parent, translate("ReportsPage", "Not printed"), str(error))
        return None
    finally:
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
    if sheets:
        ctx.status(
            translate("ReportsPage", "Sent the summary for {0} to the printer").format(month_label(month))
        )
    return sheets


def open_report(parent: QWidget, month: Month, data: bytes) -> Path | None:
    title = translate("ReportsPage", "Cannot open the report")
    try:
        path = report_files.viewer_copy(month, data)
    except CarebookError as error:
        msgbox.warning(parent, title, str(error))
        return None
    if not report_files.open_in_viewer(path):
        text = translate(
            "ReportsPage", "No PDF viewer opened the report. It is saved as {0}; use Save as… to keep a copy."
        )
        msgbox.warning(parent, title, text.format(path))
        return None
    return path
