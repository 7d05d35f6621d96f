"""The bench shops on PostgreSQL (``make bench-postgresql``): a throw-away server, the same shops loaded.

A server is started for the run (``tests.pg_server``: ``initdb`` into a temporary folder, a free loopback
port) and stopped after it. Each shop is the cached SQLite bench shop (``tests.bench.bigshop``) copied
into a fresh database that Carebook's own migrations created, the fast way: the search index is dropped,
every table is copied with ``COPY`` (foreign-key triggers off, as a restore does), the id sequences are
moved past the copied ids, then the search index is created and filled in bulk
(``search_schema_pg.create``) and the tables are analysed. An empty shop (the floor of the customers
table) is a fresh database with the same settings and one owner.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

from tests.bench.bigshop import Shop

# Copied first, in this order (what the others refer to); the rest follow by name.
_FIRST = ("staff", "customer", "tag", "customer_tag", "interaction", "followup", "feedback")
_SKIP_PREFIXES = ("search_", "sqlite_", "schema_migration")


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _columns_sqlite(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def copy_shop(source: Path, url: str) -> float:
    """Copy the SQLite shop at ``source`` into the empty Carebook database at ``url``; seconds taken."""
    from carebook import search_schema_pg
    from carebook.db import atomic, database
    from carebook.shop import close_shop, open_shop

    started = time.perf_counter()
    open_shop(url)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        db = database.obj
        pg_tables = set(db.get_tables())
        names = [r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        mine = [t for t in names if t in pg_tables and not t.startswith(_SKIP_PREFIXES)]
        tables = [t for t in _FIRST if t in mine] + sorted(t for t in mine if t not in _FIRST)
        with atomic():
            db.execute_sql("SET LOCAL session_replication_role = replica")  # no FK checks while copying
            search_schema_pg.drop(db)
            for table in reversed(tables):
                db.execute_sql(f'DELETE FROM "{table}"')
            for table in tables:
                target = {c.name for c in db.get_columns(table)}
                columns = [c for c in _columns_sqlite(src, table) if c in target]
                quoted = ", ".join(f'"{c}"' for c in columns)
                cursor = db.connection().cursor()
                with cursor.copy(f'COPY "{table}" ({quoted}) FROM STDIN') as copy:
                    for row in src.execute(f'SELECT {quoted} FROM "{table}"'):
                        copy.write_row(row)
                if "id" in columns:
                    db.execute_sql(
                        f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                        f'coalesce((SELECT max(id) FROM "{table}"), 0) + 1, false)'
                    )
            search_schema_pg.create(db)
        db.execute_sql("ANALYZE")
    finally:
        src.close()
        close_shop()
    return time.perf_counter() - started


class PgShops:
    """One throw-away server for the run, the shops loaded into it on first use, and an empty shop."""

    def __init__(self) -> None:
        from tests import pg_server

        if pg_server.programs() is None:
            how = pg_server.HOW_TO_GET
            raise SystemExit(f"make bench-postgresql needs PostgreSQL's server programs ({how})")
        _say("starting a throw-away PostgreSQL server...")
        self.server = pg_server.start()
        self.urls: dict[str, str] = {}
        self.load_seconds: dict[str, float] = {}

    def _create(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.server.admin_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")  # type: ignore[arg-type]
            conn.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]
        return self.server.url(name)

    def fresh(self, name: str) -> str:
        """The address of a new, empty database (Carebook's migrations run when it is first opened)."""
        return self._create(name)

    def url(self, shop: Shop) -> str:
        """The address of ``shop`` on the server, copied there first."""
        if shop.size not in self.urls:
            _say(f"copying the {shop.size} shop into PostgreSQL ({shop.contacts:,} contacts)...")
            url = self._create(f"bench_{shop.size}")
            self.load_seconds[shop.size] = copy_shop(shop.path, url)
            _say(f"  copied and indexed in {self.load_seconds[shop.size]:.1f} s")
            self.urls[shop.size] = url
        return self.urls[shop.size]

    def empty(self) -> str:
        """A fresh shop with the bench's settings and one owner."""
        from carebook import settings
        from carebook.services import staff
        from carebook.shop import close_shop, open_shop

        url = self._create("bench_empty")
        open_shop(url)
        try:
            settings.update(shop_name="Benchmark Shop", phone_region="GB", time_zone="Europe/London")
            staff.add("Owner", role="owner")
        finally:
            close_shop()
        return url

    def stop(self) -> None:
        self.server.stop()
