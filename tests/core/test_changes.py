"""What another seat changed, as notification payloads name it."""

from __future__ import annotations

from carebook import changes
from carebook.changes import ChangeSet


def test_a_payload_names_the_table_and_its_rows() -> None:
    assert changes.payload("interaction", [13, 12, 12]) == "interaction:12,13"
    assert changes.parse("interaction:12,13") == ChangeSet.of("interaction", [12, 13])
    assert changes.payload("customer") == "customer"
    assert changes.parse("customer").ids_of("customer") is None  # some rows: refresh the view


def test_too_many_ids_to_fit_name_only_the_table() -> None:
    text = changes.payload("interaction", range(10_000))
    assert text == "interaction"
    assert len(changes.payload("interaction", range(100))) < changes.MAX_PAYLOAD


def test_unreadable_payloads_mean_something_changed() -> None:
    for text in ("", "drop table; --", "customer:1,x"):
        parsed = changes.parse(text)
        assert parsed.touches("customer")
    assert changes.parse("customer:1,x") == ChangeSet.of("customer")


def test_touches_and_ids_of() -> None:
    followups = ChangeSet.of("followup", [4])
    assert followups.touches("followup", "customer") and not followups.touches("customer")
    assert followups.ids_of("followup") == frozenset({4})
    assert followups.ids_of("customer") == frozenset()
    assert ChangeSet.everything().ids_of("customer") is None
    assert not ChangeSet() and ChangeSet.everything() and followups


def test_merging_gathers_a_transactions_notifications() -> None:
    merged = (
        ChangeSet.of("followup", [4])
        .merged(ChangeSet.of("followup", [5]))
        .merged(ChangeSet.of("customer", [1]))
    )
    assert merged.ids_of("followup") == frozenset({4, 5})
    assert merged.ids_of("customer") == frozenset({1})
    assert ChangeSet.of("followup", [4]).merged(ChangeSet.of("followup")).ids_of("followup") is None
    assert ChangeSet.of("followup", [4]).merged(ChangeSet.everything()) == ChangeSet.everything()
