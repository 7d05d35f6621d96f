"""Recording, correcting and listing satisfaction scores."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from carebook.errors import NotFound, ValidationError
from carebook.models import Feedback
from carebook.services import feedback, interactions
from tests.core.services.activity_support import NOW, freeze, make_customer, summary


@pytest.fixture
def shop(db: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    freeze(monkeypatch)
    return {"ada": make_customer("Ada Lind"), "bo": make_customer("Bo Ek")}


@pytest.mark.parametrize(
    ("kind", "score"),
    [("csat", 1), ("csat", 5), ("nps", 0), ("nps", 10), ("ces", 1), ("ces", "7"), ("NPS", " 8 ")],
)
def test_scores_at_the_ends_of_each_scale_are_kept(shop: dict[str, int], kind: str, score: object) -> None:
    row = feedback.record(shop["ada"], kind=kind, score=score)  # type: ignore[arg-type]

    assert (row.kind, row.score) == (kind.lower(), int(str(score)))
    assert (row.received_at, row.customer_name) == (NOW, "Ada Lind")
    assert summary(shop["ada"])[3:] == (kind.lower(), int(str(score)))


@pytest.mark.parametrize(
    ("kind", "score"),
    [
        ("csat", 0),
        ("csat", 6),
        ("nps", 11),
        ("nps", -1),
        ("ces", 0),
        ("ces", 8),
        ("nps", "abc"),
        ("csat", 2.5),
    ],
)
def test_scores_off_the_scale_are_refused_and_nothing_is_written(
    shop: dict[str, int], kind: str, score: object
) -> None:
    with pytest.raises(ValidationError) as caught:
        feedback.record(shop["ada"], kind=kind, score=score)  # type: ignore[arg-type]

    assert caught.value.field == "score"
    assert Feedback.select().count() == 0
    assert summary(shop["ada"])[3:] == ("", None)


def test_the_message_names_the_scale(shop: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        feedback.record(shop["ada"], kind="nps", score=11)
    assert str(caught.value) == "score: NPS scores go from 0 to 10, not 11"


def test_other_bad_input(shop: dict[str, int]) -> None:
    ada, bo = shop["ada"], shop["bo"]
    contact = interactions.log(bo, channel="phone", occurred_at=datetime(2026, 1, 10, 9, 0))
    bad: list[tuple[dict[str, object], str]] = [
        ({"kind": "stars"}, "kind"),
        ({"interaction_id": contact.id}, "interaction"),
        ({"interaction_id": 999}, "interaction"),
        ({"received_at": NOW + timedelta(days=1, minutes=1)}, "received_at"),
        ({"received_at": "2026-01-10"}, "received_at"),
        ({"comment": "x" * 100_001}, "comment"),
    ]
    for fields, field in bad:
        arguments: dict[str, object] = {"kind": "csat", "score": 4, **fields}
        with pytest.raises(ValidationError) as caught:
            feedback.record(ada, **arguments)  # type: ignore[arg-type]
        assert caught.value.field == field, fields
    with pytest.raises(NotFound):
        feedback.record(4242, kind="csat", score=4)
    assert Feedback.select().count() == 0


def test_a_score_may_rate_the_customers_own_contact(shop: dict[str, int]) -> None:
    contact = interactions.log(shop["ada"], channel="phone", occurred_at=datetime(2026, 1, 10, 9, 0))
    hebrew = "תודה רבה!!"
    row = feedback.record(
        shop["ada"],
        kind="ces",
        score=6,
        interaction_id=contact.id,
        comment=f"\x00{hebrew}",
        received_at=datetime(2026, 1, 10, 9, 30),
    )

    assert (row.interaction_id, row.comment, row.received_at) == (
        contact.id,
        hebrew,
        datetime(2026, 1, 10, 9, 30),
    )
    assert len(row.comment) == 10
    assert row.label == "CES 6/7"
    assert feedback.get(row.id) == row


def test_edit_and_delete_keep_the_last_score_true(shop: dict[str, int]) -> None:
    ada = shop["ada"]
    older = feedback.record(ada, kind="csat", score=3, received_at=datetime(2026, 1, 5, 9, 0))
    newer = feedback.record(ada, kind="nps", score=6, received_at=datetime(2026, 1, 8, 9, 0))
    assert summary(ada)[3:] == ("nps", 6)

    with pytest.raises(ValidationError) as caught:
        feedback.edit(newer.id, score=11, comment="lost?")
    assert caught.value.field == "score"
    assert feedback.get(newer.id).comment == ""

    edited = feedback.edit(newer.id, score="10", comment=" Great\x07 ")
    assert (edited.score, edited.comment) == (10, "Great")
    assert summary(ada)[3:] == ("nps", 10)

    feedback.edit(older.id, received_at=datetime(2026, 1, 9, 9, 0))
    assert summary(ada)[3:] == ("csat", 3)

    feedback.delete(older.id)
    assert summary(ada)[3:] == ("nps", 10)
    feedback.delete(newer.id)
    assert summary(ada)[3:] == ("", None)
    with pytest.raises(NotFound):
        feedback.delete(newer.id)
    with pytest.raises(NotFound):
        feedback.edit(newer.id, comment="x")


def test_list_filters_and_pages_newest_first(shop: dict[str, int]) -> None:
    ada, bo = shop["ada"], shop["bo"]
    made = [
        feedback.record(ada, kind="csat", score=5, received_at=datetime(2026, 1, 1, 9, 0)),
        feedback.record(bo, kind="nps", score=9, received_at=datetime(2026, 1, 2, 9, 0)),
        feedback.record(ada, kind="nps", score=3, received_at=datetime(2026, 1, 3, 9, 0)),
        feedback.record(bo, kind="csat", score=2, received_at=datetime(2026, 1, 4, 9, 0)),
    ]
    ids = [row.id for row in made]

    def listed(**filters: object) -> list[int]:
        return [row.id for row in feedback.list_feedback(**filters).rows]  # type: ignore[arg-type]

    assert listed() == ids[::-1]
    assert listed(start=datetime(2026, 1, 2, 9, 0), end=datetime(2026, 1, 4, 9, 0)) == [ids[2], ids[1]]
    assert listed(kind="nps") == [ids[2], ids[1]]
    assert listed(customer_id=bo) == [ids[3], ids[1]]
    assert listed(customer_id=ada, kind="csat") == [ids[0]]
    page = feedback.list_feedback(offset=1, limit=2)
    assert ([row.id for row in page.rows], page.total) == ([ids[2], ids[1]], 4)
    assert feedback.list_feedback(kind="ces").total == 0
    assert [row.customer_name for row in feedback.for_customer(bo)] == ["Bo Ek", "Bo Ek"]
    with pytest.raises(ValidationError):
        feedback.list_feedback(kind="stars")
