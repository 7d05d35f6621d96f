"""Satisfaction and service figures of DESIGN.md, per local month, computed in SQL.

CONTRACT (used by the CLI, the PDF and the Satisfaction page; keep these names):
- ``month_summary(month) -> MonthSummary``: every figure of DESIGN.md for one local month.
- ``staff_figures(month) -> list[StaffFigures]``: contacts, FCR %, CSAT %, follow-ups per staff member.
- ``trend(last_month, months=12) -> list[MonthSummary]``: oldest first, ending with ``last_month``.
- ``MonthSummary.as_json()``: the ``stats --json`` object (raw, unrounded values; None for no data).
- ``display_number(value, decimals=1)``: half-away-from-zero rounding for display; "n/a" for None.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from carebook.clock import Month


@dataclass(frozen=True)
class MonthSummary:
    month: str
    contacts: int = 0
    by_channel: dict[str, int] = field(default_factory=dict)  # all seven channels present
    by_reason: dict[str, int] = field(default_factory=dict)  # all nine reasons present
    inbound: int = 0
    csat_pct: float | None = None
    csat_responses: int = 0
    nps: float | None = None
    nps_responses: int = 0
    promoters: int = 0
    passives: int = 0
    detractors: int = 0
    ces_mean: float | None = None
    ces_responses: int = 0
    fcr_pct: float | None = None
    median_resolution_hours: float | None = None
    open_contacts: int = 0
    median_wait_minutes: float | None = None
    self_service_pct: float | None = None
    followups_due: int = 0
    followups_done_on_time: int = 0
    followups_overdue: int = 0
    new_customers: int = 0

    def as_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class StaffFigures:
    staff_id: int | None  # None: contacts logged without a staff member
    name: str
    contacts: int
    inbound: int
    fcr_pct: float | None
    csat_pct: float | None
    csat_responses: int
    followups_due: int
    followups_done_on_time: int


def display_number(value: float | None, decimals: int = 1) -> str:
    """Round half away from zero for display; None is "n/a", never 0."""
    if value is None:
        return "n/a"
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(str(value)).copy_abs().quantize(quantum, rounding=ROUND_HALF_UP)
    text = f"{rounded:.{decimals}f}"
    return f"-{text}" if value < 0 and rounded != 0 else text


def month_summary(month: Month) -> MonthSummary:
    raise NotImplementedError  # implemented by the metrics work


def staff_figures(month: Month) -> list[StaffFigures]:
    raise NotImplementedError


def trend(last_month: Month, months: int = 12) -> list[MonthSummary]:
    raise NotImplementedError
