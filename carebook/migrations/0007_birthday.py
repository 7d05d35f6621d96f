"""Version 7: ``customer.birthday``, an optional calendar date (``YYYY-MM-DD``; NULL when unknown).

Added in place (``ALTER TABLE ... ADD COLUMN``, no table rebuild): existing customers have none.
"""

from __future__ import annotations

import peewee
from playhouse.migrate import SchemaMigrator


def upgrade(db: peewee.Database, migrator: SchemaMigrator) -> None:
    db.execute_sql("ALTER TABLE customer ADD COLUMN birthday DATE")
