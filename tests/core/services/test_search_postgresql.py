"""The search index on a PostgreSQL server: other clients (plain psycopg, as psql) write every table and
search finds it; the SQL fold is Python's; check names what is wrong and the rebuild repairs it.

Runs in the PostgreSQL leg (CAREBOOK_TEST_ENGINE=postgresql); the engine-neutral search tests run there too.
"""

from __future__ import annotations

from collections.abc import Iterator

import peewee
import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carebook import repair, search_schema_pg
from carebook.db import database
from carebook.errors import StorageError
from carebook.services import customers, search_index
from carebook.services.search import search
from carebook.services.search_index import spaced_cjk
from carebook.shop import close_shop, open_shop
from carebook.text import digits, fold
from tests.conftest import ENGINE

pytestmark = pytest.mark.skipif(ENGINE != "postgresql", reason="the PostgreSQL leg runs these")
NOW = "2024-05-01 10:00:00"
CONTACT = (
    "INSERT INTO interaction (customer_id, occurred_at, channel, direction, reason, summary, notes, status, "
    "resolved_first_contact) VALUES (%s, %s, 'phone', 'inbound', 'other', %s, '', 'open', false)"
)


@pytest.fixture
def shop(db: str) -> Iterator[str]:
    customers.create("Kari Nordmann", email="kari@example.no")
    close_shop()
    yield db


def plain(url: str) -> psycopg.Connection:
    """A connection as any other client opens one (psql, a backup tool): autocommit, no Carebook code."""
    return psycopg.connect(url, autocommit=True)


def insert_customer(conn: psycopg.Connection, name: str, *, phone: str = "", notes: str = "") -> int:
    """An INSERT as a person would type it: every NOT NULL column but the sort keys (left out)."""
    row = conn.execute(
        "INSERT INTO customer (name, company, email, phone, phone_e164, address, preferred_channel, notes, "
        "consent_marketing, created_at, updated_at, open_followups, open_contacts, last_score_kind) "
        "VALUES (%s, '', '', %s, '', '', '', %s, false, %s, %s, 0, 0, '') RETURNING id",
        (name, phone, notes, NOW, NOW),
    ).fetchone()
    assert row is not None
    return int(row[0])


def found(url: str, text: str) -> list[str]:
    open_shop(url)
    try:
        return [hit.name for hit in search(text)]
    finally:
        close_shop()


def test_rows_written_by_another_client_are_found_and_the_index_stays_right(shop: str) -> None:
    with plain(shop) as conn:
        customer_id = insert_customer(conn, "Bjørn Dæhlie", phone="07700 900123", notes="Var fornøyd")
        conn.execute(CONTACT, (customer_id, NOW, "Refund for the kettle"))
        conn.execute("UPDATE customer SET company = 'Café Lee' WHERE id = %s", (customer_id,))
        conn.execute("INSERT INTO tag (name) VALUES ('VIP')")
        conn.execute(
            "INSERT INTO customer_tag (customer_id, tag_id) SELECT %s, id FROM tag WHERE name = 'VIP'",
            (customer_id,),
        )
        keys = conn.execute("SELECT name_key, company_key FROM customer WHERE id = %s", (customer_id,))
        assert keys.fetchone() == ("bjorn daehlie", "cafe lee")  # folded by the trigger
    for typed in (
        "daehlie",
        "DÆHLIE",
        "bjorn d",
        "cafe",
        "900123",
        "+44 7700 900123",
        "fornoyd",
        "kettle",
        "vip",
    ):
        assert found(shop, typed) == ["Bjørn Dæhlie"], typed
    with plain(shop) as conn:
        conn.execute(
            "UPDATE customer SET name = 'Zoë Dahl', notes = 'likes tea' WHERE id = %s", (customer_id,)
        )
        conn.execute(
            "UPDATE interaction SET summary = '客户要求退款水壶' WHERE customer_id = %s", (customer_id,)
        )
    assert found(shop, "daehlie") == [] and found(shop, "kettle") == [] and found(shop, "fornoyd") == []
    assert found(shop, "zoe dahl") == found(shop, "tea") == found(shop, "退款") == ["Zoë Dahl"]
    open_shop(shop)
    assert search_index.verify() == [] and repair.inspect().index == "ok"
    close_shop()
    with plain(shop) as conn:
        conn.execute("DELETE FROM customer WHERE id = %s", (customer_id,))  # its contacts go with it
    assert found(shop, "zoe") == [] and found(shop, "退款") == [] and found(shop, "tea") == []
    open_shop(shop)
    assert search_index.verify() == []
    close_shop()


def test_check_names_what_another_client_broke_and_the_rebuild_repairs_it(shop: str) -> None:
    with plain(shop) as conn:
        conn.execute("UPDATE customer SET name_key = 'wrong' WHERE name = 'Kari Nordmann'")
        conn.execute("DELETE FROM search_doc")
        conn.execute("DROP TRIGGER search_interaction_ai ON interaction")
    open_shop(shop)
    try:
        problems = search_index.verify()
        assert problems == ["search index: missing trigger search_interaction_ai"]
        assert repair.inspect().index == "missing (trigger search_interaction_ai)"
        report = repair.repair()
        assert report.index == "ok" and search_index.verify() == []
        assert [h.name for h in search("kari")] == ["Kari Nordmann"]
        assert database.execute_sql("SELECT name_key FROM customer").fetchone() == ("kari nordmann",)
        database.execute_sql("DELETE FROM search_doc")
        assert search_index.verify() == ["search index: 1 customers, notes or contacts are not indexed"]
        assert repair.inspect().index == "out of date (1 rows missing, 0 stale)"
    finally:
        close_shop()


_ALPHABET = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x24F),
    st.characters(min_codepoint=0x370, max_codepoint=0x4FF),
    st.characters(min_codepoint=0x300, max_codepoint=0x36F),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40),
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),
    st.sampled_from(" \t\n\u00a0\u3000ßæøłđðþœıſ王芳"),
)


def _one(sql: str, value: str) -> object:
    return database.execute_sql(f"SELECT {sql}", (value,)).fetchone()[0]


@pytest.mark.usefixtures("db")
@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(_ALPHABET, max_size=30))
def test_the_sql_fold_is_fold_and_the_words_are_the_python_words(text: str) -> None:
    assert _one("search_fold_text(%s)", text) == fold(text)
    words = _one("tsvector_to_array(search_words(%s))", text)
    positions = _one("(SELECT count(*) FROM unnest(search_words(%s)) w, unnest(w.positions))", text)
    expected = search_schema_pg.split_words(spaced_cjk(text))
    assert set(words) == set(expected)  # type: ignore[arg-type]
    assert positions == len(expected)  # each word where it stands
    assert _one("search_digits(%s)", text) == "".join(ch for ch in digits(text) if ch.isascii())


@pytest.mark.usefixtures("db")
def test_cjk_names_are_spaced_and_phone_digits_kept() -> None:
    assert _one("search_fold_text(%s, true)", "欧阳娜娜 Li") == "欧 阳 娜 娜 li"
    assert _one("search_digits(%s)", "+44 (0)7700-900.123") == "4407700900123"


def test_a_server_that_refuses_the_extension_is_told_in_one_line(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from carebook.migrations import available

    migration = next(m for m in available() if m.name == "search_postgresql").load()

    def refuse(_db: peewee.Database) -> None:
        raise peewee.ProgrammingError('permission denied to create extension "pg_trgm"\nHINT: ...')

    monkeypatch.setattr(search_schema_pg, "create_extension", refuse)
    with pytest.raises(StorageError) as raised:
        migration.upgrade(database.obj, None)
    message = str(raised.value)
    assert "\n" not in message and "CREATE EXTENSION pg_trgm" in message
    assert 'permission denied to create extension "pg_trgm"' in message
    assert search_index.verify() == []  # nothing was dropped


def test_a_missing_index_table_says_check_repair_and_loses_nothing(shop: str) -> None:
    with plain(shop) as conn:
        conn.execute("DROP TABLE search_text")
    open_shop(shop)
    try:
        with pytest.raises(StorageError, match="run 'carebook check --repair'"):
            search("kettle")
        assert customers.get(1).name == "Kari Nordmann"  # the rows are all there
        assert repair.inspect().index == "missing (search_text, search_text_words)"
        assert repair.repair().index == "ok"
        assert [h.name for h in search("kari")] == ["Kari Nordmann"]
    finally:
        close_shop()
