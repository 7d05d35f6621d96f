"""One customer as a vCard 3.0 that address books show right (``card_text``).

- A person: FN as typed, N in its parts (``name_parts.person_parts``), ORG their company.
- An organisation (``name_parts.is_organisation``: the name is the company's, or has a legal form):
  N empty, ORG the company (or the name), and ``X-ABShowAs:COMPANY``, Apple's mark (in 3.0) that the card
  is a company's, so no address book shows "AS, Bakeriet Pan" as a person.
- The address in its ADR parts (street, city, postcode, country...) when it came from a card so and has
  not been edited since (``address_parts``), else as typed in ADR's street.
- ``UID:customer-<id>@<app id>``, so an address book updates a card exported again instead of adding one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import vobject

from carebook import APP_ID
from carebook.customer_schema import VCARD_FIELDS
from carebook.exchange.address_parts import still_valid
from carebook.exchange.name_parts import is_organisation, person_parts
from carebook.services.customer_rows import CustomerRow

Writer = Callable[[vobject.base.Component, Any, str], None]


def _email(card: vobject.base.Component, value: str, parts: str) -> None:
    email = card.add("email")
    email.value = value
    email.type_param = "INTERNET"


def _org(card: vobject.base.Component, value: str, parts: str) -> None:
    card.add("org").value = [value]


def _adr(card: vobject.base.Component, value: str, parts: str) -> None:
    valid = still_valid(value, parts)
    if valid is None:
        card.add("adr").value = vobject.vcard.Address(street=value)
        return
    box, extended, street, city, region, postcode, country = valid
    card.add("adr").value = vobject.vcard.Address(
        box=box, extended=extended, street=street, city=city, region=region, code=postcode, country=country
    )


def _categories(card: vobject.base.Component, value: tuple[str, ...], parts: str) -> None:
    card.add("categories").value = list(value)


# How a field's value is written where its property has a structure; any other is written as text.
_WRITERS: dict[str, Writer] = {"ORG": _org, "EMAIL": _email, "ADR": _adr, "CATEGORIES": _categories}


def _vcard_value(value: object) -> str:
    """A field's value as vCard text: a date as ``1985-04-12``."""
    return value.isoformat() if isinstance(value, date) else str(value)


def _name(card: vobject.base.Component, row: CustomerRow) -> bool:
    """FN and N (and ORG and X-ABShowAs for an organisation); whether the card is an organisation's."""
    card.add("fn").value = row.name
    if is_organisation(row.name, row.company):
        card.add("n").value = vobject.vcard.Name()
        if not row.company:
            card.add("org").value = [row.name]
        card.add("x-abshowas").value = "COMPANY"
        return True
    parts = person_parts(row.name)
    card.add("n").value = vobject.vcard.Name(
        family=parts.family,
        given=parts.given,
        additional=parts.additional,
        prefix=parts.prefix,
        suffix=parts.suffix,
    )
    return False


def card_text(row: CustomerRow, address_parts: str = "") -> str:
    """One customer as a vCard 3.0 (CRLF line ends, long lines folded); ``address_parts`` as stored
    (``customer.address_parts``)."""
    card = vobject.vCard()
    card.add("uid").value = f"customer-{row.id}@{APP_ID}"
    _name(card, row)
    for f in VCARD_FIELDS:
        value = getattr(row, f.name)
        if f.vcard == "FN" or value in ("", None, ()):
            continue
        writer = _WRITERS.get(f.vcard)
        if writer is not None:
            writer(card, value, address_parts)
        else:
            card.add(f.vcard.lower()).value = _vcard_value(value)
    card.add("rev").value = row.updated_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    return str(card.serialize())
