"""Version 9: the search index on a PostgreSQL server (``carebook.search_schema_pg``); SQLite untouched.

Until now a server database had no index and search scanned four fields (no tags, no words of notes or
contacts, "cafe" did not find "Café"). Creates the extension ``pg_trgm`` (trusted: a database owner may
create it), the index's tables, functions and triggers, and fills it from the rows already there.
"""

from __future__ import annotations

import peewee
from playhouse.migrate import SchemaMigrator

from carebook import search_schema_pg
from carebook.errors import StorageError

NO_EXTENSION = (
    "PostgreSQL refused to create the extension pg_trgm in this database ({error}); ask the server's "
    "administrator to run CREATE EXTENSION pg_trgm in it (it ships with PostgreSQL's contrib), then open "
    "the shop again."
)


def upgrade(db: peewee.Database, migrator: SchemaMigrator) -> None:
    if isinstance(db, peewee.SqliteDatabase):
        return
    try:
        with db.atomic():
            search_schema_pg.create_extension(db)
    except peewee.DatabaseError as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise StorageError(NO_EXTENSION.format(error=first)) from error
    search_schema_pg.drop(db)
    search_schema_pg.create(db)
