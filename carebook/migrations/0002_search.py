"""Version 2: the customer search index (FTS5 tables that triggers keep up to date), filled from rows.

A frozen copy of ``carebook.services.search_index.SCHEMA`` and ``FILL`` as of this version, so later
changes there never change what this migration creates (``tests/core/test_db.py`` compares the two on a
fresh database). The triggers call ``carebook_*`` SQL functions that ``carebook.db`` registers on every
connection. On a server database this migration does nothing (its search index is 0009's).
"""

from __future__ import annotations

import peewee
from playhouse.migrate import SchemaMigrator

SCHEMA: tuple[str, ...] = (
    """CREATE TABLE search_doc (
  id INTEGER PRIMARY KEY, trashed INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL DEFAULT '',
  company TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',
  spaced TEXT NOT NULL DEFAULT '')""",
    """CREATE INDEX search_doc_name ON search_doc (name, trashed)""",
    """CREATE VIRTUAL TABLE search_customer USING fts5(name, company, email, phone, spaced,
  content='search_doc', content_rowid='id', tokenize='trigram', columnsize=0)""",
    """CREATE VIRTUAL TABLE search_name USING fts5(name, spaced,
  content='search_doc', content_rowid='id', tokenize='trigram', columnsize=0)""",
    """CREATE VIRTUAL TABLE search_note USING fts5(body,
  tokenize='unicode61 remove_diacritics 2', columnsize=0)""",
    """CREATE VIRTUAL TABLE search_text USING fts5(body, customer_id UNINDEXED,
  tokenize='unicode61 remove_diacritics 2', columnsize=0)""",
    """CREATE TRIGGER search_doc_ai AFTER INSERT ON search_doc BEGIN
  INSERT INTO search_customer (rowid, name, company, email, phone, spaced)
  VALUES (new.id, new.name, new.company, new.email, new.phone, new.spaced);
  INSERT INTO search_name (rowid, name, spaced) VALUES (new.id, new.name, new.spaced);
END""",
    """CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN
  INSERT INTO search_customer (search_customer, rowid, name, company, email, phone, spaced)
  VALUES ('delete', old.id, old.name, old.company, old.email, old.phone, old.spaced);
  INSERT INTO search_name (search_name, rowid, name, spaced) VALUES ('delete', old.id, old.name, old.spaced);
END""",
    """CREATE TRIGGER search_doc_au AFTER UPDATE ON search_doc
WHEN old.id IS NOT new.id OR old.name IS NOT new.name
  OR old.company IS NOT new.company
  OR old.email IS NOT new.email
  OR old.phone IS NOT new.phone
  OR old.spaced IS NOT new.spaced BEGIN
  INSERT INTO search_customer (search_customer, rowid, name, company, email, phone, spaced)
  VALUES ('delete', old.id, old.name, old.company, old.email, old.phone, old.spaced);
  INSERT INTO search_customer (rowid, name, company, email, phone, spaced)
  VALUES (new.id, new.name, new.company, new.email, new.phone, new.spaced);
END""",
    """CREATE TRIGGER search_doc_name_au AFTER UPDATE ON search_doc
WHEN old.id IS NOT new.id OR old.name IS NOT new.name OR old.spaced IS NOT new.spaced BEGIN
  INSERT INTO search_name (search_name, rowid, name, spaced) VALUES ('delete', old.id, old.name, old.spaced);
  INSERT INTO search_name (rowid, name, spaced) VALUES (new.id, new.name, new.spaced);
END""",
    """CREATE TRIGGER search_customer_ai AFTER INSERT ON customer BEGIN
  INSERT INTO search_doc (id, trashed, name, company, email, phone, spaced)
  VALUES (new.id, new.deleted_at IS NOT NULL, ' ' || carebook_fold(new.name),
          ' ' || carebook_fold(new.company), ' ' || carebook_fold(new.email),
          ' ' || carebook_digits(new.phone) || ' ' || carebook_digits(new.phone_e164), carebook_cjk(new.name))
  ON CONFLICT (id) DO UPDATE SET trashed = excluded.trashed, name = excluded.name,
    company = excluded.company, email = excluded.email, phone = excluded.phone, spaced = excluded.spaced;
  INSERT OR REPLACE INTO search_note (rowid, body)
  SELECT new.id, w FROM (SELECT carebook_words(new.notes) AS w) WHERE w <> '';
END""",
    """CREATE TRIGGER search_customer_au AFTER UPDATE OF name, company, email, phone, phone_e164, deleted_at
ON customer BEGIN
  INSERT INTO search_doc (id, trashed, name, company, email, phone, spaced)
  VALUES (new.id, new.deleted_at IS NOT NULL, ' ' || carebook_fold(new.name),
          ' ' || carebook_fold(new.company), ' ' || carebook_fold(new.email),
          ' ' || carebook_digits(new.phone) || ' ' || carebook_digits(new.phone_e164), carebook_cjk(new.name))
  ON CONFLICT (id) DO UPDATE SET trashed = excluded.trashed, name = excluded.name,
    company = excluded.company, email = excluded.email, phone = excluded.phone, spaced = excluded.spaced;
END""",
    """CREATE TRIGGER search_customer_notes_au AFTER UPDATE OF notes ON customer
WHEN old.notes IS NOT new.notes BEGIN
  DELETE FROM search_note WHERE rowid = old.id;
  INSERT OR REPLACE INTO search_note (rowid, body)
  SELECT new.id, w FROM (SELECT carebook_words(new.notes) AS w) WHERE w <> '';
END""",
    """CREATE TRIGGER search_customer_ad AFTER DELETE ON customer BEGIN
  DELETE FROM search_doc WHERE id = old.id;
  DELETE FROM search_note WHERE rowid = old.id;
END""",
    """CREATE TRIGGER search_interaction_ai AFTER INSERT ON interaction BEGIN
  INSERT OR REPLACE INTO search_text (rowid, body, customer_id)
  SELECT new.id, w, new.customer_id FROM (SELECT carebook_words(new.summary, new.notes) AS w)
  WHERE w <> '';
END""",
    """CREATE TRIGGER search_interaction_au AFTER UPDATE OF summary, notes, customer_id ON interaction
WHEN old.summary IS NOT new.summary OR old.notes IS NOT new.notes OR old.customer_id IS NOT new.customer_id
BEGIN
  DELETE FROM search_text WHERE rowid = old.id;
  INSERT OR REPLACE INTO search_text (rowid, body, customer_id)
  SELECT new.id, w, new.customer_id FROM (SELECT carebook_words(new.summary, new.notes) AS w)
  WHERE w <> '';
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


def upgrade(db: peewee.Database, migrator: SchemaMigrator) -> None:
    if not isinstance(db, peewee.SqliteDatabase):
        return
    for statement in SCHEMA + FILL:
        db.execute_sql(statement)
