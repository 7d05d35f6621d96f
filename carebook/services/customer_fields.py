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
from datetime import date, datetime

from carebook import customer_schema as schema
from carebook import settings, vocab
from carebook.clock import parse_date, to_utc
from carebook.contact_info import normalise_email, normalise_phone
from carebook.customer_schema import Field, Kind
from carebook.errors import ValidationError
from carebook.integers import parse_int
from carebook.services.tags import clean_tag_name
from carebook.text import clean_text, fold
from carebook.translation import _, number

FIELDS: tuple[str, ...] = tuple(f.name for f in schema.FIELDS)
LIMITS: dict[str, int] = {f.name: f.max_length for f in schema.FIELDS if f.max_length is not None}
MAX_EVERY_DAYS = schema.field("contact_every_days").maximum or 0
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
    limit = LIMITS.get(name)
    if limit is not None and len(cleaned) > limit:
        raise ValidationError(
            name,
            _("is {length} characters long; the most is {most}").format(
                length=number(len(cleaned)), most=number(limit)
            ),
        )
    return cleaned


def _text(f: Field, value: object, out: Checked) -> None:
    typed = _limited(f.name, value, multiline=f.kind is Kind.MULTILINE)
    if f.required and not typed:
        raise ValidationError(f.name, _("is required"))
    out.columns[f.name] = typed
    if f.sort_key:
        out.columns[f.sort_key] = fold(typed)


def _email(f: Field, value: object, out: Checked) -> None:
    out.columns[f.name] = normalise_email(text(value), f.name)


def _phone(f: Field, value: object, out: Checked) -> None:
    phone = normalise_phone(_limited(f.name, value), settings.get("phone_region"))
    out.columns[f.name] = phone.typed
    out.columns[f.derived[0]] = phone.e164
    if phone.warning:
        out.warnings.append(phone.warning)


def _choice(f: Field, value: object, out: Checked) -> None:
    typed = text(value)
    out.columns[f.name] = vocab.check_choice(typed, f.choices, f.name) if typed else ""


def _flag(f: Field, value: object, out: Checked) -> None:
    if isinstance(value, bool) or value in (0, 1):
        out.columns[f.name] = bool(value)
        return
    if isinstance(value, str) and value.strip().lower() in _YES:
        out.columns[f.name] = _YES[value.strip().lower()]
        return
    raise ValidationError(f.name, _("'{value}' is not yes or no").format(value=value))


def _days(f: Field, value: object, out: Checked) -> None:
    out.columns[f.name] = every_days(value, f.name)


def every_days(value: object, field: str = "contact_every_days") -> int | None:
    """A whole number of days within the field's range (1 to 3650), or None for "no rhythm"."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    spec = schema.field(field)
    low, high = spec.minimum or 0, spec.maximum or 0
    expected = _("a whole number of days from {low} to {high}").format(low=low, high=high)
    number = parse_int(value, field, expected=expected)
    if not low <= number <= high:
        raise ValidationError(field, _("'{value}' is not {expected}").format(value=value, expected=expected))
    return number


def _tags(f: Field, value: object, out: Checked) -> None:
    if isinstance(value, str):
        value = value.split(";")
    if not isinstance(value, Iterable):
        raise ValidationError(f.name, _("must be a list of tag names"))
    names = [name for name in value if text(name)]
    out.tags = tuple(clean_tag_name(str(name), f.name) for name in names)


def _instant(f: Field, value: object, out: Checked) -> None:
    if not isinstance(value, datetime):
        raise ValidationError(f.name, _("'{value}' is not a date and time").format(value=value))
    instant = to_utc(value) if value.tzinfo is not None else value.replace(microsecond=0)
    if not 1900 <= instant.year <= 2200:
        raise ValidationError(f.name, _("'{value}' is outside the years 1900 to 2200").format(value=value))
    out.columns[f.name] = instant


def _date(f: Field, value: object, out: Checked) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        out.columns[f.name] = None
    elif isinstance(value, datetime) or not isinstance(value, date | str):
        raise ValidationError(f.name, _("'{value}' is not a date like 2026-03-14").format(value=value))
    else:
        out.columns[f.name] = parse_date(value if isinstance(value, str) else value.isoformat(), f.name)


_CHECKS: dict[Kind, Callable[[Field, object, Checked], None]] = {
    Kind.TEXT: _text,
    Kind.MULTILINE: _text,
    Kind.EMAIL: _email,
    Kind.PHONE: _phone,
    Kind.CHOICE: _choice,
    Kind.FLAG: _flag,
    Kind.DAYS: _days,
    Kind.TAGS: _tags,
    Kind.INSTANT: _instant,
    Kind.DATE: _date,
}


def defaults() -> dict[str, object]:
    """Every field's value for a new customer that was not given one (``created_at``: now, so left out)."""
    return {f.name: f.empty for f in schema.FIELDS if f.kind is not Kind.INSTANT}


def check(changes: dict[str, object]) -> Checked:
    """Check every given field; raise one ValidationError listing all the bad ones."""
    unknown = sorted(set(changes) - set(FIELDS))
    if unknown:
        raise TypeError(f"unknown customer field(s): {', '.join(unknown)}")
    out = Checked()
    errors: dict[str, str] = {}
    for name in FIELDS:
        if name in changes:
            spec = schema.field(name)
            try:
                _CHECKS[spec.kind](spec, changes[name], out)
            except ValidationError as error:
                errors.update(error.errors)
    if errors:
        raise ValidationError(errors)
    return out
