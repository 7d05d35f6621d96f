"""Version 4: sort keys for the customers list, so sorting by company or by last score reads an index.

- ``customer.company_key``: the folded company (``carebook.text.fold``), indexed with ``name_key`` and
  ``id``; folded here in Python, in batches, for the rows that have a company.
- ``customer.last_score_norm``: the last score on a 0-100 scale (100 = best) whatever its kind, indexed
  with ``name_key`` and ``id``; computed in SQL from the stored ``last_score_kind``/``last_score``.

Both columns are added in place (``ALTER TABLE ... ADD COLUMN``, no table rebuild, so the search
triggers on ``customer`` stay as they are); neither is watched by a trigger. The score formula is a
frozen copy of ``carebook.services.customer_stats.SCORE_NORM`` as of this version.
"""

from __future__ import annotations

import peewee
from playhouse.migrate import SchemaMigrator

from carebook.text import fold

_BATCH = 1000
_NORM = (
    "CASE last_score_kind WHEN 'csat' THEN (last_score - 1) * 25.0 WHEN 'nps' THEN last_score * 10.0 "
    "WHEN 'ces' THEN (last_score - 1) * 100.0 / 6 END"
)


def _fill_company_keys(db: peewee.Database) -> None:
    param = "?" if isinstance(db, peewee.SqliteDatabase) else "%s"
    update = f"UPDATE customer SET company_key = {param} WHERE id = {param}"
    query = (
        f"SELECT id, company FROM customer WHERE id > {param} AND company <> '' ORDER BY id LIMIT {_BATCH}"
    )
    last_id = 0
    while True:
        rows = db.execute_sql(query, (last_id,)).fetchall()
        if not rows:
            return
        for row_id, company in rows:
            key = fold(company)
            if key:
                db.execute_sql(update, (key, row_id))
        last_id = rows[-1][0]


def upgrade(db: peewee.Database, migrator: SchemaMigrator) -> None:
    db.execute_sql("ALTER TABLE customer ADD COLUMN company_key TEXT NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE customer ADD COLUMN last_score_norm REAL")
    _fill_company_keys(db)
    db.execute_sql(f"UPDATE customer SET last_score_norm = {_NORM} WHERE last_score IS NOT NULL")
    for column in ("company_key", "last_score_norm"):
        db.execute_sql(
            f'CREATE INDEX "customer_{column}_name_key_id" ON "customer" ("{column}", "name_key", "id")'
        )
