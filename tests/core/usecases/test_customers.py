"""Adding and changing a customer through the use case, with the rule for an address already in use."""

from __future__ import annotations

from pathlib import Path

import pytest

from carebook.errors import ValidationError
from carebook.services import customers
from carebook.usecases.customers import add_customer, change_customer, same_email


@pytest.fixture
def anna(db: Path) -> int:
    return customers.create("Anna Smith", email="anna@example.com").row.id


def test_a_customer_is_added_with_tags_and_warnings(db: Path) -> None:
    saved = add_customer("Nora Lind", company="Lind AS", phone="12", tags=["VIP"], contact_every_days=30)
    row = customers.get(saved.row.id)
    assert (row.name, row.company, row.tags, row.contact_every_days) == ("Nora Lind", "Lind AS", ("VIP",), 30)
    assert saved.warnings  # the phone number was kept as typed


def test_bad_fields_are_named_and_nothing_is_added(db: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        add_customer("", email="not-an-address", preferred_channel="pigeon")
    assert set(caught.value.errors) == {"name", "email", "preferred_channel"}
    assert customers.count_customers() == 0


def test_an_address_in_use_is_refused_until_confirmed(anna: int) -> None:
    assert same_email(" ANNA@example.com ") is not None and same_email("ANNA@example.com").id == anna  # type: ignore[union-attr]
    assert (
        same_email("") is None and same_email("anna@example.com", anna) is None
    )  # not a duplicate of itself
    with pytest.raises(ValidationError) as caught:
        add_customer("Anna S.", email="ANNA@example.com")
    assert caught.value.errors == {"email": f"Anna Smith (#{anna}) already has this email address"}
    assert customers.count_customers() == 1
    add_customer("Anna S.", email="ANNA@example.com", same_email_as=anna)
    assert customers.count_customers() == 2


def test_a_trashed_customer_counts_too(anna: int) -> None:
    customers.trash([anna])
    with pytest.raises(ValidationError) as caught:
        add_customer("Anna S.", email="anna@example.com")
    assert "(in the trash)" in caught.value.errors["email"]


def test_changing_checks_the_address_of_others_only(anna: int) -> None:
    tom = customers.create("Tom Baker", email="tom@example.com").row.id
    assert change_customer(anna, email="anna@example.com", notes="Rides to work").row.notes == "Rides to work"
    with pytest.raises(ValidationError) as caught:
        change_customer(tom, email="anna@example.com", name="Thomas Baker")
    assert "already has this email" in caught.value.errors["email"]
    assert customers.get(tom).name == "Tom Baker"  # nothing of the change was written
    assert change_customer(tom, email="anna@example.com", same_email_as=anna).row.email == "anna@example.com"
