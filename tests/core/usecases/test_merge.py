"""The merge use case: the choices and defaults a merge offers (one place for the UI) and the merge itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from carebook.errors import ValidationError
from carebook.services import customers, interactions
from carebook.services.merge import customer_row
from carebook.usecases.merge import MERGE_FIELDS, merge_customers, offers


def test_offers_follow_the_merge_rules() -> None:
    kept = dict.fromkeys(MERGE_FIELDS, "")
    other = {field: f"other {field}" for field in MERGE_FIELDS}
    kept.update(name="Ann", consent_marketing=False, created_at="2020-01-01 00:00:00")
    other.update(consent_marketing=True)
    found = offers(kept, other)
    assert set(found) == set(MERGE_FIELDS)
    assert found["notes"].choices == ("keep", "other", "both") and found["address"].choices[-1] == "both"
    assert found["email"].choices == ("keep", "other")
    assert found["name"].default == "keep"  # the kept record has a name
    assert found["email"].default == "other"  # an empty field takes the other's value
    assert found["consent_marketing"].default == "keep"  # never taken from the other unless chosen
    assert found["created_at"].default == "keep"


def test_the_defaults_are_what_a_merge_does_when_nothing_is_chosen(db: Path) -> None:
    keep = customers.create("Ann Example", notes="Likes blue").row.id
    other = customers.create("Ann Ex.", email="ann@example.com", consent_marketing=True).row.id
    expected = offers(customer_row(keep) or {}, customer_row(other) or {})
    interactions.log(other, channel="phone")
    result = merge_customers(keep, other)
    assert result.contacts == 1
    assert (
        set(result.changed_fields)
        == {f for f, offer in expected.items() if offer.default == "other"}
        == {"email"}
    )
    row = customers.get(keep)
    assert (row.email, row.consent_marketing, row.notes) == ("ann@example.com", False, "Likes blue")


def test_bad_choices_are_named_by_field_and_nothing_moves(db: Path) -> None:
    keep = customers.create("Ann Example").row.id
    other = customers.create("Ann Ex.").row.id
    with pytest.raises(ValidationError) as caught:
        merge_customers(keep, other, {"email": "both", "shoe_size": "other"})
    assert set(caught.value.errors) == {"email", "shoe_size"}
    assert customers.count_customers() == 2
