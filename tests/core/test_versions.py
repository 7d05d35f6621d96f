"""Edits that cannot be lost silently, on both engines: a save names the version it loaded; a record saved
at another counter (a second connection, or a second process) since is merged field by field, or refused
with both values; deletes and merges of a changed record are refused; nothing is ever overwritten."""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path

import pytest

from carebook import settings
from carebook.conflicts import ConflictError, FieldClash
from carebook.services import (
    customer_stats,
    customers,
    feedback,
    followups,
    interactions,
    merge,
    privacy,
    staff,
    tags,
)
from carebook.usecases import customers as customer_cases
from carebook.usecases import log_contact
from carebook.versions import Seen
from tests.core.versions_support import OtherCounter, at_other_counter, other_counter_fixture  # noqa: F401

FORM = ("name", "company", "email", "phone", "notes", "deleted_at")


def _ann() -> customers.CustomerRow:
    return customers.create("Ann Lee", phone="+44 20 7946 0001", notes="").row


def _conflict(raised: pytest.ExceptionInfo[ConflictError]) -> tuple[str, ...]:
    return tuple(clash.field for clash in raised.value.conflict.clashes)


def test_rows_carry_a_version_each_save_raises_and_derived_writes_do_not(db: Path | str) -> None:
    ann = _ann()
    assert ann.version == 1
    saved = customer_cases.change_customer(ann.id, notes="likes tea")
    assert saved.row.version == 2
    contact = interactions.log(ann.id, channel="phone")  # recounts Ann's summary: not a person's edit of her
    customer_stats.refresh([ann.id])
    assert customers.get(ann.id).version == 2
    assert contact.version == 1
    assert interactions.resolve(contact.id).version == 2
    plan = followups.create(ann.id, due_on=date(2030, 1, 2))
    assert followups.complete(plan.id).version == 2
    score = feedback.record(ann.id, kind="csat", score=4)
    assert feedback.edit(score.id, comment="ok").version == 2
    kim = staff.add("Kim")
    assert staff.rename(kim.id, "Kim Lee").version == 2
    tags.add_tag([ann.id], "VIP")  # the customers page's "Add tag" changes the form's tags field
    assert customers.get(ann.id).version == 3
    tags.remove_tag([ann.id], "VIP")
    assert customers.get(ann.id).version == 4
    assert customers.trash([ann.id]) == 1 and customers.get(ann.id).version == 5


def test_fields_changed_at_the_other_counter_merge_by_themselves(
    db: Path | str, other_counter: OtherCounter
) -> None:
    ann = _ann()
    seen = Seen.of(ann, FORM)
    with other_counter():
        customer_cases.change_customer(ann.id, phone="+44 20 7946 0999")
    saved = customer_cases.change_customer(ann.id, seen=seen, notes="allergic to nuts")
    assert (saved.row.phone, saved.row.notes) == ("+44 20 7946 0999", "allergic to nuts")
    assert saved.row.version == 3


def test_a_field_both_counters_changed_is_refused_with_both_values_and_nothing_is_overwritten(
    db: Path | str, other_counter: OtherCounter
) -> None:
    ann = _ann()
    seen = Seen.of(ann, FORM)
    with other_counter():
        customer_cases.change_customer(ann.id, name="Ann Leigh", company="Acme")
    with pytest.raises(ConflictError) as raised:
        customer_cases.change_customer(ann.id, seen=seen, name="Anne Lee", notes="new")
    conflict = raised.value.conflict
    assert conflict.clashes == (FieldClash("name", "Ann Lee", "Anne Lee", "Ann Leigh"),)
    assert (conflict.table, conflict.record_id, conflict.version) == ("customer", ann.id, 2)
    assert str(raised.value) == f"customer {ann.id} was changed at another counter (name)"
    stored = customers.get(ann.id)
    assert (stored.name, stored.company, stored.notes, stored.version) == ("Ann Leigh", "Acme", "", 2)
    # the clerk decides: saving again names the version stored now; their choice and the merge are kept
    choice = conflict.resolved({"name": "Anne Lee"})
    again = customer_cases.change_customer(ann.id, seen=Seen(conflict.version, conflict.theirs), **choice)
    assert (again.row.name, again.row.company, again.row.notes) == ("Anne Lee", "Acme", "new")


def test_deciding_after_the_record_moved_once_more_conflicts_again(
    db: Path | str, other_counter: OtherCounter
) -> None:
    ann = _ann()
    seen = Seen.of(ann, FORM)
    with other_counter():
        customer_cases.change_customer(ann.id, name="Ann Leigh")
    with pytest.raises(ConflictError) as first:
        customer_cases.change_customer(ann.id, seen=seen, name="Anne Lee")
    conflict = first.value.conflict
    with other_counter():
        customer_cases.change_customer(ann.id, name="A. Leigh")
    with pytest.raises(ConflictError) as second:
        customer_cases.change_customer(
            ann.id, seen=Seen(conflict.version, conflict.theirs), **conflict.resolved({"name": "Anne Lee"})
        )
    assert second.value.conflict.clashes == (FieldClash("name", "Ann Leigh", "Anne Lee", "A. Leigh"),)
    assert customers.get(ann.id).name == "A. Leigh"


def test_a_second_process_saving_in_between_is_caught(db: Path | str) -> None:
    ann = _ann()
    seen = Seen.of(ann, FORM)
    at_other_counter(
        db,
        "from carebook.usecases.customers import change_customer\n"
        f"change_customer({ann.id}, company='Second process', name='Ann from B')",
    )
    with pytest.raises(ConflictError) as raised:
        customer_cases.change_customer(ann.id, seen=seen, name="Ann from A", notes="A's note")
    assert raised.value.conflict.clashes == (FieldClash("name", "Ann Lee", "Ann from A", "Ann from B"),)
    assert (customers.get(ann.id).name, customers.get(ann.id).notes) == ("Ann from B", "")
    merged = customer_cases.change_customer(ann.id, seen=seen, notes="A's note")
    assert (merged.row.company, merged.row.notes) == ("Second process", "A's note")


def test_two_counters_saving_at_the_same_moment_one_wins_the_other_is_told(
    db: Path | str, other_counter: OtherCounter
) -> None:
    """Each save checks and writes with the row locked: never both "saved" over each other."""
    ann = _ann()
    seen = Seen.of(ann, FORM)
    start = threading.Barrier(2)
    outcome: dict[str, str] = {}

    def counter(name: str) -> None:
        with other_counter() as connection:  # this thread's own connection to the database
            start.wait()
            try:
                customer_cases.change_customer(ann.id, seen=seen, name=name)
                outcome[name] = "saved"
            except ConflictError as error:
                outcome[name] = str(error)
            finally:
                connection.close()

    threads = [threading.Thread(target=counter, args=(name,)) for name in ("Ann at A", "Ann at B")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(outcome.values()) == [f"customer {ann.id} was changed at another counter (name)", "saved"]
    winner = next(name for name, result in outcome.items() if result == "saved")
    assert (customers.get(ann.id).name, customers.get(ann.id).version) == (winner, 2)


def test_callers_that_loaded_nothing_go_ahead_as_before(db: Path | str, other_counter: OtherCounter) -> None:
    ann = _ann()
    with other_counter():
        customer_cases.change_customer(ann.id, name="Ann Leigh")
    assert customer_cases.change_customer(ann.id, name="Script").row.name == "Script"


def test_saving_a_record_deleted_or_merged_away_since_is_a_deleted_conflict(
    db: Path | str, other_counter: OtherCounter
) -> None:
    ann, bo = _ann(), customers.create("Bo Berg").row
    seen_ann, seen_bo = Seen.of(ann, FORM), Seen.of(bo, FORM)
    with other_counter():
        customers.trash([ann.id])
        merge.merge(customers.create("Bo B.").row.id, bo.id)
    for customer, seen in ((ann, seen_ann), (bo, seen_bo)):
        with pytest.raises(ConflictError) as raised:
            customer_cases.change_customer(customer.id, seen=seen, notes="typed")
        assert raised.value.conflict.deleted
        assert str(raised.value) == f"customer {customer.id} was deleted at another counter"
    assert customers.get(ann.id).notes == ""


def test_trash_erase_and_merge_of_a_record_changed_since_are_refused(
    db: Path | str, other_counter: OtherCounter
) -> None:
    ann, bo = _ann(), customers.create("Bo Berg").row
    seen = {ann.id: Seen.of(ann, FORM), bo.id: Seen.of(bo, FORM)}
    with other_counter():
        customer_cases.change_customer(ann.id, notes="changed at B")
    with pytest.raises(ConflictError) as trashing:
        customers.trash([ann.id, bo.id], seen)
    assert trashing.value.conflict.clashes == (FieldClash("notes", "", "", "changed at B"),)
    with pytest.raises(ConflictError):
        privacy.erase(ann.id, seen[ann.id])
    with pytest.raises(ConflictError):
        merge.merge(bo.id, ann.id, None, seen)
    assert [c.deleted_at for c in customers.get_many([ann.id, bo.id])] == [None, None]
    assert customers.get(ann.id).erased_at is None
    assert customers.trash([bo.id], {bo.id: seen[bo.id]}) == 1  # unchanged: goes ahead


def test_contacts_merge_clash_and_deletes_are_caught(db: Path | str, other_counter: OtherCounter) -> None:
    ann = _ann()
    row = interactions.log(ann.id, channel="phone", summary="Asked about a refund")
    names = ("customer_id", "channel", "summary", "notes", "status", "staff_id")
    seen = Seen.of(row, names)
    form = dict(customer_id=ann.id, channel="phone", summary="Asked about a refund", notes="", status="open")
    with other_counter():
        interactions.edit(row.id, notes="Called back at 3", resolved=True)
    merged = log_contact.edit_contact(row.id, seen=seen, **{**form, "summary": "Refund for order 12"}).contact
    assert (merged.summary, merged.notes) == ("Refund for order 12", "Called back at 3")
    assert merged.status == "resolved"
    seen = Seen.of(merged, names)
    with other_counter():
        interactions.edit(row.id, summary="Refund done")
    with pytest.raises(ConflictError) as raised:
        log_contact.edit_contact(row.id, seen=seen, **{**form, "summary": "Refund refused"})
    assert raised.value.conflict.clashes[0] == FieldClash(
        "summary", "Refund for order 12", "Refund refused", "Refund done"
    )
    with pytest.raises(ConflictError):
        interactions.delete(row.id, seen)
    assert interactions.get(row.id).summary == "Refund done"
    with other_counter():
        interactions.delete(row.id)
    with pytest.raises(ConflictError) as gone:
        log_contact.edit_contact(row.id, seen=seen, **form)
    assert gone.value.conflict.deleted


def test_followups_scores_staff_merge_and_clash(db: Path | str, other_counter: OtherCounter) -> None:
    ann = _ann()
    plan = followups.create(ann.id, due_on=date(2030, 1, 2), note="Call back")
    seen = Seen.of(plan, followups.CHANGEABLE)
    with other_counter():
        followups.change(plan.id, priority="high")
    assert followups.change(plan.id, seen=seen, note="Call back about the refund").priority == "high"
    with other_counter():
        followups.change(plan.id, note="Email instead")
    with pytest.raises(ConflictError):
        followups.change(plan.id, seen=seen, note="Visit")
    with pytest.raises(ConflictError):
        followups.delete(plan.id, seen)
    assert followups.get(plan.id).note == "Email instead"

    score = feedback.record(ann.id, kind="csat", score=3)
    seen = Seen.of(score, ("score", "comment"))
    with other_counter():
        feedback.edit(score.id, score=5)
    with pytest.raises(ConflictError) as clash:
        feedback.edit(score.id, seen=seen, score=4)
    assert clash.value.conflict.clashes == (FieldClash("score", 3, 4, 5),)
    assert feedback.edit(score.id, seen=seen, comment="kind").score == 5
    with pytest.raises(ConflictError):
        feedback.delete(score.id, seen)

    kim = staff.add("Kim")
    seen = Seen.of(kim, ("name", "role", "active"))
    with other_counter():
        staff.change(kim.id, role="owner")
    renamed = staff.change(kim.id, seen=seen, name="Kim Lee")
    assert renamed == staff.StaffRow(kim.id, "Kim Lee", "owner", True, 3)
    with other_counter():
        staff.change(kim.id, name="Kimberly")
    with pytest.raises(ConflictError) as named:
        staff.change(kim.id, seen=seen, name="Kim L.")
    assert named.value.conflict.clashes == (FieldClash("name", "Kim", "Kim L.", "Kimberly"),)


def test_settings_merge_per_key_and_clash(db: Path | str, other_counter: OtherCounter) -> None:
    seen = settings.seen()
    with other_counter():
        settings.update(shop_name="Corner Shop")
    settings.store({"paper_size": "Letter", "shop_name": seen.values["shop_name"]}, seen)
    assert (settings.get("shop_name"), settings.get("paper_size")) == ("Corner Shop", "Letter")
    seen = settings.seen()
    with other_counter():
        settings.update(shop_name="Corner Shop Ltd")
    with pytest.raises(ConflictError) as raised:
        settings.store({"shop_name": "The Corner"}, seen)
    assert str(raised.value) == "the settings were changed at another counter (shop_name)"
    assert settings.load().shop_name == "Corner Shop Ltd"


def test_an_import_style_update_keeps_working_and_raises_the_version(db: Path | str) -> None:
    ann = _ann()
    updated = customers.update(ann.id, created_at=datetime(2020, 1, 1))
    assert updated.row.version == 2
