"""The month's figures as displayed text: one row per figure with the previous month and the change.

Values are formatted with ``metrics.display_number`` ("n/a" for no data); the change is worked out
from the two displayed values, so the table reads consistently, and is "—" when either side is n/a.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from carebook.metrics import MonthSummary, display_number

MINUS = "\u2212"
DASH = "\u2014"


@dataclass(frozen=True)
class Figure:
    key: str  # the MonthSummary attribute (a ``stats --json`` key)
    label: str
    unit: str = ""  # "%", " h", " min" or ""
    count: bool = False  # a whole number shown with thousands separators
    compare: bool = True  # False: a figure "as of now" that has no previous-month value


FIGURES: tuple[Figure, ...] = (
    Figure("contacts", "Contacts", count=True),
    Figure("new_customers", "New customers", count=True),
    Figure("csat_pct", "CSAT: satisfied customers", "%"),
    Figure("nps", "NPS: net promoter score"),
    Figure("ces_mean", "CES: customer effort (7 = very easy)"),
    Figure("fcr_pct", "First-contact resolution (FCR)", "%"),
    Figure("median_resolution_hours", "Median resolution time", " h"),
    Figure("median_wait_minutes", "Median wait", " min"),
    Figure("self_service_pct", "Self-service share", "%"),
    Figure("followups_due", "Follow-ups due", count=True),
    Figure("followups_done_on_time", "Follow-ups done on time", count=True),
    Figure("followups_overdue", "Overdue follow-ups (as of today)", count=True, compare=False),
)


def raw(summary: MonthSummary, figure: Figure) -> float | None:
    value: float | None = getattr(summary, figure.key)
    return value


def number_text(value: float | None, figure: Figure) -> str:
    """The figure's value without its unit, as the PDF prints it."""
    if value is None:
        return "n/a"
    if figure.count:
        return f"{int(value):,}"
    return signed(display_number(value))


def signed(text: str) -> str:
    """A displayed number with a true minus sign (U+2212) instead of a hyphen."""
    return MINUS + text[1:] if text.startswith("-") else text


def value_text(value: float | None, figure: Figure) -> str:
    text = number_text(value, figure)
    return text if value is None else f"{text}{figure.unit}"


def change_text(current: float | None, previous: float | None, figure: Figure) -> str:
    """ "+2.5", "−3", "0" ... or "—" when either month has no data."""
    if not figure.compare or current is None or previous is None:
        return DASH
    if figure.count:
        diff = Decimal(int(current) - int(previous))
        digits = f"{abs(diff):,}"
    else:
        diff = Decimal(display_number(current)) - Decimal(display_number(previous))
        digits = f"{abs(diff):.1f}"
    unit = " pts" if figure.unit == "%" else figure.unit
    if diff == 0:
        return f"{digits}{unit}"
    return f"{'+' if diff > 0 else MINUS}{digits}{unit}"


def figure_rows(current: MonthSummary, previous: MonthSummary) -> list[tuple[str, str, str, str]]:
    """(label, this month, previous month, change) for each figure."""
    rows = []
    for figure in FIGURES:
        now, before = raw(current, figure), raw(previous, figure)
        rows.append(
            (
                figure.label,
                value_text(now, figure),
                value_text(before, figure) if figure.compare else DASH,
                change_text(now, before, figure),
            )
        )
    return rows


FORMULAS: tuple[tuple[str, str], ...] = (
    ("Contacts", "every contact logged with a time in the month (the shop's local time)."),
    ("New customers", "customers added to Carebook in the month."),
    ("CSAT", "100 × CSAT scores of 4 or 5 ÷ all CSAT responses (scores go from 1 to 5)."),
    (
        "NPS",
        "100 × (scores 9–10 minus scores 0–6) ÷ all NPS responses (scores 0–10); it ranges from −100 to 100.",
    ),
    ("CES", "the mean CES score (1 to 7, where 7 means very easy)."),
    ("FCR", "100 × inbound contacts resolved at the first contact ÷ all inbound contacts."),
    (
        "Median resolution time",
        "the middle value of the hours from contact to resolution, over the month's resolved contacts.",
    ),
    (
        "Median wait",
        "the middle value of the minutes customers waited, over inbound contacts with a recorded wait.",
    ),
    ("Self-service share", "100 × self-service contacts ÷ all contacts."),
    (
        "Follow-ups due / done on time",
        "follow-ups due in the month; of those, the ones done by their due "
        "date (and time, when one was set).",
    ),
    (
        "Overdue follow-ups",
        "follow-ups not done whose due date and time had passed when this report "
        "was made, whatever month they were due in.",
    ),
    (
        "Rounding",
        "feedback counts in the month it was received. Percentages and means are rounded to one "
        "decimal; n/a means there was no data, which is not the same as 0.",
    ),
)
