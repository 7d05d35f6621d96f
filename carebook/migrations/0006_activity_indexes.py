"""Version 6: indexes that keep the contact and follow-up lists quick on a big shop.

- ``interaction (status, staff_id)``: the open-contacts count (everyone's, or one staff member's) is a
  range of this index, with no table rows read.
- ``interaction (occurred_at, channel, reason, status, staff_id, customer_id)``: a covering index for
  the contacts list. A page's ids are picked from it alone (filter by period, sort by any column, deep
  offsets), then only that page's rows are read.

Plain ``CREATE INDEX`` statements (no table rebuild), named as peewee names the models' indexes.
"""

from __future__ import annotations

import peewee
from playhouse.migrate import SchemaMigrator

_INDEXES = (
    ("interaction", ("status", "staff_id")),
    ("interaction", ("occurred_at", "channel", "reason", "status", "staff_id", "customer_id")),
)


def upgrade(db: peewee.Database, migrator: SchemaMigrator) -> None:
    for table, columns in _INDEXES:
        name = f"{table}_{'_'.join(columns)}"
        quoted = ", ".join(f'"{column}"' for column in columns)
        db.execute_sql(f'CREATE INDEX "{name}" ON "{table}" ({quoted})')
