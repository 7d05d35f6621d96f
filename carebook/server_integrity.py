"""``carebook check`` of a server shop, the integrity of its tables: PostgreSQL's side of ``backup.check``.

Integrity: with the ``amcheck`` extension installed in the shop's database (``CREATE EXTENSION amcheck``,
done by an administrator), every B-tree index is checked against its rules (``bt_index_check``) and every
table's pages and tuples with ``verify_heapam``; without it, every row of every table is read, long values
included, so a page the server cannot read is found. Links: every reference between the shop's tables
points to a row that exists. ``write_count()`` is the server's count of rows written to the shop's tables,
which tells the automatic backups whether anything changed (``carebook.shop_backups``).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import peewee

from carebook.backup import CheckReport
from carebook.db import database, storage_errors
from carebook.import_models import IMPORT_MODELS
from carebook.models import MODELS


def _tables() -> list[str]:
    rows = database.execute_sql(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.relname"
    )
    return [row[0] for row in rows]


def _one(sql: str, params: tuple[object, ...] = ()) -> Any:
    return database.execute_sql(sql, params).fetchone()[0]


def _with_amcheck(tables: list[str]) -> list[str]:
    problems = []
    indexes = database.execute_sql(
        "SELECT i.indexrelid::regclass::text FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_class ic ON ic.oid = i.indexrelid "
        "JOIN pg_am a ON a.oid = ic.relam WHERE n.nspname = current_schema() AND a.amname = 'btree'"
    ).fetchall()
    for (index,) in indexes:
        try:
            database.execute_sql("SELECT bt_index_check(%s::regclass)", (index,))
        except peewee.DatabaseError as error:
            problems.append(f"index {index}: {str(error).splitlines()[0]}")
    for table in tables:
        found = database.execute_sql(
            "SELECT blkno, offnum, msg FROM verify_heapam(%s::regclass) LIMIT 5", (f'"{table}"',)
        ).fetchall()
        problems += [f"table {table}, page {page}, row {row}: {msg}" for page, row, msg in found]
    return problems


def _by_reading(tables: list[str]) -> list[str]:
    problems = []
    for table in tables:
        try:  # every row as text: every page and every long (TOAST) value is read
            _one(f'SELECT count(length(t::text)) FROM "{table}" t')
        except peewee.DatabaseError as error:
            problems.append(f"table {table}: {str(error).splitlines()[0]}")
    return problems


def foreign_key_problems() -> int:
    """Rows whose reference to another table points to no row."""
    total = 0
    for model in (*MODELS, *IMPORT_MODELS):
        child = model._meta.table_name
        for field in model._meta.refs:
            parent = field.rel_model._meta.table_name
            total += int(
                _one(
                    f'SELECT count(*) FROM "{child}" c WHERE c."{field.column_name}" IS NOT NULL AND NOT '
                    f'EXISTS (SELECT 1 FROM "{parent}" p WHERE p."{field.rel_field.column_name}" = '
                    f'c."{field.column_name}")'
                )
            )
    return total


def check() -> CheckReport:
    """Integrity, links and schema version of the open server shop."""
    with storage_errors():
        tables = _tables()
        amcheck = _one("SELECT count(*) FROM pg_extension WHERE extname = 'amcheck'")
        problems = _with_amcheck(tables) if amcheck else _by_reading(tables)
        links = foreign_key_problems()
        version = int(_one("SELECT coalesce(max(version), 0) FROM schema_migration"))
        name = str(_one("SELECT current_database()"))
    return CheckReport(Path(name), tuple(problems) or ("ok",), links, version)


def write_count() -> int:
    """Rows inserted, updated and deleted in the shop's tables since the server's statistics began (this
    connection's own writes at once, the other counters' within seconds). The seats' heartbeats (table
    ``seat``, ``carebook.services.presence``) are left out: who is at a counter is not worth a backup."""
    with storage_errors():
        with contextlib.suppress(peewee.ProgrammingError):  # PostgreSQL 15+: flushed once this one ends
            database.execute_sql("SELECT pg_stat_force_next_flush()")
        database.execute_sql("SELECT pg_stat_clear_snapshot()")
        return int(
            _one(
                "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_user_tables "
                "WHERE schemaname = current_schema() AND relname <> 'seat'"
            )
        )
