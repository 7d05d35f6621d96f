"""Stamps tell an open form whether its record changed or went since it was loaded."""

from __future__ import annotations

import pytest

from carebook import settings
from carebook.services import customers, followups, interactions, record_stamps, staff
from carebook.services.record_stamps import stamp

pytestmark = pytest.mark.usefixtures("db")


def test_a_customer_stamp_moves_with_an_edit_not_with_a_logged_contact() -> None:
    ann = customers.create("Ann").row
    before = stamp("customer", ann.id)
    assert before is not None and before == stamp("customer", ann.id)
    interactions.log(ann.id, channel="phone", summary="Called")  # recounts her open contacts
    assert stamp("customer", ann.id) == before
    customers.update(ann.id, company="Acme")
    assert stamp("customer", ann.id) != before


def test_a_customer_in_the_trash_or_missing_has_no_stamp() -> None:
    ann = customers.create("Ann").row
    customers.trash([ann.id])
    assert stamp("customer", ann.id) is None
    assert stamp("customer", 9999) is None


def test_contacts_follow_ups_and_staff() -> None:
    ann = customers.create("Ann").row
    contact = interactions.log(ann.id, channel="phone", summary="Called")
    first = stamp("interaction", contact.id)
    interactions.resolve(contact.id)
    assert stamp("interaction", contact.id) != first
    interactions.delete(contact.id)
    assert stamp("interaction", contact.id) is None
    due = followups.create(ann.id, due_on="2030-01-02")
    first = stamp("followup", due.id)
    followups.edit(due.id, note="Ring back")
    assert stamp("followup", due.id) != first
    kim = staff.add("Kim")
    first = stamp("staff", kim.id)
    staff.rename(kim.id, "Kim Lee")
    assert stamp("staff", kim.id) != first


def test_the_settings_are_stamped_together() -> None:
    first = stamp("setting")
    assert first is not None and first.record_id is None
    settings.update(shop_name="Corner shop")
    assert stamp("setting") != first


def test_an_unknown_table_is_refused() -> None:
    with pytest.raises(ValueError, match="no stamps"):
        stamp("tag", 1)
    assert "tag" not in record_stamps.MODELS
