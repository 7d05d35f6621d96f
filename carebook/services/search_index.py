"""The customer search index, kept true by plain-SQL triggers, so any SQLite client can write every table.

- ``search_doc``: one folded row per customer (plain table). Every text column starts with a space, so
  ``" li"`` finds a word starting with ``li`` even when it is the first word. ``name`` and ``company``
  are the keys the services write (``customer.name_key``, ``company_key``: the exact ``fold``);
  ``email`` is folded in SQL; ``phone`` holds the digits as typed and of the E.164 form; ``spaced``
  holds a CJK/kana/Hangul name one letter apart, so a two-letter part of it is still three characters
  long (``"王 芳"``). ``search_doc.name`` is indexed for name-prefix scans and alphabetical order.
- ``search_customer``: FTS5 trigram index (any substring of 3+ characters) over ``search_doc``
  (external content); ``search_name``: the same over the name alone, so name-only questions do not wade
  through every email address that shares a trigram. They keep no positions (``detail='column'``):
  every expression ``search_query`` sends them is one trigram, or several ANDed or ORed, never a phrase.
- ``search_note`` (rowid = customer id) and ``search_text`` (rowid = contact id): FTS5 word indexes
  (``unicode61 remove_diacritics 2``) whose content is a view over ``customer.notes`` and the
  contact's summary and notes (the rows with text): no copy of the text is kept, and the index's row
  count (FTS5's averages record) is checked against the view's. ASCII text is indexed as it is (the
  tokenizer folds case); other text is folded first, CJK letters spaced out.

Folding is plain SQL (``search_fold``: ``fold`` as a letter table and a recursive CTE), so the triggers
need no Python function: the ``sqlite3`` shell, a backup tool or an ODBC driver may insert, edit or
delete customers and contacts, and search finds what they wrote. A writer that changes a name without
its key (``name_key``) gets the key folded in SQL by a trigger; ``rebuild_index`` (``carebook check
--repair``) makes every key the exact Python ``fold`` and rebuilds the index. Rows are written in rowid
order: FTS5 flushes its in-memory buffer whenever a rowid goes backwards. Nothing ranks by bm25, so no
table keeps per-row sizes (``columnsize=0``).

Tags are not indexed: a shop has few, so ``services.search`` matches tag names when it runs, and tagging
thousands of customers in an import costs nothing here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import peewee

from carebook.db import database, reads, writes
from carebook.services.search_fold import TABLE as FOLD_TABLE
from carebook.services.search_fold import digits_sql, fill_table, fold_pairs, fold_sql, spaced_sql, words_sql
from carebook.text import fold


@cache
def _cjk() -> re.Pattern[str]:
    """CJK, kana and Hangul letters; compiled on first use (7 ms that start-up need not pay)."""
    return re.compile(
        "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
        "\U00020000-\U0003134f]"
    )


def has_cjk(text: str) -> bool:
    return _cjk().search(text) is not None


def spaced_cjk(text: str) -> str:
    """``fold(text)`` with every CJK, kana and Hangul letter standing alone: ``王芳`` -> ``王 芳``."""
    folded = fold(text)
    if folded.isascii():
        return folded
    return " ".join(_cjk().sub(r" \g<0> ", folded).split())


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


def _is_sqlite(db: peewee.Database) -> bool:
    return isinstance(db, peewee.SqliteDatabase)


def create(db: peewee.Database) -> None:
    """Create the search tables, views and triggers (empty); SQLite only, a no-op on a server database."""
    if not _is_sqlite(db):
        return
    for statement in SCHEMA:
        db.execute_sql(statement)


def fill(db: peewee.Database) -> None:
    """Index every existing customer, customer note and contact (the tables must be empty)."""
    if not _is_sqlite(db):
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


def refresh_keys(db: peewee.Database) -> int:
    """Write the exact ``fold`` into every customer's ``name_key``/``company_key`` that differs; how many."""
    changed = 0
    rows = db.execute_sql("SELECT id, name, name_key, company, company_key FROM customer").fetchall()
    for customer_id, name, name_key, company, company_key in rows:
        keys = (fold(name or ""), fold(company or ""))
        if keys != (name_key, company_key):
            db.execute_sql(
                "UPDATE customer SET name_key = ?, company_key = ? WHERE id = ?", (*keys, customer_id)
            )
            changed += 1
    return changed


@writes
def rebuild_index() -> None:
    """Make every customer's keys exact, then drop and rebuild the whole index from the tables.

    For repair (``carebook check --repair``), after another program wrote rows, and after ``fold``
    changes: about a minute per million contacts.
    """
    db = database.obj
    if not _is_sqlite(db):
        return
    drop(db)
    refresh_keys(db)
    create(db)
    fill(db)


@writes
def optimize_index() -> None:
    """Merge the index into one segment, so words of erased or edited text no longer linger in it."""
    if not _is_sqlite(database.obj):
        return
    for table in FTS_TABLES:
        database.execute_sql(f"INSERT INTO {table} ({table}) VALUES ('optimize')")


@dataclass(frozen=True)
class IndexStats:
    customers: int
    contacts: int
    missing: int  # customers, customer notes and contacts with text that the index lacks
    stale: int  # index rows whose customer or contact is gone
    intact: bool | None  # FTS5's own integrity check (None when not asked for: slow on big files)

    @property
    def healthy(self) -> bool:
        return self.missing == 0 and self.stale == 0 and self.intact is not False


def _varint(data: bytes) -> int:
    """The first SQLite varint of ``data`` (FTS5's averages record starts with its row count)."""
    value = 0
    for index, byte in enumerate(data[:9]):
        if index == 8:
            return (value << 8) | byte
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            break
    return value


def _indexed_rows(table: str) -> int:
    """How many rows the FTS5 table ``table`` holds, from its averages record (no content is read)."""
    row = database.execute_sql(f"SELECT block FROM {table}_data WHERE id = 1").fetchone()
    return _varint(bytes(row[0])) if row and row[0] else 0


def _count(sql: str) -> int:
    return int(database.execute_sql(sql).fetchone()[0])


@reads
def index_stats(*, verify: bool = False) -> IndexStats:
    """Whether the index covers every customer and contact; ``verify`` adds FTS5's integrity check."""
    if not _is_sqlite(database.obj):
        return IndexStats(0, 0, 0, 0, None)
    intact = None
    if verify:
        try:
            for table in FTS_TABLES:
                database.execute_sql(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
            intact = True
        except peewee.DatabaseError:
            intact = False
    missing = _count(
        "SELECT count(*) FROM customer c WHERE NOT EXISTS (SELECT 1 FROM search_doc d WHERE d.id = c.id)"
    )
    stale = _count(
        "SELECT count(*) FROM search_doc d WHERE NOT EXISTS (SELECT 1 FROM customer c WHERE c.id = d.id)"
    )
    for table in ("search_note", "search_text"):  # the views hold exactly the rows with text
        expected, indexed = _count(f"SELECT count(*) FROM {table}_source"), _indexed_rows(table)
        missing += max(0, expected - indexed)
        stale += max(0, indexed - expected)
    customers = _count("SELECT count(*) FROM customer")
    contacts = _count("SELECT count(*) FROM interaction")
    return IndexStats(customers, contacts, missing, stale, intact)


@reads
def verify() -> list[str]:
    """What is wrong with the search index, one line each (empty when it is right); repair: ``rebuild_index``.

    Checks that every customer, note and contact is indexed once, FTS5's integrity check, that the
    customers' keys are the exact ``fold`` (another program may have written a name) and that the
    letter table is this version's.
    """
    if not _is_sqlite(database.obj):
        return []
    tables = {
        n for (n,) in database.execute_sql("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    }
    absent = [t for t in (*TABLES, *VIEWS) if t not in tables]
    if absent:
        return [f"search index: missing {', '.join(absent)}"]
    problems = []
    stats = index_stats(verify=True)
    if stats.missing:
        problems.append(f"search index: {stats.missing} customers, notes or contacts are not indexed")
    if stats.stale:
        problems.append(f"search index: {stats.stale} entries belong to no customer or contact")
    if stats.intact is False:
        problems.append("search index: FTS5's integrity check failed")
    rows = database.execute_sql("SELECT name, name_key, company, company_key FROM customer")
    keys = sum(
        1 for name, key, company, ckey in rows if (fold(name or ""), fold(company or "")) != (key, ckey)
    )
    if keys:
        problems.append(f"search index: {keys} customers' name or company keys are not the exact fold")
    unlike = _count(
        "SELECT count(*) FROM customer c JOIN search_doc d ON d.id = c.id "
        "WHERE d.name <> ' ' || c.name_key OR d.company <> ' ' || c.company_key"
    )
    if unlike:
        problems.append(f"search index: {unlike} customers are indexed under an old name or company")
    letters = database.execute_sql("SELECT ch, folded FROM search_fold ORDER BY ch").fetchall()
    if sorted(map(tuple, letters)) != sorted(fold_pairs()):
        problems.append("search index: the folding letter table is not this version's")
    return problems
