"""Sort keys for the customers list: ``company_key`` and ``last_score_norm``, kept true by every writer,
filled by migration 0004, and used by the company and last-score sorts; ``position_of`` agrees with
the list whatever the sort, direction, filters and paging strategy."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from carebook import db as db_module
from carebook import legacy_search_functions, migrations
from carebook.db import atomic, database
from carebook.exchange.importer import import_csv
from carebook.models import Customer, Feedback
from carebook.services import customer_paging, customer_queries, customer_stats, customers, feedback, tags
from carebook.shop import close_shop, open_shop
from carebook.text import fold

HEADER = "name,company,email,phone,address,preferred_channel,tags,notes,consent_marketing,created_at\n"


def _keys(customer_id: int) -> tuple[str, float | None]:
    row = Customer.get_by_id(customer_id)
    return row.company_key, row.last_score_norm


@pytest.mark.usefixtures("db")
def test_create_and_update_keep_the_folded_company() -> None:
    customer = customers.create("Kari", company="  Nordlys KAFÉ  AS ").row.id
    assert _keys(customer) == ("nordlys kafe as", None)
    customers.update(customer, company="Ødegård & Sønn")
    assert _keys(customer)[0] == "odegard & sonn"
    customers.update(customer, name="Kari N.")  # the company is not touched
    assert _keys(customer)[0] == "odegard & sonn"
    customers.update(customer, company="")
    assert _keys(customer)[0] == ""


def test_the_csv_import_keeps_the_folded_company(db: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.csv"
    first.write_text(HEADER + "Kari,Nordlys KAFÉ,kari@example.no,,,,,,,\nJon,,jon@example.no,,,,,,,\n")
    import_csv("customers", first)
    by_name = {row.name: row.company_key for row in Customer.select()}
    assert by_name == {"Kari": "nordlys kafe", "Jon": ""}
    second = tmp_path / "second.csv"
    second.write_text(HEADER + "Jon,Åsane Sykkel,jon@example.no,,,,,,,\n")
    import_csv("customers", second)  # the email matches: an update
    assert Customer.get(Customer.name == "Jon").company_key == "asane sykkel"


@pytest.mark.parametrize(
    ("kind", "score", "norm"),
    [
        ("csat", 1, 0.0),
        ("csat", 5, 100.0),
        ("nps", 0, 0.0),
        ("nps", 7, 70.0),
        ("ces", 4, 50.0),
        ("ces", 7, 100.0),
    ],
)
@pytest.mark.usefixtures("db")
def test_the_last_score_is_kept_on_one_scale(kind: str, score: int, norm: float) -> None:
    customer = customers.create("Ann").row.id
    feedback.record(customer, kind=kind, score=score, received_at=datetime(2026, 1, 1, 9))
    assert _keys(customer)[1] == pytest.approx(norm)
    assert customer_stats.score_norm(kind, score) == pytest.approx(norm)
    later = feedback.record(customer, kind="nps", score=2, received_at=datetime(2026, 1, 2, 9))
    assert _keys(customer)[1] == pytest.approx(20.0)  # the latest score counts
    feedback.delete(later.id)
    assert _keys(customer)[1] == pytest.approx(norm)


@pytest.mark.usefixtures("db")
def test_refresh_all_repairs_company_keys_written_without_them() -> None:
    good = customers.create("Good", company="Acme").row.id
    with atomic():
        bulk = Customer.insert(
            name="Bulk", name_key="bulk", company="Ünïcode Ltd", created_at=datetime(2026, 1, 1),
            updated_at=datetime(2026, 1, 1),
        ).execute()  # fmt: skip
        Customer.update(company_key="stale").where(Customer.id == good).execute()
    with atomic():
        customer_stats.refresh_all()
    assert _keys(bulk)[0] == "unicode ltd"
    assert _keys(good)[0] == "acme"


def test_migration_4_fills_both_keys_for_existing_customers(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = data_dir / "old.sqlite3"
    every = migrations.available()
    monkeypatch.setattr(migrations, "available", lambda: [m for m in every if m.version < 4])
    open_shop(path)
    assert "company_key" not in {c.name for c in database.get_columns("customer")}
    legacy_search_functions.register(database.connection())  # as Carebook at schema 3 had them
    now = "2026-01-01 09:00:00"
    for name, company, kind, score in [
        ("Ann", "Ødegård AS", "ces", 7),
        ("Bob", "", "", None),
        ("Cy", "beta", "nps", 5),
    ]:
        database.execute_sql(
            "INSERT INTO customer (name, name_key, company, email, phone, phone_e164, address, "
            "preferred_channel, notes, consent_marketing, created_at, updated_at, open_followups, "
            "open_contacts, last_score_kind, last_score) "
            "VALUES (?, ?, ?, '', '', '', '', '', '', 0, ?, ?, 0, 0, ?, ?)",
            (name, fold(name), company, now, now, kind, score),
        )
    close_shop()
    monkeypatch.setattr(migrations, "available", lambda: every)
    open_shop(path)
    found = {c.name: (c.company_key, c.last_score_norm) for c in Customer.select()}
    assert found == {"Ann": ("odegard as", 100.0), "Bob": ("", None), "Cy": ("beta", 50.0)}
    names = [row.name for row in customers.list_customers(sort="company").rows]
    assert names == ["Cy", "Ann", "Bob"]  # beta < odegard; no company last
    close_shop()


# -- the two sorts, over every paging strategy ----------------------------------------------------


@pytest.fixture(params=["index walk", "trash keys", "generic SQL"])
def strategy(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, db: Path) -> Iterator[str]:
    if request.param == "trash keys":
        monkeypatch.setattr(customer_paging, "_ROWS_PER_TRASHED", 0)
    elif request.param == "index walk":
        monkeypatch.setattr(customer_paging, "_ROWS_PER_TRASHED", 10**9)
    else:
        monkeypatch.setattr(db_module, "is_sqlite", lambda: False)
    yield request.param


_NAMES = ["Ann", "bob", "Åsa", "Bob", "Zed", "Émile"]
_COMPANIES = ["Acme", "", "acme", "Ölbryggeri", "", "beta"]
_SCORES = [("csat", 5), None, ("ces", 7), ("nps", 6), ("csat", 2), None, ("nps", 10)]


def _crowd() -> list[int]:
    """42 customers with many equal companies, names and scores; every third one is in the trash."""
    with atomic():
        ids = [
            customers.create(_NAMES[i % 6], company=_COMPANIES[i % 6 if i % 5 else (i + 1) % 6]).row.id
            for i in range(42)
        ]
        for i, customer_id in enumerate(ids):
            score = _SCORES[i % 7]
            if score is not None:
                Feedback.create(
                    customer=customer_id, kind=score[0], score=score[1], received_at=datetime(2026, 1, 1)
                )
        customer_stats.refresh(ids)
    customers.trash(ids[::3])
    return ids


def _expected(rows: list[customers.CustomerRow], sort: str, descending: bool) -> list[int]:
    """The documented order, computed by hand: the key, then the folded name, then the id, in the
    direction; customers without a company / without a score last, by name."""

    def value(row: customers.CustomerRow) -> object:
        if sort == "company":
            return fold(row.company) or None
        return customer_stats.score_norm(row.last_score_kind, row.last_score)

    known = [row for row in rows if value(row) is not None]
    missing = [row for row in rows if value(row) is None]
    known.sort(key=lambda r: (value(r), fold(r.name), r.id), reverse=descending)
    missing.sort(key=lambda r: (fold(r.name), r.id), reverse=descending)
    return [row.id for row in known + missing]


@pytest.mark.parametrize("sort", ["company", "last_score"])
def test_company_and_score_pages_follow_the_documented_order(strategy: str, sort: str) -> None:
    ids = _crowd()
    live = customers.get_many(i for n, i in enumerate(ids) if n % 3)
    for descending in (False, True):
        expected = _expected(list(live), sort, descending)
        for size in (1, 5):
            seen: list[int] = []
            for offset in range(0, 30, size):
                page = customers.list_customers(offset=offset, limit=size, sort=sort, descending=descending)
                assert page.total == 28
                seen.extend(row.id for row in page.rows)
            assert seen == expected, (sort, descending, size)


@pytest.mark.sqlite_only("SQLite's query plans for its fast path (customer_paging serves SQLite only)")
def test_the_fast_path_serves_both_sorts_from_their_indexes(db: Path) -> None:
    _crowd()
    for sort in ("company", "last_score"):
        assert sort in customer_paging.SEGMENTS
        for condition, columns in customer_paging.SEGMENTS[sort]:
            sql = f"SELECT c.id FROM customer AS c WHERE {condition} ORDER BY {', '.join(columns)} LIMIT 5"
            plan = " ".join(str(row[3]) for row in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}"))
            assert "TEMP B-TREE" not in plan and "SEARCH" in plan, plan  # an index seek, no sorting


# -- position_of ------------------------------------------------------------------------------------


@pytest.mark.parametrize("sort", customers.SORTS)
def test_position_of_agrees_with_the_list_for_every_customer(strategy: str, sort: str) -> None:
    ids = _crowd()
    with atomic():
        for n, customer_id in enumerate(ids[:20]):
            Customer.update(
                last_contact_at=datetime(2026, 1, 1) + timedelta(days=n % 4), open_followups=n % 3
            ).where(Customer.id == customer_id).execute()
    for descending in (False, True):
        listed = [
            row.id for row in customers.list_customers(limit=1000, sort=sort, descending=descending).rows
        ]
        for customer_id in ids:
            expected = listed.index(customer_id) if customer_id in listed else None
            found = customer_queries.position_of(customer_id, sort=sort, descending=descending)
            assert found == expected, (sort, descending, customer_id)


def test_position_of_with_filters_and_in_the_trash(db: Path) -> None:
    ids = _crowd()
    tags.add_tag(ids[:21], "VIP")
    vip = [row.id for row in customers.list_customers(tag="vip", sort="company", limit=1000).rows]
    for customer_id in ids[:21]:
        expected = vip.index(customer_id) if customer_id in vip else None
        assert customer_queries.position_of(customer_id, sort="company", tag="VIP") == expected
    assert customer_queries.position_of(ids[30], tag="VIP") is None  # not tagged
    trash = [row.id for row in customers.list_customers(trashed=True, sort="last_score", limit=1000).rows]
    for customer_id in ids[::3]:
        assert customer_queries.position_of(customer_id, sort="last_score", trashed=True) == trash.index(
            customer_id
        )
    assert customer_queries.position_of(ids[1], trashed=True) is None
    assert customer_queries.position_of(ids[0]) is None  # in the trash, so not in the live list
    assert customer_queries.position_of(999_999) is None
    assert customer_queries.position_of(ids[1], tag="no such tag") is None
