"""Paper, margins, paragraph styles and the page furniture ("Page X of Y" and the running footer).

"Page X of Y" in one pass with flat memory: every page draws "Page X of " and then a form XObject
holding the total; the canvas defines that form when it saves, once the total is known. Each page's
content stream is compressed as soon as the page is finished, so a long appendix keeps only compressed
pages in memory.
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from carebook.i18n import _
from carebook.i18n import current as language
from carebook.reports.direction import mirrored, right_to_left
from carebook.reports.fonts import (
    BOLD,
    ITALIC,
    REGULAR,
    cjk_language,
    clean,
    covers,
    has_rtl,
    markup,
    wrap_lines,
)
from carebook.reports.pdfstream import StreamingDocument
from carebook.reports.rtl import visual

PAPER = {"A4": A4, "Letter": LETTER}
SIDE_MARGIN = 18 * mm
TOP_MARGIN = 18 * mm
BOTTOM_MARGIN = 26 * mm  # the footer sits in here, at least 15 mm above the paper's edge
FOOTER_BASELINE = 16 * mm
FOOTER_SIZE = 7.5
FOOTER_WIDTH = 300.0  # room for the shop name and month at the right of the footer, in points
TOTAL_FORM = "carebookPageTotal"
GREY_TEXT = colors.Color(0.3, 0.3, 0.3)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    meta: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    comment: ParagraphStyle
    empty: ParagraphStyle
    footer: ParagraphStyle


def make_styles() -> Styles:
    def style(
        name: str, size: float, *, font: str = REGULAR, lead: float = 1.25, **extra: Any
    ) -> ParagraphStyle:
        extra["alignment"] = mirrored(extra.get("alignment", TA_LEFT))  # right-aligned in Arabic
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=size * lead, splitLongWords=1, **extra
        )

    return Styles(
        title=style("title", 18, font=BOLD, spaceAfter=2),
        subtitle=style("subtitle", 12, spaceAfter=2),
        meta=style("meta", 8, textColor=GREY_TEXT),
        heading=style("heading", 12.5, font=BOLD, spaceBefore=12, spaceAfter=5, keepWithNext=1),
        subheading=style("subheading", 9.5, font=BOLD, spaceBefore=6, spaceAfter=3, keepWithNext=1),
        body=style("body", 8.5, spaceAfter=3),
        note=style("note", 7.5, textColor=GREY_TEXT, spaceBefore=2),
        cell=style("cell", 7.5, lead=1.2),
        cell_right=style("cell_right", 7.5, lead=1.2, alignment=TA_RIGHT),
        cell_head=style("cell_head", 7.5, font=BOLD, lead=1.2),
        cell_head_right=style("cell_head_right", 7.5, font=BOLD, lead=1.2, alignment=TA_RIGHT),
        comment=style("comment", 7.5, font=ITALIC, lead=1.2),
        empty=style("empty", 16, font=BOLD, spaceBefore=40, spaceAfter=8),
        footer=style("footer", FOOTER_SIZE, alignment=TA_RIGHT, textColor=GREY_TEXT),
    )


def user_paragraph(
    text: str | None, style: ParagraphStyle, *, one_line: bool = True, width: float | None = None
) -> Paragraph:
    """A Paragraph of user-written text: escaped, CJK runs in a CJK font (then wrapped between any
    two letters), the regular face when the style's face lacks some letters (DejaVu Sans Oblique has
    no Arabic). Right-to-left text is broken into lines of ``width`` first, so that each line can be
    put in visual order on its own."""
    value = clean(text, one_line=one_line)
    if not covers(style.fontName, value):
        style = ParagraphStyle(f"{style.name}-upright", parent=style, fontName=REGULAR)
    if cjk_language(value) is not None:
        style = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
        return Paragraph(markup(value, one_line=one_line), style)
    if has_rtl(value) and width is not None:
        lines = [
            line
            for part in value.split("\n")
            for line in wrap_lines(part, style.fontName, style.fontSize, width)
        ]
        return Paragraph("<br/>".join(markup(line) for line in lines), style)
    return Paragraph(markup(value, one_line=one_line), style)


def text_paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of Carebook's own words (already in the report's language): escaped, and in visual
    order when the language is written right to left."""
    return Paragraph(markup(text), style)


class ReportCanvas(Canvas):
    """A canvas that compresses each finished page, writes the page total when it saves, and saves
    object by object (``StreamingDocument``)."""

    # Canvas attributes reportlab sets in __init__ and types-reportlab leaves out:
    _doc: StreamingDocument  # after __init__
    _code: list[str]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Every page starts in the embedded font, not reportlab's default Helvetica (which the PDF would
        # name without embedding it).
        kwargs.setdefault("initialFontName", REGULAR)
        super().__init__(*args, **kwargs)
        self._doc.__class__ = StreamingDocument  # same state, streaming save

    def showPage(self) -> None:
        super().showPage()
        page = self._doc.Pages.pages[-1]
        if page.stream is not None and page.Contents is None:
            stream = PDFStream(content=zlib.compress(page.stream.encode("utf8")))
            stream.dictionary["Filter"] = PDFArray([PDFName("FlateDecode")])
            page.Contents = stream
            page.stream = None

    def save(self) -> None:
        total = self.getPageNumber() - 1 if not self._code else self.getPageNumber()
        text = language().count(total)
        width = math.ceil(self.stringWidth(text, REGULAR, FOOTER_SIZE))
        # The form's box holds the number: in a right-to-left language the total ends where the form is
        # put (left of "Page X of"), so the box reaches left of its origin (else viewers clip it away).
        left = -width - 1 if right_to_left() else -1
        size = math.ceil(FOOTER_SIZE)
        self.beginForm(TOTAL_FORM, lowerx=left, lowery=-size, upperx=left + width + 2, uppery=2 * size)
        self.setFont(REGULAR, FOOTER_SIZE)
        self.setFillColor(GREY_TEXT)
        if right_to_left():
            self.drawRightString(0, 0, text)
        else:
            self.drawString(0, 0, text)
        self.endForm()
        super().save()


class ReportDocument(BaseDocTemplate):
    """One page template: a body frame inside the margins and the footer below it."""

    def __init__(
        self, target: Any, *, paper: str, footer_text: str, title: str, author: str, styles: Styles
    ) -> None:
        super().__init__(
            target,
            pagesize=PAPER.get(paper, A4),
            leftMargin=SIDE_MARGIN,
            rightMargin=SIDE_MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=title,
            author=author,
            creator="Carebook",
            subject=_("Monthly customer-care summary"),
            pageCompression=1,
            initialFontName=REGULAR,
            initialFontSize=FOOTER_SIZE,
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._furnish)])
        self._footer = Paragraph(markup(footer_text), styles.footer)

    def _furnish(self, canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        canvas.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
        canvas.setLineWidth(0.4)
        top = FOOTER_BASELINE + FOOTER_SIZE + 4
        canvas.line(self.leftMargin, top, self.leftMargin + self.width, top)
        canvas.setFont(REGULAR, FOOTER_SIZE)
        canvas.setFillColor(GREY_TEXT)
        prefix = _("Page {0} of ").format(language().count(canvas.getPageNumber()))
        footer_x = self.leftMargin + self.width - FOOTER_WIDTH - 10
        if right_to_left():  # mirrored: "Page X of Y" at the right, the shop and month at the left
            drawn = visual(prefix)
            x = self.leftMargin + self.width - canvas.stringWidth(drawn, REGULAR, FOOTER_SIZE)
            canvas.drawString(x, FOOTER_BASELINE, drawn)
            canvas.translate(x, FOOTER_BASELINE)  # the prefix's space is at its left end already
            footer_x = self.leftMargin
        else:
            canvas.drawString(self.leftMargin, FOOTER_BASELINE, prefix)
            canvas.translate(
                self.leftMargin + canvas.stringWidth(prefix, REGULAR, FOOTER_SIZE), FOOTER_BASELINE
            )
        canvas.doForm(TOTAL_FORM)
        canvas.restoreState()
        _width, height = self._footer.wrapOn(canvas, FOOTER_WIDTH + 10, FOOTER_BASELINE)
        # One line (the text was fitted): its baseline sits on FOOTER_BASELINE.
        baseline_offset = height - FOOTER_SIZE
        self._footer.drawOn(canvas, footer_x, FOOTER_BASELINE - baseline_offset)
