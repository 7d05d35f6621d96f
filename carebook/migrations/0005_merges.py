"""Version 5: merge records (``merge_record``), so a merge of two customers can be undone exactly.

A frozen copy of the model as of this version, like 0003. Customer ids are plain integers, not foreign
keys: the merged-away customer no longer exists, and the record must outlive either side.
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


class MergeRecord(peewee.Model):
    keep_id = peewee.IntegerField(index=True)
    other_id = peewee.IntegerField(index=True)
    other_row_json = peewee.TextField()
    other_tags_json = peewee.TextField(default="[]")
    moved_json = peewee.TextField(default="{}")
    keep_before_json = peewee.TextField(default="{}")
    created_at = InstantField()
    undone_at = InstantField(null=True)

    class Meta:
        legacy_table_names = False


def upgrade(db: peewee.Database, migrator: SchemaMigrator) -> None:
    with db.bind_ctx([MergeRecord]):
        db.create_tables([MergeRecord])
