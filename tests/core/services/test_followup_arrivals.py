"""Follow-ups that reach the person at a counter from another seat: what a seat knew, compared with now
(both engines; another seat's writes are made through the services, as that seat would)."""

from __future__ import annotations

from datetime import date

from carebook.services import customers, followup_arrivals, followups, staff
from carebook.services.followup_arrivals import Assigned


def _people() -> tuple[int, int, int]:
    maria = staff.add("Maria", "staff").id
    tom = staff.add("Tom", "staff").id
    customer = customers.create("Ava Evans").row.id
    return maria, tom, customer


def test_a_followup_created_for_the_person_elsewhere_is_new_and_only_for_them(db) -> None:  # type: ignore[no-untyped-def]
    maria, tom, customer = _people()
    known = followup_arrivals.assigned_to(maria)
    mine = followups.create(customer, due_on=date(2026, 3, 12), assignee_id=maria).id
    followups.create(customer, due_on=date(2026, 3, 12), assignee_id=tom)
    followups.create(customer, due_on=date(2026, 3, 12))  # nobody's: on Today, but not "for you"
    now = followup_arrivals.assigned_to(maria)
    assert now.arrived(known) == {mine}
    assert now.arrived(now) == frozenset()
    assert followup_arrivals.assigned_to(tom).arrived(known) == frozenset()  # another person's snapshot


def test_done_deleted_reassigned_or_trashed_ones_leave_and_a_given_back_one_arrives_again(db) -> None:  # type: ignore[no-untyped-def]
    maria, tom, customer = _people()
    other = customers.create("Ben Berg").row.id
    ids = [followups.create(customer, due_on=date(2026, 3, 12), assignee_id=maria).id for _ in range(3)]
    trashed = followups.create(other, due_on=date(2026, 3, 12), assignee_id=maria).id
    start = followup_arrivals.assigned_to(maria)
    assert start.ids == {*ids, trashed}
    followups.complete(ids[0])
    followups.delete(ids[1])
    followups.reassign(ids[2], tom)
    customers.trash([other])
    gone = followup_arrivals.assigned_to(maria)
    assert gone.ids == frozenset()
    followups.reassign(ids[2], maria)
    assert followup_arrivals.assigned_to(maria).arrived(gone) == {ids[2]}


def test_nobody_at_the_counter_gets_nothing(db) -> None:  # type: ignore[no-untyped-def]
    _maria, _tom, customer = _people()
    followups.create(customer, due_on=date(2026, 3, 12))
    assert followup_arrivals.assigned_to(None) == Assigned(None, frozenset())


def test_rows_of_the_new_ones_soonest_first_open_ones_only(db) -> None:  # type: ignore[no-untyped-def]
    maria, _tom, customer = _people()
    later = followups.create(customer, due_on=date(2026, 3, 20), assignee_id=maria, note="Later").id
    sooner = followups.create(customer, due_on=date(2026, 3, 11), assignee_id=maria, note="Sooner").id
    done = followups.create(customer, due_on=date(2026, 3, 10), assignee_id=maria).id
    followups.complete(done)
    found = followup_arrivals.rows([later, sooner, done])
    assert [(row.id, row.customer_name, row.note) for row in found] == [
        (sooner, "Ava Evans", "Sooner"),
        (later, "Ava Evans", "Later"),
    ]
    assert followup_arrivals.rows([]) == []


def test_still_due_for_a_counter(db) -> None:  # type: ignore[no-untyped-def]
    maria, tom, customer = _people()
    mine = followups.create(customer, due_on=date(2026, 3, 12), assignee_id=maria).id
    nobodys = followups.create(customer, due_on=date(2026, 3, 12)).id
    toms = followups.create(customer, due_on=date(2026, 3, 12), assignee_id=tom).id
    done = followups.create(customer, due_on=date(2026, 3, 12), assignee_id=maria).id
    followups.complete(done)
    every = [mine, nobodys, toms, done, 999_999]
    assert followup_arrivals.still_due_for(every, maria) == {mine, nobodys}
    assert followup_arrivals.still_due_for(every, None) == {mine, nobodys, toms}
    assert followup_arrivals.still_due_for([], maria) == frozenset()
