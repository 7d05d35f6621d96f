"""What the Satisfaction page's charts show, built from ``MonthSummary`` and ``TrendMonth`` rows (no drawing).

``trend_points(trend, field)`` gives the 12-month CSAT % or NPS line (None months stay gaps);
``channel_bars(summary)`` the contacts per channel with translated labels; ``nps_parts(summary)`` the
promoters, passives and detractors. Values are written with ``ui.numbers``, as everywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carebook.metrics import MonthSummary
from carebook.vocab import CHANNELS
from ui import labels, numbers
from ui.pages.satisfaction_figures import percent
from ui.pages.satisfaction_loader import MonthTrend
from ui.widgets.chart_bars import Bar, Part
from ui.widgets.chart_line import TrendPoint
from ui.widgets.month_picker import month_label, short_month_label

translate = QCoreApplication.translate


def _share(part: int, whole: int) -> float | None:
    return None if whole == 0 else 100.0 * part / whole


def _responses(n: int) -> str:
    if n == 1:
        return translate("SatisfactionPage", "1 response")
    return translate("SatisfactionPage", "{0} responses").format(n)


def trend_points(trend: MonthTrend, field: str) -> list[TrendPoint]:
    """``field`` is "csat_pct" or "nps"; one point per month, oldest first."""
    points = []
    for month, summary in zip(trend.months, trend.summaries, strict=True):
        value = getattr(summary, field)
        responses = summary.csat_responses if field == "csat_pct" else summary.nps_responses
        text = percent(value) if field == "csat_pct" else numbers.number(value)
        points.append(
            TrendPoint(
                axis_label=short_month_label(month),
                group=str(month.year),
                name=month_label(month),
                value=value,
                text=text,
                detail=_responses(responses) if value is not None else "",
            )
        )
    return points


def channel_bars(summary: MonthSummary) -> list[Bar]:
    bars = []
    for channel in CHANNELS:
        count = summary.by_channel.get(channel, 0)
        share = _share(count, summary.contacts)
        text = f"{count} · {percent(share)}" if share is not None else str(count)
        name = labels.channel(channel)
        tooltip = translate("SatisfactionPage", "{0}: {1} contacts ({2} of all contacts)").format(
            name, count, percent(share)
        )
        bars.append(Bar(name, count, text, tooltip))
    return bars


def nps_parts(summary: MonthSummary) -> list[Part]:
    total = summary.nps_responses
    parts = []
    for label, count, tone in (
        (translate("SatisfactionPage", "Promoters (9–10)"), summary.promoters, "good"),
        (translate("SatisfactionPage", "Passives (7–8)"), summary.passives, "neutral"),
        (translate("SatisfactionPage", "Detractors (0–6)"), summary.detractors, "bad"),
    ):
        share = _share(count, total)
        inside = numbers.percent(share, 0) if share is not None else ""
        text = f"{count} · {percent(share)}" if share is not None else str(count)
        parts.append(Part(label, count, tone, text, inside))
    return parts


def nps_caption(summary: MonthSummary) -> str:
    if summary.nps_responses == 0:
        return translate("SatisfactionPage", "no NPS responses")
    return translate("SatisfactionPage", "{0} · NPS {1}").format(
        _responses(summary.nps_responses), numbers.number(summary.nps)
    )


def contacts_caption(summary: MonthSummary) -> str:
    if summary.contacts == 1:
        return translate("SatisfactionPage", "1 contact")
    return translate("SatisfactionPage", "{0} contacts").format(summary.contacts)
