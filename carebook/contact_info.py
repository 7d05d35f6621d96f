"""Phone numbers and email addresses, normalised with phonenumbers and email-validator.

Both libraries are imported on first use (together 0.2 s at start-up otherwise), and ``format_phone``
remembers its answers: the customers table asks for the same few dozen numbers on every repaint.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from carebook import translation
from carebook.errors import ValidationError
from carebook.translation import _


@dataclass(frozen=True)
class Phone:
    typed: str
    e164: str  # "" when the number is not valid for the region
    warning: str  # "" when valid


def normalise_phone(typed: str, region: str) -> Phone:
    """Parse ``typed`` for ``region``; an invalid number is kept as typed with a warning."""
    text = (typed or "").strip()
    if not text:
        return Phone("", "", "")
    import phonenumbers

    try:
        number = phonenumbers.parse(text, region or None)
    except phonenumbers.NumberParseException:
        return Phone(
            text, "", _("'{text}' does not look like a phone number; it was kept as typed").format(text=text)
        )
    if not phonenumbers.is_valid_number(number):
        warning = (
            _("'{text}' is not a valid number for {region}; kept as typed")
            if region
            else _("'{text}' is not a valid number for any region; kept as typed")
        )
        return Phone(text, "", warning.format(text=text, region=region))
    return Phone(text, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), "")


@functools.lru_cache(maxsize=4096)
def format_phone(e164: str, region: str) -> str:
    """A readable form of an E.164 number: national when it is dialled as a national number from the
    shop's country (same country calling code: a GB shop writes Jersey's +44 7797 as 07797 ...),
    international otherwise."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if region and number.country_code == phonenumbers.country_code_for_region(region):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def display_phone(typed: str, region: str, e164: str | None = None) -> str:
    """How a customer's number is shown everywhere (the customers table, the customer form, search
    results, the contact dialog): ``format_phone`` of its E.164 form, or as typed when it is not a valid
    number. ``e164`` is the stored form when known ("": not valid); without it ``typed`` is parsed for
    ``region``."""
    if e164 is None:
        e164 = _e164(typed.strip(), region)
    return format_phone(e164, region) if e164 else typed


@functools.lru_cache(maxsize=4096)
def _e164(typed: str, region: str) -> str:
    return normalise_phone(typed, region).e164 if typed else ""


def normalise_email(typed: str, field: str = "email") -> str:
    """Validate an address (no DNS look-up) and return its normalised form; "" stays ""."""
    text = (typed or "").strip()
    if not text:
        return ""
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as error:
        # email-validator explains in English: its words follow only where English is written
        message = (
            _("'{text}' is not a valid email address ({error})")
            if translation.active() is None
            else _("'{text}' is not a valid email address")
        )
        raise ValidationError(field, message.format(text=text, error=error)) from None
    return str(result.normalized)


def email_key(email: str) -> str:
    """The form used to match customers by email: normalised and lower-cased."""
    return email.strip().lower()
