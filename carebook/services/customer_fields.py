"""Checking what a user typed into a customer form, every field at once.

``check(changes)`` returns the column values to store (with the sort keys ``name_key`` and
``company_key`` beside the name and company) plus warnings, or raises one ValidationError
naming every bad field, so a form can mark them all. Text is stored as typed, apart from control
characters (NUL and friends) and surrounding spaces; one-line fields turn line breaks into spaces.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from carebook import settings, vocab
from carebook.clock import to_utc
from carebook.contact_info import normalise_email, normalise_phone
from carebook.errors import ValidationError
from carebook.integers import parse_int
from carebook.services.tags import clean_tag_name
from carebook.text import clean_text, fold

FIELDS: tuple[str, ...] = (
    "name",
    "company",
    "email",
    "phone",
    "address",
    "preferred_channel",
    "notes",
    "consent_marketing",
    "contact_every_days",
    "tags",
    "created_at",
)
LIMITS: dict[str, int] = {"name": 200, "company": 200, "phone": 100, "address": 2000, "notes": 1_000_000}
MAX_EVERY_DAYS = 3650
_SURROGATES = re.compile("[\ud800-\udfff]")  # unpaired halves cannot be stored as UTF-8
_BREAKS = re.compile(r"[\t\r\n]+")
_YES = {"yes": True, "true": True, "1": True, "no": False, "false": False, "0": False, "": False}


@dataclass
class Checked:
    columns: dict[str, object] = field(default_factory=dict)
    tags: tuple[str, ...] | None = None  # None: tags not given
    warnings: list[str] = field(default_factory=list)


def text(value: object, *, multiline: bool = False) -> str:
    """``value`` with control characters removed and ends trimmed; one-line text turns line breaks
    and tabs into spaces but keeps every other character as typed."""
    if value is None:
        return ""
    cleaned = _SURROGATES.sub("", clean_text(str(value)))
    return cleaned if multiline else _BREAKS.sub(" ", cleaned)


def _limited(name: str, value: object, multiline: bool = False) -> str:
    cleaned = text(value, multiline=multiline)
    limit = LIMITS[name]
    if len(cleaned) > limit:
        raise ValidationError(name, f"is {len(cleaned):,} characters long; the most is {limit:,}")
    return cleaned


def _name(value: object, out: Checked) -> None:
    name = _limited("name", value)
    if not name:
        raise ValidationError("name", "is required")
    out.columns.update(name=name, name_key=fold(name))


def _company(value: object, out: Checked) -> None:
    company = _limited("company", value)
    out.columns.update(company=company, company_key=fold(company))


def _email(value: object, out: Checked) -> None:
    out.columns["email"] = normalise_email(text(value), "email")


def _phone(value: object, out: Checked) -> None:
    phone = normalise_phone(_limited("phone", value), settings.get("phone_region"))
    out.columns.update(phone=phone.typed, phone_e164=phone.e164)
    if phone.warning:
        out.warnings.append(phone.warning)


def _address(value: object, out: Checked) -> None:
    out.columns["address"] = _limited("address", value, multiline=True)


def _notes(value: object, out: Checked) -> None:
    out.columns["notes"] = _limited("notes", value, multiline=True)


def _channel(value: object, out: Checked) -> None:
    typed = text(value)
    out.columns["preferred_channel"] = (
        vocab.check_choice(typed, vocab.CHANNELS, "preferred_channel") if typed else ""
    )


def _consent(value: object, out: Checked) -> None:
    if isinstance(value, bool) or value in (0, 1):
        out.columns["consent_marketing"] = bool(value)
        return
    if isinstance(value, str) and value.strip().lower() in _YES:
        out.columns["consent_marketing"] = _YES[value.strip().lower()]
        return
    raise ValidationError("consent_marketing", f"'{value}' is not yes or no")


def _every_days(value: object, out: Checked) -> None:
    out.columns["contact_every_days"] = every_days(value)


def every_days(value: object, field: str = "contact_every_days") -> int | None:
    """A whole number of days from 1 to 3650, or None for "no rhythm"."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    expected = f"a whole number of days from 1 to {MAX_EVERY_DAYS}"
    number = parse_int(value, field, expected=expected)
    if not 1 <= number <= MAX_EVERY_DAYS:
        raise ValidationError(field, f"'{value}' is not {expected}")
    return number


def _tags(value: object, out: Checked) -> None:
    if isinstance(value, str):
        value = value.split(";")
    if not isinstance(value, Iterable):
        raise ValidationError("tags", "must be a list of tag names")
    names = [name for name in value if text(name)]
    out.tags = tuple(clean_tag_name(str(name), "tags") for name in names)


def _created_at(value: object, out: Checked) -> None:
    if not isinstance(value, datetime):
        raise ValidationError("created_at", f"'{value}' is not a date and time")
    instant = to_utc(value) if value.tzinfo is not None else value.replace(microsecond=0)
    if not 1900 <= instant.year <= 2200:
        raise ValidationError("created_at", f"'{value}' is outside the years 1900 to 2200")
    out.columns["created_at"] = instant


_CHECKS: dict[str, Callable[[object, Checked], None]] = {
    "name": _name,
    "company": _company,
    "email": _email,
    "phone": _phone,
    "address": _address,
    "preferred_channel": _channel,
    "notes": _notes,
    "consent_marketing": _consent,
    "contact_every_days": _every_days,
    "tags": _tags,
    "created_at": _created_at,
}


def check(changes: dict[str, object]) -> Checked:
    """Check every given field; raise one ValidationError listing all the bad ones."""
    unknown = sorted(set(changes) - set(FIELDS))
    if unknown:
        raise TypeError(f"unknown customer field(s): {', '.join(unknown)}")
    out = Checked()
    errors: dict[str, str] = {}
    for name in FIELDS:
        if name in changes:
            try:
                _CHECKS[name](changes[name], out)
            except ValidationError as error:
                errors.update(error.errors)
    if errors:
        raise ValidationError(errors)
    return out
