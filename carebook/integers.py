"""Whole numbers typed by a person: the one parser for scores, ids, minutes, days and counts.

Python's ``int()`` also takes ``1_0``, ``٣`` (Arabic-Indic digits), ``+5`` and text thousands of digits
long (and then fails with a message about ``sys.set_int_max_str_digits``). Nobody typing a score, an id
or a number of minutes means those, so ``parse_int`` takes only the ASCII digits 0-9 with an optional
leading minus (spaces around are fine) and refuses anything outside SQLite's integer range, in plain words.
Every place that turns text into a whole number (CSV cells, command-line arguments, the services) uses it.
"""

from __future__ import annotations

import re

from carebook.errors import ValidationError
from carebook.translation import _

SQLITE_MIN = -(2**63)
SQLITE_MAX = 2**63 - 1
_INTEGER = re.compile(r"-?[0-9]+")
_DIGIT_LIKE = re.compile(r"_|(?![0-9])\d")  # "1_0", or another script's digits: int() takes them
_SHOWN = 24


def shown(text: str) -> str:
    """``text`` short enough to quote in a one-line message."""
    return text if len(text) <= _SHOWN else f"{text[: _SHOWN - 4]}... ({len(text):,} characters)"


def is_integer_text(text: str) -> bool:
    """Does ``text`` look like a whole number as ``parse_int`` takes it (however big)?"""
    return _INTEGER.fullmatch(text.strip()) is not None


def parse_int(value: object, field: str, *, expected: str = "") -> int:
    """``value`` as an int within SQLite's range, or ValidationError(field, ...) in plain words.

    Text: ASCII digits with an optional leading minus, spaces around allowed. An int is taken as it is
    (not a bool), and a float without a fraction (a spreadsheet's ``5.0``) as its whole number.
    ``expected`` completes "'x' is not ...", e.g. "a whole number of minutes".
    """
    expected = expected or _("a whole number")
    if isinstance(value, bool):
        raise ValidationError(field, _("'{value}' is not {expected}").format(value=value, expected=expected))
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str):
        text = value.strip()
        if not _INTEGER.fullmatch(text):
            message = (
                _("'{value}' is not {expected} (type it with the digits 0-9)")
                if _DIGIT_LIKE.search(text)
                else _("'{value}' is not {expected}")
            )
            raise ValidationError(field, message.format(value=shown(text), expected=expected))
        if len(text.lstrip("-")) > len(str(SQLITE_MAX)) or not SQLITE_MIN <= int(text) <= SQLITE_MAX:
            raise ValidationError(
                field,
                _("'{value}' is far too big to be {expected}").format(value=shown(text), expected=expected),
            )
        return int(text)
    else:
        raise ValidationError(
            field, _("'{value}' is not {expected}").format(value=shown(str(value)), expected=expected)
        )
    if not SQLITE_MIN <= number <= SQLITE_MAX:  # never str() it: that fails past 4,300 digits
        raise ValidationError(field, _("is far too big to be {expected}").format(expected=expected))
    return number
