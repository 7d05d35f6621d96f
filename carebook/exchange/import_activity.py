"""Importing contacts (interactions), feedback and follow-ups: each row is a new record of its customer.

A row that is already stored (same customer and the same time, channel and summary; kind and score;
due date and note) is left out, so importing the same file twice does not double the history.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import peewee

from carebook.clock import INSTANT_FORMAT, format_instant
from carebook.exchange.bulk import insert_rows, record_changes, select_in
from carebook.exchange.outcome import Counts, ImportContext
from carebook.exchange.resolve import CustomerDirectory, NamedDirectory, ref_id, staff_directory
from carebook.exchange.spool import Spool
from carebook.exchange.values import (
    Cells,
    RowCheck,
    boolean,
    choice,
    instant,
    local_date,
    local_time,
    minutes,
    required_instant,
)
from carebook.models import Feedback, Followup, Interaction
from carebook.services import customer_stats, feedback, followups, interactions, record_checks
from carebook.vocab import CHANNELS, DIRECTIONS, FEEDBACK_KINDS, PRIORITIES, REASONS, STATUSES, check_score

_REFRESH_ALL_ABOVE = 5000  # touched customers beyond which one full refresh is cheaper


@dataclass(frozen=True)
class Parsed:
    values: tuple[Any, ...]  # stored values, in ActivityTable.columns order
    key: tuple[Any, ...]  # what makes the row "already stored", besides its customer
    when: str | None  # earliest instant, for a customer the row creates
    staff: str  # the staff cell ("" when none)


@dataclass(frozen=True)
class ActivityTable:
    model: type[peewee.Model]
    staff_column: str | None
    staff_field: str  # the CSV column naming a staff member
    columns: tuple[str, ...]
    key_sql: str  # selects customer_id plus the key columns, for customers IN ({marks})
    parse: Callable[[Cells, RowCheck, str], Parsed | None]


def _interaction(cells: Cells, check: RowCheck, now: str) -> Parsed | None:
    occurred = check.check(required_instant, cells["occurred_at"], "occurred_at", check.notes)
    channel = check.check(choice, cells["channel"], CHANNELS, "channel")
    direction = check.check(choice, cells["direction"], DIRECTIONS, "direction", "inbound")
    reason = check.check(choice, cells["reason"], REASONS, "reason", "other")
    status = check.check(choice, cells["status"], STATUSES, "status", "")
    first = check.check(boolean, cells["resolved_first_contact"], "resolved_first_contact")
    resolved_at = check.check(instant, cells["resolved_at"], "resolved_at", check.notes)
    waited = check.check(minutes, cells["waited_minutes"], "waited_minutes")
    duration = check.check(minutes, cells["duration_minutes"], "duration_minutes")
    summary = check.check(
        record_checks.text, cells["summary"], "summary", interactions.SUMMARY_LIMIT, multiline=False
    )
    notes = check.check(record_checks.text, cells["notes"], "notes", interactions.NOTES_LIMIT)
    if check.errors or occurred is None:
        return None
    if not status:
        status = "resolved" if resolved_at or first else "open"
    if status == "open" and first:
        check.add("status", "is open, but resolved_first_contact says it was resolved")
    if status == "open" and resolved_at:
        check.add("resolved_at", "is given, but status is open")
    if resolved_at and resolved_at < occurred:
        check.add("resolved_at", f"{cells['resolved_at'].strip()} is before occurred_at")
    if first and not resolved_at:  # as the contact form does: resolved when the contact ended
        ended = datetime.strptime(occurred, INSTANT_FORMAT) + timedelta(minutes=duration or 0)
        resolved_at = format_instant(ended)
    if check.errors:
        return None
    values = (occurred, channel, direction, reason, summary, notes, status, bool(first))
    return Parsed(
        (*values, resolved_at, waited, duration, now), (occurred, channel, summary), occurred, cells["staff"]
    )


def _feedback(cells: Cells, check: RowCheck, now: str) -> Parsed | None:
    received = check.check(required_instant, cells["received_at"], "received_at", check.notes)
    kind = check.check(choice, cells["kind"], FEEDBACK_KINDS, "kind")
    score = check.check(check_score, kind, cells["score"]) if kind else None
    comment = check.check(record_checks.text, cells["comment"], "comment", feedback.COMMENT_LIMIT)
    if check.errors or received is None or score is None:
        return None
    return Parsed((kind, score, comment, received), (received, kind, score), received, "")


def _followup(cells: Cells, check: RowCheck, now: str) -> Parsed | None:
    due_on = check.check(local_date, cells["due_on"], "due_on")
    if due_on is None and "due_on" not in check.errors:
        check.add("due_on", "is empty; expected a date like 2026-03-14")
    due_time = check.check(local_time, cells["due_time"], "due_time")
    priority = check.check(choice, cells["priority"], PRIORITIES, "priority", "normal")
    done_at = check.check(instant, cells["done_at"], "done_at", check.notes)
    note = check.check(record_checks.text, cells["note"], "note", followups.NOTE_LIMIT)
    if check.errors or due_on is None:
        return None
    day = due_on.isoformat()
    clock = due_time.strftime("%H:%M:%S") if due_time else None
    return Parsed((day, clock, note, priority, done_at, "import", now), (day, note), None, cells["assignee"])


TABLES: dict[str, ActivityTable] = {
    "interactions": ActivityTable(
        Interaction,
        "staff_id",
        "staff",
        (
            "occurred_at",
            "channel",
            "direction",
            "reason",
            "summary",
            "notes",
            "status",
            "resolved_first_contact",
            "resolved_at",
            "waited_minutes",
            "duration_minutes",
            "created_at",
        ),
        "SELECT customer_id, occurred_at, channel, summary FROM interaction WHERE customer_id IN ({marks})",
        _interaction,
    ),
    "feedback": ActivityTable(
        Feedback,
        None,
        "",
        ("kind", "score", "comment", "received_at"),
        "SELECT customer_id, received_at, kind, score FROM feedback WHERE customer_id IN ({marks})",
        _feedback,
    ),
    "followups": ActivityTable(
        Followup,
        "assignee_id",
        "assignee",
        ("due_on", "due_time", "note", "priority", "done_at", "origin", "created_at"),
        "SELECT customer_id, due_on, note FROM followup WHERE customer_id IN ({marks})",
        _followup,
    ),
}


_KEYS = 3  # key columns in the spool (a shorter key is padded with NULL)


def _spool(table: ActivityTable) -> Spool:
    values = ", ".join(f"v{i}" for i in range(len(table.columns)))
    keys = ", ".join(f"k{i}" for i in range(_KEYS))
    return Spool(f"line INTEGER, customer INTEGER, staff INTEGER, stored INTEGER, {keys}, {values}")


@dataclass
class ActivityPlan:
    """The checked rows of a file, spooled with their customer and staff ids (placeholders, below 0,
    for the ones this import creates) and whether they are already stored."""

    ctx: ImportContext
    table: ActivityTable
    customers: CustomerDirectory
    staff: NamedDirectory = field(default_factory=staff_directory)
    rows: Spool | None = None

    @property
    def spool(self) -> Spool:
        if self.rows is None:
            self.rows = _spool(self.table)
        return self.rows

    def counts(self) -> Counts:
        return Counts(
            created=self.spool.one("SELECT count(*) FROM rows WHERE stored = 0"),
            unchanged=self.spool.one("SELECT count(*) FROM rows WHERE stored = 1"),
            new_customers=len(self.customers.created),
            new_staff=len(self._used_staff()),
        )

    def _used_staff(self) -> set[int]:
        """The staff to create: those named by a row that is not already stored."""
        return {
            row[0]
            for row in self.spool.rows("SELECT DISTINCT staff FROM rows WHERE stored = 0 AND staff < 0")
        }

    def close(self) -> None:
        if self.rows is not None:
            self.rows.close()

    def write(self, batch_id: int) -> None:
        self.customers.write_new(batch_id)
        self.staff.write_new(batch_id, self.ctx.now, only=self._used_staff())
        table = self.table
        values = ", ".join(f"v{i}" for i in range(len(table.columns)))
        staff_column = (table.staff_column,) if table.staff_column else ()
        columns = ("customer_id", *staff_column, *table.columns)
        touched: set[int] = set()
        real_customer, real_staff = self.customers.real_id, self.staff.real_id
        query = f"SELECT customer, staff, {values} FROM rows WHERE stored = 0 ORDER BY line"
        for batch in self.spool.batches(query):
            if table.staff_column:
                data = [
                    (real_customer(customer), None if staff is None else real_staff(staff), *rest)
                    for customer, staff, *rest in batch
                ]
            else:
                data = [(real_customer(customer), *rest) for customer, _staff, *rest in batch]
            ids = insert_rows(table.model, columns, data)
            record_changes(batch_id, table.model._meta.table_name, ids)
            if len(touched) <= _REFRESH_ALL_ABOVE:
                touched.update(row[0] for row in data)
        if len(touched) > _REFRESH_ALL_ABOVE:
            customer_stats.refresh_all()
        else:
            customer_stats.refresh(touched)


def plan_activity(kind: str, ctx: ImportContext) -> ActivityPlan:
    """Check every row (bad ones go to ``ctx``) and spool the good ones; the caller closes the plan."""
    table = TABLES[kind]
    plan = ActivityPlan(ctx, table, CustomerDirectory(ctx.contacts, ctx.now))
    try:
        for cells in ctx.cells():
            check = RowCheck()
            parsed = table.parse(cells, check, ctx.now)
            customer = check.check(plan.customers.resolve, cells, parsed.when if parsed else None)
            staff = check.check(plan.staff.resolve, parsed.staff, plan.table.staff_field) if parsed else None
            if check.errors:
                ctx.bad_cells(cells.line, check.errors)
                continue
            ctx.warn_all(cells.line, check.notes)
            assert parsed is not None and customer is not None
            key = (*parsed.key, *(None,) * (_KEYS - len(parsed.key)))
            staff_id = None if staff is None else ref_id(staff)
            plan.spool.add((cells.line, ref_id(customer), staff_id, 0, *key, *parsed.values))
        if not ctx.problems:
            _leave_out_stored(plan)
    except BaseException:
        plan.close()
        raise
    return plan


def _leave_out_stored(plan: ActivityPlan) -> None:
    """Mark the rows of existing customers that are stored already (same customer and key)."""
    spool = plan.spool
    spool.index("customer")
    existing = [row[0] for row in spool.rows("SELECT DISTINCT customer FROM rows WHERE customer > 0")]
    keys = " AND ".join(f"k{i} IS ?" for i in range(_KEYS))
    for start in range(0, len(existing), 500):
        stored = select_in(plan.table.key_sql, existing[start : start + 500])
        padded = [(*row, *(None,) * (_KEYS + 1 - len(row))) for row in stored]
        spool.execute_many(f"UPDATE rows SET stored = 1 WHERE customer = ? AND {keys}", padded)
