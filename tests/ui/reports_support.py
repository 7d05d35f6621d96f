"""Shared by the Reports page tests: seeded data, a shown page, and reading PDFs back with QtPdf."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtPdf import QPdfDocument

from carebook.clock import Month, to_utc
from carebook.services import customers, interactions
from ui.context import AppContext
from ui.pages.reports import ReportsPage

LAST_MONTH = Month.current().prev()
EMPTY_MONTH = Month.current().shifted(-30)
TIMEOUT = 20_000
SUMMARIES = (
    "Puncture on the rear wheel, fixed while waiting",
    "Asked about winter tyres for a cargo bike",
    "Brake cable squeaks after the service",
    "Wants a quote for a new chain and cassette",
)


def local(month: Month, day: int, hour: int = 11) -> datetime:
    return to_utc(datetime(month.year, month.month, day, hour, 0))


def seed(ctx: AppContext) -> dict[str, int]:
    """Last month: two customers and enough contacts (with long summaries) for a multi-page report."""
    ada = customers.create("Ada Lovelace", email="ada@example.com", created_at=local(LAST_MONTH, 2)).row.id
    bob = customers.create("Bob Builder", company="Builder & Sons", created_at=local(LAST_MONTH, 3)).row.id
    channels = ("phone", "email", "in_person", "chat")
    for index in range(45):
        interactions.log(
            (ada, bob)[index % 2],
            channel=channels[index % 4],
            reason=("inquiry", "problem", "billing", "compliment")[index % 4],
            summary=f"{SUMMARIES[index % 4]} (visit {index + 1})",
            occurred_at=local(LAST_MONTH, 1 + index % 27, 9 + index % 8),
            resolved_first_contact=index % 3 == 0,
            staff_id=ctx.staff_id,
        )
    return {"ada": ada, "bob": bob}


def make_page(ctx: AppContext, qtbot) -> ReportsPage:  # type: ignore[no-untyped-def]
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def wait_for_pdf(page: ReportsPage, qtbot, month: Month) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: page.shown_month == month and page.viewer.document.pageCount() > 0 and not page.runner.busy(),
        timeout=TIMEOUT,
    )


def show_last_month(page: ReportsPage, qtbot) -> ReportsPage:  # type: ignore[no-untyped-def]
    page.refresh()
    wait_for_pdf(page, qtbot, LAST_MONTH)
    return page


def document_text(document: QPdfDocument) -> str:
    """All the text of the PDF, with runs of white space (line breaks too) as one space."""
    text = " ".join(document.getAllText(number).text() for number in range(document.pageCount()))
    return " ".join(text.split())


def open_pdf(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return document
