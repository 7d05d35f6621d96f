"""Version 3: import records (``import_batch``, ``import_change``) so an import can be undone.

Frozen copies of the models as of this version, like 0001.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import peewee
from playhouse.migrate import SchemaMigrator

INSTANT_FORMAT = "%Y-%m-%d %H:%M:%S"


class InstantField(peewee.DateTimeField):
    formats = [INSTANT_FORMAT, "%Y-%m-%d %H:%M:%S.%f"]

    def db_value(self, value: Any) -> Any:
        if isinstance(value, datetime):
            return value.strftime(INSTANT_FORMAT)
        return value


class BaseModel(peewee.Model):
    class Meta:
        legacy_table_names = False


class ImportBatch(BaseModel):
    kind = peewee.TextField()
    file_name = peewee.TextField(default="")
    created_at = InstantField()
    created_rows = peewee.IntegerField(default=0)
    updated_rows = peewee.IntegerField(default=0)
    undone_at = InstantField(null=True)


class ImportChange(BaseModel):
    batch = peewee.ForeignKeyField(ImportBatch, backref="changes", on_delete="CASCADE")
    table_name = peewee.TextField()
    row_id = peewee.IntegerField()
    action = peewee.TextField()
    before_json = peewee.TextField(default="")


def upgrade(db: peewee.Database, migrator: SchemaMigrator) -> None:
    models = [ImportBatch, ImportChange]
    with db.bind_ctx(models):
        db.create_tables(models)
