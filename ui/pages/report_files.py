"""Files of the Reports page: the default name, an atomic save, the copy the system viewer opens.

    default_file_name(month) -> "carebook-report-2026-03.pdf"
    pdf_name(path) -> Path                the path with ".pdf" added when missing
    save_pdf(path, data, force=) -> Path  written through carebook.safe_write (atomic, owner-only, never a
                                          database or backup); CarebookError with a plain message
    viewer_folder() -> Path               <data folder>/cache/reports, private to the user
    viewer_copy(month, data) -> Path      the PDF saved there for the system viewer (older copies pruned)
    open_in_viewer(path) -> bool          QDesktopServices.openUrl on the file's URL

The viewer copy lives in the data folder (which ``CAREBOOK_DATA_DIR`` moves, so tests never touch the
real home folder) because a report holds customers' names: copies older than a day are removed.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from carebook import safe_write
from carebook.clock import Month
from carebook.errors import CarebookError
from carebook.paths import data_dir

PREFIX = "carebook-report-"
KEEP_VIEWER_COPIES_SECONDS = 24 * 3600
translate = QCoreApplication.translate


def default_file_name(month: Month) -> str:
    return f"{PREFIX}{month}.pdf"


def pdf_name(path: str | os.PathLike[str]) -> Path:
    target = Path(path).expanduser()
    return target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")


def save_pdf(path: str | os.PathLike[str], data: bytes, *, force: bool = False) -> Path:
    """Write ``data`` to ``path`` (".pdf" added when missing) all at once or not at all; an existing file
    only with ``force`` (the user agreed to replace that very file), never a database or backup."""
    target = pdf_name(path)
    force = force and target == Path(path).expanduser()  # a name with ".pdf" added was never agreed to
    if target.is_dir():
        raise CarebookError(
            translate("ReportFiles", "Cannot save the report: {0} is a folder.").format(target)
        )
    if not target.parent.is_dir():
        raise CarebookError(
            translate("ReportFiles", "Cannot save the report: the folder {0} does not exist.").format(
                target.parent
            )
        )
    with safe_write.atomic_write(target, force=force) as stream:
        stream.write(data)
    return target


def viewer_folder() -> Path:
    return data_dir() / "cache" / "reports"


def _prune(folder: Path, keep: Path) -> None:
    limit = time.time() - KEEP_VIEWER_COPIES_SECONDS
    for old in folder.glob(f"{PREFIX}*.pdf"):
        with contextlib.suppress(OSError):
            if old != keep and old.stat().st_mtime < limit:
                old.unlink()


def viewer_copy(month: Month, data: bytes) -> Path:
    """Save ``data`` where the system's PDF viewer can open it; returns the file."""
    folder = viewer_folder()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise CarebookError(
            translate("ReportFiles", "Cannot prepare the report for the viewer in {0}: {1}.").format(
                folder, error.strerror or error
            )
        ) from error
    target = folder / default_file_name(month)
    try:
        saved = save_pdf(target, data, force=True)
    except CarebookError:
        # The viewer may still hold the last copy open (Windows refuses to replace it): use a new name.
        try:
            saved = save_pdf(folder / f"{PREFIX}{month}-{secrets.token_hex(4)}.pdf", data)
        except CarebookError as error:
            raise CarebookError(
                translate("ReportFiles", "Cannot prepare the report for the viewer in {0}: {1}.").format(
                    folder, error
                )
            ) from error
    _prune(folder, saved)
    return saved


def open_in_viewer(path: Path) -> bool:
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
