"""The report's sections as platypus flowables: header, figures, charts, staff, voices, follow-ups,
the notes on the formulas, and the one-page summary of an empty month."""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from carebook import vocab
from carebook.metrics import display_number
from carebook.reports import charts
from carebook.reports.figures import FORMULAS, figure_rows
from carebook.reports.fonts import BOLD, REGULAR
from carebook.reports.gather import ReportData
from carebook.reports.page import Styles, user_paragraph

HEAD_FILL = colors.Color(0.86, 0.86, 0.86)
STRIPE = colors.Color(0.95, 0.95, 0.95)
RULE = colors.Color(0.65, 0.65, 0.65)
LOGO_MAX = (45 * mm, 20 * mm)
LOGO_MAX_BYTES = 20 * 1024 * 1024
LOGO_MAX_PIXELS = 40_000_000
CELL_PADDING = 3.0
TEXT_LIMIT = 1000  # longest user text shown in a table cell; the rest is cut with "…"


def _short(text: str | None, limit: int = TEXT_LIMIT) -> str:
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def layout_style(*commands: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    """A table used for layout: ``commands``, in the embedded font (a table's cells are otherwise set in
    reportlab's Helvetica, which the PDF would name without embedding it, even for empty cells)."""
    return [("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands]


def table_style(*, numeric_from: int | None = None, header: bool = True) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
        ]
    if numeric_from is not None:
        commands.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
    return TableStyle(commands)


def _widths(total: float, fractions: Sequence[float]) -> list[float]:
    return [total * part for part in fractions]


def _inner(widths: list[float], column: int) -> float:
    """The room for text in a table column (its width less the cell padding)."""
    return widths[column] - 2 * CELL_PADDING


def _logo(path: str) -> Image | None:
    """The shop's logo scaled into the header, or None when it is unset or cannot be read."""
    if not path:
        return None
    try:
        from PIL import Image as PILImage

        file = Path(path).expanduser()
        if not file.is_file() or file.stat().st_size > LOGO_MAX_BYTES:
            return None
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            with PILImage.open(file) as picture:
                if picture.width * picture.height > LOGO_MAX_PIXELS:
                    return None
                picture.load()
                picture.thumbnail((600, 600))
                converted = picture.convert("RGBA" if "A" in picture.getbands() else "RGB")
        buffer = io.BytesIO()
        converted.save(buffer, format="PNG")
        buffer.seek(0)
    except Exception:  # any unreadable, damaged or hostile file: the report goes without the logo
        return None
    scale = min(LOGO_MAX[0] / converted.width, LOGO_MAX[1] / converted.height)
    return Image(buffer, width=converted.width * scale, height=converted.height * scale)


def header(data: ReportData, styles: Styles, width: float) -> list[Flowable]:
    title = (
        user_paragraph(_short(data.shop_name, 200), styles.title)
        if data.shop_name.strip()
        else Paragraph("Monthly summary", styles.title)
    )
    texts: list[Flowable] = [
        title,
        Paragraph(f"Customer care in {data.month.label()}", styles.subtitle),
        Paragraph(f"Made on {data.made_at:%Y-%m-%d at %H:%M} (local time) by Carebook", styles.meta),
    ]
    logo = _logo(data.logo_path)
    if logo is None:
        block: Flowable = KeepTogether(texts)
    else:
        block = Table(
            [[texts, logo]],
            colWidths=[width - LOGO_MAX[0] - 4 * mm, LOGO_MAX[0] + 4 * mm],
            style=layout_style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ),
        )
    underline = layout_style(("LINEBELOW", (0, 0), (-1, -1), 1.2, colors.black))
    rule = Table([[""]], colWidths=[width], rowHeights=[4], style=underline)
    return [block, rule, Spacer(1, 4)]


def figures(data: ReportData, styles: Styles, width: float) -> list[Flowable]:
    this, before = data.month.label(), data.month.prev().label()
    rows: list[list[Any]] = [["Figure", this, before, "Change"]]
    rows += [list(row) for row in figure_rows(data.summary, data.previous)]
    table = Table(
        rows,
        colWidths=_widths(width, (0.46, 0.18, 0.18, 0.18)),
        repeatRows=1,
        style=table_style(numeric_from=1),
    )
    table.setStyle(
        [
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    s = data.summary
    basis = (
        f"Based on {s.csat_responses:,} CSAT, {s.nps_responses:,} NPS and {s.ces_responses:,} CES "
        f"responses and {s.inbound:,} inbound contacts; {s.open_contacts:,} of the month's contacts are "
        f"still open. How each figure is worked out is explained at the end of the report."
    )
    return [Paragraph("The month in figures", styles.heading), table, Paragraph(basis, styles.note)]


def _month_axis(data: ReportData) -> list[tuple[str, str]]:
    labels = []
    for index, summary in enumerate(data.trend):
        year, month = (int(part) for part in summary.month.split("-"))
        short = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[
            month - 1
        ]
        labels.append((short, str(year) if index == 0 or month == 1 else ""))
    return labels


def trends(data: ReportData, styles: Styles, width: float) -> list[Flowable]:
    axis = _month_axis(data)
    height = 118.0
    contacts = charts.trend_bars([s.contacts for s in data.trend], axis, width=width, height=height)
    csat = charts.trend_line(
        [s.csat_pct for s in data.trend], axis, width=width, height=height, low=0, high=100, step=25, unit="%"
    )
    nps = charts.trend_line(
        [s.nps for s in data.trend], axis, width=width, height=height, low=-100, high=100, step=50
    )
    return [
        Paragraph("The last 12 months", styles.heading),
        KeepTogether([Paragraph("Contacts per month", styles.subheading), contacts]),
        KeepTogether(
            [Paragraph("CSAT: % of satisfied customers (scores 4 or 5 of 5)", styles.subheading), csat]
        ),
        KeepTogether([Paragraph("NPS: net promoter score (from −100 to 100)", styles.subheading), nps]),
        Paragraph("n/a marks a month without responses; it is a gap in the line, not a zero.", styles.note),
    ]


def breakdowns(data: ReportData, styles: Styles, width: float) -> list[Flowable]:
    s = data.summary
    half = (width - 8 * mm) / 2
    channels = [(vocab.CHANNEL_LABELS[name], s.by_channel.get(name, 0)) for name in vocab.CHANNELS]
    reasons = [(vocab.REASON_LABELS[name], s.by_reason.get(name, 0)) for name in vocab.REASONS]
    pair = Table(
        [
            [
                Paragraph("Contacts per channel", styles.subheading),
                Paragraph("Contacts per reason", styles.subheading),
            ],
            [charts.horizontal_bars(channels, width=half), charts.horizontal_bars(reasons, width=half)],
        ],
        colWidths=[half + 8 * mm, half],
        style=layout_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
        ),
    )
    nps_title = Paragraph(
        f"Promoters, passives and detractors ({s.nps_responses:,} NPS responses)", styles.subheading
    )
    if s.nps_responses:
        nps_part: Flowable = charts.nps_breakdown(s.promoters, s.passives, s.detractors, width=width)
    else:
        nps_part = Paragraph(f"No NPS responses in {data.month.label()}.", styles.body)
    return [
        Paragraph("Where contacts came from and why", styles.heading),
        pair,
        KeepTogether([nps_title, nps_part]),
    ]


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{display_number(value)}%"


def staff(data: ReportData, styles: Styles, width: float) -> list[Flowable]:
    flowables: list[Flowable] = [Paragraph("Staff", styles.heading)]
    if not data.staff:
        return [
            *flowables,
            Paragraph("No contacts or follow-ups were assigned to staff this month.", styles.body),
        ]
    rows: list[list[Any]] = [
        ["Staff member", "Contacts", "FCR", "CSAT (responses)", "Follow-ups done on time"]
    ]
    widths = _widths(width, (0.36, 0.12, 0.12, 0.18, 0.22))
    for person in data.staff:
        done = (
            f"{person.followups_done_on_time:,} of {person.followups_due:,}"
            if person.followups_due
            else "none due"
        )
        csat = _pct(person.csat_pct) + (f" ({person.csat_responses:,})" if person.csat_responses else "")
        rows.append(
            [
                user_paragraph(_short(person.name, 500), styles.cell, width=_inner(widths, 0)),
                f"{person.contacts:,}",
                _pct(person.fcr_pct),
                csat,
                done,
            ]
        )
    flowables.append(Table(rows, colWidths=widths, repeatRows=1, style=table_style(numeric_from=1)))
    return flowables


def _rows_table(head: Sequence[str], rows: list[list[Any]], widths: list[float]) -> Table:
    return Table([list(head), *rows], colWidths=widths, repeatRows=1, style=table_style())


def voices(data: ReportData, styles: Styles, width: float) -> list[Flowable]:
    flowables: list[Flowable] = [
        Paragraph("What customers said", styles.heading),
        Paragraph("Lowest scores, with their comments", styles.subheading),
    ]
    widths = _widths(width, (0.12, 0.22, 0.12, 0.54))
    if data.lowest_scores:
        rows = [
            [
                f"{v.when:%Y-%m-%d}",
                user_paragraph(_short(v.customer, 500), styles.cell, width=_inner(widths, 1)),
                v.score_label,
                user_paragraph(_short(v.comment), styles.comment, one_line=False, width=_inner(widths, 3)),
            ]
            for v in data.lowest_scores
        ]
        flowables.append(_rows_table(("Date", "Customer", "Score", "Comment"), rows, widths))
    else:
        flowables.append(Paragraph("No low scores with a comment this month.", styles.body))
    flowables.append(Paragraph("Compliments", styles.subheading))
    if data.compliments:
        rows = [
            [
                f"{c.when:%Y-%m-%d}",
                user_paragraph(_short(c.customer, 500), styles.cell, width=_inner(widths, 1)),
                c.source,
                user_paragraph(_short(c.text), styles.comment, one_line=False, width=_inner(widths, 3)),
            ]
            for c in data.compliments
        ]
        flowables.append(_rows_table(("Date", "Customer", "From", "What they said"), rows, widths))
    else:
        flowables.append(Paragraph("No compliments or high scores with a comment this month.", styles.body))
    return flowables


def overdue(data: ReportData, styles: Styles, width: float) -> list[Flowable]:
    title = Paragraph("Follow-ups still open and overdue", styles.heading)
    if not data.overdue:
        return [title, Paragraph(f"No follow-up was overdue on {data.made_at:%Y-%m-%d}.", styles.body)]
    rows = []
    widths = _widths(width, (0.16, 0.22, 0.16, 0.09, 0.37))
    for item in data.overdue:
        due = f"{item.due_on:%Y-%m-%d}" + (f" {item.due_time:%H:%M}" if item.due_time else "")
        rows.append(
            [
                due,
                user_paragraph(_short(item.customer, 500), styles.cell, width=_inner(widths, 1)),
                user_paragraph(
                    _short(item.assignee, 500) or "Unassigned", styles.cell, width=_inner(widths, 2)
                ),
                "High" if item.priority == "high" else "Normal",
                user_paragraph(_short(item.note), styles.cell, one_line=False, width=_inner(widths, 4)),
            ]
        )
    flowables: list[Flowable] = [
        title,
        Paragraph(f"As of {data.made_at:%Y-%m-%d %H:%M}, oldest first.", styles.note),
        _rows_table(("Due", "Customer", "Assigned to", "Priority", "Note"), rows, widths),
    ]
    hidden = data.overdue_total - len(data.overdue)
    if hidden > 0:
        flowables.append(
            Paragraph(f"… and {hidden:,} more overdue follow-ups (see the Follow-ups page).", styles.note)
        )
    return flowables


def formulas(styles: Styles) -> list[Flowable]:
    items = [Paragraph(f"<b>{name}</b>: {text}", styles.body) for name, text in FORMULAS]
    return [Paragraph("How the figures are worked out", styles.heading), *items]


def empty_month(data: ReportData, styles: Styles, width: float) -> list[Flowable]:
    label = data.month.label()
    return [
        *header(data, styles, width),
        Paragraph(f"No contacts recorded in {label}", styles.empty),
        Paragraph(
            f"Carebook has no contacts, no feedback and no follow-ups due for {label}, so there are no "
            "figures to report for this month. Pick another month, or check that contacts were logged "
            "in this database.",
            styles.body,
        ),
    ]
