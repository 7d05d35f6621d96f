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

On a PostgreSQL server the same index is built with PostgreSQL's tools (``carebook.search_schema_pg``:
``pg_trgm`` and ``tsvector`` with GIN indexes, PL/pgSQL triggers); this module checks and rebuilds both.

Tags are not indexed: a shop has few, so ``services.search`` matches tag names when it runs, and tagging
thousands of customers in an import costs nothing here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import peewee

from carebook import search_schema_pg
from carebook.db import database, reads, writes
from carebook.search_fold import fold_pairs
from carebook.search_schema import FILL as FILL
from carebook.search_schema import FTS_TABLES as FTS_TABLES
from carebook.search_schema import SCHEMA as SCHEMA
from carebook.search_schema import TABLES as TABLES
from carebook.search_schema import VIEWS as VIEWS
from carebook.search_schema import create as create
from carebook.search_schema import drop as drop
from carebook.search_schema import fill as fill
from carebook.search_schema import is_sqlite as _is_sqlite
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


def refresh_keys(db: peewee.Database) -> int:
    """Write the exact ``fold`` into every customer's ``name_key``/``company_key`` that differs; how many."""
    changed = 0
    mark = "?" if _is_sqlite(db) else "%s"
    update = f"UPDATE customer SET name_key = {mark}, company_key = {mark} WHERE id = {mark}"
    rows = db.execute_sql("SELECT id, name, name_key, company, company_key FROM customer").fetchall()
    for customer_id, name, name_key, company, company_key in rows:
        keys = (fold(name or ""), fold(company or ""))
        if keys != (name_key, company_key):
            db.execute_sql(update, (*keys, customer_id))
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
        search_schema_pg.drop(db)
        refresh_keys(db)
        search_schema_pg.create(db)
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
    intact: bool | None  # FTS5's own integrity check, on PostgreSQL every GIN index valid (None: not asked)

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
        return _server_stats(verify)
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


_SERVER_ROWS = (  # (index table, its source's ids with text)
    ("search_doc", "SELECT id FROM customer"),
    ("search_note", "SELECT id FROM customer WHERE notes <> ''"),
    ("search_text", f"SELECT i.id FROM interaction i WHERE {search_schema_pg.contact_has_text('i')}"),
)


_SCHEMA = "current_schema()::regnamespace"


def _same(rows: str) -> str:
    """SQL: a row of ``rows`` (a table or a parenthesised select) has the outer row's id."""
    outer = "s" if rows.startswith("search_") else "x"
    return f"SELECT 1 FROM {rows} o WHERE o.id = {outer}.id"


def _server_stats(verify: bool) -> IndexStats:
    missing = stale = 0
    for table, source in _SERVER_ROWS:
        missing += _count(f"SELECT count(*) FROM ({source}) s WHERE NOT EXISTS ({_same(table)})")
        stale += _count(f"SELECT count(*) FROM {table} x WHERE NOT EXISTS ({_same(f'({source})')})")
    intact = None
    if verify:
        names = ", ".join(f"'{name}'" for name in search_schema_pg.INDEXES)
        valid = _count(
            "SELECT count(*) FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid "
            f"WHERE c.relname IN ({names}) AND x.indisvalid AND c.relnamespace = {_SCHEMA}"
        )
        intact = valid == len(search_schema_pg.INDEXES)
    customers = _count("SELECT count(*) FROM customer")
    contacts = _count("SELECT count(*) FROM interaction")
    return IndexStats(customers, contacts, missing, stale, intact)


def _absent() -> list[str]:
    """The index's tables and views (SQLite), or tables, functions and triggers (PostgreSQL) not there."""
    if _is_sqlite(database.obj):
        sql = "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
        tables = {n for (n,) in database.execute_sql(sql)}
        return [t for t in (*TABLES, *VIEWS) if t not in tables]
    schema = _SCHEMA
    tables = {
        n for (n,) in database.execute_sql(f"SELECT relname FROM pg_class WHERE relnamespace = {schema}")
    }
    functions = {
        n for (n,) in database.execute_sql(f"SELECT proname FROM pg_proc WHERE pronamespace = {schema}")
    }
    triggers = {n for (n,) in database.execute_sql("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")}
    return [
        *(t for t in (*search_schema_pg.TABLES, *search_schema_pg.INDEXES) if t not in tables),
        *(f for f in search_schema_pg.FUNCTIONS if f.split("(")[0] not in functions),
        *(f"trigger {t}" for t, _table in search_schema_pg.TRIGGERS if t not in triggers),
    ]


@reads
def verify() -> list[str]:
    """What is wrong with the search index, one line each (empty when it is right); repair: ``rebuild_index``.

    Checks that every customer, note and contact is indexed once, FTS5's integrity check, that the
    customers' keys are the exact ``fold`` (another program may have written a name) and that the
    letter table is this version's.
    """
    absent = _absent()
    if absent:
        return [f"search index: missing {', '.join(absent)}"]
    problems = []
    stats = index_stats(verify=True)
    if stats.missing:
        problems.append(f"search index: {stats.missing} customers, notes or contacts are not indexed")
    if stats.stale:
        problems.append(f"search index: {stats.stale} entries belong to no customer or contact")
    if stats.intact is False:
        check = "FTS5's integrity check failed" if _is_sqlite(database.obj) else "an index is not valid"
        problems.append(f"search index: {check}")
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


@reads
def server_problem() -> str:
    """``carebook check``'s line for the index on a PostgreSQL server: "ok", or what is wrong with it."""
    absent = _absent()
    if absent:
        return f"missing ({', '.join(absent)})"
    stats = index_stats(verify=True)
    if stats.intact is False:
        return "damaged (one of its indexes is not valid)"
    if not stats.healthy:
        return f"out of date ({stats.missing:,} rows missing, {stats.stale:,} stale)"
    return "ok"
