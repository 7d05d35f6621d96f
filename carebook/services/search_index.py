"""The customer search index, kept true by SQLite triggers so no other writer has to know about it.

- ``search_customer``: FTS5 trigram index (any substring of 3+ characters) over one folded row per
  customer, kept in the plain table ``search_doc`` (external content). Every text column starts with a
  space, so ``" li"`` finds a word starting with ``li`` even when it is the first word. ``phone`` holds the
  digits as typed and of the E.164 form; ``spaced`` holds a CJK/kana/Hangul name one letter apart, so a
  two-letter part of it is still three characters long (``"王 芳"``). ``search_doc.name`` is indexed for
  name-prefix scans and alphabetical order.
- ``search_name``: the same trigram index over the name alone, so name-only questions do not wade through
  every email address that shares a trigram.
- ``search_note`` (rowid = customer id) and ``search_text`` (rowid = interaction id, with the customer id):
  FTS5 word indexes (unicode61) over folded customer notes and contact summaries plus notes.

Nothing ranks by bm25, so no table keeps per-row sizes (``columnsize=0``).

Tags are not indexed: a shop has few, so ``services.search`` matches tag names when it runs, and tagging
thousands of customers in an import costs nothing here. (FTS5 in SQLite 3.40 writes a new index segment
whenever a row is deleted and re-added: trigger-maintained tags made tagging ten times slower.)

Triggers on ``customer`` and ``interaction`` fold text with the SQL functions in ``SQL_FUNCTIONS``, which
``carebook.db`` registers on every SQLite connection. Deletions call no Python function, and FTS rows are
removed with the stored folded values, never recomputed ones, so a later change to ``fold`` cannot corrupt
the index (it only needs ``rebuild_index`` to take effect). Rows are written in rowid order: FTS5 flushes
its in-memory buffer whenever a rowid goes backwards.

The statements below are frozen in migration 0002; ``tests/core/test_db.py`` checks that they agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import peewee

from carebook.db import database, reads, writes
from carebook.text import digits, fold


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


def _sql_fold(value: Any) -> str:
    return fold(value) if isinstance(value, str) else ""


def _sql_digits(value: Any) -> str:
    return digits(value) if isinstance(value, str) else ""


def _sql_cjk(value: Any) -> str:
    """The ``spaced`` column: the name's letters spaced out, or "" when it has no CJK letters."""
    if not isinstance(value, str) or value.isascii() or not has_cjk(value):
        return ""
    return " " + spaced_cjk(value)


def _sql_words(*values: Any) -> str:
    """A ``search_note``/``search_text`` body: the texts folded, CJK letters spaced out, one per line."""
    return "\n".join(spaced_cjk(v) for v in values if isinstance(v, str) and v)


SQL_FUNCTIONS: dict[str, tuple[Callable[..., str], int]] = {
    "carebook_fold": (_sql_fold, 1),
    "carebook_digits": (_sql_digits, 1),
    "carebook_cjk": (_sql_cjk, 1),
    "carebook_words": (_sql_words, -1),
}

TABLES = ("search_customer", "search_name", "search_note", "search_text", "search_doc")

_UPSERT_DOC = """
  INSERT INTO search_doc (id, trashed, name, company, email, phone, spaced)
  VALUES (new.id, new.deleted_at IS NOT NULL, ' ' || carebook_fold(new.name),
          ' ' || carebook_fold(new.company), ' ' || carebook_fold(new.email),
          ' ' || carebook_digits(new.phone) || ' ' || carebook_digits(new.phone_e164), carebook_cjk(new.name))
  ON CONFLICT (id) DO UPDATE SET trashed = excluded.trashed, name = excluded.name,
    company = excluded.company, email = excluded.email, phone = excluded.phone, spaced = excluded.spaced;"""
_NOTE = """
  INSERT OR REPLACE INTO search_note (rowid, body)
  SELECT new.id, w FROM (SELECT carebook_words(new.notes) AS w) WHERE w <> '';"""
_CONTACT = """
  INSERT OR REPLACE INTO search_text (rowid, body, customer_id)
  SELECT new.id, w, new.customer_id FROM (SELECT carebook_words(new.summary, new.notes) AS w)
  WHERE w <> '';"""
_DOC_COLUMNS = "name, company, email, phone, spaced"
_DOC_CHANGED = "\n  OR ".join(f"old.{c} IS NOT new.{c}" for c in _DOC_COLUMNS.split(", "))

_NAME_CHANGED = "old.name IS NOT new.name OR old.spaced IS NOT new.spaced"

SCHEMA: tuple[str, ...] = (
    """CREATE TABLE search_doc (
  id INTEGER PRIMARY KEY, trashed INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL DEFAULT '',
  company TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',
  spaced TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX search_doc_name ON search_doc (name, trashed)",
    f"""CREATE VIRTUAL TABLE search_customer USING fts5({_DOC_COLUMNS},
  content='search_doc', content_rowid='id', tokenize='trigram', columnsize=0)""",
    """CREATE VIRTUAL TABLE search_name USING fts5(name, spaced,
  content='search_doc', content_rowid='id', tokenize='trigram', columnsize=0)""",
    """CREATE VIRTUAL TABLE search_note USING fts5(body,
  tokenize='unicode61 remove_diacritics 2', columnsize=0)""",
    """CREATE VIRTUAL TABLE search_text USING fts5(body, customer_id UNINDEXED,
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
    f"""CREATE TRIGGER search_customer_ai AFTER INSERT ON customer BEGIN{_UPSERT_DOC}{_NOTE}
END""",
    f"""CREATE TRIGGER search_customer_au AFTER UPDATE OF name, company, email, phone, phone_e164, deleted_at
ON customer BEGIN{_UPSERT_DOC}
END""",
    f"""CREATE TRIGGER search_customer_notes_au AFTER UPDATE OF notes ON customer
WHEN old.notes IS NOT new.notes BEGIN
  DELETE FROM search_note WHERE rowid = old.id;{_NOTE}
END""",
    """CREATE TRIGGER search_customer_ad AFTER DELETE ON customer BEGIN
  DELETE FROM search_doc WHERE id = old.id;
  DELETE FROM search_note WHERE rowid = old.id;
END""",
    f"""CREATE TRIGGER search_interaction_ai AFTER INSERT ON interaction BEGIN{_CONTACT}
END""",
    f"""CREATE TRIGGER search_interaction_au AFTER UPDATE OF summary, notes, customer_id ON interaction
WHEN old.summary IS NOT new.summary OR old.notes IS NOT new.notes OR old.customer_id IS NOT new.customer_id
BEGIN
  DELETE FROM search_text WHERE rowid = old.id;{_CONTACT}
END""",
    """CREATE TRIGGER search_interaction_ad AFTER DELETE ON interaction BEGIN
  DELETE FROM search_text WHERE rowid = old.id;
END""",
)

FILL: tuple[str, ...] = (
    """INSERT INTO search_doc (id, trashed, name, company, email, phone, spaced)
SELECT id, deleted_at IS NOT NULL, ' ' || carebook_fold(name), ' ' || carebook_fold(company),
       ' ' || carebook_fold(email), ' ' || carebook_digits(phone) || ' ' || carebook_digits(phone_e164),
       carebook_cjk(name)
FROM customer ORDER BY id""",
    """INSERT INTO search_note (rowid, body)
SELECT id, w FROM (SELECT id, carebook_words(notes) AS w FROM customer ORDER BY id) WHERE w <> ''""",
    """INSERT INTO search_text (rowid, body, customer_id)
SELECT id, w, customer_id FROM (
  SELECT id, customer_id, carebook_words(summary, notes) AS w FROM interaction ORDER BY id
) WHERE w <> ''""",
)


def _is_sqlite(db: peewee.Database) -> bool:
    return isinstance(db, peewee.SqliteDatabase)


def create(db: peewee.Database) -> None:
    """Create the search tables and triggers (empty); SQLite only, a no-op on a server database."""
    if not _is_sqlite(db):
        return
    for statement in SCHEMA:
        db.execute_sql(statement)


def fill(db: peewee.Database) -> None:
    """Index every existing customer, customer note and contact (the tables must be empty)."""
    if not _is_sqlite(db):
        return
    for statement in FILL:
        db.execute_sql(statement)


def drop(db: peewee.Database) -> None:
    """Remove the search tables and their triggers."""
    triggers = db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\'"
    ).fetchall()
    for (name,) in triggers:
        db.execute_sql(f'DROP TRIGGER "{name}"')
    for table in TABLES:
        db.execute_sql(f"DROP TABLE IF EXISTS {table}")


@writes
def rebuild_index() -> None:
    """Drop and rebuild the whole index from the customer and interaction tables.

    For repair (``carebook check``) and after ``fold`` changes: about a minute per million contacts.
    """
    db = database.obj
    if not _is_sqlite(db):
        return
    drop(db)
    create(db)
    fill(db)


@writes
def optimize_index() -> None:
    """Merge the index into one segment, so words of erased or edited text no longer linger in it."""
    if not _is_sqlite(database.obj):
        return
    for table in TABLES[:-1]:
        database.execute_sql(f"INSERT INTO {table} ({table}) VALUES ('optimize')")


@dataclass(frozen=True)
class IndexStats:
    customers: int
    contacts: int
    missing: int  # customers, customer notes and contacts with text that the index lacks
    stale: int  # index rows whose customer or contact is gone or moved
    intact: bool | None  # FTS5's own integrity check (None when not asked for: slow on big files)

    @property
    def healthy(self) -> bool:
        return self.missing == 0 and self.stale == 0 and self.intact is not False


_MISSING = (  # CASE, so the Python fold only runs for rows the index lacks
    "SELECT count(*) FROM customer c WHERE NOT EXISTS (SELECT 1 FROM search_doc d WHERE d.id = c.id)",
    "SELECT count(*) FROM customer c WHERE CASE WHEN EXISTS "
    "(SELECT 1 FROM search_note n WHERE n.rowid = c.id) THEN 0 ELSE carebook_words(c.notes) <> '' END",
    "SELECT count(*) FROM interaction i WHERE CASE WHEN EXISTS (SELECT 1 FROM search_text t "
    "WHERE t.rowid = i.id) THEN 0 ELSE carebook_words(i.summary, i.notes) <> '' END",
)
_STALE = (
    "SELECT count(*) FROM search_doc d WHERE NOT EXISTS (SELECT 1 FROM customer c WHERE c.id = d.id)",
    "SELECT count(*) FROM search_note n WHERE NOT EXISTS (SELECT 1 FROM customer c WHERE c.id = n.rowid)",
    "SELECT count(*) FROM search_text t WHERE NOT EXISTS "
    "(SELECT 1 FROM interaction i WHERE i.id = t.rowid AND i.customer_id = t.customer_id)",
)


@reads
def index_stats(*, verify: bool = False) -> IndexStats:
    """Whether the index covers every customer and contact; ``verify`` adds FTS5's integrity check."""
    if not _is_sqlite(database.obj):
        return IndexStats(0, 0, 0, 0, None)

    def count(statements: tuple[str, ...]) -> int:
        return sum(int(database.execute_sql(sql).fetchone()[0]) for sql in statements)

    intact = None
    if verify:
        try:
            for table in TABLES[:-1]:
                database.execute_sql(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
            intact = True
        except peewee.DatabaseError:
            intact = False
    customers = count(("SELECT count(*) FROM customer",))
    contacts = count(("SELECT count(*) FROM interaction",))
    return IndexStats(customers, contacts, count(_MISSING), count(_STALE), intact)
