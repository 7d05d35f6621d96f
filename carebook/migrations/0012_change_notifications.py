"""Version 12: on a PostgreSQL server, every committed write notifies the other seats
(``carebook.change_triggers_pg``: statement-level triggers that ``pg_notify`` what they touched, from the
writing transaction); SQLite untouched (its seats read ``PRAGMA data_version``).
"""

from __future__ import annotations

import peewee
from playhouse.migrate import SchemaMigrator

from carebook import change_triggers_pg


def upgrade(db: peewee.Database, migrator: SchemaMigrator) -> None:
    if isinstance(db, peewee.SqliteDatabase):
        return
    change_triggers_pg.create(db)
