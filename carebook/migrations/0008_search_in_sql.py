"""Version 8: the search index kept by plain-SQL triggers, so any SQLite client can write every table.

Drops the index of migration 0002 (its triggers called ``carebook_*`` Python functions, which only
Carebook's own connections had) and creates and fills ``carebook.search_schema``'s: text folded
in SQL (``search_fold``), no copy of notes and contacts (the word indexes read them through views).
The customers' rows are left as they are (their keys are the services' ``fold``, as 0002 indexed them).
Also drops indexes that another index already begins with (the same lookups, twice the writes).
On a server database this migration does nothing but drop those indexes (its search index is 0009's).
"""

from __future__ import annotations

import peewee
from playhouse.migrate import SchemaMigrator

from carebook import search_schema as search_index

# (index, the index that makes it redundant by starting with the same columns)
REDUNDANT_INDEXES = (
    ("interaction_customer_id", "interaction_customer_id_occurred_at"),
    ("interaction_occurred_at", "interaction_occurred_at_channel_reason_status_staff_id_customer_id"),
    ("feedback_customer_id", "feedback_customer_id_received_at"),
    ("followup_customer_id", "followup_customer_id_done_at"),
    ("customer_tag_customer_id", "the primary key (customer_id, tag_id)"),
    ("customer_tag_tag_id", "customer_tag_tag_id_customer_id"),
)


def upgrade(db: peewee.Database, migrator: SchemaMigrator) -> None:
    for index, _covered_by in REDUNDANT_INDEXES:
        db.execute_sql(f'DROP INDEX IF EXISTS "{index}"')
    if not isinstance(db, peewee.SqliteDatabase):
        return
    search_index.drop(db)
    search_index.create(db)
    search_index.fill(db)
