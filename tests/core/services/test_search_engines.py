"""SQLite and PostgreSQL find the same customers, in the same order, with the same snippets.

A demo shop is searched on SQLite, copied into a fresh PostgreSQL database (the bench's bulk copy) and
searched again with the same queries: the bench's kinds (name prefixes, phone numbers typed six ways,
emails and their parts, accent-free spellings) and words of notes, contacts, tags and companies.
"""

from __future__ import annotations

from pathlib import Path

from carebook import demo, settings
from carebook.db import database
from carebook.services.search import SEARCH_BOX_LIMIT, search
from carebook.shop import close_shop, open_shop
from tests.bench.pg_bench import copy_shop
from tests.bench.search_bench import make_cases

WORDS = [
    "cafe",
    "refund",
    "anna",
    "kettle",
    "vip",
    "fornoyd",
    "wholesale",
    "birthday cl",
    "gmail",
    "hans m",
    "07700",
    "王",
    "oslo",
]


def _results(target: str, texts: list[str]) -> list[list[tuple[int, str, str]]]:
    open_shop(target)
    try:
        return [
            [(hit.customer_id, hit.matched, hit.snippet) for hit in search(text, limit=limit)]
            for text in texts
            for limit in (SEARCH_BOX_LIMIT, 50)
        ]
    finally:
        close_shop()


def test_both_engines_find_the_same_customers_in_the_same_order(data_dir: Path, pg_database: str) -> None:
    path = data_dir / "demo.sqlite3"
    open_shop(path)
    try:
        settings.update(phone_region="GB")
        demo.generate(150, 6, seed=3)
        rows = database.execute_sql(
            "SELECT id, name, name_key, email, phone_e164 FROM customer ORDER BY id"
        ).fetchall()
    finally:
        close_shop()
    texts = [case.text for case in make_cases(rows, 120)] + WORDS
    on_sqlite = _results(str(path), texts)
    copy_shop(path, pg_database)
    on_postgresql = _results(pg_database, texts)
    assert sum(map(len, on_sqlite)) > 300  # the queries find something
    assert on_postgresql == on_sqlite
