"""Merging two records of one customer, and undoing a merge exactly.

``merge(keep_id, other_id, field_choices)`` moves every contact, follow-up, score and tag of the other
customer to the one kept, applies the chosen field values and removes the other record, in one
transaction. ``field_choices`` maps a field (``MERGE_FIELDS``) to ``"keep"`` or ``"other"`` (the fields
``carebook.customer_schema`` marks ``Merge.JOIN``, notes and address, also take ``"both"``: the two texts
one after the other). A field left out keeps the survivor's value, unless that is empty and the other's is
not: then the other's value fills the gap, so nothing typed is lost by default; the ``Merge.NO_GAP``
fields (consent to marketing, customer since) are never taken from the other record unless chosen.

Every merge is recorded in ``merge_record``: the other customer's full row and tags, the ids of the rows
moved, and the survivor's earlier values, so ``undo_merge(merge_id)`` gives back both records exactly
(same ids, same values, each contact with its first customer). Undo is refused, with the reason, when the
survivor was edited, erased or removed since, or when the other customer's number is in use again.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from carebook import customer_schema as schema
from carebook.clock import format_instant, utc_now
from carebook.conflicts import VERSIONED_TABLES
from carebook.customer_schema import Merge
from carebook.db import database, is_sqlite, reads, writes
from carebook.errors import CarebookError, NotFound, ValidationError
from carebook.models import MergeRecord
from carebook.services import customer_stats, customers
from carebook.text import fold
from carebook.translation import _
from carebook.versions import Seen, guard_unchanged

# A field the user chooses -> the stored columns that go with it (``carebook.customer_schema``).
MERGE_FIELDS: dict[str, tuple[str, ...]] = {f.name: f.columns for f in schema.MERGE_FIELDS}
CHOICES = ("keep", "other", "both")
# fields that also take "both": the two texts one after the other
JOINABLE = tuple(f.name for f in schema.MERGE_FIELDS if f.merge is Merge.JOIN)
# never taken from the other record unless chosen
NO_GAP_FILLING = tuple(f.name for f in schema.MERGE_FIELDS if f.merge is Merge.NO_GAP)
_SORT_KEYS = {f.name: f.sort_key for f in schema.MERGE_FIELDS if f.sort_key}
MOVED_TABLES = ("interaction", "followup", "feedback")


@dataclass(frozen=True)
class MergeResult:
    merge_id: int
    keep_id: int
    other_id: int
    contacts: int  # moved to the survivor
    followups: int
    scores: int
    tags: int  # tags the survivor gained
    changed_fields: tuple[str, ...]  # survivor fields that took the other's value (or both)


@dataclass(frozen=True)
class MergeRow:
    id: int
    keep_id: int
    other_id: int
    other_name: str
    created_at: datetime
    undone_at: datetime | None


@dataclass(frozen=True)
class UndoMergeResult:
    merge_id: int
    keep_id: int
    other_id: int
    contacts: int  # moved back to the other customer
    followups: int
    scores: int


def _p() -> str:
    return str(database.param)


def customer_row(customer_id: int) -> dict[str, Any] | None:
    """Every stored column of one customer, by column name (None when there is no such customer)."""
    cursor = database.execute_sql(f"SELECT * FROM customer WHERE id = {_p()}", (customer_id,))
    values = cursor.fetchone()
    if values is None:
        return None
    return dict(zip([d[0] for d in cursor.description], values, strict=True))


def _require(customer_id: int, role: str) -> dict[str, Any]:
    if isinstance(customer_id, bool) or not isinstance(customer_id, int):
        raise ValidationError(
            role, _("'{customer_id}' is not a customer number").format(customer_id=customer_id)
        )
    row = customer_row(customer_id)
    if row is None:
        raise NotFound(_("There is no customer number {customer_id}.").format(customer_id=customer_id))
    if row["erased_at"] is not None:
        raise CarebookError(
            _("Customer #{customer_id} was erased, so it cannot be merged.").format(customer_id=customer_id)
        )
    return row


def _check_choices(choices: Mapping[str, str]) -> dict[str, str]:
    errors: dict[str, str] = {}
    for field, choice in choices.items():
        if field not in MERGE_FIELDS:
            errors[field] = _("cannot be chosen in a merge; use one of: {fields}").format(
                fields=", ".join(MERGE_FIELDS)
            )
        elif choice not in choices_for(field):
            errors[field] = (
                _("'{choice}' is not a choice; use keep, other or both")
                if field in JOINABLE
                else _("'{choice}' is not a choice; use keep or other")
            ).format(choice=choice)
    if errors:
        raise ValidationError(errors)
    return dict(choices)


def _empty(value: Any) -> bool:
    return value in ("", None)


def choices_for(field: str) -> tuple[str, ...]:
    """What a merge can do with a field: keep the survivor's value, take the other's, or (some) both."""
    return CHOICES if field in JOINABLE else CHOICES[:2]


def default_choice(field: str, kept: Any, other: Any) -> str:
    """The choice for a field the user left alone: "keep", unless the kept value is empty and the other's
    is not (then "other", so nothing typed is lost), except for the fields of ``NO_GAP_FILLING``."""
    fills_gap = field not in NO_GAP_FILLING and _empty(kept) and not _empty(other)
    return "other" if fills_gap else "keep"


def _merged_values(keep: dict[str, Any], other: dict[str, Any], choices: dict[str, str]) -> dict[str, Any]:
    """The survivor's columns that change, with their new values."""
    new: dict[str, Any] = {}
    for field, columns in MERGE_FIELDS.items():
        choice = choices.get(field) or default_choice(field, keep[field], other[field])
        if choice == "other":
            values = {column: other[column] for column in columns}
        elif choice == "both":
            parts = [keep[field], other[field]]
            values = {field: "\n\n".join(p for p in parts if p) if parts[0] != parts[1] else keep[field]}
        else:
            continue
        if field in _SORT_KEYS:
            values[_SORT_KEYS[field]] = fold(values[field])
        new.update({c: v for c, v in values.items() if v != keep[c]})
    return new


def _update(table: str, key: int, values: Mapping[str, Any]) -> None:
    if values:
        sets = ", ".join(f'"{column}" = {_p()}' for column in values)
        sets += ", version = version + 1" if table in VERSIONED_TABLES else ""  # a person's change
        database.execute_sql(f'UPDATE "{table}" SET {sets} WHERE id = {_p()}', (*values.values(), key))


def _ids(sql: str, *params: Any) -> list[int]:
    return [int(row[0]) for row in database.execute_sql(sql, params)]


def _tag_ids(customer_id: int) -> list[int]:
    return _ids(f"SELECT tag_id FROM customer_tag WHERE customer_id = {_p()} ORDER BY tag_id", customer_id)


def _link_tags(customer_id: int, tag_ids: list[int]) -> None:
    for tag_id in tag_ids:
        database.execute_sql(
            f"INSERT INTO customer_tag (customer_id, tag_id) SELECT {_p()}, id FROM tag WHERE id = {_p()}",
            (customer_id, tag_id),
        )


def _hold(*customer_ids: object) -> None:
    """On a server, lock the two customers until the merge commits, before reading them (in id order):
    an edit another counter commits meanwhile is then read, not lost with the deleted customer or left
    out of the undo record. SQLite's ``BEGIN IMMEDIATE`` already keeps other writers out."""
    ids = sorted(i for i in customer_ids if isinstance(i, int) and not isinstance(i, bool))
    if ids and not is_sqlite():
        marks = ", ".join(_p() for _ in ids)
        database.execute_sql(f"SELECT id FROM customer WHERE id IN ({marks}) ORDER BY id FOR UPDATE", ids)


@writes
def merge(
    keep_id: int,
    other_id: int,
    field_choices: Mapping[str, str] | None = None,
    seen: Mapping[int, Seen] | None = None,
) -> MergeResult:
    """Merge ``other_id`` into ``keep_id`` (see the module notes); one transaction. ``seen`` (by id): the
    versions the clerk compared; a customer changed (or deleted) since refuses it (``ConflictError``)."""
    choices = _check_choices(field_choices or {})
    if keep_id == other_id:
        raise ValidationError("other_id", _("is the same customer as the one to keep"))
    _hold(keep_id, other_id)
    for customer_id in (keep_id, other_id):
        was = (seen or {}).get(customer_id)
        guard_unchanged("customer", customer_id, was, customers.stored_values(customer_id, was))
    keep = _require(keep_id, "keep_id")
    other = _require(other_id, "other_id")
    now = format_instant(utc_now())
    new_values = _merged_values(keep, other, choices)
    moved: dict[str, list[int]] = {}
    for table in MOVED_TABLES:
        moved[table] = _ids(f'SELECT id FROM "{table}" WHERE customer_id = {_p()} ORDER BY id', other_id)
        if moved[table]:
            database.execute_sql(
                f'UPDATE "{table}" SET customer_id = {_p()} WHERE customer_id = {_p()}', (keep_id, other_id)
            )
    other_tags = _tag_ids(other_id)
    keep_tags = set(_tag_ids(keep_id))
    moved["tags"] = [tag for tag in other_tags if tag not in keep_tags]
    _link_tags(keep_id, moved["tags"])
    database.execute_sql(f"DELETE FROM customer WHERE id = {_p()}", (other_id,))
    before = {column: keep[column] for column in new_values}
    before["updated_at"] = keep["updated_at"]
    _update("customer", keep_id, {**new_values, "updated_at": now})
    customer_stats.refresh([keep_id])
    record = MergeRecord.create(
        keep_id=keep_id,
        other_id=other_id,
        other_row_json=json.dumps(other, ensure_ascii=False, sort_keys=True, default=str),
        other_tags_json=json.dumps(other_tags),
        moved_json=json.dumps(moved, sort_keys=True),
        keep_before_json=json.dumps(before, ensure_ascii=False, sort_keys=True, default=str),
        created_at=now,
    )
    changed = tuple(field for field, columns in MERGE_FIELDS.items() if columns[0] in new_values)
    return MergeResult(
        int(record.id),
        keep_id,
        other_id,
        len(moved["interaction"]),
        len(moved["followup"]),
        len(moved["feedback"]),
        len(moved["tags"]),
        changed,
    )


def _load_record(merge_id: int) -> MergeRecord:
    record = MergeRecord.get_or_none(MergeRecord.id == merge_id)
    if record is None:
        raise NotFound(_("There is no merge number {merge_id}.").format(merge_id=merge_id))
    return record


def _refuse_undo(record: MergeRecord, other: dict[str, Any]) -> None:
    """CarebookError naming why this merge cannot be undone, if it cannot."""
    label = _("Merge {id} cannot be undone").format(id=record.id)
    if record.undone_at is not None:
        raise CarebookError(
            _("Merge {id} was already undone on {undone_at}.").format(
                id=record.id, undone_at=format_instant(record.undone_at)
            )
        )
    keep = customer_row(record.keep_id)
    if keep is None:
        raise CarebookError(
            _("{label}: the customer it kept (#{keep_id}) no longer exists.").format(
                label=label, keep_id=record.keep_id
            )
        )
    if keep["erased_at"] is not None:
        raise CarebookError(
            _("{label}: the customer it kept (#{keep_id}) was erased since.").format(
                label=label, keep_id=record.keep_id
            )
        )
    if str(keep["updated_at"]) != format_instant(record.created_at):
        raise CarebookError(
            _(
                "{label}: '{name}' (#{keep_id}) was edited after the merge, and undoing it would lose "
                "that edit."
            ).format(label=label, name=keep["name"], keep_id=record.keep_id)
        )
    if customer_row(record.other_id) is not None:
        raise CarebookError(
            _("{label}: customer number {other_id} ('{name}') is in use by another record.").format(
                label=label, other_id=record.other_id, name=other["name"]
            )
        )


@writes
def undo_merge(merge_id: int) -> UndoMergeResult:
    """Give back both customers of a merge as they were; one transaction."""
    record = _load_record(merge_id)
    other: dict[str, Any] = json.loads(record.other_row_json)
    _refuse_undo(record, other)
    keep_id, other_id = int(record.keep_id), int(record.other_id)
    current = set(customer_row(keep_id) or {})
    columns = [column for column in other if column in current]
    marks = ", ".join(_p() for _ in columns)
    quoted = ", ".join(f'"{column}"' for column in columns)
    database.execute_sql(f"INSERT INTO customer ({quoted}) VALUES ({marks})", [other[c] for c in columns])
    _update("customer", keep_id, json.loads(record.keep_before_json))
    moved: dict[str, list[int]] = json.loads(record.moved_json)
    back: dict[str, int] = {}
    for table in MOVED_TABLES:
        back[table] = 0
        for start in range(0, len(moved[table]), 500):
            chunk = moved[table][start : start + 500]
            cursor = database.execute_sql(
                f'UPDATE "{table}" SET customer_id = {_p()} WHERE customer_id = {_p()} '
                f"AND id IN ({', '.join(_p() for _ in chunk)})",
                (other_id, keep_id, *chunk),
            )
            back[table] += cursor.rowcount
    for tag_id in moved["tags"]:
        database.execute_sql(
            f"DELETE FROM customer_tag WHERE customer_id = {_p()} AND tag_id = {_p()}", (keep_id, tag_id)
        )
    _link_tags(other_id, json.loads(record.other_tags_json))
    customer_stats.refresh([keep_id, other_id])
    MergeRecord.update(undone_at=utc_now()).where(MergeRecord.id == merge_id).execute()
    return UndoMergeResult(
        merge_id, keep_id, other_id, back["interaction"], back["followup"], back["feedback"]
    )


@reads
def list_merges() -> tuple[MergeRow, ...]:
    """Every recorded merge, newest first."""
    rows = []
    for record in MergeRecord.select().order_by(MergeRecord.id.desc()):
        name = str(json.loads(record.other_row_json).get("name", ""))
        rows.append(
            MergeRow(record.id, record.keep_id, record.other_id, name, record.created_at, record.undone_at)
        )
    return tuple(rows)
