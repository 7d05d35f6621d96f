"""Assemble the monthly PDF from the gathered data: the story of sections, then the streamed appendix."""

from __future__ import annotations

from typing import IO

from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from carebook.i18n import _
from carebook.i18n import current as language
from carebook.reports import sections
from carebook.reports.appendix import AppendixPages, RowSource
from carebook.reports.fonts import REGULAR, clean, fit, register, string_width
from carebook.reports.gather import ReportData, iter_contacts
from carebook.reports.page import (
    FOOTER_SIZE,
    FOOTER_WIDTH,
    ReportCanvas,
    ReportDocument,
    make_styles,
    text_paragraph,
)


def write_pdf(data: ReportData, target: IO[bytes]) -> int:
    """Write the report for ``data`` to a binary file object (files: ``safe_write.atomic_write``); return
    the page count."""
    register()
    styles = make_styles()
    label = language().month(data.month)
    shop = clean(data.shop_name)
    tail = _("Monthly summary, {0}").format(label)
    room = FOOTER_WIDTH - string_width(f" · {tail}", REGULAR, FOOTER_SIZE)
    footer = f"{fit(shop[:300], REGULAR, FOOTER_SIZE, room)} · {tail}" if shop else tail
    document = ReportDocument(
        target,
        paper=data.paper_size,
        footer_text=footer,
        title=tail + (f" ({shop})" if shop else ""),
        author=shop or "Carebook",
        styles=styles,
    )
    width = document.width
    story: list[Flowable]
    if data.is_empty:
        story = sections.empty_month(data, styles, width)
    else:
        source = RowSource(iter_contacts(data.month), width)
        story = [
            *sections.header(data, styles, width),
            *sections.figures(data, styles, width),
            *sections.breakdowns(data, styles, width),
            CondPageBreak(300),
            *sections.trends(data, styles, width),
            *sections.staff(data, styles, width),
            *sections.voices(data, styles, width),
            *sections.overdue(data, styles, width),
            *sections.formulas(styles),
        ]
        if data.summary.contacts:
            story += [
                PageBreak(),
                text_paragraph(
                    _("Appendix: every contact in {0} ({1})").format(
                        label, language().count(data.summary.contacts)
                    ),
                    styles.heading,
                ),
                AppendixPages(source),
            ]
    document.build(story, canvasmaker=ReportCanvas)
    return int(document.page)
