"""Figures as the counter's language writes them: "77,5", "60,0 %", "k. A." in German.

Babel's CLDR data through ``carebook.i18n`` (the seat's language, set once at start by ``ui.languages``),
rounded half away from zero like every figure Carebook shows; no data is the language's "n/a", never 0.
"""

from __future__ import annotations

from decimal import Decimal

from carebook import i18n
from carebook.metrics import display_number


def number(value: float | Decimal | None, decimals: int = 1) -> str:
    return display_number(None) if value is None else i18n.current().decimal(value, decimals)


def percent(value: float | Decimal | None, decimals: int = 1) -> str:
    """``value`` is a percentage (60 for 60 %)."""
    return display_number(None) if value is None else i18n.current().percent(value, decimals)
