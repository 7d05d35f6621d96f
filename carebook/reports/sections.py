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
from carebook.clock import Month
from carebook.i18n import _, ngettext
from carebook.i18n import current as language
from carebook.reports import charts, direction
from carebook.reports.figures import FORMULAS, figure_rows, signed
from carebook.reports.fonts import BOLD, REGULAR, markup
from carebook.reports.gather import ReportData
from carebook.reports.page import Styles, text_paragraph, user_paragraph

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
        else text_paragraph(_("Monthly summary"), styles.title)
    )
    made = _("Made on {0} at {1} (local time) by Carebook").format(
        language().date_text(data.made_at.date()), language().time_text(data.made_at)
    )
    texts: list[Flowable] = [
        title,
        text_paragraph(_("Customer care in {0}").format(language().month(data.month)), styles.subtitle),
        text_paragraph(made, styles.meta),
    ]
    logo = _logo(data.logo_path)
    if logo is None:
        block: Flowable = KeepTogether(texts)
    else:
        block = direction.table(
            [[texts, logo]],
            [width - LOGO_MAX[0] - 4 * mm, LOGO_MAX[0] + 4 * mm],
            layout_style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ),
        )
    underline = layout_style(("LINEBELOW", (0, 0), (-1, -1), 1.2, colors.black))
    rule = direction.table([[""]], [width], underline, rowHeights=[4])
    return [block, rule, Spacer(1, 4)]


def figures(data: ReportData, styles: Styles, width: float) -> list[Flowable]:
    this, before = language().month(data.month), language().month(data.month.prev())
    rows: list[list[Any]] = [[_("Figure"), this, before, _("Change")]]
    rows += [list(row) for row in figure_rows(data.summary, data.previous)]
    table = direction.table(
        rows, _widths(width, (0.46, 0.18, 0.18, 0.18)), table_style(numeric_from=1), repeatRows=1
    )
    direction.restyle(
        table,
        [
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
    )
    s = data.summary
    count = language().count
    basis = _(
        "Based on {0} CSAT, {1} NPS and {2} CES responses and {3} inbound contacts; {4} of the month's "
        "contacts are still open. How each figure is worked out is explained at the end of the report."
    ).format(
        count(s.csat_responses), count(s.nps_responses), count(s.ces_responses), count(s.inbound),
        count(s.open_contacts),
    )  # fmt: skip
    return [
        text_paragraph(_("The month in figures"), styles.heading),
        table,
        text_paragraph(basis, styles.note),
    ]


def _month_axis(data: ReportData) -> list[tuple[str, str]]:
    labels = []
    for index, summary in enumerate(data.trend):
        year, month = (int(part) for part in summary.month.split("-"))
        short = language().short_month(Month(year, month))
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
        text_paragraph(_("The last 12 months"), styles.heading),
        KeepTogether([text_paragraph(_("Contacts per month"), styles.subheading), contacts]),
        KeepTogether(
            [
                text_paragraph(_("CSAT: % of satisfied customers (scores 4 or 5 of 5)"), styles.subheading),
                csat,
            ]
        ),
        KeepTogether(
            [text_paragraph(_("NPS: net promoter score (from −100 to 100)"), styles.subheading), nps]
        ),
        text_paragraph(
            _("n/a marks a month without responses; it is a gap in the line, not a zero."), styles.note
        ),
    ]


def breakdowns(data: ReportData, styles: Styles, width: float) -> list[Flowable]:
    s = data.summary
    half = (width - 8 * mm) / 2
    channels = [(_(vocab.CHANNEL_LABELS[name]), s.by_channel.get(name, 0)) for name in vocab.CHANNELS]
    reasons = [(_(vocab.REASON_LABELS[name]), s.by_reason.get(name, 0)) for name in vocab.REASONS]
    pair = direction.table(
        [
            [
                text_paragraph(_("Contacts per channel"), styles.subheading),
                text_paragraph(_("Contacts per reason"), styles.subheading),
            ],
            [charts.horizontal_bars(channels, width=half), charts.horizontal_bars(reasons, width=half)],
        ],
        [half + 8 * mm, half],
        layout_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
        ),
    )
    nps_title = text_paragraph(
        ngettext(
            "Promoters, passives and detractors ({0} NPS response)",
            "Promoters, passives and detractors ({0} NPS responses)",
            s.nps_responses,
        ),
        styles.subheading,
    )
    if s.nps_responses:
        nps_part: Flowable = charts.nps_breakdown(s.promoters, s.passives, s.detractors, width=width)
    else:
        month_name = language().month(data.month)
        nps_part = text_paragraph(_("No NPS responses in {0}.").format(month_name), styles.body)
    return [
        text_paragraph(_("Where contacts came from and why"), styles.heading),
        pair,
        KeepTogether([nps_title, nps_part]),
    ]


def _pct(value: float | None) -> str:
    return _("n/a") if value is None else signed(language().percent(value))


def staff(data: ReportData, styles: Styles, width: float) -> list[Flowable]:
    flowables: list[Flowable] = [text_paragraph(_("Staff"), styles.heading)]
    if not data.staff:
        return [
            *flowables,
            text_paragraph(_("No contacts or follow-ups were assigned to staff this month."), styles.body),
        ]
    rows: list[list[Any]] = [
        [_("Staff member"), _("Contacts"), _("FCR"), _("CSAT (responses)"), _("Follow-ups done on time")]
    ]
    widths = _widths(width, (0.36, 0.12, 0.12, 0.18, 0.22))
    count = language().count
    for person in data.staff:
        done = (
            _("{0} of {1}").format(count(person.followups_done_on_time), count(person.followups_due))
            if person.followups_due
            else _("none due")
        )
        csat = _pct(person.csat_pct) + (f" ({count(person.csat_responses)})" if person.csat_responses else "")
        rows.append(
            [
                user_paragraph(_short(person.name, 500), styles.cell, width=_inner(widths, 0)),
                count(person.contacts),
                _pct(person.fcr_pct),
                csat,
                done,
            ]
        )
    flowables.append(direction.table(rows, widths, table_style(numeric_from=1), repeatRows=1))
    return flowables


def _rows_table(head: Sequence[str], rows: list[list[Any]], widths: list[float]) -> Table:
    return direction.table([list(head), *rows], widths, table_style(), repeatRows=1)


def voices(data: ReportData, styles: Styles, width: float) -> list[Flowable]:
    flowables: list[Flowable] = [
        text_paragraph(_("What customers said"), styles.heading),
        text_paragraph(_("Lowest scores, with their comments"), styles.subheading),
    ]
    widths = _widths(width, (0.12, 0.22, 0.12, 0.54))
    if data.lowest_scores:
        rows = [
            [
                language().date_text(v.when, "short"),
                user_paragraph(_short(v.customer, 500), styles.cell, width=_inner(widths, 1)),
                v.score_label,
                user_paragraph(_short(v.comment), styles.comment, one_line=False, width=_inner(widths, 3)),
            ]
            for v in data.lowest_scores
        ]
        flowables.append(_rows_table((_("Date"), _("Customer"), _("Score"), _("Comment")), rows, widths))
    else:
        flowables.append(text_paragraph(_("No low scores with a comment this month."), styles.body))
    flowables.append(text_paragraph(_("Compliments"), styles.subheading))
    if data.compliments:
        rows = [
            [
                language().date_text(c.when, "short"),
                user_paragraph(_short(c.customer, 500), styles.cell, width=_inner(widths, 1)),
                c.source,
                user_paragraph(_short(c.text), styles.comment, one_line=False, width=_inner(widths, 3)),
            ]
            for c in data.compliments
        ]
        flowables.append(
            _rows_table((_("Date"), _("Customer"), _("From"), _("What they said")), rows, widths)
        )
    else:
        flowables.append(
            text_paragraph(_("No compliments or high scores with a comment this month."), styles.body)
        )
    return flowables


def overdue(data: ReportData, styles: Styles, width: float) -> list[Flowable]:
    title = text_paragraph(_("Follow-ups still open and overdue"), styles.heading)
    if not data.overdue:
        made = language().date_text(data.made_at.date())
        return [title, text_paragraph(_("No follow-up was overdue on {0}.").format(made), styles.body)]
    rows = []
    widths = _widths(width, (0.16, 0.22, 0.16, 0.09, 0.37))
    for item in data.overdue:
        due = language().date_text(item.due_on, "short")
        if item.due_time:
            due = f"{due} {language().time_text(item.due_time)}"
        rows.append(
            [
                due,
                user_paragraph(_short(item.customer, 500), styles.cell, width=_inner(widths, 1)),
                user_paragraph(
                    _short(item.assignee, 500) or _("Unassigned"), styles.cell, width=_inner(widths, 2)
                ),
                _("High") if item.priority == "high" else _("Normal"),
                user_paragraph(_short(item.note), styles.cell, one_line=False, width=_inner(widths, 4)),
            ]
        )
    flowables: list[Flowable] = [
        title,
        text_paragraph(
            _("As of {0} {1}, oldest first.").format(
                language().date_text(data.made_at.date(), "short"), language().time_text(data.made_at)
            ),
            styles.note,
        ),
        _rows_table((_("Due"), _("Customer"), _("Assigned to"), _("Priority"), _("Note")), rows, widths),
    ]
    hidden = data.overdue_total - len(data.overdue)
    if hidden > 0:
        flowables.append(
            text_paragraph(
                ngettext(
                    "… and {0} more overdue follow-up (see the Follow-ups page).",
                    "… and {0} more overdue follow-ups (see the Follow-ups page).",
                    hidden,
                ),
                styles.note,
            )
        )
    return flowables


def formulas(styles: Styles) -> list[Flowable]:
    items = [
        Paragraph(_("{0}: {1}").format(f"<b>{markup(_(name))}</b>", markup(_(text))), styles.body)
        for name, text in FORMULAS
    ]
    return [text_paragraph(_("How the figures are worked out"), styles.heading), *items]


def empty_month(data: ReportData, styles: Styles, width: float) -> list[Flowable]:
    label = language().month(data.month)
    return [
        *header(data, styles, width),
        text_paragraph(_("No contacts recorded in {0}").format(label), styles.empty),
        text_paragraph(
            _(
                "Carebook has no contacts, no feedback and no follow-ups due for {0}, so there are no "
                "figures to report for this month. Pick another month, or check that contacts were logged "
                "in this database."
            ).format(label),
            styles.body,
        ),
    ]
