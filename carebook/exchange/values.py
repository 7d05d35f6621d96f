"""Turning CSV cells into stored values, with the shared validation helpers and plain messages.

Each parser raises ``ValidationError(column, reason)``; ``RowCheck`` gathers every bad cell of a row, so
one line of the report names all of a row's problems.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time
from typing import TypeVar

from carebook.clock import checked_to_utc, format_instant, parse_date, parse_local, parse_time
from carebook.contact_info import Phone, normalise_email, normalise_phone
from carebook.errors import ValidationError
from carebook.exchange import sheet_dates, value_synonyms
from carebook.exchange.csv_format import CsvRow, unescape_cell
from carebook.services import customer_fields, record_checks, staff, tags
from carebook.text import clean_text
from carebook.translation import _, number
from carebook.vocab import (
    CHANNELS,
    DIRECTIONS,
    FEEDBACK_KINDS,
    PRIORITIES,
    REASONS,
    STATUSES,
    check_choice,
)

T = TypeVar("T")

_TRUE = frozenset({"yes", "true", "1", "y"})
_FALSE = frozenset({"no", "false", "0", "n"})
_SIMPLE_LOCAL = re.compile(r"[A-Za-z0-9_%+\-]+(?:\.[A-Za-z0-9_%+\-]+)*\Z")
_SHORT_HOUR = re.compile(r"^[0-9]:[0-9][0-9]")


class Cells:
    """A row's cells by column name (``""`` for a missing column), with export escaping undone."""

    __slots__ = ("_cells", "_index", "line")

    def __init__(self, index: dict[str, int], row: CsvRow) -> None:
        self._index = index
        self._cells = row.cells
        self.line = row.line

    def __getitem__(self, column: str) -> str:
        position = self._index.get(column)
        if position is None or position >= len(self._cells):
            return ""
        return unescape_cell(self._cells[position])

    def has(self, column: str) -> bool:
        return column in self._index


class RowCheck:
    """Collects the bad cells of one row; ``check`` returns None for a bad cell and remembers why.

    ``notes`` holds what a parser said about a cell it took with a guess (a repeated local time), by
    column, for the import's warnings.
    """

    __slots__ = ("errors", "notes")

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}
        self.notes: dict[str, str] = {}

    def check(self, parse: Callable[..., T], *args: object, **kwargs: object) -> T | None:
        try:
            return parse(*args, **kwargs)
        except ValidationError as error:
            for field, message in error.errors.items():
                self.errors.setdefault(field, message)
            return None

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def raise_if_bad(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def customer_text(raw: str, column: str, *, multiline: bool = False) -> str:
    """A customer field cleaned as the customer form cleans it, within the form's length limit."""
    cleaned = customer_fields.text(raw, multiline=multiline)
    limit = customer_fields.LIMITS[column]
    if len(cleaned) > limit:
        raise ValidationError(
            column,
            _("is {length} characters long; the most is {most}").format(
                length=number(len(cleaned)), most=number(limit)
            ),
        )
    return cleaned


def one_line(raw: str) -> str:
    """One-line text cleaned as customer names are stored (how the ``customer`` column names one)."""
    return customer_fields.text(raw)


def staff_name(raw: str, field: str) -> str:
    name = clean_text(raw, multiline=False)
    if len(name) > staff.MAX_NAME:
        raise ValidationError(
            field,
            _("is {length} characters long; the most is {most}").format(
                length=len(name), most=staff.MAX_NAME
            ),
        )
    return name


def tag_name(raw: str, field: str) -> str:
    return tags.clean_tag_name(raw, field) if raw.strip() else ""


def boolean(raw: str, field: str) -> bool | None:
    value = raw.strip().lower()
    if not value:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValidationError(
        field, _("'{value}' is not yes or no (use yes/no, true/false or 1/0)").format(value=raw.strip())
    )


def minutes(raw: str, field: str) -> int | None:
    return record_checks.minutes(raw, field)


def instant(raw: str, field: str, notes: dict[str, str] | None = None) -> str | None:
    """A shop-local time (Carebook's ``YYYY-MM-DD HH:MM``, a spreadsheet's form as ``sheet_dates`` reads
    it, or ISO 8601 with an offset) as the stored naive-UTC text; None when empty.

    A local time the clocks skipped is refused; one they repeated is the first, noted in ``notes``.
    """
    return required_instant(raw, field, notes) if raw.strip() else None


def required_instant(raw: str, field: str, notes: dict[str, str] | None = None) -> str:
    local = sheet_dates.parse(raw, field)
    parsed = parse_local(raw, field, notes) if local is None else checked_to_utc(local, field, notes)
    value = record_checks.instant(parsed, field, default_now=False)
    assert value is not None
    return format_instant(value)


def local_date(raw: str, field: str) -> date | None:
    if not raw.strip():
        return None
    local = sheet_dates.parse(raw, field)
    if local is not None and local.time() == datetime.min.time():
        return local.date()
    return parse_date(raw, field)


def local_time(raw: str, field: str) -> time | None:
    value = raw.strip()
    if not value:
        return None
    with_half = sheet_dates.parse_time_of_day(value, field)
    if with_half is not None:
        return with_half
    if _SHORT_HOUR.match(value):
        value = "0" + value
    return parse_time(value, field).replace(microsecond=0)


class ContactNormaliser:
    """``normalise_email``/``normalise_phone`` with memory, for files of many thousands of rows.

    Emails with a plain ASCII local part are checked by their domain once (email-validator spends its
    time on the domain); anything else goes through ``normalise_email`` in full.
    """

    def __init__(self, region: str) -> None:
        self.region = region
        self._domains: dict[str, str] = {}
        self._phones: dict[str, Phone] = {}

    def email(self, raw: str, field: str) -> str:
        address = raw.strip()
        if not address:
            return ""
        local, at, domain = address.rpartition("@")
        if at and len(local) <= 64 and _SIMPLE_LOCAL.match(local):
            known = self._domains.get(domain)
            if known is None:
                try:
                    known = normalise_email(f"x@{domain}", field).rpartition("@")[2]
                except ValidationError:
                    known = ""
                self._domains[domain] = known
            if known and len(local) + 1 + len(known) <= 254:
                return f"{local}@{known}"
        return normalise_email(address, field)

    def phone(self, raw: str) -> Phone:
        typed = raw.strip()
        found = self._phones.get(typed)
        if found is None:
            found = normalise_phone(typed, self.region)
            self._phones[typed] = found
        return found


def choice(raw: str, allowed: tuple[str, ...], field: str, default: str | None = None) -> str:
    """A vocabulary value, as stored or in a word people type for it (``value_synonyms``: ``e-mail``,
    ``walk-in``, ``Telefon``); ``default`` when empty, or "is empty" when required; anything else is
    refused with the allowed values (``check_choice``)."""
    if not raw.strip():
        if default is None:
            raise ValidationError(
                field, _("is empty; use one of: {allowed}").format(allowed=", ".join(allowed))
            )
        return default
    return value_synonyms.stored_value(raw, allowed) or check_choice(raw, allowed, field)


_INSTANTS = frozenset({"occurred_at", "resolved_at", "received_at", "done_at", "created_at"})
_DATES = frozenset({"due_on", "birthday"})
_CHOICES: dict[str, tuple[str, ...]] = {
    "channel": CHANNELS,
    "preferred_channel": CHANNELS,
    "direction": DIRECTIONS,
    "reason": REASONS,
    "status": STATUSES,
    "kind": FEEDBACK_KINDS,
    "priority": PRIORITIES,
}


def reading(column: str, raw: str) -> str:
    """How the import reads ``raw`` in ``column`` when that is not the text itself, for the import
    wizard's first rows: a spreadsheet's date or time in Carebook's form (``03.11.2026 14:05`` ->
    ``2026-11-03 14:05``), a word for a stored value as that value (``e-mail`` -> ``email``); "" when
    the cell is taken as written, or is bad (the check names what is wrong)."""
    text = raw.strip()
    try:
        if column in _INSTANTS or column in _DATES:
            local = sheet_dates.parse(text, column)
            if local is None:
                return ""
            return f"{local:%Y-%m-%d}" if column in _DATES else f"{local:%Y-%m-%d %H:%M}"
        if column == "due_time":
            moment = sheet_dates.parse_time_of_day(text, column)
            return f"{moment:%H:%M}" if moment is not None else ""
    except ValidationError:
        return ""
    allowed = _CHOICES.get(column)
    if allowed is None or not text:
        return ""
    stored = value_synonyms.stored_value(text, allowed)
    return stored if stored is not None and stored != text else ""
