"""Follow-ups for many customers at once: all written in one go, or none."""

from __future__ import annotations

from datetime import date, time

import pytest

from carebook.errors import NotFound, ValidationError
from carebook.models import Followup
from carebook.services import customer_bulk, customers, followups, staff

pytestmark = pytest.mark.usefixtures("db")


def test_one_follow_up_for_each_customer() -> None:
    sam = staff.add("Sam").id
    ids = [customers.create(name).row.id for name in ("Ann", "Bob", "Cy")]
    created = customer_bulk.create_followups(
        [*ids, ids[0]], due_on=date(2026, 5, 4), due_time="09:30", note="Spring offer", assignee_id=sam
    )
    assert created == 3  # each customer once, however often the id was given
    for customer_id in ids:
        (row,) = followups.for_customer(customer_id)
        assert (row.due_on, row.due_time, row.note, row.assignee_id, row.priority) == (
            date(2026, 5, 4),
            time(9, 30),
            "Spring offer",
            sam,
            "normal",
        )
        assert customers.get(customer_id).open_followups == 1  # the summary columns follow


def test_a_bad_value_or_a_missing_customer_writes_nothing() -> None:
    ids = [customers.create(name).row.id for name in ("Ann", "Bob")]
    with pytest.raises(ValidationError) as caught:
        customer_bulk.create_followups(ids, due_on="2026-02-30")
    assert caught.value.field == "due_on"
    with pytest.raises(NotFound):
        customer_bulk.create_followups([*ids, 999], due_on=date(2026, 5, 4))
    assert Followup.select().count() == 0
    with pytest.raises(ValidationError) as empty:
        customer_bulk.create_followups([], due_on=date(2026, 5, 4))
    assert empty.value.field == "customers"
