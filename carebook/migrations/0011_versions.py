"""Version 11: a ``version`` on every record a person edits (customer, interaction, followup, feedback,
staff, setting), so a save names the version it loaded and a record changed since is a conflict
(``carebook.conflicts``), never a silent overwrite.

Added in place with a default of 1: every existing record starts at version 1.
"""

from __future__ import annotations

import peewee
from playhouse.migrate import SchemaMigrator

from carebook.conflicts import VERSIONED_TABLES


def upgrade(db: peewee.Database, migrator: SchemaMigrator) -> None:
    for table in VERSIONED_TABLES:
        db.execute_sql(f"ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
