"""How a customer's cells read, in every view that shows them: the phone number as the customers table
shows it, a last score ("CSAT 4") and its mood ("low", "high" or "" in between, to colour it)."""

from __future__ import annotations

from carebook.contact_info import display_phone
from carebook.services.customers import CustomerRow
from ui import labels
from ui.bidi import left_to_right

# Scores at or below these are unhappy (CSAT 1-2, NPS detractors, CES 1-3); at or above: happy.
_LOW = {"csat": 2, "nps": 6, "ces": 3}
_HIGH = {"csat": 4, "nps": 9, "ces": 6}


def phone_text(row: CustomerRow, region: str) -> str:
    """The number as every view shows it (``carebook.contact_info.display_phone``)."""
    return left_to_right(display_phone(row.phone, region, row.phone_e164))


def score_text(kind: str, score: int | None) -> str:
    return "" if score is None or not kind else f"{labels.kind(kind)} {score}"


def score_mood(kind: str, score: int | None) -> str:
    """How a score reads: "low", "high" or "" (in between), to colour it."""
    if score is None or kind not in _LOW:
        return ""
    if score <= _LOW[kind]:
        return "low"
    return "high" if score >= _HIGH[kind] else ""
