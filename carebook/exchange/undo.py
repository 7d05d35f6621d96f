"""Undoing an import exactly: the rows it created are removed, the fields it updated get their old values.

Every import (CSV or vCard) records in ``import_change`` the ids of the rows it created and the earlier
values of the customers it updated (see ``carebook.import_models``). ``undo_import(batch_id)`` uses them,
in one transaction, and marks the import as undone.

Nothing typed after the import is ever thrown away. The undo is refused, with a message that names how
many records are concerned and one example, when:

- contacts, follow-ups or scores were added later to a customer the import created (removing the
  customer would remove them): move them or merge the customer into another first;
- a customer the import created or updated was edited after it (the edit would be lost or overwritten);
- a customer it created or updated was merged after it: undo that merge first.

A customer erased since the import is never given back its personal data: an update of an erased
customer is skipped (erasing removes those earlier values anyway). A tag or staff member the import
created is removed only when nothing uses it any more; otherwise it is kept and the result says so.
Rows already gone (deleted by hand, or the trash emptied) are skipped and counted. A follow-up or score
added later and linked to a contact the import created stays, without that link.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from carebook.clock import format_instant, utc_now
from carebook.db import database, reads, writes
from carebook.errors import CarebookError, NotFound
from carebook.exchange.bulk import select_in
from carebook.import_models import ImportBatch, ImportChange
from carebook.models import MergeRecord
from carebook.query_rows import tuple_rows
from carebook.services import customer_stats
from carebook.translation import _, ngettext

_ACTIVITY = ("interaction", "followup", "feedback")
# The records a customer gets after an import, counted in a message ("2 contacts").
_COUNTED = {
    "interaction": lambda n: ngettext("{0} contact", "{0} contacts", n),
    "followup": lambda n: ngettext("{0} follow-up", "{0} follow-ups", n),
    "feedback": lambda n: ngettext("{0} score", "{0} scores", n),
}
_CHUNK = 500


@dataclass(frozen=True)
class ImportRow:
    id: int
    kind: str  # customers / interactions / feedback / followups / vcard
    file_name: str
    created_at: datetime  # naive UTC
    created_rows: int
    updated_rows: int
    undone_at: datetime | None

    @property
    def undone(self) -> bool:
        return self.undone_at is not None


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    customers_removed: int
    contacts_removed: int
    followups_removed: int
    scores_removed: int
    customers_restored: int  # updated customers given back their earlier values
    tags_removed: int
    staff_removed: int
    already_gone: int  # rows the import created that no longer existed
    kept: tuple[str, ...]  # what was left in place, and why ("tag 'VIP': still used by 2 customers")

    @property
    def removed(self) -> int:
        return (
            self.customers_removed
            + self.contacts_removed
            + self.followups_removed
            + self.scores_removed
            + self.tags_removed
            + self.staff_removed
        )


def _p() -> str:
    return str(database.param)


@reads
def list_imports() -> tuple[ImportRow, ...]:
    """Every recorded import, newest first."""
    query = ImportBatch.select().order_by(ImportBatch.id.desc())
    return tuple(
        ImportRow(b.id, b.kind, b.file_name, b.created_at, b.created_rows, b.updated_rows, b.undone_at)
        for b in query
    )


@dataclass
class _Changes:
    created: dict[str, list[int]]
    updated: list[tuple[int, dict[str, Any]]]


def _changes(batch_id: int) -> _Changes:
    created: dict[str, list[int]] = defaultdict(list)
    updated: list[tuple[int, dict[str, Any]]] = []
    query = (
        ImportChange.select(
            ImportChange.table_name, ImportChange.row_id, ImportChange.action, ImportChange.before_json
        )
        .where(ImportChange.batch == batch_id)
        .order_by(ImportChange.id)
    )
    for table, row_id, action, before in tuple_rows(query):
        if action == "create":
            created[table].append(int(row_id))
        elif table == "customer":
            updated.append((int(row_id), json.loads(before)))
    return _Changes(created, updated)


def _customers(ids: list[int]) -> dict[int, tuple[str, str, bool]]:
    """id -> (name, updated_at, erased) for the customers of ``ids`` that still exist."""
    sql = "SELECT id, name, updated_at, erased_at IS NOT NULL FROM customer WHERE id IN ({marks})"
    return {int(r[0]): (str(r[1]), str(r[2]), bool(r[3])) for r in select_in(sql, ids)}


def _example(customers: dict[int, tuple[str, str, bool]], ids: list[int]) -> str:
    first = ids[0]
    return f"'{customers[first][0]}' (#{first})"


def _refusals(batch: ImportBatch, changes: _Changes) -> list[str]:
    """Why undoing would lose data (empty when it would not)."""
    stamp = format_instant(batch.created_at)
    problems: list[str] = []
    created_ids = changes.created.get("customer", [])
    created = _customers(created_ids)
    edited = sorted(i for i, (_name, updated, erased) in created.items() if updated != stamp and not erased)
    if edited:
        problems.append(
            ngettext(
                "{0} customer it created was edited since, e.g. {example}",
                "{0} customers it created were edited since, e.g. {example}",
                len(edited),
            ).format(example=_example(created, edited))
        )
    later: list[str] = []
    owners: set[int] = set()
    for table in _ACTIVITY:
        mine = set(changes.created.get(table, []))
        rows = select_in(
            f'SELECT id, customer_id FROM "{table}" WHERE customer_id IN ({{marks}})', list(created)
        )
        extra = [(row_id, owner) for row_id, owner in rows if row_id not in mine]
        if extra:
            later.append(_COUNTED[table](len(extra)))
            owners.update(owner for _row, owner in extra)
    if later:
        problems.append(
            _(
                "customers it created got {records} after it, e.g. {example} (move them to another customer, "
                "or merge that customer into another, first)"
            ).format(records=_(" and ").join(later), example=_example(created, sorted(owners)))
        )
    updated = _customers([row_id for row_id, _before in changes.updated])
    changed = sorted(i for i, (_name, when, erased) in updated.items() if when != stamp and not erased)
    if changed:
        problems.append(
            ngettext(
                "{0} customer it updated was edited again since, e.g. {example}, and undoing would "
                "overwrite that",
                "{0} customers it updated were edited again since, e.g. {example}, and undoing would "
                "overwrite "
                "that",
                len(changed),
            ).format(example=_example(updated, changed))
        )
    involved = set(created_ids) | {row_id for row_id, _before in changes.updated}
    merges = [
        (merge_id, keep_id, other_id)
        for merge_id, keep_id, other_id in tuple_rows(
            MergeRecord.select(MergeRecord.id, MergeRecord.keep_id, MergeRecord.other_id).where(
                MergeRecord.undone_at.is_null() & (MergeRecord.created_at >= batch.created_at)
            )
        )
        if keep_id in involved or other_id in involved
    ]
    if merges:
        merge_id = merges[-1][0]
        problems.append(
            _("customers it wrote were merged since: undo merge {merge_id} first").format(merge_id=merge_id)
        )
    return problems


def _delete(table: str, ids: list[int]) -> int:
    deleted = 0
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join(_p() for _ in chunk)
        deleted += database.execute_sql(f'DELETE FROM "{table}" WHERE id IN ({marks})', chunk).rowcount
    return deleted


def _restore(customer_id: int, before: dict[str, Any]) -> None:
    old_tags = before.pop("tags", None)
    if before:
        sets = ", ".join(f'"{column}" = {_p()}' for column in before) + ", version = version + 1"
        database.execute_sql(f"UPDATE customer SET {sets} WHERE id = {_p()}", (*before.values(), customer_id))
    if old_tags is not None:
        links = database.execute_sql(
            "SELECT t.id, t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
            f"WHERE ct.customer_id = {_p()}",
            (customer_id,),
        ).fetchall()
        for tag_id, name in links:
            if name not in old_tags:
                database.execute_sql(
                    f"DELETE FROM customer_tag WHERE customer_id = {_p()} AND tag_id = {_p()}",
                    (customer_id, tag_id),
                )


def _unused(table: str, ids: list[int]) -> tuple[list[int], list[str]]:
    """The created tags or staff nothing uses any more, and notes on the ones kept."""
    uses: tuple[str, ...]
    if table == "tag":
        uses = ("SELECT tag_id, count(*) FROM customer_tag WHERE tag_id IN ({marks}) GROUP BY tag_id",)

        def used(name: str, n: int) -> str:
            return ngettext(
                "tag '{name}': still used by {0} customer", "tag '{name}': still used by {0} customers", n
            ).format(name=name)
    else:
        uses = tuple(
            f"SELECT {column}, count(*) FROM {source} WHERE {column} IN ({{marks}}) GROUP BY {column}"
            for source, column in (
                ("interaction", "staff_id"),
                ("followup", "assignee_id"),
                ("followup", "done_by_id"),
            )
        )

        def used(name: str, n: int) -> str:
            return ngettext(
                "staff member '{name}': still used by {0} record",
                "staff member '{name}': still used by {0} records",
                n,
            ).format(name=name)

    counts: dict[int, int] = defaultdict(int)
    for sql in uses:
        for row_id, count in select_in(sql, ids):
            counts[int(row_id)] += int(count)
    names = dict(select_in(f'SELECT id, name FROM "{table}" WHERE id IN ({{marks}})', ids))
    kept = [used(names[i], counts[i]) for i in ids if counts[i] and i in names]
    return [i for i in ids if not counts[i] and i in names], kept


@writes
def undo_import(batch_id: int) -> UndoResult:
    """Take back import ``batch_id`` (see the module notes); CarebookError when it cannot be done safely."""
    batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
    if batch is None:
        raise NotFound(_("There is no import number {batch_id}.").format(batch_id=batch_id))
    if batch.undone_at is not None:
        raise CarebookError(
            _("Import {batch_id} was already undone on {undone_at}.").format(
                batch_id=batch_id, undone_at=format_instant(batch.undone_at)
            )
        )
    changes = _changes(batch_id)
    problems = _refusals(batch, changes)
    if problems:
        raise CarebookError(
            _("Import {batch_id} cannot be undone: {problems}. Nothing was changed.").format(
                batch_id=batch_id, problems="; ".join(problems)
            )
        )
    touched: set[int] = set()
    removed: dict[str, int] = {}
    expected = 0
    for table in _ACTIVITY:
        ids = changes.created.get(table, [])
        expected += len(ids)
        touched.update(
            int(r[0]) for r in select_in(f'SELECT customer_id FROM "{table}" WHERE id IN ({{marks}})', ids)
        )
        removed[table] = _delete(table, ids)
    created_customers = changes.created.get("customer", [])
    expected += len(created_customers)
    removed["customer"] = _delete("customer", created_customers)
    restored = 0
    for customer_id, before in changes.updated:
        exists = _customers([customer_id]).get(customer_id)
        if exists is not None and not exists[2]:
            _restore(customer_id, dict(before))
            restored += 1
    kept: list[str] = []
    for table in ("tag", "staff"):
        ids = changes.created.get(table, [])
        unused, notes = _unused(table, ids)
        kept.extend(notes)
        removed[table] = _delete(table, unused)
    customer_stats.refresh(touched - set(created_customers))
    ImportBatch.update(undone_at=utc_now()).where(ImportBatch.id == batch_id).execute()
    gone = expected - sum(removed[t] for t in (*_ACTIVITY, "customer"))
    return UndoResult(
        batch_id,
        removed["customer"],
        removed["interaction"],
        removed["followup"],
        removed["feedback"],
        restored,
        removed["tag"],
        removed["staff"],
        gone,
        tuple(kept),
    )
