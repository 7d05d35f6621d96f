"""The monthly summary PDF.

    build_monthly_report(month, output) -> Path      write the PDF (atomically) and return its path
    build_monthly_report_bytes(month) -> bytes       the same PDF in memory (for a preview)

Both take ``language``: a code of ``carebook.i18n.LANGUAGES``; None is the shop's ``report_language``.
The whole report (words, dates, numbers, plurals, the direction of the page) follows it.

Importing this package is cheap: reportlab and the report modules load only when a report is built.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from carebook import safe_write
from carebook.errors import CarebookError
from carebook.translation import _

if TYPE_CHECKING:
    from carebook.clock import Month

__all__ = ["build_monthly_report", "build_monthly_report_bytes"]


def build_monthly_report_bytes(month: Month, *, language: str | None = None) -> bytes:
    """The month's summary PDF as bytes."""
    from carebook import shop_language
    from carebook.reports.gather import gather
    from carebook.reports.layout import write_pdf

    buffer = io.BytesIO()
    with shop_language.using(language):
        write_pdf(gather(month), buffer)
    return buffer.getvalue()


def build_monthly_report(
    month: Month, output: Path, *, force: bool = False, language: str | None = None
) -> Path:
    """Write the month's summary PDF to ``output`` and return the path.

    The PDF goes through ``safe_write``: written to an exclusive temporary file beside ``output`` and
    moved into place when complete, so a failed build never leaves half a file or damages an existing
    one. It is readable by its owner only (it lists customers' names and comments), never replaces a
    database or backup, and replaces an existing file only with ``force``.
    """
    from carebook.reports.gather import gather
    from carebook.reports.layout import write_pdf

    output = Path(output).expanduser()
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise CarebookError(
            _("Cannot save the report: the folder {folder} does not exist.").format(folder=folder)
        )
    if output.is_dir():
        raise CarebookError(_("Cannot save the report: {output} is a folder.").format(output=output))
    from carebook import shop_language

    code = shop_language.code(language)  # a bad --lang is refused before anything is written
    safe_write.check_target(output, force=force)  # before the work of gathering
    with shop_language.using(code):
        data = gather(month)
        with safe_write.atomic_write(output, force=force) as stream:
            write_pdf(data, stream)
    return output
