"""An address in the seven parts of a vCard ADR, kept beside the address text (``customer.address_parts``).

A card's ADR is imported as text (``address_text``: the parts on their lines, postcode before city) and,
when it has more than a street, its parts are stored too, as a JSON list (``to_stored``), so a vCard
export gives address books the street, city and postcode in their own fields again. The stored parts
count only while they still give the customer's address (``still_valid``): an address edited since is
exported as typed.
"""

from __future__ import annotations

import json

# The parts of an ADR value, in its order (RFC 6350 6.3.1).
PARTS = ("box", "extended", "street", "city", "region", "postcode", "country")


def address_text(parts: list[str]) -> str:
    """The address as Carebook shows it: box, extended, street, "postcode city", region, country, one a
    line, empty parts left out."""
    box, extended, street, city, region, postcode, country = (parts + [""] * len(PARTS))[: len(PARTS)]
    town = " ".join(part for part in (postcode, city) if part)
    return "\n".join(part for part in (box, extended, street, town, region, country) if part)


def to_stored(parts: list[str]) -> str:
    """The parts as stored: "" when the address is only a street (the text says all), else JSON."""
    padded = (parts + [""] * len(PARTS))[: len(PARTS)]
    if sum(1 for part in padded if part) < 2:
        return ""
    return json.dumps(padded, ensure_ascii=False)


def checked_parts(address: str, stored: str) -> str:
    """``stored`` when it is parts that give ``address``, else "" (never parts that say otherwise)."""
    return stored if still_valid(address, stored) is not None else ""


def still_valid(address: str, stored: str) -> list[str] | None:
    """The stored parts when they still give ``address`` exactly, else None."""
    if not stored:
        return None
    try:
        parts = json.loads(stored)
    except ValueError:
        return None
    if not (isinstance(parts, list) and len(parts) == len(PARTS) and all(isinstance(p, str) for p in parts)):
        return None
    return parts if address_text(parts) == address else None
