"""Writes run together commit together or not at all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from carebook.errors import StorageError, ValidationError
from carebook.models import Feedback, Followup, Interaction
from carebook.services import customers, feedback, followups, interactions
from carebook.services.together import together
from tests.core.services.activity_support import count_queries


def _log_all(customer_id: int, score: int) -> int:
    row = interactions.log(customer_id, channel="phone", summary="Asked about delivery")
    followups.create(customer_id, due_on=date(2030, 1, 2), interaction_id=row.id)
    feedback.record(customer_id, kind="csat", score=score, interaction_id=row.id)
    return row.id


def test_all_steps_are_kept_when_all_succeed(db: Path) -> None:
    customer = customers.create("Ann Example").row
    together(lambda: _log_all(customer.id, 5))
    assert (Interaction.select().count(), Followup.select().count(), Feedback.select().count()) == (1, 1, 1)
    assert customers.get(customer.id).open_followups == 1


def test_a_failing_step_leaves_nothing_behind(db: Path) -> None:
    customer = customers.create("Ann Example").row
    with pytest.raises(ValidationError):
        together(lambda: _log_all(customer.id, 11))
    assert (Interaction.select().count(), Followup.select().count(), Feedback.select().count()) == (0, 0, 0)
    assert customers.get(customer.id).open_followups == 0


def test_a_storage_fault_midway_rolls_everything_back(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    customer = customers.create("Ann Example").row

    def full_disk(*args: object, **kwargs: object) -> None:
        raise StorageError("The disk is full")

    monkeypatch.setattr(feedback, "record", full_disk)
    with pytest.raises(StorageError):
        together(lambda: _log_all(customer.id, 5))
    assert Interaction.select().count() == 0


def test_the_steps_join_one_transaction_and_the_customer_is_recounted_once(db: Path) -> None:
    customer = customers.create("Ann Example").row
    with count_queries() as seen:
        together(lambda: _log_all(customer.id, 4))
    statements = [sql.strip().split()[0].upper() for sql in seen]
    assert "SAVEPOINT" not in statements
    assert sum(1 for sql in seen if sql.strip().startswith("UPDATE customer SET")) == 1
    row = customers.get(customer.id)
    assert (row.open_contacts, row.open_followups, row.last_score) == (1, 1, 4)


def test_a_write_alone_still_recounts_at_once(db: Path) -> None:
    customer = customers.create("Ann Example").row
    interactions.log(customer.id, channel="phone")
    assert customers.get(customer.id).open_contacts == 1
