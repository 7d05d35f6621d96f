"""Versions and the three-way merge: a save never overwrites someone else's change silently."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carebook import conflicts
from carebook.conflicts import ConflictError, FieldClash, reconcile, three_way
from carebook.db import database


def test_fields_only_one_side_changed_merge_by_themselves() -> None:
    base = {"name": "Ann", "phone": "1", "notes": ""}
    mine = {"name": "Ann", "phone": "2", "notes": ""}  # the clerk changed the phone
    theirs = {"name": "Anne", "phone": "1", "notes": "VIP"}  # the other counter the name and notes
    merged, clashes = three_way(base, mine, theirs)
    assert merged == {"name": "Anne", "phone": "2", "notes": "VIP"}
    assert clashes == ()


def test_both_changing_a_field_alike_is_no_clash() -> None:
    merged, clashes = three_way({"phone": "1"}, {"phone": "2"}, {"phone": "2"})
    assert merged == {"phone": "2"} and clashes == ()


def test_both_changing_a_field_differently_clashes_with_all_three_values() -> None:
    merged, clashes = three_way(
        {"phone": "1", "name": "A"}, {"phone": "2", "name": "A"}, {"phone": "3", "name": "B"}
    )
    assert clashes == (FieldClash("phone", "1", "2", "3"),)
    assert merged == {"phone": "2", "name": "B"}


def test_reconcile_saves_as_typed_when_nothing_changed_since() -> None:
    mine = {"name": "Bo"}
    assert reconcile("customer", 1, expected=4, stored=4, base={"name": "B"}, mine=mine, theirs={}) == mine


def test_reconcile_without_a_loaded_version_goes_ahead() -> None:
    assert reconcile("customer", 1, expected=None, stored=9, base=None, mine={"a": 1}, theirs={"a": 2}) == {
        "a": 1
    }


def test_reconcile_merges_or_raises_the_conflict_with_the_stored_version() -> None:
    base, theirs = {"name": "A", "phone": "1"}, {"name": "B", "phone": "1"}
    assert reconcile(
        "customer", 7, expected=1, stored=2, base=base, mine={"name": "A", "phone": "5"}, theirs=theirs
    ) == {
        "name": "B",
        "phone": "5",
    }
    with pytest.raises(ConflictError) as raised:
        reconcile(
            "customer", 7, expected=1, stored=2, base=base, mine={"name": "C", "phone": "1"}, theirs=theirs
        )
    conflict = raised.value.conflict
    assert (conflict.table, conflict.record_id, conflict.version) == ("customer", 7, 2)
    assert conflict.clashes == (FieldClash("name", "A", "C", "B"),)
    assert conflict.resolved({"name": "B"}) == {"name": "B", "phone": "1"}
    assert "changed at another counter (name)" in str(raised.value)
    with pytest.raises(ValueError):
        conflict.resolved({"phone": "9"})  # not a clashing field: nothing to choose


def test_a_record_deleted_since_it_was_loaded_is_a_conflict() -> None:
    with pytest.raises(ConflictError) as raised:
        reconcile("followup", 3, expected=1, stored=None, base={}, mine={"note": "x"}, theirs={})
    assert raised.value.conflict.deleted
    assert "deleted at another counter" in str(raised.value)


def test_without_the_loaded_values_every_difference_clashes() -> None:
    with pytest.raises(ConflictError) as raised:
        reconcile(
            "staff",
            1,
            expected=1,
            stored=2,
            base=None,
            mine={"name": "X", "role": "owner"},
            theirs={"name": "Y", "role": "owner"},
        )
    assert [clash.field for clash in raised.value.conflict.clashes] == ["name"]


values = st.dictionaries(st.sampled_from("abcd"), st.integers(0, 3), min_size=4, max_size=4)


@given(values, values, values)
def test_the_merge_keeps_every_change_of_either_side(base: dict, mine: dict, theirs: dict) -> None:  # type: ignore[type-arg]
    merged, clashes = three_way(base, mine, theirs)
    clashing = {clash.field for clash in clashes}
    for name in base:
        if name in clashing:
            assert mine[name] != base[name] and theirs[name] not in (base[name], mine[name])
        elif mine[name] != base[name]:
            assert merged[name] == mine[name]  # the clerk's change kept
        else:
            assert merged[name] == theirs[name]  # the other counter's change kept


def test_every_edited_table_carries_a_version_starting_at_1(db: Path | str) -> None:
    from carebook.services import customers

    row = customers.create("Versioned").row
    assert conflicts.locked_version("customer", row.id) == 1
    assert conflicts.locked_version("customer", row.id + 999) is None
    for table in conflicts.VERSIONED_TABLES:
        names = [column.name for column in database.get_columns(table)]
        assert "version" in names, table
    with pytest.raises(ValueError):
        conflicts.locked_version("tag", 1)
