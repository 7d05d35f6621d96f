"""What the Satisfaction page's tiles say: captions, formulas, values, hints and the change.

Every value is the ``MonthSummary`` field that ``carebook stats`` prints, rounded the same way and written
as the counter's language writes numbers (``ui.numbers``: "86,4 %" in German; "n/a" for no data). The
change from the previous month is worked out from the two displayed values (as the PDF does), so "86.4% ▲
+2.5 pts" always matches what is on screen; it is "—" when either month has no data. ``TILES`` lists the
tiles in page order; ``tile_content(spec, current, previous, previous_name)`` returns what one tile shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication

from carebook.metrics import MonthSummary, display_number
from ui import numbers
from ui.translate_noop import QT_TRANSLATE_NOOP
from ui.widgets.metric_tile import Change

_CONTEXT = "SatisfactionPage"
MINUS = "\u2212"
DASH = "—"
UP, DOWN, SAME = "▲", "▼", "="


translate = QCoreApplication.translate


def tr(source: str) -> str:
    """A source text declared with QT_TRANSLATE_NOOP in this module, translated."""
    return translate(_CONTEXT, source)


@dataclass(frozen=True)
class TileSpec:
    key: str
    caption: str  # untranslated source text
    formula: str  # untranslated source text: how it is worked out and what "good" is
    better: int  # +1 higher is better, -1 lower is better, 0 neither
    unit: str  # "pct", "points", "score", "hours", "minutes", "count"


TILES: tuple[TileSpec, ...] = (
    TileSpec(
        "csat",
        QT_TRANSLATE_NOOP("SatisfactionPage", "Satisfaction (CSAT)"),
        QT_TRANSLATE_NOOP(
            "SatisfactionPage",
            "100 × CSAT scores of 4 or 5 ÷ all CSAT responses received in the month (scores go from 1 "
            "to 5).\nHigher is better: 80% or more is good.",
        ),
        1,
        "pct",
    ),
    TileSpec(
        "nps",
        QT_TRANSLATE_NOOP("SatisfactionPage", "Net promoter (NPS)"),
        QT_TRANSLATE_NOOP(
            "SatisfactionPage",
            "100 × (scores 9–10 minus scores 0–6) ÷ all NPS responses received in the month (scores go "
            "from 0 to 10); it ranges from −100 to 100.\nHigher is better: above 0 is good, above 50 is "
            "excellent.",
        ),
        1,
        "points",
    ),
    TileSpec(
        "ces",
        QT_TRANSLATE_NOOP("SatisfactionPage", "Effort (CES, 1–7)"),
        QT_TRANSLATE_NOOP(
            "SatisfactionPage",
            "The mean CES score received in the month, from 1 (very hard) to 7 (very easy).\nHigher is "
            "better: 5 or more means most customers found it easy.",
        ),
        1,
        "score",
    ),
    TileSpec(
        "fcr",
        QT_TRANSLATE_NOOP("SatisfactionPage", "First-contact resolution"),
        QT_TRANSLATE_NOOP(
            "SatisfactionPage",
            "100 × inbound contacts resolved at the first contact ÷ all inbound contacts of the month."
            "\nHigher is better: 70% or more is good.",
        ),
        1,
        "pct",
    ),
    TileSpec(
        "self_service",
        QT_TRANSLATE_NOOP("SatisfactionPage", "Self-service share"),
        QT_TRANSLATE_NOOP(
            "SatisfactionPage",
            "100 × self-service contacts ÷ all contacts of the month.\nA higher share means more "
            "customers found their answer on their own.",
        ),
        1,
        "pct",
    ),
    TileSpec(
        "resolution",
        QT_TRANSLATE_NOOP("SatisfactionPage", "Median resolution time"),
        QT_TRANSLATE_NOOP(
            "SatisfactionPage",
            "The middle value of the time from contact to resolution, over the month's resolved "
            "contacts (half took longer, half were quicker).\nLower is better.",
        ),
        -1,
        "hours",
    ),
    TileSpec(
        "wait",
        QT_TRANSLATE_NOOP("SatisfactionPage", "Median wait"),
        QT_TRANSLATE_NOOP(
            "SatisfactionPage",
            "The middle value of the minutes customers waited, over the month's inbound contacts with "
            "a recorded wait.\nLower is better.",
        ),
        -1,
        "minutes",
    ),
    TileSpec(
        "followups",
        QT_TRANSLATE_NOOP("SatisfactionPage", "Follow-ups on time"),
        QT_TRANSLATE_NOOP(
            "SatisfactionPage",
            "Of the follow-ups due in the month, those done by their due date (and time, when one was "
            "set).\nHigher is better: aim for all of them.",
        ),
        1,
        "pct",
    ),
    TileSpec(
        "contacts",
        QT_TRANSLATE_NOOP("SatisfactionPage", "Contacts"),
        QT_TRANSLATE_NOOP(
            "SatisfactionPage", "Every contact logged with a time in the month (the shop's local time)."
        ),
        0,
        "count",
    ),
    TileSpec(
        "new_customers",
        QT_TRANSLATE_NOOP("SatisfactionPage", "New customers"),
        QT_TRANSLATE_NOOP("SatisfactionPage", "Customers added to Carebook in the month."),
        0,
        "count",
    ),
)


def followups_pct(s: MonthSummary) -> float | None:
    return None if s.followups_due == 0 else 100.0 * s.followups_done_on_time / s.followups_due


def raw_value(key: str, s: MonthSummary) -> float | None:
    """The figure behind a tile (the value the change compares)."""
    values: dict[str, float | None] = {
        "csat": s.csat_pct,
        "nps": s.nps,
        "ces": s.ces_mean,
        "fcr": s.fcr_pct,
        "resolution": s.median_resolution_hours,
        "wait": s.median_wait_minutes,
        "self_service": s.self_service_pct,
        "followups": followups_pct(s),
        "contacts": s.contacts,
        "new_customers": s.new_customers,
    }
    return values[key]


def percent(value: float | None) -> str:
    return numbers.percent(value)


def count_text(n: int, one: str, many: str) -> str:
    """``one`` (already translated) for 1, else ``many`` formatted with n."""
    return one if n == 1 else many.format(n)


def duration_text(hours: float | None) -> str:
    """ "3.5 h" under a day; "2 d 4 h" (whole hours) from a day on; "n/a" for no data."""
    if hours is None:
        return numbers.number(None)
    if hours < 24:
        return translate("SatisfactionPage", "{0} h").format(numbers.number(hours))
    whole = int(Decimal(str(hours)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    days, rest = divmod(whole, 24)
    return (
        translate("SatisfactionPage", "{0} d {1} h").format(days, rest)
        if rest
        else translate("SatisfactionPage", "{0} d").format(days)
    )


def value_text(key: str, s: MonthSummary) -> str:
    if key == "resolution":
        return duration_text(s.median_resolution_hours)
    if key == "wait":
        value = s.median_wait_minutes
        return (
            numbers.number(value)
            if value is None
            else translate("SatisfactionPage", "{0} min").format(numbers.number(value))
        )
    if key == "followups":
        if s.followups_due == 0:
            return numbers.number(None)
        return translate("SatisfactionPage", "{0} of {1}").format(s.followups_done_on_time, s.followups_due)
    if key in ("contacts", "new_customers"):
        return str(int(raw_value(key, s) or 0))
    value = raw_value(key, s)
    if key in ("csat", "fcr", "self_service"):
        return percent(value)
    return numbers.number(value)


_NO_DATA_HINTS = {
    "csat": QT_TRANSLATE_NOOP("SatisfactionPage", "no responses this month"),
    "nps": QT_TRANSLATE_NOOP("SatisfactionPage", "no responses this month"),
    "ces": QT_TRANSLATE_NOOP("SatisfactionPage", "no responses this month"),
    "fcr": QT_TRANSLATE_NOOP("SatisfactionPage", "no inbound contacts"),
    "resolution": QT_TRANSLATE_NOOP("SatisfactionPage", "no contacts resolved"),
    "wait": QT_TRANSLATE_NOOP("SatisfactionPage", "no waits recorded"),
    "self_service": QT_TRANSLATE_NOOP("SatisfactionPage", "no contacts"),
    "followups": QT_TRANSLATE_NOOP("SatisfactionPage", "no follow-ups due"),
}


def _responses(n: int) -> str:
    return count_text(
        n, translate("SatisfactionPage", "1 response"), translate("SatisfactionPage", "{0} responses")
    )


def hint_text(key: str, s: MonthSummary, *, in_progress: bool = False) -> str:
    """The muted line under a value: what it is based on, or why it is n/a. The follow-ups overdue now
    are shown only for the month in progress (``in_progress``): "now" means nothing for a past month."""
    if key in _NO_DATA_HINTS and raw_value(key, s) is None:
        return tr(_NO_DATA_HINTS[key])
    if key == "csat":
        return _responses(s.csat_responses)
    if key == "nps":
        return _responses(s.nps_responses)
    if key == "ces":
        return _responses(s.ces_responses)
    if key == "fcr":
        return count_text(
            s.inbound,
            translate("SatisfactionPage", "of 1 inbound contact"),
            translate("SatisfactionPage", "of {0} inbound contacts"),
        )
    if key == "resolution":
        open_now = count_text(
            s.open_contacts,
            translate("SatisfactionPage", "1 still open"),
            translate("SatisfactionPage", "{0} still open"),
        )
        hours = s.median_resolution_hours or 0.0
        if hours >= 24:
            return translate("SatisfactionPage", "{0} hours · {1}").format(numbers.number(hours), open_now)
        return open_now
    if key == "wait":
        return translate("SatisfactionPage", "inbound contacts")
    if key == "self_service":
        return translate("SatisfactionPage", "{0} of {1} contacts").format(
            s.by_channel.get("self_service", 0), s.contacts
        )
    if key == "followups":
        if not in_progress:
            return translate("SatisfactionPage", "{0} done on time").format(percent(followups_pct(s)))
        overdue = count_text(
            s.followups_overdue,
            translate("SatisfactionPage", "1 overdue now"),
            translate("SatisfactionPage", "{0} overdue now"),
        )
        return translate("SatisfactionPage", "{0} · {1}").format(percent(followups_pct(s)), overdue)
    if key == "contacts":
        return translate("SatisfactionPage", "{0} inbound · {1} open").format(s.inbound, s.open_contacts)
    return translate("SatisfactionPage", "added in the month")


_UNITS = {
    "pct": QT_TRANSLATE_NOOP("SatisfactionPage", "{0} pts"),
    "points": "{0}",
    "score": "{0}",
    "hours": QT_TRANSLATE_NOOP("SatisfactionPage", "{0} h"),
    "minutes": QT_TRANSLATE_NOOP("SatisfactionPage", "{0} min"),
    "count": "{0}",
}


def change(spec: TileSpec, current: float | None, previous: float | None, previous_name: str) -> Change:
    """The change from the previous month, from the displayed values; "—" when either is n/a."""
    if current is None or previous is None:
        return Change(
            DASH, "none", translate("SatisfactionPage", "no comparison: one of the two months has no data")
        )
    if spec.unit == "count":
        diff = Decimal(int(current) - int(previous))
        digits = str(abs(diff))
    else:
        diff = Decimal(display_number(current)) - Decimal(display_number(previous))
        digits = numbers.number(abs(diff))
    amount = tr(_UNITS[spec.unit]).format(digits) if spec.unit in ("pct", "hours", "minutes") else digits
    if diff == 0:
        return Change(
            f"{SAME} {amount}",
            "same",
            translate("SatisfactionPage", "no change from {0}").format(previous_name),
        )
    rising = diff > 0
    trend = "same" if spec.better == 0 else ("better" if rising == (spec.better > 0) else "worse")
    text = f"{UP if rising else DOWN} {'+' if rising else MINUS}{amount}"
    spoken = (
        translate("SatisfactionPage", "up {0} from {1}")
        if rising
        else translate("SatisfactionPage", "down {0} from {1}")
    ).format(amount, previous_name)
    if trend == "better":
        spoken = translate("SatisfactionPage", "{0} (better)").format(spoken)
    elif trend == "worse":
        spoken = translate("SatisfactionPage", "{0} (worse)").format(spoken)
    return Change(text, trend, spoken)


@dataclass(frozen=True)
class TileContent:
    value: str
    change: Change
    hint: str


def tile_content(
    spec: TileSpec,
    current: MonthSummary,
    previous: MonthSummary,
    previous_name: str,
    *,
    in_progress: bool = False,
) -> TileContent:
    return TileContent(
        value=value_text(spec.key, current),
        change=change(spec, raw_value(spec.key, current), raw_value(spec.key, previous), previous_name),
        hint=hint_text(spec.key, current, in_progress=in_progress),
    )
