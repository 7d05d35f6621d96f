"""Argument types of the ``carebook`` command: a bad value is a usage error (exit 2) with a plain line.

Each converter turns the typed text into a value through the core's own parsers (``parse_int``,
``Month.parse``), so the command line refuses exactly what the rest of Carebook refuses.
"""

from __future__ import annotations

import argparse

from carebook.clock import Month
from carebook.errors import ValidationError
from carebook.integers import is_integer_text, parse_int, shown


def _message(error: ValidationError) -> str:
    return next(iter(error.errors.values()))


def whole_number(text: str) -> int:
    """Any whole number (``--seed``, ``--customers``, ``--months``; their ranges are checked later)."""
    try:
        return parse_int(text, "value")
    except ValidationError as error:
        raise argparse.ArgumentTypeError(_message(error)) from None


def record_id(text: str) -> int:
    """The id of an import, a merge or a customer: 1 or more."""
    number = whole_number(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"'{shown(text.strip())}' is not an id (ids start at 1)")
    return number


def customer_ref(text: str) -> str:
    """A customer's id (``42``, ``#42``) or email, kept as typed; an id must be a usable one."""
    number = text.strip().lstrip("#")
    if is_integer_text(number):
        record_id(number)
    return text


def file_name(text: str) -> str:
    """A file or folder name: never empty (an empty one would quietly mean the current folder)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("is empty; give a file or folder name")
    return text


def month(text: str) -> Month:
    """``YYYY-MM`` from 1900-01 to 2999-12."""
    try:
        return Month.parse(text)
    except ValidationError as error:
        raise argparse.ArgumentTypeError(_message(error)) from None
