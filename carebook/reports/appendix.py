"""The appendix: every contact of the month, streamed page by page.

``AppendixPages`` stands for "the rest of the appendix" in the story. When platypus reaches it, it
takes as many contacts from the row source as fit in the space left on the page, as one
``ContactsPage`` (the header row and those rows), and puts itself back for the next page. Only one
page of rows exists at a time, whatever the number of contacts.

Speed: tens of thousands of rows are drawn, so ``ContactsPage`` draws its own grid and writes the text
through one text object per page instead of a platypus Table (which costs a text object and a width
measurement per cell). Plain cells are broken into lines here; cells with CJK letters are Paragraphs
with a CJK font.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, Paragraph, Spacer

from carebook.i18n import N_, _
from carebook.i18n import current as language
from carebook.reports.fonts import BOLD, REGULAR, clean, has_cjk, has_rtl, string_width, wrap_lines
from carebook.reports.gather import ContactRow
from carebook.reports.page import user_paragraph
from carebook.reports.rtl import visual

HEADINGS = (N_("Local time"), N_("Customer"), N_("Channel"), N_("Reason"), N_("Summary"), N_("Outcome"))
# Column widths in points; the summary (None) takes what is left of the frame's width.
WIDTHS = (53.0, 95.0, 52.0, 68.0, None, 72.0)
LIMITS = (40, 500, 60, 60, 600, 60)  # longest text per column; longer text is cut with "…"
KNOWN_CELLS = 20_000  # cells remembered for rows to come (see RowSource._known); bounded memory
FONT_SIZE = 7.0
LEADING = 8.6
PAD_X = 3.0
PAD_Y = 1.9
FUZZ = 0.01
HEAD_FILL = colors.Color(0.86, 0.86, 0.86)
STRIPE = colors.Color(0.95, 0.95, 0.95)
RULE = colors.Color(0.65, 0.65, 0.65)

Cell = list[str] | Paragraph  # lines of plain text, or a Paragraph already wrapped to the column


@dataclass(frozen=True)
class _Row:
    cells: tuple[Cell, ...]
    height: float


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ContactsPage(Flowable):
    """One page's share of the appendix: the header row, then rows striped and ruled."""

    def __init__(self, head: _Row, rows: list[_Row], widths: list[float], right: bool = False) -> None:
        super().__init__()
        self._right = right  # lines end at the cell's right edge (a right-to-left report)
        self._head = head
        self._rows = rows
        self._widths = widths
        self._xs = [0.0, *accumulate(widths)][:-1]
        self.width = sum(widths)
        self.height = head.height + sum(row.height for row in rows)

    @property
    def row_count(self) -> int:
        return len(self._rows)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        canvas.saveState()
        canvas.setFillColor(HEAD_FILL)
        canvas.rect(0, top - self._head.height, self.width, self._head.height, stroke=0, fill=1)
        canvas.setFillColor(STRIPE)
        y = top - self._head.height
        for index, row in enumerate(self._rows):
            if index % 2:
                canvas.rect(0, y - row.height, self.width, row.height, stroke=0, fill=1)
            y -= row.height
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.25)
        y = top - self._head.height
        lines = []
        for row in self._rows:
            y -= row.height
            lines.append((0, y, self.width, y))
        canvas.lines(lines)
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.8)
        canvas.line(0, top - self._head.height, self.width, top - self._head.height)
        canvas.setFillColor(colors.black)
        text = canvas.beginText()
        text.setFont(BOLD, FONT_SIZE, LEADING)
        paragraphs = self._write(text, self._head, top, BOLD)
        text.setFont(REGULAR, FONT_SIZE, LEADING)
        y = top - self._head.height
        for row in self._rows:
            paragraphs += self._write(text, row, y, REGULAR)
            y -= row.height
        canvas.drawText(text)
        for paragraph, x, bottom in paragraphs:
            paragraph.drawOn(canvas, x, bottom)
        canvas.restoreState()

    def _write(
        self, text: PDFTextObject, row: _Row, top: float, font: str
    ) -> list[tuple[Paragraph, float, float]]:
        later = []
        for x, width, cell in zip(self._xs, self._widths, row.cells, strict=True):
            if isinstance(cell, Paragraph):
                later.append((cell, x + PAD_X, top - PAD_Y - cell.height))
                continue
            if cell and any(cell) and self._right:
                for number, line in enumerate(cell):
                    end = x + width - PAD_X - string_width(line, font, FONT_SIZE)
                    text.setTextOrigin(end, top - PAD_Y - FONT_SIZE - number * LEADING)
                    text.textOut(line)
            elif cell and any(cell):
                text.setTextOrigin(x + PAD_X, top - PAD_Y - FONT_SIZE)
                for line in cell:
                    text.textLine(line)  # moves down by the leading set with the font
        return later


class RowSource:
    """Turns ContactRows into appendix rows and hands out a page's worth at a time."""

    def __init__(self, rows: Iterator[ContactRow], width: float) -> None:
        self._rows = rows
        rest = width - sum(part for part in WIDTHS if part is not None)
        self._widths = [rest if part is None else part for part in WIDTHS]
        self._right = language().right_to_left  # columns from the right: the first at the right edge
        self._order = list(range(len(WIDTHS)))[:: -1 if self._right else 1]
        self._widths = [self._widths[index] for index in self._order]
        self._pending: _Row | None = None
        self._done = False
        self._cjk = ParagraphStyle("appendix-cell", fontName=REGULAR, fontSize=FONT_SIZE, leading=LEADING)
        # Cells already broken into lines, by column, font and text: channels, reasons, outcomes and
        # many names and summaries come back row after row. Cells are only read once made (a Paragraph
        # is drawn wherever it is needed), so one can stand in every row that shows the same text.
        self._known: dict[tuple[int, str, str], tuple[Cell, float]] = {}
        self._head = self._build([_(heading) for heading in HEADINGS], font=BOLD)

    def _cell(self, text: str, width: float, font: str) -> tuple[Cell, float]:
        inner = width - 2 * PAD_X
        if has_cjk(text):
            paragraph = user_paragraph(text, self._cjk)
            paragraph.wrap(inner, 1e9)
            return paragraph, paragraph.height
        lines = wrap_lines(text, font, FONT_SIZE, inner)
        if has_rtl(text):  # each line in visual order on its own
            lines = [visual(line) for line in lines]
        return lines, len(lines) * LEADING

    def _build(self, texts: list[str], font: str = REGULAR) -> _Row:
        cells, height = [], LEADING
        ordered = [(texts[index], LIMITS[index]) for index in self._order]
        for column, ((text, limit), width) in enumerate(zip(ordered, self._widths, strict=True)):
            key = (column, font, text)
            known = self._known.get(key)
            if known is None:
                known = self._cell(_cut(clean(text), limit), width, font)
                if len(self._known) >= KNOWN_CELLS:
                    self._known.clear()
                self._known[key] = known
            cell, cell_height = known
            cells.append(cell)
            height = max(height, cell_height)
        return _Row(tuple(cells), height + 2 * PAD_Y)

    def _next(self) -> _Row | None:
        if self._pending is not None:
            row, self._pending = self._pending, None
            return row
        if self._done:
            return None
        contact = next(self._rows, None)
        if contact is None:
            self._done = True
            return None
        when = f"{language().day_month(contact.when)} {language().time_text(contact.when)}"
        return self._build(
            [when, contact.customer, contact.channel, contact.reason, contact.summary, contact.outcome]
        )

    @property
    def exhausted(self) -> bool:
        return self._done and self._pending is None

    def take(self, height: float) -> ContactsPage | None:
        """The header and as many next rows as fit in ``height``; None if not even one fits."""
        used = self._head.height
        rows: list[_Row] = []
        while True:
            row = self._next()
            if row is None:
                break
            if used + row.height > height - FUZZ:
                self._pending = row
                break
            rows.append(row)
            used += row.height
        if not rows:
            return None
        return ContactsPage(self._head, rows, self._widths, self._right)


class AppendixPages(Flowable):
    """The rest of the appendix: never fits whole, so platypus asks it to split, page by page."""

    def __init__(self, source: RowSource) -> None:
        super().__init__()
        self._source = source

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, availHeight + 1

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        page = self._source.take(availHeight)
        if page is None:
            # Nothing fits in what is left of this page: go on on the next one (or end).
            return [Spacer(1, 0)] if self._source.exhausted else []
        if self._source.exhausted:
            return [page]
        return [page, AppendixPages(self._source)]

    def draw(self) -> None:  # never drawn itself: it always splits
        return None
