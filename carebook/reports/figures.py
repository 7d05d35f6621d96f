"""The month's figures as displayed text: one row per figure with the previous month and the change.

Values are rounded as ``metrics.display_number`` rounds them and written as the report's language writes
numbers (``carebook.i18n``: "60.0%", "60,0 %"; "n/a" for no data); the change is worked out from the two
displayed values, so the table reads consistently, and is "—" when either side is n/a.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from carebook.i18n import N_, _
from carebook.i18n import current as language
from carebook.metrics import MonthSummary, display_number

MINUS = "\u2212"
DASH = "\u2014"


@dataclass(frozen=True)
class Figure:
    key: str  # the MonthSummary attribute (a ``stats --json`` key)
    label: str  # marked for the catalogue, translated where shown
    unit: str = ""  # "%", " h", " min" or ""
    count: bool = False  # a whole number shown with thousands separators
    compare: bool = True  # False: a figure "as of now" that has no previous-month value


FIGURES: tuple[Figure, ...] = (
    Figure("contacts", N_("Contacts"), count=True),
    Figure("new_customers", N_("New customers"), count=True),
    Figure("csat_pct", N_("CSAT: satisfied customers"), "%"),
    Figure("nps", N_("NPS: net promoter score")),
    Figure("ces_mean", N_("CES: customer effort (7 = very easy)")),
    Figure("fcr_pct", N_("First-contact resolution (FCR)"), "%"),
    Figure("median_resolution_hours", N_("Median resolution time"), " h"),
    Figure("median_wait_minutes", N_("Median wait"), " min"),
    Figure("self_service_pct", N_("Self-service share"), "%"),
    Figure("followups_due", N_("Follow-ups due"), count=True),
    Figure("followups_done_on_time", N_("Follow-ups done on time"), count=True),
    Figure("followups_overdue", N_("Overdue follow-ups (as of today)"), count=True, compare=False),
)


def raw(summary: MonthSummary, figure: Figure) -> float | None:
    value: float | None = getattr(summary, figure.key)
    return value


def number_text(value: float | None, figure: Figure) -> str:
    """The figure's value without its unit, as the PDF prints it."""
    if value is None:
        return _("n/a")
    if figure.count:
        return language().count(int(value))
    return signed(language().decimal(value))


def signed(text: str) -> str:
    """A displayed number with a true minus sign (U+2212) instead of a hyphen."""
    return MINUS + text[1:] if text.startswith("-") else text


_UNITS = {" h": N_("{0} h"), " min": N_("{0} min"), "pts": N_("{0} pts")}


def with_unit(text: str, unit: str) -> str:
    """A written number with its unit, as the language writes it ("3.5 h", "2.0 pts")."""
    return _(_UNITS[unit]).format(text) if unit else text


def value_text(value: float | None, figure: Figure) -> str:
    if value is not None and figure.unit == "%":
        return signed(language().percent(value))  # "60.0%", "60,0 %": the language places the sign
    text = number_text(value, figure)
    return text if value is None else with_unit(text, figure.unit)


def change_text(current: float | None, previous: float | None, figure: Figure) -> str:
    """ "+2.5", "−3", "0" ... or "—" when either month has no data."""
    if not figure.compare or current is None or previous is None:
        return DASH
    if figure.count:
        diff = Decimal(int(current) - int(previous))
        digits = language().count(int(abs(diff)))
    else:
        diff = Decimal(display_number(current)) - Decimal(display_number(previous))
        digits = language().decimal(abs(diff))
    text = with_unit(digits, "pts" if figure.unit == "%" else figure.unit)
    if diff == 0:
        return text
    return f"{'+' if diff > 0 else MINUS}{text}"


def figure_rows(current: MonthSummary, previous: MonthSummary) -> list[tuple[str, str, str, str]]:
    """(label, this month, previous month, change) for each figure."""
    rows = []
    for figure in FIGURES:
        now, before = raw(current, figure), raw(previous, figure)
        rows.append(
            (
                _(figure.label),
                value_text(now, figure),
                value_text(before, figure) if figure.compare else DASH,
                change_text(now, before, figure),
            )
        )
    return rows


FORMULAS: tuple[tuple[str, str], ...] = (
    (N_("Contacts"), N_("every contact logged with a time in the month (the shop's local time).")),
    (N_("New customers"), N_("customers added to Carebook in the month.")),
    (N_("CSAT"), N_("100 × CSAT scores of 4 or 5 ÷ all CSAT responses (scores go from 1 to 5).")),
    (
        N_("NPS"),
        N_(
            "100 × (scores 9–10 minus scores 0–6) ÷ all NPS responses (scores 0–10); it ranges from −100 "
            "to 100."
        ),
    ),
    (N_("CES"), N_("the mean CES score (1 to 7, where 7 means very easy).")),
    (N_("FCR"), N_("100 × inbound contacts resolved at the first contact ÷ all inbound contacts.")),
    (
        N_("Median resolution time"),
        N_("the middle value of the hours from contact to resolution, over the month's resolved contacts."),
    ),
    (
        N_("Median wait"),
        N_("the middle value of the minutes customers waited, over inbound contacts with a recorded wait."),
    ),
    (N_("Self-service share"), N_("100 × self-service contacts ÷ all contacts.")),
    (
        N_("Follow-ups due / done on time"),
        N_(
            "follow-ups due in the month; of those, the ones done by their due date (and time, when one "
            "was set)."
        ),
    ),
    (
        N_("Overdue follow-ups"),
        N_(
            "follow-ups not done whose due date and time had passed when this report was made, whatever "
            "month they were due in."
        ),
    ),
    (
        N_("Rounding"),
        N_(
            "feedback counts in the month it was received. Percentages and means are rounded to one "
            "decimal; n/a means there was no data, which is not the same as 0."
        ),
    ),
)
