"""The triggers that make every committed write on a PostgreSQL server notify the other seats
(migration 0012; SQLite has none: its seats read ``PRAGMA data_version``).

After each INSERT, UPDATE or DELETE statement on a table the app shows (``TABLES``), the function
``carebook_notify_changes()`` (``..._by_customer()`` for ``customer_tag``) sends
``pg_notify(CHANNEL, payload)`` in the format of ``carebook.changes.payload``: ``interaction:12,13``
(the ids the statement touched, read from its transition table) or ``interaction`` alone when they would
not fit (a bulk write). For ``customer_tag`` the ids are the customers'. A TRUNCATE (a restore on the
server) names the table alone. The notification is part of the writing transaction, so it is delivered
when that commits and never for a rollback. Rows written by psql, ``carebook log`` from a till or any
other client notify the same way. ``missing()`` names absent triggers (``carebook check``), ``create()``
(re)creates them all (``check --repair``).
"""

from __future__ import annotations

import peewee

from carebook.changes import CHANNEL, MAX_PAYLOAD

# the function of each key column: plain SQL, planned once per connection (a dynamic EXECUTE costs
# three times as much per statement)
FUNCTIONS = {"id": "carebook_notify_changes", "customer_id": "carebook_notify_changes_by_customer"}
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


def _function_sql(name: str, column: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    ids text;
    n integer;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN  -- a restore empties the tables: every row changed
        PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
        RETURN NULL;
    END IF;
    SELECT count(*), string_agg(k::text, ',') INTO n, ids
        FROM (SELECT DISTINCT {column} AS k FROM changed_rows WHERE {column} IS NOT NULL
              LIMIT {MAX_IDS + 1}) s;
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


# The seats' table (migration 0013) notifies only when a seat comes, goes or changes its person: its
# heartbeat (an upsert of ``seen_at`` every minute) would otherwise wake every seat for nothing.
SEAT_TABLE = "seat"
SEAT_FUNCTION = "carebook_notify_seat"
_SEAT_TRIGGERS = (
    ("carebook_notify_seat_ins", "AFTER INSERT", ""),
    ("carebook_notify_seat_upd", "AFTER UPDATE", "WHEN (OLD.staff_name IS DISTINCT FROM NEW.staff_name) "),
    ("carebook_notify_seat_del", "AFTER DELETE", ""),
)


def _has_seat_table(db: peewee.Database) -> bool:
    return bool(db.execute_sql("SELECT to_regclass('seat') IS NOT NULL").fetchone()[0])


def trigger_names() -> list[tuple[str, str]]:
    """(trigger, table) for every trigger ``create`` makes (the seats' table's once it exists)."""
    return [(f"carebook_notify_{table}_{suffix}", table) for table in TABLES for suffix, _e, _r in _EVENTS]


def create_seat_triggers(db: peewee.Database) -> None:
    """The seats' table's own notifications (migration 0013 and ``check --repair``; idempotent)."""
    db.execute_sql(
        f"CREATE OR REPLACE FUNCTION {SEAT_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $fn$ "
        f"BEGIN PERFORM pg_notify('{CHANNEL}', '{SEAT_TABLE}'); RETURN NULL; END $fn$"
    )
    for name, event, when in _SEAT_TRIGGERS:
        db.execute_sql(f"DROP TRIGGER IF EXISTS {name} ON {SEAT_TABLE}")
        db.execute_sql(
            f"CREATE TRIGGER {name} {event} ON {SEAT_TABLE} "
            f"FOR EACH ROW {when}EXECUTE FUNCTION {SEAT_FUNCTION}()"
        )


def create(db: peewee.Database) -> None:
    """The functions and every trigger, replacing any there (idempotent)."""
    for column, function in FUNCTIONS.items():
        db.execute_sql(_function_sql(function, column))
    for table, column in TABLES.items():
        for suffix, event, rows in _EVENTS:
            name = f"carebook_notify_{table}_{suffix}"
            db.execute_sql(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
            referencing = f"REFERENCING {rows} TABLE AS changed_rows " if rows else ""
            db.execute_sql(
                f'CREATE TRIGGER {name} AFTER {event} ON "{table}" {referencing}'
                f"FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTIONS[column]}()"
            )
    if _has_seat_table(db):
        create_seat_triggers(db)


def drop(db: peewee.Database) -> None:
    for name, table in trigger_names():
        db.execute_sql(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
    for function in FUNCTIONS.values():
        db.execute_sql(f"DROP FUNCTION IF EXISTS {function}()")


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
    absent = [f"{name}()" for name in FUNCTIONS.values() if name not in functions]
    absent += [name for name, _table in trigger_names() if name not in present]
    if _has_seat_table(db):
        absent += [f"{SEAT_FUNCTION}()"] if SEAT_FUNCTION not in functions else []
        absent += [name for name, _event, _when in _SEAT_TRIGGERS if name not in present]
    return absent
