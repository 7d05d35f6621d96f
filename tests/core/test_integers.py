"""``parse_int``: the one parser for whole numbers a person typed (scores, ids, minutes, days, counts)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carebook.errors import ValidationError
from carebook.integers import SQLITE_MAX, SQLITE_MIN, is_integer_text, parse_int, shown


@pytest.mark.parametrize(
    ("typed", "number"),
    [("5", 5), (" 42 ", 42), ("\t7\n", 7), ("-3", -3), ("007", 7), ("0", 0), ("-0", 0),
     (str(SQLITE_MAX), SQLITE_MAX), (str(SQLITE_MIN), SQLITE_MIN), (12, 12), (5.0, 5)],
)
def test_ascii_digits_with_an_optional_minus_are_taken(typed: object, number: int) -> None:
    assert parse_int(typed, "score") == number


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("1_0", "'1_0' is not a whole number (type it with the digits 0-9)"),
        ("٣", "'٣' is not a whole number (type it with the digits 0-9)"),
        ("５", "'５' is not a whole number (type it with the digits 0-9)"),
        ("+5", "'+5' is not a whole number"),
        ("5.0", "'5.0' is not a whole number"),
        ("1e3", "'1e3' is not a whole number"),
        ("- 5", "'- 5' is not a whole number"),
        ("--5", "'--5' is not a whole number"),
        ("", "'' is not a whole number"),
        ("five", "'five' is not a whole number"),
        ("0x10", "'0x10' is not a whole number"),
        ("5\x00", "'5\x00' is not a whole number"),
        (True, "'True' is not a whole number"),
        (None, "'None' is not a whole number"),
        (5.5, "'5.5' is not a whole number"),
        (float("nan"), "'nan' is not a whole number"),
        ("9223372036854775808", "'9223372036854775808' is far too big to be a whole number"),
        ("-9223372036854775809", "'-9223372036854775809' is far too big to be a whole number"),
        ("9" * 5000, "'99999999999999999999... (5,000 characters)' is far too big to be a whole number"),
        (2**63, "is far too big to be a whole number"),
        (10**5000, "is far too big to be a whole number"),
    ],
    ids=lambda value: shown(repr(value)) if not isinstance(value, int) or abs(value) < 2**64 else "huge int",
)
def test_what_int_would_guess_is_refused_in_plain_words(typed: object, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_int(typed, "score")
    assert caught.value.errors == {"score": message}


def test_the_message_names_what_was_expected() -> None:
    with pytest.raises(ValidationError, match="'x' is not a whole number of minutes"):
        parse_int("x", "waited_minutes", expected="a whole number of minutes")


_TYPED = st.text(st.characters(blacklist_categories=()), max_size=60) | st.from_regex(
    r"\s*-?[0-9_٣５]{0,30}\s*", fullmatch=True
)


@given(_TYPED)
def test_any_text_gives_an_int_in_sqlites_range_or_a_validation_error(text: str) -> None:
    try:
        number = parse_int(text, "n")
    except ValidationError as error:
        assert list(error.errors) == ["n"] and len(str(error)) < 120
        return
    assert re.fullmatch(r"-?[0-9]+", text.strip())
    assert number == int(text.strip()) and SQLITE_MIN <= number <= SQLITE_MAX


@given(st.integers(min_value=SQLITE_MIN, max_value=SQLITE_MAX))
def test_every_integer_in_range_reads_back_from_its_text(number: int) -> None:
    assert parse_int(f" {number} ", "n") == number
    assert is_integer_text(str(number))


def test_shown_keeps_long_text_short() -> None:
    assert shown("short") == "short"
    assert shown("x" * 100_000) == "x" * 20 + "... (100,000 characters)"
