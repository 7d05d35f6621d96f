"""Marking follow-ups done as one action, and the due dates of the follow-up choices."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest

from carebook import clock
from carebook.errors import NotFound, ValidationError
from carebook.services import customers, followups, staff
from carebook.usecases.followups import DUE_CHOICES, due_on_for, mark_done, snooze


@pytest.fixture
def shop(db: Path) -> dict[str, int]:
    ann = customers.create("Ann Example").row.id
    return {
        "ann": ann,
        "sam": staff.add("Sam Okafor").id,
        "a": followups.create(ann, due_on=date(2026, 1, 5)).id,
        "b": followups.create(ann, due_on=date(2026, 1, 6)).id,
    }


def test_each_one_is_done_by_the_person_and_done_ones_are_left(shop: dict[str, int]) -> None:
    followups.complete(shop["b"])
    marked = mark_done([shop["a"], shop["b"], shop["a"]], by_staff_id=shop["sam"])
    assert [row.id for row in marked.done] == [shop["a"]] and marked.already_done == (shop["b"],)
    assert marked.done[0].done_by_id == shop["sam"] and marked.done[0].done_at is not None
    assert followups.get(shop["b"]).done_by_id is None  # left as it was
    assert customers.get(shop["ann"]).open_followups == 0


def test_all_or_none(shop: dict[str, int]) -> None:
    with pytest.raises(NotFound):
        mark_done([shop["a"], 999])
    assert followups.get(shop["a"]).done_at is None
    with pytest.raises(ValidationError) as caught:
        mark_done([shop["a"], shop["b"]], by_staff_id=4242)
    assert "done_by" in caught.value.errors
    assert followups.get(shop["a"]).done_at is None and followups.get(shop["b"]).done_at is None


@pytest.mark.parametrize(
    ("choice", "due"),
    [
        ("none", None),
        ("2_days", date(2026, 3, 13)),
        ("next_week", date(2026, 3, 16)),
        ("date", date(2026, 4, 1)),
    ],
)
def test_the_due_date_of_each_choice(choice: str, due: date | None) -> None:
    wednesday = date(2026, 3, 11)
    assert choice in DUE_CHOICES
    assert due_on_for(choice, wednesday, date(2026, 4, 1)) == due


def test_next_week_from_a_monday_is_a_week_ahead() -> None:
    assert due_on_for("next_week", date(2026, 3, 16), date(2026, 1, 1)) == date(2026, 3, 23)
    assert followups.next_monday(date(2026, 3, 22)) == date(2026, 3, 23)


def test_snoozing_to_the_past_or_a_passed_time_is_refused(shop: dict[str, int]) -> None:
    now = clock.local_now()
    with pytest.raises(ValidationError) as caught:
        snooze(shop["a"], now.date() - timedelta(days=1))
    assert caught.value.errors == {"due_on": "is in the past; choose today or a later day"}
    if now.time() > time(0, 1):  # a minute of today has passed
        with pytest.raises(ValidationError) as caught:
            snooze(shop["a"], now.date(), time(0, 0))
        assert caught.value.errors == {"due_time": "has already passed today; choose a later time"}
    assert followups.get(shop["a"]).due_on == date(2026, 1, 5)  # not moved
    moved = snooze(shop["a"], now.date() + timedelta(days=1), time(9, 0))
    assert (moved.due_on, moved.due_time) == (now.date() + timedelta(days=1), time(9, 0))


def test_done_names_the_open_contacts_the_follow_ups_came_from_and_resolving_them_is_offered(
    shop: dict[str, int],
) -> None:
    from carebook.services import interactions
    from carebook.usecases.followups import resolve_contacts

    contact = interactions.log(shop["ann"], channel="phone", summary="Wants a call back").id
    resolved = interactions.log(shop["ann"], channel="email", resolved=True).id
    c = followups.create(shop["ann"], due_on=date(2026, 1, 7), interaction_id=contact).id
    d = followups.create(shop["ann"], due_on=date(2026, 1, 8), interaction_id=contact).id
    e = followups.create(shop["ann"], due_on=date(2026, 1, 9), interaction_id=resolved).id

    marked = mark_done([shop["a"], c, d, e])

    assert marked.open_contacts == (contact,)  # once, and not the resolved one nor the manual follow-up
    assert resolve_contacts(marked.open_contacts) == 1
    assert interactions.get(contact).status == "resolved"
    assert customers.get(shop["ann"]).open_contacts == 0
    assert resolve_contacts([contact]) == 0  # already resolved: left as it is


def test_undo_of_done_and_of_a_snooze_gives_back_what_was_there(shop: dict[str, int]) -> None:
    from carebook.usecases.followups import move_back, reopen

    marked = mark_done([shop["a"], shop["b"]])
    assert [row.id for row in reopen([shop["a"], shop["b"]])] == [shop["a"], shop["b"]]
    assert followups.get(shop["a"]).done_at is None and customers.get(shop["ann"]).open_followups == 2
    assert reopen([shop["a"]]) == ()  # not done: nothing to take back
    before = [followups.get(shop["a"])]
    later = clock.today() + timedelta(days=3)
    snooze(shop["a"], later, time(9, 30))
    [back] = move_back(before)
    assert (back.due_on, back.due_time) == (date(2026, 1, 5), None)
    assert len(marked.done) == 2
