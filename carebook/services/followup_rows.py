"""Reading follow-ups: rows with names and a state judged in the shop's local time.

A follow-up is due on a local date, optionally at a local time. Not done, it is
- "overdue" from the next local day when it has no time, or once its local time has passed;
- "due_today" on its day until then; "upcoming" before its day. Done ones are "done".
Lists for the Today page and reminders leave out customers in the trash; ``list_followups`` can show them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import peewee
from peewee import JOIN, Case, fn

from carebook import clock
from carebook.db import reads
from carebook.errors import NotFound, ValidationError
from carebook.models import Customer, Followup, Staff
from carebook.ordering import ordered
from carebook.query_rows import tuple_row, tuple_rows
from carebook.services import record_checks
from carebook.translation import _

STATES: tuple[str, ...] = ("done", "overdue", "due_today", "upcoming")
MIDNIGHT = time(0, 0)

Assignee = Staff.alias("assignee")
DoneBy = Staff.alias("done_by")


@dataclass(frozen=True)
class FollowupRow:
    id: int
    customer_id: int
    interaction_id: int | None
    assignee_id: int | None
    due_on: date  # shop-local
    due_time: time | None  # shop-local; None = any time that day
    note: str
    priority: str
    done_at: datetime | None
    done_by_id: int | None
    origin: str
    created_at: datetime | None
    customer_name: str
    assignee_name: str  # "" when unassigned
    done_by_name: str  # "" when not done or unknown
    state: str  # one of STATES, as of the moment the row was read
    version: int = 1  # raised by each save (``carebook.versions``)

    @property
    def due_local(self) -> datetime:
        """The due moment in local time; a follow-up without a time is due from the start of its day."""
        return datetime.combine(self.due_on, self.due_time or MIDNIGHT)

    @property
    def due_utc(self) -> datetime:
        return clock.to_utc(self.due_local)


@dataclass(frozen=True)
class FollowupPage:
    rows: tuple[FollowupRow, ...]
    total: int


@dataclass(frozen=True)
class DueCounts:
    overdue: int
    due_today: int

    @property
    def total(self) -> int:
        return self.overdue + self.due_today


def state_of(due_on: date, due_time: time | None, done: bool, now_local: datetime) -> str:
    if done:
        return "done"
    today = now_local.date()
    if due_on < today or (due_on == today and due_time is not None and due_time < now_local.time()):
        return "overdue"
    return "due_today" if due_on == today else "upcoming"


def state_condition(state: str, now_local: datetime) -> Any:
    """The SQL condition matching ``state_of(...) == state`` at ``now_local``."""
    today, now_time = now_local.date(), now_local.time().replace(microsecond=0)
    is_open = Followup.done_at.is_null()
    timed = Followup.due_time.is_null(False)
    passed_today = (Followup.due_on == today) & timed & (Followup.due_time < now_time)
    if state == "done":
        return Followup.done_at.is_null(False)
    if state == "open":
        return is_open
    if state == "overdue":
        return is_open & ((Followup.due_on < today) | passed_today)
    if state == "due_today":
        later_today = Followup.due_time.is_null() | (Followup.due_time >= now_time)
        return is_open & (Followup.due_on == today) & later_today
    if state == "upcoming":
        return is_open & (Followup.due_on > today)
    raise ValidationError(
        "state",
        _("'{state}' is not one of: {allowed}").format(state=state, allowed=", ".join((*STATES, "open"))),
    )


_COLUMNS = (
    Followup.id,
    Followup.customer,
    Followup.interaction,
    Followup.assignee,
    Followup.due_on,
    Followup.due_time,
    Followup.note,
    Followup.priority,
    Followup.done_at,
    Followup.done_by,
    Followup.origin,
    Followup.created_at,
    Customer.name,
    fn.COALESCE(Assignee.name, ""),
    fn.COALESCE(DoneBy.name, ""),
    Followup.version,
)
WIDTH = len(_COLUMNS)


def select(*extra: Any) -> peewee.ModelSelect[Followup]:
    """Follow-ups with the customer's, assignee's and completer's names in one query."""
    return (
        Followup.select(*_COLUMNS, *extra)
        .join(Customer, on=Followup.customer == Customer.id)
        .switch(Followup)
        .join(Assignee, JOIN.LEFT_OUTER, on=Followup.assignee == Assignee.id)
        .switch(Followup)
        .join(DoneBy, JOIN.LEFT_OUTER, on=Followup.done_by == DoneBy.id)
    )


def to_row(values: tuple[Any, ...], now_local: datetime) -> FollowupRow:
    due_on, due_time, done_at = values[4], values[5], values[8]
    return FollowupRow(
        id=values[0],
        customer_id=values[1],
        interaction_id=values[2],
        assignee_id=values[3],
        due_on=due_on,
        due_time=due_time,
        note=values[6],
        priority=values[7],
        done_at=done_at,
        done_by_id=values[9],
        origin=values[10],
        created_at=values[11],
        customer_name=values[12],
        assignee_name=values[13] or "",
        done_by_name=values[14] or "",
        state=state_of(due_on, due_time, done_at is not None, now_local),
        version=values[15],
    )


def fetch(followup_id: int) -> FollowupRow:
    found = select().where(Followup.id == followup_id).tuples().first()
    if found is None:
        raise NotFound(_("There is no follow-up with id {followup_id}.").format(followup_id=followup_id))
    return to_row(found, clock.local_now())


@reads
def get(followup_id: int) -> FollowupRow:
    return fetch(followup_id)


def work_order() -> tuple[Any, ...]:
    """Oldest day first; within a day high priority first, then by time (no time last)."""
    return (
        Followup.due_on.asc(),
        (Followup.priority == "high").desc(),
        Followup.due_time.is_null().asc(),
        ordered(Followup.due_time),
        Followup.id.asc(),
    )


def for_staff(staff_id: int | None, include_unassigned: bool) -> list[Any]:
    if staff_id is None:
        return []
    mine = Followup.assignee == staff_id
    return [mine | Followup.assignee.is_null()] if include_unassigned else [mine]


def _work_list(conditions: list[Any], now_local: datetime) -> list[FollowupRow]:
    query = select().where(Customer.deleted_at.is_null(), *conditions).order_by(*work_order())
    return [to_row(values, now_local) for values in tuple_rows(query)]


@reads
def overdue(staff_id: int | None = None, *, include_unassigned: bool = True) -> list[FollowupRow]:
    """Open follow-ups past their due moment; with ``staff_id``, theirs (and nobody's, by default)."""
    now_local = clock.local_now()
    conditions = [state_condition("overdue", now_local), *for_staff(staff_id, include_unassigned)]
    return _work_list(conditions, now_local)


@reads
def due_today(staff_id: int | None = None, *, include_unassigned: bool = True) -> list[FollowupRow]:
    now_local = clock.local_now()
    conditions = [state_condition("due_today", now_local), *for_staff(staff_id, include_unassigned)]
    return _work_list(conditions, now_local)


def due_now(staff_id: int | None, include_unassigned: bool, now_local: datetime) -> list[Any]:
    """The conditions of the Today list: open, due today or before, customer not in the trash."""
    return [
        Followup.done_at.is_null(),
        Followup.due_on <= now_local.date(),
        Customer.deleted_at.is_null(),
        *for_staff(staff_id, include_unassigned),
    ]


def count_due(staff_id: int | None, include_unassigned: bool, now_local: datetime) -> DueCounts:
    overdue = fn.SUM(Case(None, [(state_condition("overdue", now_local), 1)], 0))
    query = (
        Followup.select(fn.COUNT(Followup.id), fn.COALESCE(overdue, 0))
        .join(Customer, on=Followup.customer == Customer.id)
        .where(*due_now(staff_id, include_unassigned, now_local))
    )
    total, late = tuple_row(query)
    return DueCounts(overdue=int(late), due_today=int(total) - int(late))


@reads
def due_counts(staff_id: int | None = None, *, include_unassigned: bool = True) -> DueCounts:
    """How many follow-ups ``overdue()`` and ``due_today()`` would list, counted in SQL (no rows read)."""
    return count_due(staff_id, include_unassigned, clock.local_now())


@reads
def any_due(staff_id: int | None = None, *, include_unassigned: bool = True) -> bool:
    """Would ``overdue()`` or ``due_today()`` list anything? Stops at the first one (start-up asks this)."""
    query = (
        Followup.select(Followup.id)
        .join(Customer, on=Followup.customer == Customer.id)
        .where(*due_now(staff_id, include_unassigned, clock.local_now()))
    )
    return bool(query.exists())


@reads
def upcoming(
    staff_id: int | None = None, days: int = 7, *, include_unassigned: bool = True
) -> list[FollowupRow]:
    """Open follow-ups due in the next ``days`` local days (tomorrow up to today + days)."""
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 3660:
        raise ValidationError("days", _("'{days}' is not a number of days from 1 to 3660").format(days=days))
    now_local = clock.local_now()
    last = now_local.date() + timedelta(days=days)
    conditions = [
        state_condition("upcoming", now_local),
        Followup.due_on <= last,
        *for_staff(staff_id, include_unassigned),
    ]
    return _work_list(conditions, now_local)


@reads
def falling_due(after_local: datetime, until_local: datetime) -> list[FollowupRow]:
    """Open follow-ups whose local due moment lies in (after_local, until_local], soonest first.

    For the reminder timer: call it with the previous and the current check time. A follow-up without
    a time falls due at the start of its day.
    """
    if until_local <= after_local:
        return []
    now_local = clock.local_now()
    query = (
        select()
        .where(
            Followup.done_at.is_null(),
            Customer.deleted_at.is_null(),
            Followup.due_on.between(after_local.date(), until_local.date()),
        )
        .order_by(*work_order())
    )
    rows = [to_row(values, now_local) for values in tuple_rows(query)]
    due = [row for row in rows if after_local < row.due_local <= until_local]
    return sorted(due, key=lambda row: (row.due_local, row.priority != "high", row.id))


_SORTS: dict[str, tuple[Any, ...]] = {
    "due_on": (Followup.due_on, Followup.due_time.is_null(), Followup.due_time),
    "customer": (Customer.name_key, Customer.name),
    "assignee": (fn.COALESCE(Assignee.name, ""),),
    "priority": ((Followup.priority == "normal"),),  # ascending: high first
    "done_at": (Followup.done_at,),
    "created_at": (Followup.created_at,),
}
SORT_KEYS: tuple[str, ...] = tuple(_SORTS)


@reads
def list_followups(
    *,
    assignee_id: int | None = None,
    state: str | None = None,
    start_on: date | None = None,
    end_on: date | None = None,
    customer_id: int | None = None,
    include_trashed: bool = False,
    unassigned: bool = False,
    offset: int = 0,
    limit: int = 200,
    sort: str = "due_on",
    descending: bool = False,
) -> FollowupPage:
    """One page of follow-ups, filtered, sorted and paged in SQL.

    ``state`` is one of STATES or "open"; ``start_on``/``end_on`` bound ``due_on`` (local dates,
    both inclusive). ``unassigned`` keeps only follow-ups nobody is assigned to (not with
    ``assignee_id``). Customers in the trash are left out unless ``include_trashed`` or ``customer_id``.
    """
    offset, limit = record_checks.paging(offset, limit)
    if sort not in _SORTS:
        raise ValidationError(
            "sort", _("'{sort}' is not one of: {sorts}").format(sort=sort, sorts=", ".join(SORT_KEYS))
        )
    now_local = clock.local_now()
    conditions: list[Any] = []
    if state:
        conditions.append(state_condition(state, now_local))
    if unassigned and assignee_id is not None:
        raise ValidationError("unassigned", _("cannot be combined with an assignee"))
    if assignee_id is not None:
        conditions.append(Followup.assignee == assignee_id)
    elif unassigned:
        conditions.append(Followup.assignee.is_null())
    if start_on is not None:
        conditions.append(Followup.due_on >= record_checks.local_date(start_on, "start_on"))
    if end_on is not None:
        conditions.append(Followup.due_on <= record_checks.local_date(end_on, "end_on"))
    if customer_id is not None:
        conditions.append(Followup.customer == customer_id)
    elif not include_trashed:
        conditions.append(Customer.deleted_at.is_null())
    counted = Followup.select().join(Customer, on=Followup.customer == Customer.id)
    query = select()
    if conditions:
        counted = counted.where(*conditions)
        query = query.where(*conditions)
    keys = (*_SORTS[sort], Followup.due_on, Followup.id)
    order = [ordered(key, descending) for key in keys]
    total = counted.count()
    query = query.order_by(*order).offset(offset).limit(limit)
    return FollowupPage(tuple(to_row(values, now_local) for values in tuple_rows(query)), total)


@reads
def for_customer(customer_id: int) -> tuple[FollowupRow, ...]:
    """Every follow-up of one customer, latest due first."""
    now_local = clock.local_now()
    query = (
        select()
        .where(Followup.customer == customer_id)
        .order_by(Followup.due_on.desc(), ordered(Followup.due_time, descending=True), Followup.id.desc())
    )
    return tuple(to_row(values, now_local) for values in tuple_rows(query))
