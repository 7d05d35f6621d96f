"""CSV import of customers: rows per second beside bare ``executemany`` of the same rows.

The file holds demo customers (``carebook.demo_people``: names in many scripts, emails, phones typed in
several ways, tags, notes, addresses) in the customers CSV format of DESIGN.md. ``import_csv`` reads,
checks and normalises it and writes it into a fresh database, with its undo record.

The floors insert the very rows the import wrote (every customer column, and the tag links) with one
``executemany`` per table in one transaction into a fresh database of the same schema:

- "with the search triggers": the schema as Carebook needs it, so the search index's plain-SQL
  triggers run for every row: what any writer pays for the index;
- "trigger-free": the search index dropped first. This is the budgeted floor: Carebook's whole import
  (reading, checking, normalising, the undo record, the index) at no less than half the speed of
  inserting the finished rows into tables without a search index.
"""

from __future__ import annotations

import csv
import random
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tests.bench.bigshop import CACHE
from tests.bench.common import WORK

CSV_VERSION = 1
HEADER = ("name", "company", "email", "phone", "address", "preferred_channel", "tags", "notes",
          "consent_marketing", "created_at")  # fmt: skip


def csv_file(customers: int) -> Path:
    """A customers CSV of ``customers`` demo rows (written once, cached)."""
    path = CACHE / f"customers-v{CSV_VERSION}-{customers}.csv"
    if path.exists():
        return path
    from carebook import clock
    from carebook.demo_clock import EPOCH, DemoClock
    from carebook.demo_people import make_customers

    rng = random.Random(11)
    days = DemoClock(date(2024, 1, 1))
    people = make_customers(rng, customers, days, 700, True)
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    with partial.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER)
        for person in people:
            name, _key, company, email, phone, _e164, address, preferred, notes, consent, _every = person.row
            created = clock.to_local(EPOCH + timedelta(seconds=person.created))
            writer.writerow((name, company, email, phone, address, preferred, ";".join(person.tags), notes,
                             "yes" if consent else "no", f"{created:%Y-%m-%d %H:%M}"))  # fmt: skip
    partial.rename(path)
    return path


def _fresh(name: str) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"{name}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def _open_fresh(name: str) -> Path:
    from carebook import settings
    from carebook.shop import open_shop

    path = _fresh(name)
    open_shop(path)
    settings.update(shop_name="Benchmark Shop", phone_region="GB", time_zone="Europe/London")
    return path


def _drop(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@dataclass(frozen=True)
class ImportTimes:
    rows: int
    seconds: float
    floor_seconds: float  # executemany with the search triggers
    bare_seconds: float  # executemany without them

    @property
    def rate(self) -> float:
        return self.rows / self.seconds

    @property
    def floor_rate(self) -> float:
        return self.rows / self.floor_seconds

    @property
    def bare_rate(self) -> float:
        return self.rows / self.bare_seconds


def _insert_same_rows(columns: list[str], rows: list[tuple[Any, ...]], tags: list[tuple[Any, ...]],
                      links: list[tuple[Any, ...]], *, triggers: bool) -> float:  # fmt: skip
    """Seconds to insert ``rows`` and ``links`` with executemany in one transaction (fresh database)."""
    from carebook.db import database
    from carebook.services import search_index
    from carebook.shop import close_shop

    path = _open_fresh("import-floor")
    try:
        conn = database.connection()
        if not triggers:
            with database.atomic():
                search_index.drop(database.obj)
        conn.executemany("INSERT INTO tag (id, name) VALUES (?, ?)", tags)
        conn.commit()
        marks = ", ".join("?" for _ in columns)
        insert = f"INSERT INTO customer ({', '.join(columns)}) VALUES ({marks})"
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(insert, rows)
        conn.executemany("INSERT INTO customer_tag (customer_id, tag_id) VALUES (?, ?)", links)
        conn.execute("COMMIT")
        seconds = time.perf_counter() - start
    finally:
        close_shop()
        _drop(path)
    return seconds


def measure(customers: int) -> ImportTimes:
    from carebook.db import database
    from carebook.exchange.importer import import_csv
    from carebook.shop import close_shop

    source = csv_file(customers)
    path = _open_fresh("import")
    try:
        start = time.perf_counter()
        result = import_csv("customers", source)
        seconds = time.perf_counter() - start
        if result.counts.created != customers:
            raise RuntimeError(f"the import created {result.counts.created} customers, not {customers}")
        columns = [row[1] for row in database.execute_sql("PRAGMA table_info(customer)")]
        rows = database.execute_sql(f"SELECT {', '.join(columns)} FROM customer ORDER BY id").fetchall()
        tags = database.execute_sql("SELECT id, name FROM tag ORDER BY id").fetchall()
        links = database.execute_sql("SELECT customer_id, tag_id FROM customer_tag").fetchall()
    finally:
        close_shop()
        _drop(path)
    floor = _insert_same_rows(columns, rows, tags, links, triggers=True)
    bare = _insert_same_rows(columns, rows, tags, links, triggers=False)
    return ImportTimes(customers, seconds, floor, bare)


if __name__ == "__main__":
    import sys

    print(measure(int(sys.argv[1])))
