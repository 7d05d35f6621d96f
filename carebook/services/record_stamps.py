"""What a person edits of one record, as stored now: to tell whether an open form's record changed.

``stamp(table, record_id)`` returns a ``Stamp`` (the record's edited columns and its ``version``) or None
when the record is gone: deleted, merged away, or for a customer moved to the trash or erased. Two
stamps of one record differ exactly when something a person edits changed in between; the figures a
customer's row keeps about its contacts, follow-ups and scores (recounted by other writes) are left
out, so logging a contact does not count as a change of the customer. ``stamp("setting")`` covers the
whole table (the shop's settings are edited together). One small query, safe to call from the UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import peewee

from carebook.db import reads
from carebook.models import Customer, Feedback, Followup, Interaction, Setting, Staff

MODELS: dict[str, type[peewee.Model]] = {
    "customer": Customer,
    "interaction": Interaction,
    "followup": Followup,
    "feedback": Feedback,
    "staff": Staff,
    "setting": Setting,
}
# A customer's figures kept up to date by other records' writes: not what a person edits.
DERIVED = frozenset(
    {"last_contact_at", "open_followups", "open_contacts", "last_score_kind", "last_score", "last_score_norm"}
)


@dataclass(frozen=True)
class Stamp:
    table: str
    record_id: int | None  # None: the whole table (settings)
    values: tuple[Any, ...]


def _columns(model: type[peewee.Model]) -> list[peewee.Field]:
    return [field for name, field in model._meta.fields.items() if name not in DERIVED]


@reads
def stamp(table: str, record_id: int | None = None) -> Stamp | None:
    """The stored state of ``table``'s record ``record_id`` (of the whole table when None); None if gone."""
    model = MODELS.get(table)
    if model is None:
        raise ValueError(f"no stamps for table {table!r}")
    columns = _columns(model)
    query = model.select(*columns).order_by(model._meta.primary_key)
    if record_id is None:
        return Stamp(table, None, tuple(query.tuples()))
    found = query.where(model._meta.primary_key == int(record_id)).tuples().first()
    if found is None:
        return None
    if model is Customer:
        names = [field.name for field in columns]
        if found[names.index("deleted_at")] is not None or found[names.index("erased_at")] is not None:
            return None
    return Stamp(table, int(record_id), tuple(found))
