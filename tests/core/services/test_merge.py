"""Merging duplicates: everything moves to the survivor, and undo gives back both records exactly."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from carebook.errors import CarebookError, NotFound, ValidationError
from carebook.models import Customer
from carebook.services import (
    customers,
    feedback,
    followups,
    interactions,
    merge,
    privacy,
    search,
    search_index,
)
from tests.core.dumps import dump, fts_rows
from tests.core.exchange.support import count, rows


@pytest.fixture
def pair(db: Path) -> tuple[int, int]:
    keep = customers.create(
        "Kari Nordmann", email="kari@example.com", notes="Likes tea", tags=["VIP", "Regular"]
    ).row
    other = customers.create(
        "Kari Nordman",
        email="kari.n@example.com",
        phone="020 7946 0123",
        company="Nordlys AS",
        address="Storgata 1",
        notes="Called twice about the blue teapot",
        tags=["Regular", "Wholesale"],
    ).row
    interactions.log(keep.id, channel="phone", summary="First call", occurred_at=datetime(2026, 1, 2, 10))
    contact = interactions.log(
        other.id, channel="email", summary="Complaint about teapot", occurred_at=datetime(2026, 1, 9, 10)
    )
    interactions.log(other.id, channel="phone", summary="Follow-up call", occurred_at=datetime(2026, 1, 3, 9))
    followups.create(
        other.id, due_on=date(2026, 3, 1), note="Check the replacement", interaction_id=contact.id
    )
    feedback.record(other.id, kind="nps", score=9, received_at=datetime(2026, 1, 10, 12))
    feedback.record(keep.id, kind="csat", score=2, received_at=datetime(2026, 1, 5, 12))
    customers.create("Someone Else", email="else@example.com")
    return keep.id, other.id


def test_merge_moves_every_contact_followup_score_and_tag(pair: tuple[int, int]) -> None:
    keep_id, other_id = pair
    result = merge.merge(keep_id, other_id, {"email": "other"})
    assert (result.contacts, result.followups, result.scores, result.tags) == (2, 1, 1, 1)
    assert rows("SELECT count(*) FROM customer WHERE id = ?", other_id) == [(0,)]
    for table in ("interaction", "followup", "feedback"):
        assert rows(
            f"SELECT DISTINCT customer_id FROM {table} WHERE customer_id IN (?, ?)", keep_id, other_id
        ) == [(keep_id,)]
    survivor = customers.get(keep_id)
    assert survivor.email == "kari.n@example.com"  # chosen
    assert (survivor.phone, survivor.company, survivor.address) == (
        "020 7946 0123",
        "Nordlys AS",
        "Storgata 1",
    )
    assert survivor.notes == "Likes tea"  # both had notes: the survivor's stay unless chosen
    assert survivor.tags == ("Regular", "VIP", "Wholesale")
    assert survivor.last_contact_at == datetime(2026, 1, 9, 10)
    assert (survivor.last_score_kind, survivor.last_score, survivor.open_followups) == ("nps", 9, 1)
    assert result.changed_fields == ("company", "email", "phone", "address")
    # The search index follows: the other's contact is found under the survivor.
    assert [hit.customer_id for hit in search.search("teapot")] == [keep_id]
    assert search_index.index_stats(verify=True).healthy


def test_undo_merge_restores_both_customers_exactly(pair: tuple[int, int]) -> None:
    keep_id, other_id = pair
    before, before_fts = dump(skip_columns=("version",)), fts_rows()
    kept_version = customers.get(keep_id).version
    result = merge.merge(keep_id, other_id, {"name": "other", "notes": "both", "consent_marketing": "other"})
    assert customers.get(keep_id).notes == "Likes tea\n\nCalled twice about the blue teapot"
    assert dump(skip_columns=("version",)) != before
    undone = merge.undo_merge(result.merge_id)
    assert (undone.contacts, undone.followups, undone.scores) == (2, 1, 1)
    assert dump(skip_columns=("version",)) == before
    # each a change an open form must notice: the version only ever rises (never back to one it had)
    assert customers.get(keep_id).version == kept_version + 2
    assert fts_rows() == before_fts
    assert search_index.index_stats(verify=True).healthy
    assert merge.list_merges()[0].undone_at is not None


def test_a_merge_is_one_transaction(pair: tuple[int, int], monkeypatch: pytest.MonkeyPatch) -> None:
    keep_id, other_id = pair
    before = dump()

    def broken(_ids: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(merge.customer_stats, "refresh", broken)
    with pytest.raises(RuntimeError):
        merge.merge(keep_id, other_id)
    assert dump() == before
    assert count("merge_record") == 0


def test_bad_merges_are_refused(pair: tuple[int, int]) -> None:
    keep_id, other_id = pair
    with pytest.raises(ValidationError, match="same customer"):
        merge.merge(keep_id, keep_id)
    with pytest.raises(NotFound, match="no customer number 999"):
        merge.merge(keep_id, 999)
    with pytest.raises(ValidationError, match="favourite_colour: cannot be chosen"):
        merge.merge(keep_id, other_id, {"favourite_colour": "other"})
    with pytest.raises(ValidationError, match="email: 'both' is not a choice; use keep or other"):
        merge.merge(keep_id, other_id, {"email": "both"})
    privacy.erase(other_id)
    with pytest.raises(CarebookError, match=f"#{other_id} was erased"):
        merge.merge(keep_id, other_id)
    assert count("merge_record") == 0


def test_undo_is_refused_when_it_would_lose_data(
    pair: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    keep_id, other_id = pair
    result = merge.merge(keep_id, other_id)
    real = customers.utc_now
    monkeypatch.setattr(customers, "utc_now", lambda: real() + timedelta(minutes=1))
    customers.update(keep_id, notes="Typed after the merge")
    with pytest.raises(CarebookError, match="was edited after the merge"):
        merge.undo_merge(result.merge_id)
    assert customers.get(keep_id).notes == "Typed after the merge"
    with pytest.raises(NotFound, match="no merge number 42"):
        merge.undo_merge(42)


def test_undo_is_refused_when_the_other_number_is_taken_again(db: Path) -> None:
    keep = customers.create("Keep").row
    other = customers.create("Other").row
    result = merge.merge(keep.id, other.id)
    # Its number is free again: SQLite gives it to the next new row, and a copy or restore can bring a row
    # with it on either engine.
    moment = datetime(2026, 1, 1, 9)
    newcomer = {"name": "Newcomer", "name_key": "newcomer", "created_at": moment, "updated_at": moment}
    Customer.insert(id=other.id, **newcomer).execute()
    with pytest.raises(CarebookError, match=f"customer number {other.id} \\('Other'\\) is in use"):
        merge.undo_merge(result.merge_id)


def test_undoing_a_merge_twice_is_refused(pair: tuple[int, int]) -> None:
    keep_id, other_id = pair
    result = merge.merge(keep_id, other_id)
    merge.undo_merge(result.merge_id)
    with pytest.raises(CarebookError, match="already undone"):
        merge.undo_merge(result.merge_id)


def test_contacts_logged_on_the_survivor_after_the_merge_stay_with_it(pair: tuple[int, int]) -> None:
    keep_id, other_id = pair
    result = merge.merge(keep_id, other_id)
    later = interactions.log(keep_id, channel="chat", summary="After the merge")
    merge.undo_merge(result.merge_id)
    assert interactions.get(later.id).customer_id == keep_id
    assert len(interactions.for_customer(other_id)) == 2
