"""The triggers that make every committed write on a PostgreSQL server notify the other seats
(migration 0012; SQLite has none: its seats read ``PRAGMA data_version``).

After each INSERT, UPDATE or DELETE statement on a table the app shows (``TABLES``), the function
``carebook_notify_changes()`` sends ``pg_notify(CHANNEL, payload)`` in the format of
``carebook.changes.payload``: ``interaction:12,13`` (the ids the statement touched, read from its
transition table) or ``interaction`` alone when they would not fit (a bulk write). For ``customer_tag``
the ids are the customers'. A TRUNCATE (a restore on the server) names the table alone. The notification
is part of the writing transaction, so it is delivered when that commits and never for a rollback. Rows
written by psql, ``carebook log`` from a till or any other client notify the same way. ``missing()``
names absent triggers (``carebook check``), ``create()`` (re)creates them all (``check --repair``).
"""

from __future__ import annotations

import peewee

from carebook.changes import CHANNEL, MAX_PAYLOAD

FUNCTION = "carebook_notify_changes"
# table -> the column whose values the notification names
TABLES: dict[str, str] = {
    "customer": "id",
    "interaction": "id",
    "followup": "id",
    "feedback": "id",
    "staff": "id",
    "setting": "id",
    "tag": "id",
    "customer_tag": "customer_id",
    "merge_record": "id",
    "import_batch": "id",
}
# (name suffix, event, transition table): a TRUNCATE has no transition table
_EVENTS = (
    ("ins", "INSERT", "NEW"),
    ("upd", "UPDATE", "NEW"),
    ("del", "DELETE", "OLD"),
    ("trn", "TRUNCATE", ""),
)
MAX_IDS = 1000  # more ids than this are never worth listing: the table alone is sent

_FUNCTION_SQL = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    ids text;
    n integer;
    key_column text;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN  -- a restore empties the tables: every row changed
        PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
        RETURN NULL;
    END IF;
    key_column := quote_ident(TG_ARGV[0]);
    EXECUTE 'SELECT count(*), string_agg(k::text, '','') FROM (SELECT DISTINCT ' || key_column || ' AS k '
            'FROM changed_rows WHERE ' || key_column || ' IS NOT NULL LIMIT {MAX_IDS + 1}) s'
        INTO n, ids;
    IF n = 0 THEN
        RETURN NULL;  -- the statement touched no row
    END IF;
    IF n > {MAX_IDS} OR length(TG_TABLE_NAME) + 1 + length(ids) > {MAX_PAYLOAD} THEN
        PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
    ELSE
        PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ':' || ids);
    END IF;
    RETURN NULL;
END
$fn$
"""


def trigger_names() -> list[tuple[str, str]]:
    """(trigger, table) for every trigger ``create`` makes."""
    return [(f"carebook_notify_{table}_{suffix}", table) for table in TABLES for suffix, _e, _r in _EVENTS]


def create(db: peewee.Database) -> None:
    """The function and every trigger, replacing any there (idempotent)."""
    db.execute_sql(_FUNCTION_SQL)
    for table, column in TABLES.items():
        for suffix, event, rows in _EVENTS:
            name = f"carebook_notify_{table}_{suffix}"
            db.execute_sql(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
            referencing = f"REFERENCING {rows} TABLE AS changed_rows " if rows else ""
            db.execute_sql(
                f'CREATE TRIGGER {name} AFTER {event} ON "{table}" {referencing}'
                f"FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}('{column}')"
            )


def drop(db: peewee.Database) -> None:
    for name, table in trigger_names():
        db.execute_sql(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
    db.execute_sql(f"DROP FUNCTION IF EXISTS {FUNCTION}()")


def missing(db: peewee.Database) -> list[str]:
    """The triggers (and the function) that are not there, by name; empty when all are."""
    schema = "current_schema()::regnamespace"
    present = {
        name
        for (name,) in db.execute_sql(
            "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            f"WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND c.relnamespace = {schema}"
        )
    }
    functions = {n for (n,) in db.execute_sql(f"SELECT proname FROM pg_proc WHERE pronamespace = {schema}")}
    absent = [] if FUNCTION in functions else [f"{FUNCTION}()"]
    return absent + [name for name, _table in trigger_names() if name not in present]
