"""The search index on a PostgreSQL server: tables, SQL functions and triggers (what migration 0009 creates).

The same index as SQLite's (``carebook.search_schema``), with PostgreSQL's own tools:

- ``search_fold`` (the same letter table) and the SQL function ``search_fold_text(text, spaced)``: fold
  letter by letter (printable ASCII takes ``lower``), CJK, kana and Hangul letters apart when ``spaced``;
- ``search_doc``: one folded row per customer, as on SQLite (every text column starts with a space,
  ``COLLATE "C"`` so order and ranges are code point order, as SQLite's; ``fields``: name, company,
  email and phone joined by tabs), a b-tree for name prefixes and alphabetical walks and a ``pg_trgm``
  GIN index over ``fields``, ``name``, ``phone`` and ``spaced``, so ``LIKE '%...%'`` (any substring) is
  an index lookup;
- ``search_note`` (id = customer id) and ``search_text`` (id = contact id): a ``tsvector`` of the folded
  words (``search_words``: separators as FTS5's ``unicode61`` has them, CJK letters one word each) with a
  GIN index, for customer notes and contacts (summary and notes).

Triggers in PL/pgSQL keep it true, so ``psql`` or any other client may write customers and contacts:
a customer written with an empty or stale ``name_key``/``company_key`` gets it folded in SQL before it is
stored. Nothing here calls Python; ``services.search_index.rebuild_index`` makes every key the exact
Python ``fold`` and rebuilds the whole index.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import peewee

from carebook.search_fold import _RANGES, CJK_CLASS, fold_pairs

TABLES = ("search_doc", "search_note", "search_text", "search_fold")
FUNCTIONS = (
    "search_fold_text(text, boolean)",
    "search_words(text)",
    "search_digits(text)",
    "search_customer_keys()",
    "search_customer_index()",
    "search_interaction_index()",
)
TRIGGERS = (
    ("search_customer_keys", "customer"),
    ("search_customer_ai", "customer"),
    ("search_customer_au", "customer"),
    ("search_customer_ad", "customer"),
    ("search_interaction_ai", "interaction"),
    ("search_interaction_au", "interaction"),
    ("search_interaction_ad", "interaction"),
)
_CJK = CJK_CLASS  # the letters of SQLite's GLOB class, as a regex class
_UPPER, _LOWER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"


def _escape(code: int) -> str:
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


@cache
def _separator_runs() -> tuple[tuple[int, int], ...]:
    """The characters that end a word (punctuation, symbols, spaces, controls and the marks ``fold``
    leaves, of the letter table's ranges), as FTS5's ``unicode61`` has them, as runs of code points."""
    codes = [c for first, last in ((0x01, 0x7E), *_RANGES) for c in range(first, last + 1)]
    runs: list[list[int]] = []
    for code in (c for c in codes if unicodedata.category(chr(c))[0] in "PSZCM"):
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return tuple((a, b) for a, b in runs)


def separators() -> str:
    """The word-ending characters as a PostgreSQL regex (written as escapes: no quote, no percent sign,
    no class whose meaning depends on the server's locale)."""
    parts = [_escape(a) if a == b else f"{_escape(a)}-{_escape(b)}" for a, b in _separator_runs()]
    return "[" + "".join(parts) + "]+"


@cache
def word_separators() -> re.Pattern[str]:
    """The same characters (and any space) as a Python regex, to split query words as the index did."""
    parts = [
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in _separator_runs()
    ]
    return re.compile("[\\s" + "".join(parts) + "]+")


_SCIENTIFIC = re.compile(r"(\d+e\d+)(?=\D)")


def split_words(folded: str) -> list[str]:
    """The words ``search_words`` indexes for folded text, in order: split at the separators, and a
    number in scientific notation apart from letters after it (PostgreSQL's parser reads "2e5b" as
    "2e5" and "b"); lower-cased as its dictionary does."""
    words = []
    for word in word_separators().split(folded.lower()):
        words += (
            [part for part in _SCIENTIFIC.split(word, maxsplit=1) if part] if word[:1].isdigit() else [word]
        )
    return [w for w in words if w]


def _fold_function() -> str:
    """``fold`` in PL/pgSQL: each distinct letter that is not printable ASCII (rare, and a tab or a
    newline is one) is replaced by its ``search_fold`` form (CJK letters spaced out when ``spaced``),
    then ASCII is lower-cased and runs of spaces collapsed. Printable ASCII skips the letter loop."""
    found = "coalesce((SELECT f.folded FROM search_fold f WHERE f.ch = m.c), m.c)"  # a key lookup each
    mapped = f"CASE WHEN spaced AND m.c ~ '{_CJK}' THEN ' ' || m.c || ' ' ELSE {found} END"
    return f"""CREATE FUNCTION search_fold_text(t text, spaced boolean DEFAULT false) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  r record;
BEGIN
  IF t IS NULL OR t = '' THEN
    RETURN '';
  END IF;
  IF t ~ '[^ -~]' THEN
    FOR r IN SELECT m.c, {mapped} AS folded
      FROM (SELECT DISTINCT x[1] AS c FROM regexp_matches(t, '[^ -~]', 'g') AS x) AS m LOOP
      t := replace(t, r.c, r.folded);
    END LOOP;
  END IF;
  t := translate(t, '{_UPPER}', '{_LOWER}');
  IF strpos(t, '  ') > 0 THEN
    t := regexp_replace(t, ' {{2,}}', ' ', 'g');
  END IF;
  RETURN btrim(t, ' ');
END $$"""


def _words_function() -> str:
    return f"""CREATE FUNCTION search_words(t text) RETURNS tsvector LANGUAGE sql STABLE PARALLEL SAFE AS $$
SELECT to_tsvector('simple', regexp_replace(search_fold_text(t, true), '{separators()}', ' ', 'g')) $$"""


_DIGITS = """CREATE FUNCTION search_digits(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT regexp_replace(coalesce(t, ''), '[^0-9]', '', 'g') $$"""


def doc_values(row: str) -> str:
    """SQL: the search_doc columns (id, trashed, name, company, email, phone, spaced) of a customer row."""
    return (
        f"{row}.id, ({row}.deleted_at IS NOT NULL)::int, ' ' || {row}.name_key, ' ' || {row}.company_key, "
        f"' ' || search_fold_text({row}.email), "
        f"' ' || search_digits({row}.phone) || ' ' || search_digits({row}.phone_e164), "
        f"CASE WHEN {row}.name ~ '{_CJK}' THEN ' ' || search_fold_text({row}.name, true) ELSE '' END"
    )


def contact_words(row: str) -> str:
    return f"search_words({row}.summary || ' ' || {row}.notes)"  # printable ASCII stays on the fast path


def contact_has_text(row: str) -> str:
    return f"btrim({row}.summary || {row}.notes) <> ''"


_DOC_COLUMNS = ("name", "company", "email", "phone", "spaced")
_KEYS = """CREATE FUNCTION search_customer_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.name_key IS NULL OR (NEW.name_key = '' AND NEW.name <> '') THEN
      NEW.name_key := search_fold_text(NEW.name);
    END IF;
    IF NEW.company_key IS NULL OR (NEW.company_key = '' AND NEW.company <> '') THEN
      NEW.company_key := search_fold_text(NEW.company);
    END IF;
  ELSE
    IF NEW.name IS DISTINCT FROM OLD.name AND NEW.name_key IS NOT DISTINCT FROM OLD.name_key THEN
      NEW.name_key := search_fold_text(NEW.name);
    END IF;
    IF NEW.company IS DISTINCT FROM OLD.company AND NEW.company_key IS NOT DISTINCT FROM OLD.company_key THEN
      NEW.company_key := search_fold_text(NEW.company);
    END IF;
  END IF;
  RETURN NEW;
END $$"""
_CUSTOMER = f"""CREATE FUNCTION search_customer_index() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    IF TG_OP = 'DELETE' OR OLD.id <> NEW.id THEN
      DELETE FROM search_doc WHERE id = OLD.id;
      DELETE FROM search_note WHERE id = OLD.id;
    ELSIF OLD.notes IS DISTINCT FROM NEW.notes THEN
      DELETE FROM search_note WHERE id = OLD.id;
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN NULL; END IF;
  END IF;
  INSERT INTO search_doc (id, trashed, {", ".join(_DOC_COLUMNS)}) SELECT {doc_values("NEW")}
  ON CONFLICT (id) DO UPDATE SET trashed = excluded.trashed,
    {", ".join(f"{c} = excluded.{c}" for c in _DOC_COLUMNS)};
  IF NEW.notes <> '' AND (TG_OP = 'INSERT' OR OLD.id <> NEW.id OR OLD.notes IS DISTINCT FROM NEW.notes) THEN
    INSERT INTO search_note (id, words) VALUES (NEW.id, search_words(NEW.notes));
  END IF;
  RETURN NULL;
END $$"""
_INTERACTION = f"""CREATE FUNCTION search_interaction_index() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM search_text WHERE id = OLD.id;
    IF TG_OP = 'DELETE' THEN RETURN NULL; END IF;
  END IF;
  IF {contact_has_text("NEW")} THEN
    INSERT INTO search_text (id, words) VALUES (NEW.id, {contact_words("NEW")});
  END IF;
  RETURN NULL;
END $$"""
_WATCHED = ("id", "name", "name_key", "company", "company_key", "email", "phone", "phone_e164", "deleted_at")
_CUSTOMER_CHANGED = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in (*_WATCHED, "notes"))
_CONTACT_CHANGED = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in ("id", "summary", "notes"))

FUNCTION_SQL: tuple[str, ...] = (_DIGITS, _KEYS, _CUSTOMER, _INTERACTION)
TABLE_SQL: tuple[str, ...] = (
    'CREATE TABLE search_fold (ch text COLLATE "C" PRIMARY KEY, folded text NOT NULL)',
    """CREATE TABLE search_doc (id integer PRIMARY KEY, trashed integer NOT NULL DEFAULT 0,
  name text COLLATE "C" NOT NULL DEFAULT '', company text COLLATE "C" NOT NULL DEFAULT '',
  email text COLLATE "C" NOT NULL DEFAULT '', phone text COLLATE "C" NOT NULL DEFAULT '',
  spaced text COLLATE "C" NOT NULL DEFAULT '',
  fields text COLLATE "C" GENERATED ALWAYS AS
    (name || chr(9) || company || chr(9) || email || chr(9) || phone) STORED)""",
    "CREATE TABLE search_note (id integer PRIMARY KEY, words tsvector NOT NULL)",
    "CREATE TABLE search_text (id integer PRIMARY KEY, words tsvector NOT NULL)",
)
FILL_SQL: tuple[str, ...] = (
    f"INSERT INTO search_doc (id, trashed, {', '.join(_DOC_COLUMNS)}) "
    f"SELECT {doc_values('c')} FROM customer c",
    "INSERT INTO search_note (id, words) SELECT c.id, search_words(c.notes) FROM customer c "
    "WHERE c.notes <> ''",
    f"INSERT INTO search_text (id, words) SELECT i.id, {contact_words('i')} FROM interaction i "
    f"WHERE {contact_has_text('i')}",
)
INDEXES = ("search_doc_name", "search_doc_trigrams", "search_note_words", "search_text_words")
INDEX_SQL: tuple[str, ...] = (
    "CREATE INDEX search_doc_name ON search_doc (name, trashed, id)",
    # fields: a needle in any customer field; name, phone, spaced: a needle in one of them
    "CREATE INDEX search_doc_trigrams ON search_doc USING gin "
    f"({', '.join(f'{c} gin_trgm_ops' for c in ('fields', 'name', 'phone', 'spaced'))})",
    "CREATE INDEX search_note_words ON search_note USING gin (words)",
    "CREATE INDEX search_text_words ON search_text USING gin (words)",
)
TRIGGER_SQL: tuple[str, ...] = (
    "CREATE TRIGGER search_customer_keys BEFORE INSERT OR UPDATE OF name, company, name_key, company_key "
    "ON customer FOR EACH ROW EXECUTE FUNCTION search_customer_keys()",
    "CREATE TRIGGER search_customer_ai AFTER INSERT ON customer FOR EACH ROW "
    "EXECUTE FUNCTION search_customer_index()",
    f"CREATE TRIGGER search_customer_au AFTER UPDATE ON customer FOR EACH ROW WHEN ({_CUSTOMER_CHANGED}) "
    "EXECUTE FUNCTION search_customer_index()",
    "CREATE TRIGGER search_customer_ad AFTER DELETE ON customer FOR EACH ROW "
    "EXECUTE FUNCTION search_customer_index()",
    "CREATE TRIGGER search_interaction_ai AFTER INSERT ON interaction FOR EACH ROW "
    "EXECUTE FUNCTION search_interaction_index()",
    "CREATE TRIGGER search_interaction_au AFTER UPDATE ON interaction FOR EACH ROW "
    f"WHEN ({_CONTACT_CHANGED}) "
    "EXECUTE FUNCTION search_interaction_index()",
    "CREATE TRIGGER search_interaction_ad AFTER DELETE ON interaction FOR EACH ROW "
    "EXECUTE FUNCTION search_interaction_index()",
)


def create_extension(db: peewee.Database) -> None:
    """``pg_trgm`` (trusted since PostgreSQL 13: a database owner may create it)."""
    db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")


def _fill_letters(db: peewee.Database) -> None:
    rows = fold_pairs()
    for start in range(0, len(rows), 400):
        chunk = rows[start : start + 400]
        marks = ", ".join("(%s, %s)" for _ in chunk)
        db.execute_sql(
            f"INSERT INTO search_fold (ch, folded) VALUES {marks}", [x for row in chunk for x in row]
        )


def create(db: peewee.Database) -> None:
    """Create and fill the whole index from the tables (the index must not exist: ``drop`` first).

    Rows first, then the GIN indexes (built in one pass, much faster than row by row), then triggers.
    """
    create_extension(db)
    for statement in TABLE_SQL:
        db.execute_sql(statement)
    _fill_letters(db)
    for statement in (
        _fold_function(),
        _words_function(),
        *FUNCTION_SQL,
        *FILL_SQL,
        *INDEX_SQL,
        *TRIGGER_SQL,
    ):
        db.execute_sql(statement)


def drop(db: peewee.Database) -> None:
    """Remove the index's triggers, functions and tables (whatever of them exists)."""
    for name, table in TRIGGERS:
        db.execute_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    for function in reversed(FUNCTIONS):
        db.execute_sql(f"DROP FUNCTION IF EXISTS {function}")
    for table in TABLES:
        db.execute_sql(f"DROP TABLE IF EXISTS {table}")
