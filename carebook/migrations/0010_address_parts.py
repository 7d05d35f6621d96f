"""Version 10: ``customer.address_parts``, the parts of an address imported from a vCard (JSON), so a vCard
export gives address books the street, postcode and city in their own fields (``exchange.address_parts``).

Added in place (``ALTER TABLE ... ADD COLUMN``, no table rebuild): existing customers have none ("").
"""

from __future__ import annotations

import peewee
from playhouse.migrate import SchemaMigrator


def upgrade(db: peewee.Database, migrator: SchemaMigrator) -> None:
    db.execute_sql("ALTER TABLE customer ADD COLUMN address_parts TEXT NOT NULL DEFAULT ''")
