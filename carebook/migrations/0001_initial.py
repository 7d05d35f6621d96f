"""Version 1: the tables of DESIGN.md.

The models are frozen copies as of this version, so later changes to ``carebook.models`` never change
what this migration creates.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import peewee
from playhouse.migrate import SchemaMigrator

INSTANT_FORMAT = "%Y-%m-%d %H:%M:%S"


class InstantField(peewee.DateTimeField):
    """A naive UTC instant stored as ``YYYY-MM-DD HH:MM:SS`` (no microseconds, no offset)."""

    formats = [INSTANT_FORMAT, "%Y-%m-%d %H:%M:%S.%f"]

    def db_value(self, value: Any) -> Any:
        if isinstance(value, datetime):
            if value.tzinfo is not None:
                raise ValueError("instants are stored as naive UTC")
            return value.strftime(INSTANT_FORMAT)
        return value


class BaseModel(peewee.Model):
    class Meta:
        legacy_table_names = False


class Staff(BaseModel):
    name = peewee.TextField(unique=True)
    role = peewee.TextField(default="staff")  # owner / staff
    active = peewee.BooleanField(default=True)
    created_at = InstantField(null=True)


class Customer(BaseModel):
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


class Tag(BaseModel):
    name = peewee.TextField(unique=True)


class CustomerTag(BaseModel):
    customer = peewee.ForeignKeyField(Customer, backref="tag_links", on_delete="CASCADE")
    tag = peewee.ForeignKeyField(Tag, backref="customer_links", on_delete="CASCADE")

    class Meta:
        primary_key = peewee.CompositeKey("customer", "tag")
        indexes = ((("tag", "customer"), False),)


class Interaction(BaseModel):
    customer = peewee.ForeignKeyField(Customer, backref="interactions", on_delete="CASCADE")
    staff = peewee.ForeignKeyField(Staff, null=True, backref="interactions", on_delete="SET NULL")
    occurred_at = InstantField(index=True)
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

    class Meta:
        indexes = ((("customer", "occurred_at"), False),)


class Followup(BaseModel):
    customer = peewee.ForeignKeyField(Customer, backref="followups", on_delete="CASCADE")
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

    class Meta:
        indexes = ((("customer", "done_at"), False), (("done_at", "due_on"), False))


class Feedback(BaseModel):
    customer = peewee.ForeignKeyField(Customer, backref="feedback", on_delete="CASCADE")
    interaction = peewee.ForeignKeyField(Interaction, null=True, backref="feedback", on_delete="SET NULL")
    kind = peewee.TextField()  # csat / nps / ces
    score = peewee.IntegerField()
    comment = peewee.TextField(default="")
    received_at = InstantField(index=True)

    class Meta:
        indexes = ((("customer", "received_at"), False),)


class Setting(BaseModel):
    key = peewee.TextField(unique=True)
    value = peewee.TextField(default="")


def upgrade(db: peewee.Database, migrator: SchemaMigrator) -> None:
    models = [Staff, Customer, Tag, CustomerTag, Interaction, Followup, Feedback, Setting]
    with db.bind_ctx(models):
        db.create_tables(models)
