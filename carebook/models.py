"""The tables of DESIGN.md as peewee models, bound to the deferred ``carebook.db.database``.

Instants (``*_at``) are naive UTC text ``YYYY-MM-DD HH:MM:SS``; ``due_on``/``due_time`` are local.
Denormalised columns on ``customer`` keep big lists sortable in SQL over an index: ``name_key`` and
``company_key`` (folded name and company, kept by the services that write them), and ``last_contact_at``,
``open_followups``, ``open_contacts``, ``last_score_kind``/``last_score`` and ``last_score_norm`` (the
last score on a 0-100 scale whatever its kind), which ``services.customer_stats.refresh`` recomputes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import peewee

from carebook.clock import INSTANT_FORMAT
from carebook.db import database


class InstantField(peewee.DateTimeField):
    """A naive UTC instant stored as ``YYYY-MM-DD HH:MM:SS`` (no microseconds, no offset)."""

    formats = [INSTANT_FORMAT, "%Y-%m-%d %H:%M:%S.%f"]

    def db_value(self, value: Any) -> Any:
        if isinstance(value, datetime):
            if value.tzinfo is not None:
                raise ValueError("instants are stored as naive UTC")
            return value.strftime(INSTANT_FORMAT)
        return value


def version_field() -> peewee.IntegerField:
    """The ``version`` of a record a person edits (migration 0011; raised by each save, see conflicts.py).
    No Python default: a new record takes the column's SQL default (1), so writing one also works on a
    shop still at an older schema (as ``address_parts``)."""
    return peewee.IntegerField(constraints=[peewee.SQL("DEFAULT 1")])


class BaseModel(peewee.Model):
    # Each model declares the ``id = peewee.AutoField()`` peewee would add anyway, so that type checkers
    # know it (CustomerTag and SchemaMigration have their own keys).

    class Meta:
        database = database
        legacy_table_names = False


class Staff(BaseModel):
    id = peewee.AutoField()
    name = peewee.TextField(unique=True)
    role = peewee.TextField(default="staff")  # owner / staff
    active = peewee.BooleanField(default=True)
    created_at = InstantField(null=True)
    version = version_field()


class Customer(BaseModel):
    id = peewee.AutoField()
    name = peewee.TextField()
    name_key = peewee.TextField(default="", index=True)  # folded name, for sorting and prefix search
    company = peewee.TextField(default="")
    email = peewee.TextField(default="", index=True)  # normalised (lower-case domain) or ""
    phone = peewee.TextField(default="")  # as typed
    phone_e164 = peewee.TextField(default="", index=True)  # "" when the number is invalid
    address = peewee.TextField(default="")
    preferred_channel = peewee.TextField(default="")
    notes = peewee.TextField(default="")
    consent_marketing = peewee.BooleanField(default=False)
    contact_every_days = peewee.IntegerField(null=True)
    created_at = InstantField(index=True)
    updated_at = InstantField()
    deleted_at = InstantField(null=True, index=True)  # in the trash since
    erased_at = InstantField(null=True)  # anonymised for good
    last_contact_at = InstantField(null=True, index=True)
    open_followups = peewee.IntegerField(default=0, index=True)
    open_contacts = peewee.IntegerField(default=0)
    last_score_kind = peewee.TextField(default="")
    last_score = peewee.IntegerField(null=True)
    # Added by migration 0004, so last in the table: folded company for sorting (its SQL default lets
    # the migration add it in place), and the last score on a 0-100 scale (100 = best).
    company_key = peewee.TextField(default="", constraints=[peewee.SQL("DEFAULT ''")])
    last_score_norm = peewee.FloatField(null=True)
    birthday = peewee.DateField(null=True)  # migration 0007: a calendar date, or NULL
    # migration 0009: the address's vCard parts as imported (JSON), "" when none (``address_parts``)
    # (no Python default: a customer written without one takes the column's SQL default)
    address_parts = peewee.TextField(constraints=[peewee.SQL("DEFAULT ''")])
    version = version_field()

    class Meta:
        indexes = (
            (("company_key", "name_key", "id"), False),
            (("last_score_norm", "name_key", "id"), False),
        )


class Tag(BaseModel):
    id = peewee.AutoField()
    name = peewee.TextField(unique=True)


class CustomerTag(BaseModel):
    # No index of their own (migration 0008): the primary key and (tag, customer) begin with them.
    customer = peewee.ForeignKeyField(Customer, backref="tag_links", on_delete="CASCADE", index=False)
    tag = peewee.ForeignKeyField(Tag, backref="customer_links", on_delete="CASCADE", index=False)

    class Meta:
        primary_key = peewee.CompositeKey("customer", "tag")
        indexes = ((("tag", "customer"), False),)


class Interaction(BaseModel):
    id = peewee.AutoField()
    # customer and occurred_at: indexed by the composite indexes below that begin with them (0008)
    customer = peewee.ForeignKeyField(Customer, backref="interactions", on_delete="CASCADE", index=False)
    staff = peewee.ForeignKeyField(Staff, null=True, backref="interactions", on_delete="SET NULL")
    occurred_at = InstantField()
    channel = peewee.TextField()
    direction = peewee.TextField(default="inbound")
    reason = peewee.TextField(default="other")
    summary = peewee.TextField(default="")
    notes = peewee.TextField(default="")
    status = peewee.TextField(default="open")  # open / resolved
    resolved_first_contact = peewee.BooleanField(default=False)
    resolved_at = InstantField(null=True)
    waited_minutes = peewee.IntegerField(null=True)
    duration_minutes = peewee.IntegerField(null=True)
    created_at = InstantField(null=True)
    version = version_field()

    class Meta:
        indexes = (
            (("customer", "occurred_at"), False),
            (("status", "staff"), False),  # migration 0006: open-contact counts
            (("occurred_at", "channel", "reason", "status", "staff", "customer"), False),  # 0006: list
        )


class Followup(BaseModel):
    id = peewee.AutoField()
    customer = peewee.ForeignKeyField(Customer, backref="followups", on_delete="CASCADE", index=False)  # 0008
    interaction = peewee.ForeignKeyField(Interaction, null=True, backref="followups", on_delete="SET NULL")
    assignee = peewee.ForeignKeyField(Staff, null=True, backref="followups", on_delete="SET NULL")
    due_on = peewee.DateField(index=True)  # local date
    due_time = peewee.TimeField(null=True)  # local time, optional
    note = peewee.TextField(default="")
    priority = peewee.TextField(default="normal")
    done_at = InstantField(null=True)
    done_by = peewee.ForeignKeyField(
        Staff, null=True, backref="followups_done", on_delete="SET NULL", column_name="done_by_id"
    )
    origin = peewee.TextField(default="manual")  # manual / stay_in_touch / import
    created_at = InstantField(null=True)
    version = version_field()

    class Meta:
        indexes = ((("customer", "done_at"), False), (("done_at", "due_on"), False))


class Feedback(BaseModel):
    id = peewee.AutoField()
    customer = peewee.ForeignKeyField(Customer, backref="feedback", on_delete="CASCADE", index=False)  # 0008
    interaction = peewee.ForeignKeyField(Interaction, null=True, backref="feedback", on_delete="SET NULL")
    kind = peewee.TextField()  # csat / nps / ces
    score = peewee.IntegerField()
    comment = peewee.TextField(default="")
    received_at = InstantField(index=True)
    version = version_field()

    class Meta:
        indexes = ((("customer", "received_at"), False),)


class Setting(BaseModel):
    id = peewee.AutoField()
    key = peewee.TextField(unique=True)
    value = peewee.TextField(default="")
    version = version_field()


class MergeRecord(BaseModel):
    """One merge of two customers (migration 0005), with what ``services.merge.undo_merge`` needs:
    the merged-away customer's full row and tag ids, the ids of the rows moved to the survivor, and the
    survivor's earlier values of the columns the merge changed (JSON)."""

    id = peewee.AutoField()
    keep_id = peewee.IntegerField(index=True)
    other_id = peewee.IntegerField(index=True)
    other_row_json = peewee.TextField()
    other_tags_json = peewee.TextField(default="[]")
    moved_json = peewee.TextField(default="{}")
    keep_before_json = peewee.TextField(default="{}")
    created_at = InstantField()
    undone_at = InstantField(null=True)


MODELS: tuple[type[BaseModel], ...] = (
    Staff,
    Customer,
    Tag,
    CustomerTag,
    Interaction,
    Followup,
    Feedback,
    Setting,
    MergeRecord,
)
