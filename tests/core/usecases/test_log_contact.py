"""Logging a contact as one action: every field checked at once, everything written or nothing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from carebook import clock
from carebook.errors import NotFound, StorageError, ValidationError
from carebook.models import Customer, Feedback, Followup, Interaction
from carebook.services import customers, feedback, followups, interactions, staff
from carebook.usecases.log_contact import edit_contact, log_contact


@pytest.fixture
def shop(db: Path) -> dict[str, int]:
    return {
        "ann": customers.create("Ann Example", email="ann@example.com").row.id,
        "sam": staff.add("Sam Okafor").id,
    }


def counts() -> tuple[int, int, int, int]:
    return (
        Customer.select().count(),
        Interaction.select().count(),
        Feedback.select().count(),
        Followup.select().count(),
    )


def test_a_contact_with_scores_and_a_follow_up(shop: dict[str, int]) -> None:
    due = clock.today() + timedelta(days=2)
    logged = log_contact(
        shop["ann"],
        "phone",
        summary="Asked about delivery",
        staff_id=shop["sam"],
        waited_minutes=4,
        csat=5,
        nps=9,
        comment="Quick and kind",
        due_on=due,
        assignee_id=shop["sam"],
    )
    row = logged.contact
    assert (row.customer_id, row.channel, row.summary, row.status) == (
        shop["ann"],
        "phone",
        "Asked about delivery",
        "open",
    )
    assert row.staff_id == shop["sam"] and row.waited_minutes == 4
    assert [(s.kind, s.score, s.comment) for s in logged.scores] == [
        ("csat", 5, "Quick and kind"),
        ("nps", 9, ""),
    ]
    assert all(s.interaction_id == row.id for s in logged.scores)
    assert logged.followup is not None and logged.followup.due_on == due
    assert logged.followup.note == "Asked about delivery" and logged.followup.assignee_id == shop["sam"]
    assert logged.customer is None and logged.completed is None and logged.warnings == ()
    assert counts() == (1, 1, 2, 1)


def test_a_new_customer_comes_with_the_contact(shop: dict[str, int]) -> None:
    logged = log_contact(None, "in_person", customer_name="Nora Lind", customer_phone="12", status="resolved")
    assert logged.customer is not None and logged.customer.name == "Nora Lind"
    assert logged.contact.customer_id == logged.customer.id and logged.contact.status == "resolved"
    assert logged.warnings  # the phone number was kept as typed


def test_logging_a_follow_up_marks_it_done(shop: dict[str, int]) -> None:
    planned = followups.create(shop["ann"], due_on=clock.today())
    logged = log_contact(shop["ann"], "email", complete_followup_id=planned.id, completed_by=shop["sam"])
    assert logged.completed is not None and logged.completed.done_by_id == shop["sam"]
    assert followups.get(planned.id).done_at is not None


def test_every_bad_field_is_named_at_once_and_nothing_is_written(shop: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        log_contact(
            None,
            "pigeon",
            direction="sideways",
            reason="boredom",
            summary="s" * 501,
            waited_minutes=20_000,
            duration_minutes=-1,
            staff_id=999,
            occurred_at=clock.utc_now() + timedelta(days=3),
            status="maybe",
            ces=9,
            nps=11,
            comment="x",
            due_on=clock.today() - timedelta(days=1),
            assignee_id=998,
            followup_note="n" * 10_001,
        )
    errors = caught.value.errors
    assert set(errors) == {
        "customer",
        "channel",
        "direction",
        "reason",
        "summary",
        "waited_minutes",
        "duration_minutes",
        "staff",
        "occurred_at",
        "status",
        "nps",
        "ces",
        "due_on",
        "assignee",
        "followup_note",
    }
    assert errors["customer"].startswith("Choose a customer")
    assert errors["channel"].startswith("'pigeon' is not one of: phone")
    assert "past" in errors["due_on"] and "10080" in errors["waited_minutes"]
    assert counts() == (1, 0, 0, 0)


def test_a_comment_needs_a_score(shop: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        log_contact(shop["ann"], "phone", comment="Lovely")
    assert caught.value.errors == {"comment": "Pick a score for this comment, or leave it empty"}


def test_a_bad_new_customer_is_named_by_the_form_fields(shop: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        log_contact(None, "phone", customer_name="", customer_email="not-an-address")
    assert set(caught.value.errors) == {"customer_name", "customer_email"}
    assert counts() == (1, 0, 0, 0)


def test_an_unknown_customer_is_a_field_error(shop: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        log_contact(4242, "phone")
    assert "4242" in caught.value.errors["customer"]


def test_a_failing_follow_up_keeps_no_contact(shop: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise StorageError("The disk is full.")

    monkeypatch.setattr(followups, "create", broken)
    with pytest.raises(StorageError):
        log_contact(None, "phone", customer_name="Nora Lind", csat=4, due_on=clock.today())
    assert counts() == (1, 0, 0, 0)


def test_a_follow_up_already_gone_keeps_no_contact(shop: dict[str, int]) -> None:
    with pytest.raises(NotFound):
        log_contact(shop["ann"], "phone", csat=3, complete_followup_id=777)
    assert counts() == (1, 0, 0, 0)


def test_editing_writes_only_what_differs(shop: dict[str, int]) -> None:
    when = clock.utc_now().replace(second=42, microsecond=0) - timedelta(days=1)
    stored = interactions.log(shop["ann"], channel="chat", summary="Lights", occurred_at=when)
    feedback.record(shop["ann"], kind="csat", score=3, interaction_id=stored.id)
    edited = edit_contact(stored.id, customer_id=shop["ann"], channel="chat", summary="Bike lights")
    assert edited.changed == ("summary",)
    assert edited.contact.summary == "Bike lights" and edited.contact.occurred_at == when
    resolved = edit_contact(
        stored.id, customer_id=shop["ann"], channel="chat", summary="Bike lights", status="resolved"
    )
    assert resolved.changed == ("resolved",) and resolved.contact.status == "resolved"
    reopened = edit_contact(
        stored.id, customer_id=shop["ann"], channel="chat", summary="Bike lights", status="open"
    )
    assert reopened.contact.status == "open"


def test_editing_checks_the_same_way(shop: dict[str, int]) -> None:
    stored = interactions.log(shop["ann"], channel="chat")
    with pytest.raises(ValidationError) as caught:
        edit_contact(stored.id, customer_id=None, channel="fax", waited_minutes=-3)
    assert set(caught.value.errors) == {"customer", "channel", "waited_minutes"}
    assert interactions.get(stored.id).channel == "chat"
