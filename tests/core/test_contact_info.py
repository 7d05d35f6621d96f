"""Phone numbers are shown in one format everywhere: ``carebook.contact_info.display_phone``."""

from __future__ import annotations

import pytest

from carebook.contact_info import display_phone, format_phone, normalise_phone


@pytest.mark.parametrize(
    ("typed", "region", "shown"),
    [
        ("020 7946 0018", "GB", "020 7946 0018"),
        ("+44 20 7946 0018", "GB", "020 7946 0018"),
        ("020-7946-0018", "GB", "020 7946 0018"),
        ("91234567", "NO", "91 23 45 67"),
        ("912 34 567", "NO", "91 23 45 67"),  # typed one way, shown the one way
        ("+47 912 34 567", "GB", "+47 91 23 45 67"),  # another country: international
        ("+1 415 555 0132", "GB", "+1 415-555-0132"),
        ("07911 123456", "GB", "07911 123456"),  # Guernsey's +44 7911 is dialled as a UK number
    ],
)
def test_the_national_format_for_the_shops_country_international_for_others(
    typed: str, region: str, shown: str
) -> None:
    e164 = normalise_phone(typed, region).e164
    assert e164
    assert format_phone(e164, region) == shown
    assert display_phone(typed, region, e164) == shown  # the stored form, as the table has it
    assert display_phone(typed, region) == shown  # parsed from what was typed, as a search hit has it


def test_a_number_that_is_not_valid_is_shown_as_typed() -> None:
    assert display_phone("12345", "GB", "") == "12345"
    assert display_phone("12345", "GB") == "12345"
    assert display_phone("call the shop", "GB") == "call the shop"
    assert display_phone("", "GB") == ""
