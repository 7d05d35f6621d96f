"""Paged, sorted and filtered customer lists."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest

from carebook import db as db_module
from carebook.clock import utc_now
from carebook.db import atomic, database
from carebook.errors import ValidationError
from carebook.models import Customer, Feedback, Followup, Interaction
from carebook.services import customer_paging, customer_stats, customers, tags
from carebook.text import fold

pytestmark = pytest.mark.usefixtures("db")


def _contact(customer_id: int, when: datetime) -> None:
    Interaction.create(customer=customer_id, occurred_at=when, channel="phone")


def _followups(customer_id: int, count: int) -> None:
    for _ in range(count):
        Followup.create(customer=customer_id, due_on=date(2026, 3, 1))


def _score(customer_id: int, kind: str, score: int) -> None:
    Feedback.create(customer=customer_id, kind=kind, score=score, received_at=datetime(2026, 2, 1, 12))


@pytest.fixture
def five() -> dict[str, int]:
    """Five customers whose every sort key was chosen by hand (see the expected orders below)."""
    specs = [
        ("Émile Zola", "Zeta", datetime(2026, 1, 2)),
        ("anna berg", "", datetime(2026, 1, 5)),
        ("Bjørn Ås", "acme", datetime(2026, 1, 1)),
        ("Anna Berg", "Acme", datetime(2026, 1, 4)),
        ("Chen Wei", "beta", datetime(2026, 1, 3)),
    ]
    ids = [
        customers.create(name, company=company, created_at=created).row.id for name, company, created in specs
    ]
    e, a, b, a2, c = ids
    with atomic():
        _contact(e, datetime(2026, 3, 1, 10))
        _contact(e, datetime(2026, 1, 1, 10))  # older contact: the latest one counts
        _contact(b, datetime(2026, 2, 1, 9))
        _contact(a2, datetime(2026, 3, 1, 10))  # same instant as Émile: the id breaks the tie
        _followups(a, 2)
        _followups(b, 1)
        _followups(c, 1)
        _score(e, "csat", 5)  # best on its scale
        _score(a, "nps", 6)  # a detractor: 6 of 10
        _score(b, "ces", 7)  # best on its scale, ties with Émile
        _score(c, "csat", 2)
        customer_stats.refresh(ids)
    return {"e": e, "a": a, "b": b, "a2": a2, "c": c}


EXPECTED = {
    ("name", False): ["a", "a2", "b", "c", "e"],
    ("name", True): ["e", "c", "b", "a2", "a"],
    # empty company last in both directions; "acme"/"Acme" tie -> name
    ("company", False): ["a2", "b", "c", "e", "a"],
    ("company", True): ["e", "c", "b", "a2", "a"],
    # never contacted last in both directions
    ("last_contact", False): ["b", "e", "a2", "a", "c"],
    ("last_contact", True): ["a2", "e", "b", "c", "a"],
    ("open_followups", False): ["e", "a2", "b", "c", "a"],
    ("open_followups", True): ["a", "c", "b", "a2", "e"],
    ("created", False): ["b", "e", "c", "a2", "a"],
    ("created", True): ["a", "a2", "c", "e", "b"],
    # satisfaction: csat 2 (worst) < nps 6 < csat 5 = ces 7 (tie -> name: Bjørn, Émile); no score last
    ("last_score", False): ["c", "a", "b", "e", "a2"],
    ("last_score", True): ["e", "b", "a", "c", "a2"],
}


def _names(page: customers.CustomerPage, ids: dict[str, int]) -> list[str]:
    by_id = {value: key for key, value in ids.items()}
    return [by_id[row.id] for row in page.rows]


@pytest.mark.parametrize(("sort", "descending"), sorted(EXPECTED))
def test_each_sort_in_both_directions(five: dict[str, int], sort: str, descending: bool) -> None:
    page = customers.list_customers(sort=sort, descending=descending)
    assert _names(page, five) == EXPECTED[(sort, descending)]
    assert page.total == 5


def test_summary_columns_come_with_the_rows(five: dict[str, int]) -> None:
    rows = {row.id: row for row in customers.list_customers().rows}
    emile = rows[five["e"]]
    assert emile.last_contact_at == datetime(2026, 3, 1, 10)
    assert (emile.open_contacts, emile.last_score_kind, emile.last_score) == (2, "csat", 5)
    assert rows[five["a"]].open_followups == 2
    assert rows[five["a"]].last_contact_at is None


def test_pages_of_two_add_up_to_the_whole_list(five: dict[str, int]) -> None:
    for (sort, descending), expected in EXPECTED.items():
        pages = [
            customers.list_customers(offset=o, limit=2, sort=sort, descending=descending) for o in (0, 2, 4)
        ]
        assert [name for page in pages for name in _names(page, five)] == expected
        assert [len(page.rows) for page in pages] == [2, 2, 1]
        assert {page.total for page in pages} == {5}
    assert customers.list_customers(offset=5).rows == ()
    assert customers.list_customers(offset=500).total == 5
    assert customers.list_customers(limit=0) == customers.CustomerPage((), 5)


@pytest.fixture(params=["index walk", "trash keys", "generic SQL"])
def strategy(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The three ways a page can be found; all must agree on every row of every page."""
    if request.param == "trash keys":
        monkeypatch.setattr(customer_paging, "_ROWS_PER_TRASHED", 0)
    elif request.param == "index walk":
        monkeypatch.setattr(customer_paging, "_ROWS_PER_TRASHED", 10**9)
    else:
        monkeypatch.setattr(db_module, "is_sqlite", lambda: False)
    yield request.param


def _crowd() -> list[int]:
    """40 customers with many equal sort keys; every third one goes to the trash."""
    base = datetime(2026, 1, 1)
    with atomic():
        ids = []
        for i in range(40):
            name = ["Ann", "bob", "Åsa", "Bob", "Zed"][i % 5]
            ids.append(customers.create(name, created_at=base + timedelta(days=i % 4)).row.id)
        for i, customer_id in enumerate(ids):
            if i % 4:
                _contact(customer_id, base + timedelta(days=10 + i % 3))
            _followups(customer_id, i % 3)
        customer_stats.refresh(ids)
    customers.trash(ids[::3])
    return ids


def test_paging_is_stable_with_ties_and_a_trash_whatever_the_strategy(strategy: str) -> None:
    ids = _crowd()
    live = [i for n, i in enumerate(ids) if n % 3]
    for sort in ("name", "last_contact", "open_followups", "created"):
        for descending in (False, True):
            for size in (1, 7):
                seen = []
                for offset in range(0, 30, size):
                    page = customers.list_customers(
                        offset=offset, limit=size, sort=sort, descending=descending
                    )
                    assert page.total == len(live) == 26
                    seen.extend(row.id for row in page.rows)
                assert sorted(seen) == live  # every live customer exactly once, none from the trash
                keys = [_key(row, sort) for row in customers.get_many(seen)]
                known = sorted((k for k in keys if k[0] is not None), reverse=descending)  # type: ignore[type-var]
                never = sorted((k for k in keys if k[0] is None), key=lambda k: k[1], reverse=descending)
                assert keys == known + never, (sort, descending, size)  # never contacted: always last


def _key(row: customers.CustomerRow, sort: str) -> tuple[object, int]:
    value = {
        "name": fold(row.name),
        "last_contact": row.last_contact_at,
        "open_followups": row.open_followups,
        "created": row.created_at,
    }[sort]
    return (value, row.id)


def test_name_order_by_hand_with_the_trash(strategy: str) -> None:
    ids = _crowd()
    names = [(row.name, row.id) for row in customers.list_customers(limit=1000).rows]
    by_hand = sorted(
        ((["Ann", "bob", "Åsa", "Bob", "Zed"][n % 5], i) for n, i in enumerate(ids) if n % 3),
        key=lambda pair: (fold(pair[0]), pair[1]),
    )
    assert names == by_hand
    assert names[:3] == [("Ann", ids[5]), ("Ann", ids[10]), ("Ann", ids[20])]  # ids 1, 16, 31... are trashed


def test_the_trash_lists_only_trashed_customers(strategy: str) -> None:
    ids = _crowd()
    page = customers.list_customers(trashed=True, limit=5, sort="created", descending=True)
    assert page.total == 14
    assert all(row.deleted_at is not None for row in page.rows)
    assert set(customers.ids_matching(trashed=True)) == set(ids[::3])
    assert customers.count_customers(trashed=True) == 14


def test_filter_by_tag_is_case_insensitive(five: dict[str, int]) -> None:
    tags.add_tag([five["e"], five["c"], five["a"]], "VIP")
    customers.trash([five["a"]])
    page = customers.list_customers(tag="vip")
    assert _names(page, five) == ["c", "e"]
    assert page.total == 2
    assert customers.count_customers(tag=" Vip ") == 2
    assert customers.ids_matching(tag="VIP") == tuple(sorted([five["e"], five["c"]]))
    assert customers.list_customers(tag="VIP", trashed=True).rows[0].id == five["a"]
    assert customers.list_customers(tag="nobody has this") == customers.CustomerPage((), 0)
    assert customers.ids_matching(tag="nobody has this") == ()


def test_filter_by_preferred_channel() -> None:
    phone = customers.create("Phone fan", preferred_channel="phone").row.id
    email = customers.create("Email fan", preferred_channel="email").row.id
    none = customers.create("No preference").row.id
    assert [r.id for r in customers.list_customers(preferred_channel="phone").rows] == [phone]
    assert [r.id for r in customers.list_customers(preferred_channel="Email").rows] == [email]
    assert [r.id for r in customers.list_customers(preferred_channel="").rows] == [none]
    assert customers.count_customers(preferred_channel="sms") == 0
    with pytest.raises(ValidationError) as caught:
        customers.list_customers(preferred_channel="pigeon")
    assert caught.value.field == "preferred_channel"


def test_not_contacted_for_n_days_includes_the_never_contacted() -> None:
    now = utc_now()
    recent = customers.create("Recent").row.id
    old = customers.create("Old").row.id
    never = customers.create("Never").row.id
    with atomic():
        _contact(recent, now - timedelta(days=10))
        _contact(old, now - timedelta(days=45))
        _contact(old, now - timedelta(days=60))
        customer_stats.refresh([recent, old])
    names = [r.name for r in customers.list_customers(not_contacted_days=30).rows]
    assert names == ["Never", "Old"]
    assert customers.count_customers(not_contacted_days=30) == 2
    assert customers.ids_matching(not_contacted_days=30) == (old, never)
    assert [r.name for r in customers.list_customers(not_contacted_days=5, sort="last_contact").rows] == [
        "Old",
        "Recent",
        "Never",
    ]
    assert customers.count_customers(not_contacted_days=90) == 1
    with pytest.raises(ValidationError):
        customers.list_customers(not_contacted_days=-1)


def test_filters_combine(five: dict[str, int]) -> None:
    tags.add_tag([five["e"], five["a"], five["b"], five["c"]], "VIP")
    for key in ("b", "c", "e"):
        customers.update(five[key], preferred_channel="sms")
    with atomic():
        _contact(five["e"], utc_now() - timedelta(hours=1))
        customer_stats.refresh([five["e"]])
    page = customers.list_customers(tag="VIP", preferred_channel="sms", not_contacted_days=1, sort="name")
    assert _names(page, five) == ["b", "c"]  # a prefers nothing, e was contacted an hour ago
    assert customers.count_customers(tag="VIP", preferred_channel="sms", not_contacted_days=1) == 2


def test_ids_matching_lists_every_live_customer_in_id_order() -> None:
    ids = _crowd()
    live = tuple(i for n, i in enumerate(ids) if n % 3)
    assert customers.ids_matching() == live
    assert customers.count_customers() == len(live)


def test_tags_for_a_page_come_in_one_query(five: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("VIP", "wholesale", "Late payer"):
        tags.add_tag(list(five.values()), name)
    statements: list[str] = []
    real = database.obj.execute_sql

    def spy(sql: str, params: object = None, *args: object, **kwargs: object) -> object:
        statements.append(sql)
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(database.obj, "execute_sql", spy)
    page = customers.list_customers()
    assert all(row.tags == ("Late payer", "VIP", "wholesale") for row in page.rows)
    assert len([sql for sql in statements if "customer_tag" in sql]) == 1
    assert len(statements) <= 6  # ids, rows, tags and two counts: never one per row


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"sort": "shoe size"}, "sort"),
        ({"offset": -1}, "offset"),
        ({"limit": 1001}, "limit"),
        ({"limit": -1}, "limit"),
        ({"not_contacted_days": "ten"}, "not_contacted_days"),
    ],
)
def test_bad_list_arguments_name_the_argument(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        customers.list_customers(**kwargs)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_an_empty_database_lists_nothing() -> None:
    for sort in customers.SORTS:
        assert customers.list_customers(sort=sort) == customers.CustomerPage((), 0)
    assert customers.ids_matching() == ()
    assert Customer.select().count() == 0
