"""The search index's tables, views and triggers as SQL (SQLite only): what migration 0008 creates and
``carebook.services.search_index`` rebuilds and checks. See that module for how the index works.

Plain SQL, no Python function: folding is ``carebook.search_fold``'s letter table and CTEs. A change
here changes what a fresh database gets, so it comes with a migration that drops and creates the index
again (as 0008 does) for databases made before it.
"""

from __future__ import annotations

import peewee

from carebook.search_fold import TABLE as FOLD_TABLE
from carebook.search_fold import digits_sql, fill_table, fold_sql, spaced_sql, words_sql

FTS_TABLES = ("search_customer", "search_name", "search_note", "search_text")
TABLES = (*FTS_TABLES, "search_doc", "search_fold")
VIEWS = ("search_note_source", "search_text_source")


def _key(row: str, column: str, old: str | None = None) -> str:
    """SQL: the service-written key of ``column`` when it is current, else ``column`` folded in SQL.

    On insert a key is current unless it is empty for a non-empty value; on update, unless the value
    changed and the key did not.
    """
    value, key = f"{row}.{column}", f"{row}.{column}_key"
    if old is None:
        current = f"{key} <> '' OR {value} = ''"
    else:
        current = f"{value} IS {old}.{column} OR {key} IS NOT {old}.{column}_key"
    return f"(CASE WHEN {current} THEN {key} ELSE {fold_sql(value)} END)"


def _doc_values(row: str, old: str | None = None) -> str:
    """SQL: the search_doc columns (id, trashed, name, company, email, phone, spaced) of a customer."""
    phone = f"' ' || {digits_sql(f'{row}.phone')} || ' ' || {digits_sql(f'{row}.phone_e164')}"
    return (
        f"{row}.id, {row}.deleted_at IS NOT NULL, ' ' || {_key(row, 'name', old)}, "
        f"' ' || {_key(row, 'company', old)}, ' ' || {fold_sql(f'{row}.email')}, {phone}, "
        f"{spaced_sql(f'{row}.name')}"
    )


def _note(row: str) -> str:
    """SQL: the ``search_note`` body of a customer row."""
    return words_sql(f"{row}.notes")


def _contact(row: str) -> str:
    """SQL: the ``search_text`` body of a contact row: summary and notes, one per line ('' without text)."""
    summary, notes = f"{row}.summary", f"{row}.notes"
    return (
        f"(CASE WHEN trim({summary} || {notes}) = '' THEN '' "
        f"ELSE {words_sql(summary)} || char(10) || {words_sql(notes)} END)"
    )


_UPSERT = """
  ON CONFLICT (id) DO UPDATE SET trashed = excluded.trashed, name = excluded.name,
    company = excluded.company, email = excluded.email, phone = excluded.phone, spaced = excluded.spaced;"""
_DOC = "INSERT INTO search_doc (id, trashed, name, company, email, phone, spaced)"
_DOC_COLUMNS = "name, company, email, phone, spaced"
_DOC_CHANGED = "\n  OR ".join(f"old.{c} IS NOT new.{c}" for c in _DOC_COLUMNS.split(", "))
_NAME_CHANGED = "old.name IS NOT new.name OR old.spaced IS NOT new.spaced"


def _add_fts(table: str, row: str, body: str) -> str:
    return (
        f"\n  INSERT INTO {table} (rowid, body) SELECT {row}.id, b FROM (SELECT {body} AS b) WHERE b <> '';"
    )


def _remove_fts(table: str, row: str, body: str) -> str:
    return (
        f"\n  INSERT INTO {table} ({table}, rowid, body) SELECT 'delete', {row}.id, b "
        f"FROM (SELECT {body} AS b) WHERE b <> '';"
    )


def _stale_key(column: str) -> str:
    return f"new.{column} IS NOT old.{column} AND new.{column}_key IS old.{column}_key"


SCHEMA: tuple[str, ...] = (
    FOLD_TABLE,
    """CREATE TABLE search_doc (
  id INTEGER PRIMARY KEY, trashed INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL DEFAULT '',
  company TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',
  spaced TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX search_doc_name ON search_doc (name, trashed)",
    f"""CREATE VIRTUAL TABLE search_customer USING fts5({_DOC_COLUMNS},
  content='search_doc', content_rowid='id', tokenize='trigram', detail='column', columnsize=0)""",
    """CREATE VIRTUAL TABLE search_name USING fts5(name, spaced,
  content='search_doc', content_rowid='id', tokenize='trigram', detail='column', columnsize=0)""",
    f"""CREATE VIEW search_note_source AS SELECT id, body FROM (
  SELECT c.id AS id, {_note("c")} AS body FROM customer c) WHERE body <> ''""",
    """CREATE VIRTUAL TABLE search_note USING fts5(body, content='search_note_source', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', columnsize=0)""",
    f"""CREATE VIEW search_text_source AS SELECT id, body FROM (
  SELECT i.id AS id, {_contact("i")} AS body FROM interaction i) WHERE body <> ''""",
    """CREATE VIRTUAL TABLE search_text USING fts5(body, content='search_text_source', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', columnsize=0)""",
    f"""CREATE TRIGGER search_doc_ai AFTER INSERT ON search_doc BEGIN
  INSERT INTO search_customer (rowid, {_DOC_COLUMNS})
  VALUES (new.id, new.name, new.company, new.email, new.phone, new.spaced);
  INSERT INTO search_name (rowid, name, spaced) VALUES (new.id, new.name, new.spaced);
END""",
    f"""CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN
  INSERT INTO search_customer (search_customer, rowid, {_DOC_COLUMNS})
  VALUES ('delete', old.id, old.name, old.company, old.email, old.phone, old.spaced);
  INSERT INTO search_name (search_name, rowid, name, spaced) VALUES ('delete', old.id, old.name, old.spaced);
END""",
    f"""CREATE TRIGGER search_doc_au AFTER UPDATE ON search_doc
WHEN old.id IS NOT new.id OR {_DOC_CHANGED} BEGIN
  INSERT INTO search_customer (search_customer, rowid, {_DOC_COLUMNS})
  VALUES ('delete', old.id, old.name, old.company, old.email, old.phone, old.spaced);
  INSERT INTO search_customer (rowid, {_DOC_COLUMNS})
  VALUES (new.id, new.name, new.company, new.email, new.phone, new.spaced);
END""",
    f"""CREATE TRIGGER search_doc_name_au AFTER UPDATE ON search_doc
WHEN old.id IS NOT new.id OR {_NAME_CHANGED} BEGIN
  INSERT INTO search_name (search_name, rowid, name, spaced) VALUES ('delete', old.id, old.name, old.spaced);
  INSERT INTO search_name (rowid, name, spaced) VALUES (new.id, new.name, new.spaced);
END""",
    f"""CREATE TRIGGER search_customer_ai AFTER INSERT ON customer BEGIN
  {_DOC} VALUES ({_doc_values("new")}){_UPSERT}{_add_fts("search_note", "new", _note("new"))}
END""",
    f"""CREATE TRIGGER search_customer_au
AFTER UPDATE OF name, name_key, company, company_key, email, phone, phone_e164, deleted_at ON customer BEGIN
  {_DOC} VALUES ({_doc_values("new", "old")}){_UPSERT}
END""",
    f"""CREATE TRIGGER search_customer_notes_au AFTER UPDATE OF notes ON customer
WHEN old.notes IS NOT new.notes BEGIN{_remove_fts("search_note", "old", _note("old"))}
{_add_fts("search_note", "new", _note("new"))}
END""",
    f"""CREATE TRIGGER search_customer_ad AFTER DELETE ON customer BEGIN
  DELETE FROM search_doc WHERE id = old.id;{_remove_fts("search_note", "old", _note("old"))}
END""",
    f"""CREATE TRIGGER search_keys_ai AFTER INSERT ON customer
WHEN (new.name_key = '' AND new.name <> '') OR (new.company_key = '' AND new.company <> '') BEGIN
  UPDATE customer SET name_key = {_key("new", "name")}, company_key = {_key("new", "company")}
  WHERE id = new.id;
END""",
    f"""CREATE TRIGGER search_keys_au AFTER UPDATE OF name, company ON customer
WHEN ({_stale_key("name")}) OR ({_stale_key("company")}) BEGIN
  UPDATE customer SET name_key = {_key("new", "name", "old")}, company_key = {_key("new", "company", "old")}
  WHERE id = new.id;
END""",
    f"""CREATE TRIGGER search_interaction_ai AFTER INSERT ON interaction BEGIN{
        _add_fts("search_text", "new", _contact("new"))
    }
END""",
    f"""CREATE TRIGGER search_interaction_au AFTER UPDATE OF summary, notes ON interaction
WHEN old.summary IS NOT new.summary OR old.notes IS NOT new.notes BEGIN{
        _remove_fts("search_text", "old", _contact("old"))
    }{_add_fts("search_text", "new", _contact("new"))}
END""",
    f"""CREATE TRIGGER search_interaction_ad AFTER DELETE ON interaction BEGIN{
        _remove_fts("search_text", "old", _contact("old"))
    }
END""",
)

FILL: tuple[str, ...] = (
    f"{_DOC} SELECT {_doc_values('c')} FROM customer c ORDER BY c.id",
    "INSERT INTO search_note (search_note) VALUES ('rebuild')",
    "INSERT INTO search_text (search_text) VALUES ('rebuild')",
)


def is_sqlite(db: peewee.Database) -> bool:
    return isinstance(db, peewee.SqliteDatabase)


def create(db: peewee.Database) -> None:
    """Create the search tables, views and triggers (empty); SQLite only, a no-op on a server database."""
    if not is_sqlite(db):
        return
    for statement in SCHEMA:
        db.execute_sql(statement)


def fill(db: peewee.Database) -> None:
    """Index every existing customer, customer note and contact (the tables must be empty)."""
    if not is_sqlite(db):
        return
    fill_table(db.execute_sql)
    for statement in FILL:
        db.execute_sql(statement)


def drop(db: peewee.Database) -> None:
    """Remove the search tables, views and triggers (this version's, or version 0002's)."""
    triggers = db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\'"
    ).fetchall()
    for (name,) in triggers:
        db.execute_sql(f'DROP TRIGGER "{name}"')
    for table in TABLES:
        db.execute_sql(f"DROP TABLE IF EXISTS {table}")
    for view in VIEWS:
        db.execute_sql(f"DROP VIEW IF EXISTS {view}")
