"""The monthly summary PDF.

    build_monthly_report(month, output) -> Path      write the PDF (atomically) and return its path
    build_monthly_report_bytes(month) -> bytes       the same PDF in memory (for a preview)

Importing this package is cheap: reportlab and the report modules load only when a report is built.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from carebook.errors import CarebookError

if TYPE_CHECKING:
    from carebook.clock import Month

__all__ = ["build_monthly_report", "build_monthly_report_bytes"]


def build_monthly_report_bytes(month: Month) -> bytes:
    """The month's summary PDF as bytes."""
    from carebook.reports.gather import gather
    from carebook.reports.layout import write_pdf

    buffer = io.BytesIO()
    write_pdf(gather(month), buffer)
    return buffer.getvalue()


def build_monthly_report(month: Month, output: Path) -> Path:
    """Write the month's summary PDF to ``output`` and return the path.

    The PDF is written to a temporary file beside ``output`` and moved into place when complete, so a
    failed build never leaves half a file or damages an existing one.
    """
    from carebook.reports.gather import gather
    from carebook.reports.layout import write_pdf

    output = Path(output).expanduser()
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise CarebookError(f"Cannot save the report: the folder {folder} does not exist.")
    if output.is_dir():
        raise CarebookError(f"Cannot save the report: {output} is a folder.")
    data = gather(month)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".carebook-report-", suffix=".pdf", dir=folder)
    except OSError as error:
        raise CarebookError(f"Cannot save the report in {folder}: {error.strerror}.") from error
    try:
        with os.fdopen(handle, "wb") as stream:
            write_pdf(data, stream)
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise CarebookError(f"Cannot save the report to {output}: {error.strerror or error}.") from error
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return output
