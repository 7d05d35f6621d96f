"""Cell parsers: the fast email path must agree with normalise_email exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carebook.contact_info import normalise_email
from carebook.errors import ValidationError
from carebook.exchange.values import ContactNormaliser, boolean, local_time

LOCAL = st.text(st.sampled_from("abcXYZ019._%+-'!é"), min_size=1, max_size=70)
DOMAIN = st.sampled_from(
    [
        "example.com",
        "Example.CO.UK",
        "localhost",
        "example",
        "xn--bcher-kva.example",
        "bücher.example",
        "a..b.com",
        "-bad.com",
        "example.test",
        "x" * 64 + ".com",
        "sub.example.org",
    ]
)


def _outcome(function: object, address: str) -> str:
    try:
        return function(address, "email")  # type: ignore[operator]
    except ValidationError as error:
        return f"error: {error.field}"


@given(local=LOCAL, domain=DOMAIN)
def test_the_fast_email_path_agrees_with_the_shared_helper(local: str, domain: str) -> None:
    address = f"{local}@{domain}"
    fast = ContactNormaliser("GB")
    assert _outcome(fast.email, address) == _outcome(normalise_email, address)
    assert _outcome(fast.email, address) == _outcome(fast.email, address)  # cached domain, same answer


@pytest.mark.parametrize(
    ("text", "value"), [("yes", True), ("NO", False), (" 1 ", True), ("0", False), ("", None)]
)
def test_booleans(text: str, value: bool | None) -> None:
    assert boolean(text, "flag") is value


def test_a_one_digit_hour_is_a_time() -> None:
    assert str(local_time("9:05", "due_time")) == "09:05:00"
