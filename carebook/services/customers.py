"""Customers: create, edit, find, and the trash.

CONTRACT (used by the UI, imports and the CLI; keep these names):
- ``create(name, **fields) -> Saved``; ``update(customer_id, **changes) -> Saved``: fields by the names
  of ``carebook.customer_schema`` (company, email, phone, ..., tags, created_at).
  Bad input raises one ValidationError naming every bad field, and nothing is written. A phone number
  that is not valid for the shop's region is kept as typed, with a warning in ``Saved.warnings``.
- ``get(id) -> CustomerRow`` (NotFound), ``get_many(ids)``, ``find_by_email(email) -> CustomerRow | None``.
- ``trash(ids)``, ``restore(ids)``, ``empty_trash(older_than_days=30)``: nothing leaves the database
  until the trash is emptied; emptying deletes the customers with their contacts, follow-ups and scores.
- ``list_customers``, ``count_customers``, ``ids_matching``: see ``customer_queries``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import peewee

from carebook.clock import utc_now
from carebook.conflicts import bump
from carebook.contact_info import email_key, normalise_email
from carebook.customer_schema import FIELDS, Kind, of_kind
from carebook.db import reads, writes
from carebook.errors import CarebookError, NotFound, ValidationError
from carebook.models import Customer
from carebook.query_rows import tuple_rows
from carebook.services import customer_fields
from carebook.services.customer_queries import (
    SORTS,
    CustomerPage,
    count_customers,
    ids_matching,
    list_customers,
)
from carebook.services.customer_rows import CustomerRow, chunks, load_rows, unique_ids
from carebook.services.tags import replace_tags
from carebook.translation import _
from carebook.versions import Seen, guard, guard_unchanged, picked

__all__ = [
    "SORTS",
    "CustomerPage",
    "CustomerRow",
    "Saved",
    "count_customers",
    "create",
    "empty_trash",
    "find_by_email",
    "get",
    "get_many",
    "ids_matching",
    "list_customers",
    "restore",
    "trash",
    "update",
]


@dataclass(frozen=True)
class Saved:
    row: CustomerRow
    warnings: tuple[str, ...] = ()  # e.g. a phone number kept as typed


def _missing(customer_id: int) -> NotFound:
    return NotFound(_("There is no customer number {customer_id}.").format(customer_id=customer_id))


def _load(customer_id: int) -> CustomerRow:
    rows = load_rows([customer_id])
    if not rows:
        raise _missing(customer_id)
    return rows[0]


@writes
def create(name: str, **fields: object) -> Saved:
    """Add a customer: ``fields`` by the names of ``carebook.customer_schema`` (those left out are empty);
    ``created_at`` (naive UTC) defaults to now."""
    given = {**customer_fields.defaults(), **fields, "name": name}
    if given.get("created_at") is None:
        given.pop("created_at", None)
    checked = customer_fields.check(given)
    now = utc_now()
    columns = {"created_at": now, **checked.columns, "updated_at": now}
    customer_id = Customer.insert(**columns).execute()
    replace_tags(customer_id, checked.tags or ())
    return Saved(_load(customer_id), tuple(checked.warnings))


def _stale_derived(customer_id: int, columns: dict[str, object]) -> dict[str, object]:
    """The columns, with the derived ones of each text field given a new value emptied: an address
    typed anew drops the vCard parts it was imported with; one saved untouched keeps them."""
    fields = [f for f in of_kind(Kind.TEXT, Kind.MULTILINE) if f.derived and f.name in columns]
    if fields:
        wanted = [getattr(Customer, f.name) for f in fields]
        stored = Customer.select(*wanted).where(Customer.id == customer_id).tuples().first() or ()
        for f, old in zip(fields, stored, strict=True):
            if old != columns[f.name]:
                columns.update({column: "" for column in f.derived})
    return columns


def seen(row: CustomerRow) -> Seen:
    """What a form showing ``row`` loaded: its version, every field of ``customer_schema`` and whether it
    was in the trash (a customer moved there since cannot be saved or deleted unasked)."""
    return Seen.of(row, (*(f.name for f in FIELDS), "deleted_at"))


def stored_values(
    customer_id: int, seen: Seen | None = None
) -> Callable[[Iterable[str]], dict[str, Any] | None]:
    """How ``versions.guard`` reads this customer now (None: erased, or moved to the trash since ``seen``,
    when ``seen`` names ``deleted_at`` as None)."""

    def read(names: Iterable[str]) -> dict[str, Any] | None:
        rows = load_rows([customer_id])
        if not rows or rows[0].erased_at is not None:
            return None
        seen_outside_trash = seen is not None and seen.values.get("deleted_at", "") is None
        if rows[0].trashed and seen_outside_trash:
            return None
        return picked(rows[0], names)

    return read


@writes
def update(customer_id: int, *, seen: Seen | None = None, **changes: object) -> Saved:
    """Change only the fields given (same names as ``create``); ``updated_at`` becomes now.

    ``seen``: the version and values the clerk's form loaded (``carebook.versions``): a customer changed
    since is merged field by field or refused with ``ConflictError``."""
    if changes.get("created_at", "") is None:
        del changes["created_at"]
    changes = guard("customer", customer_id, seen, changes, stored_values(customer_id, seen))
    exists = Customer.select(Customer.erased_at).where(Customer.id == customer_id).tuples().first()
    if exists is None:
        raise _missing(customer_id)
    if exists[0] is not None:
        raise CarebookError(_("This customer's personal data was erased, so the record cannot be edited."))
    checked = customer_fields.check(changes)
    columns = _stale_derived(customer_id, dict(checked.columns))
    columns["updated_at"] = utc_now()
    Customer.update(**columns, version=bump()).where(Customer.id == customer_id).execute()
    if checked.tags is not None:
        replace_tags(customer_id, checked.tags)
    return Saved(_load(customer_id), tuple(checked.warnings))


@reads
def get(customer_id: int) -> CustomerRow:
    return _load(customer_id)


@reads
def get_many(ids: Iterable[int]) -> tuple[CustomerRow, ...]:
    """Rows in the order asked; ids that do not exist are left out."""
    return load_rows(ids)


@reads
def find_by_email(email: str) -> CustomerRow | None:
    """The customer with this address in any case, or None. Trashed customers are found too (see
    ``deleted_at``), but one outside the trash wins; among equals, the address spelled exactly as
    asked wins, then the oldest customer."""
    try:
        normalised = normalise_email(email)
    except ValidationError:
        return None
    if not normalised:
        return None
    key = email_key(normalised)
    query = Customer.select(Customer.id, Customer.email, Customer.deleted_at)
    exact = list(tuple_rows(query.where(Customer.email.in_(sorted({normalised, key})))))
    if any(deleted_at is None for _id, _email, deleted_at in exact):
        candidates = exact  # the index answers the usual case
    else:  # other spellings: a scan of the email index, confirmed in Python
        scan = Customer.select(Customer.id, Customer.email).where(_like_any_case(Customer.email, key))
        ids = [customer_id for customer_id, stored in tuple_rows(scan) if email_key(stored) == key]
        candidates = list(tuple_rows(query.where(Customer.id.in_(ids)))) if ids else []
    matches = sorted(
        (deleted_at is not None, stored != normalised, customer_id)
        for customer_id, stored, deleted_at in candidates
        if email_key(stored) == key
    )
    return _load(matches[0][2]) if matches else None


def _like_any_case(column: peewee.Field, key: str) -> peewee.Expression:
    """``column`` ILIKE ``key``, which SQLite compares case-insensitively only for ASCII letters:
    other characters become one-character wildcards, so the caller must confirm each match."""
    pattern = "".join("\\" + ch if ch in "\\%_" else ch if ord(ch) < 128 else "_" for ch in key)
    escaped = peewee.NodeList(
        (peewee.Value(pattern, converter=False), peewee.SQL("ESCAPE"), peewee.Value("\\", converter=False))
    )
    return peewee.Expression(column, peewee.OP.ILIKE, escaped)


@writes
def trash(ids: Iterable[int], seen: Mapping[int, Seen] | None = None) -> int:
    """Move customers to the trash; returns how many moved (those already there are skipped).

    ``seen`` (by id): the versions the clerk saw; one changed since refuses the whole move
    (``ConflictError``)."""
    now = utc_now()
    moved = 0
    for customer_id, was in (seen or {}).items():
        guard_unchanged("customer", customer_id, was, stored_values(customer_id))
    for chunk in chunks(unique_ids(ids)):
        moved += (
            Customer.update(deleted_at=now, version=bump())
            .where(Customer.id.in_(list(chunk)) & Customer.deleted_at.is_null())
            .execute()
        )
    return moved


@writes
def restore(ids: Iterable[int]) -> int:
    """Take customers out of the trash; returns how many came back."""
    restored = 0
    for chunk in chunks(unique_ids(ids)):
        restored += (
            Customer.update(deleted_at=None, version=bump())
            .where(Customer.id.in_(list(chunk)) & Customer.deleted_at.is_null(False))
            .execute()
        )
    return restored


@writes
def empty_trash(older_than_days: int = 30) -> int:
    """Delete for good the customers in the trash for at least this many days (0: all of them),
    with their contacts, follow-ups, scores and tags. Returns how many customers were deleted."""
    if isinstance(older_than_days, bool) or not isinstance(older_than_days, int) or older_than_days < 0:
        raise ValidationError(
            "older_than_days",
            _("'{older_than_days}' is not a whole number of days").format(older_than_days=older_than_days),
        )
    cutoff = utc_now() - timedelta(days=older_than_days)
    doomed = Customer.deleted_at.is_null(False) & (Customer.deleted_at <= cutoff)
    return int(Customer.delete().where(doomed).execute())
