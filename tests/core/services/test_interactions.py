"""Logging, editing, resolving and listing contacts."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from carebook import clock
from carebook.errors import NotFound, ValidationError
from carebook.models import Interaction
from carebook.services import feedback, followups, interactions
from tests.core.services.activity_support import (
    NOW,
    count_queries,
    freeze,
    make_customer,
    make_staff,
    summary,
)


@pytest.fixture
def shop(db: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    freeze(monkeypatch)
    return {"ada": make_customer("Ada Lind"), "bo": make_customer("Bo Ek"), "kari": make_staff("Kari")}


def test_log_defaults_to_now_open_and_joins_names(shop: dict[str, int]) -> None:
    row = interactions.log(
        shop["ada"], channel="phone", summary="Asked about opening hours", staff_id=shop["kari"]
    )

    assert row.occurred_at == NOW
    assert row.created_at == NOW
    assert (row.status, row.resolved_at, row.resolved_first_contact) == ("open", None, False)
    assert (row.direction, row.reason) == ("inbound", "other")
    assert (row.customer_name, row.staff_name) == ("Ada Lind", "Kari")
    assert interactions.get(row.id) == row


def test_resolved_in_this_contact_ends_when_the_contact_ends(shop: dict[str, int]) -> None:
    at = datetime(2026, 1, 10, 10, 0)
    timed = interactions.log(
        shop["ada"], channel="phone", occurred_at=at, resolved_first_contact=True, duration_minutes=25
    )
    untimed = interactions.log(shop["ada"], channel="email", occurred_at=at, resolved_first_contact=True)

    assert (timed.status, timed.resolved_at) == ("resolved", datetime(2026, 1, 10, 10, 25))
    assert (untimed.status, untimed.resolved_at) == ("resolved", at)


def test_resolved_later_is_resolved_now(shop: dict[str, int]) -> None:
    row = interactions.log(
        shop["ada"], channel="phone", occurred_at=datetime(2026, 1, 10, 10, 0), resolved=True
    )

    assert (row.status, row.resolved_at, row.resolved_first_contact) == ("resolved", NOW, False)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("channel", "fax"),
        ("channel", ""),
        ("direction", "sideways"),
        ("reason", "gossip"),
        ("waited_minutes", -1),
        ("waited_minutes", 10081),
        ("waited_minutes", "abc"),
        ("waited_minutes", 2.5),
        ("waited_minutes", True),
        ("duration_minutes", "1e3"),
        ("occurred_at", "2026-01-10 10:00"),
        ("occurred_at", NOW + timedelta(days=1, seconds=1)),
        ("summary", "x" * 501),
        ("notes", "x" * 1_000_001),
        ("staff_id", 999),
    ],
)
def test_bad_values_are_refused_naming_the_field(shop: dict[str, int], field: str, value: object) -> None:
    fields: dict[str, object] = {"channel": "phone", field: value}
    with pytest.raises(ValidationError) as caught:
        interactions.log(shop["ada"], **fields)  # type: ignore[arg-type]

    assert caught.value.field == ("staff" if field == "staff_id" else field)
    assert Interaction.select().count() == 0
    assert summary(shop["ada"])[:2] == (None, 0)


def test_unknown_customer_is_not_found(shop: dict[str, int]) -> None:
    with pytest.raises(NotFound):
        interactions.log(4242, channel="phone")
    with pytest.raises(NotFound):
        interactions.get(4242)


def test_an_impossible_typed_date_is_refused_before_logging(shop: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        interactions.log(
            shop["ada"], channel="phone", occurred_at=clock.parse_local("2026-02-30 10:00", "occurred_at")
        )

    assert caught.value.field == "occurred_at"
    assert "not a real date" in str(caught.value)


def test_limits_that_are_accepted(shop: dict[str, int]) -> None:
    row = interactions.log(
        shop["ada"],
        channel=" In Person ",
        summary="x" * 500,
        notes="n" * 1_000_000,
        waited_minutes="15",
        duration_minutes=10080,
        occurred_at=NOW + timedelta(days=1),
    )

    assert row.channel == "in_person"
    assert len(row.summary) == 500
    assert len(row.notes) == 1_000_000
    assert (row.waited_minutes, row.duration_minutes) == (15, 10080)
    assert row.occurred_at == datetime(2026, 1, 16, 23, 30)


def test_text_is_cleaned_of_control_characters_and_rtl_text_is_kept(shop: dict[str, int]) -> None:
    hebrew = "שלום עולם!"
    assert len(hebrew) == 10
    row = interactions.log(
        shop["ada"], channel="chat", summary=f"\x00{hebrew}\x07", notes="line one\x00\nline\ttwo\x1b"
    )

    assert row.summary == hebrew
    assert row.notes == "line one\nline\ttwo"
    assert interactions.get(row.id).summary == hebrew


def test_summary_is_one_line(shop: dict[str, int]) -> None:
    row = interactions.log(shop["ada"], channel="chat", summary="  first\n\nsecond  ")

    assert row.summary == "first second"


def test_aware_times_are_stored_as_utc(shop: dict[str, int]) -> None:
    oslo = datetime(2026, 1, 10, 12, 0, 30, 999, tzinfo=ZoneInfo("Europe/Oslo"))
    row = interactions.log(shop["ada"], channel="phone", occurred_at=oslo)

    assert row.occurred_at == datetime(2026, 1, 10, 11, 0, 30)


def test_summary_columns_follow_every_write(shop: dict[str, int]) -> None:
    ada, bo = shop["ada"], shop["bo"]
    first = interactions.log(ada, channel="phone", occurred_at=datetime(2026, 1, 5, 9, 0))
    assert summary(ada)[:2] == (datetime(2026, 1, 5, 9, 0), 1)

    second = interactions.log(ada, channel="email", occurred_at=datetime(2026, 1, 7, 9, 0))
    assert summary(ada)[:2] == (datetime(2026, 1, 7, 9, 0), 2)

    interactions.resolve(first.id)
    assert summary(ada)[:2] == (datetime(2026, 1, 7, 9, 0), 1)

    interactions.reopen(first.id)
    assert summary(ada)[:2] == (datetime(2026, 1, 7, 9, 0), 2)

    interactions.edit(second.id, occurred_at=datetime(2026, 1, 3, 9, 0))
    assert summary(ada)[:2] == (datetime(2026, 1, 5, 9, 0), 2)

    interactions.edit(first.id, customer_id=bo)
    assert summary(ada)[:2] == (datetime(2026, 1, 3, 9, 0), 1)
    assert summary(bo)[:2] == (datetime(2026, 1, 5, 9, 0), 1)


def test_resolve_and_reopen(shop: dict[str, int]) -> None:
    at = datetime(2026, 1, 10, 10, 0)
    row = interactions.log(shop["ada"], channel="phone", occurred_at=at, resolved_first_contact=True)

    reopened = interactions.reopen(row.id)
    assert (reopened.status, reopened.resolved_at, reopened.resolved_first_contact) == ("open", None, False)

    with pytest.raises(ValidationError) as caught:
        interactions.resolve(row.id, at=datetime(2026, 1, 10, 9, 59))
    assert caught.value.field == "resolved_at"

    resolved = interactions.resolve(row.id, at=datetime(2026, 1, 11, 8, 0))
    assert (resolved.status, resolved.resolved_at) == ("resolved", datetime(2026, 1, 11, 8, 0))
    assert interactions.resolve(row.id).resolved_at == datetime(2026, 1, 11, 8, 0)  # kept, not moved


def test_resolving_a_contact_logged_ahead_of_now_is_never_before_it(shop: dict[str, int]) -> None:
    ahead = NOW + timedelta(hours=2)
    row = interactions.log(shop["ada"], channel="phone", occurred_at=ahead)

    assert interactions.resolve(row.id).resolved_at == ahead


def test_edit_applies_the_rules_of_log(shop: dict[str, int]) -> None:
    at = datetime(2026, 1, 10, 10, 0)
    row = interactions.log(shop["ada"], channel="phone", occurred_at=at, summary="old")

    with pytest.raises(ValidationError) as caught:
        interactions.edit(row.id, channel="fax", summary="new")
    assert caught.value.field == "channel"
    assert interactions.get(row.id).summary == "old"

    with pytest.raises(ValidationError) as caught:
        interactions.edit(row.id, status="resolved")
    assert caught.value.field == "status"

    edited = interactions.edit(row.id, resolved_first_contact=True, duration_minutes=12, summary="\x00new")
    assert (edited.status, edited.resolved_at, edited.summary) == (
        "resolved",
        datetime(2026, 1, 10, 10, 12),
        "new",
    )

    # Unticking "resolved in this contact" keeps it resolved (at the same time) unless reopened.
    kept = interactions.edit(row.id, resolved_first_contact=False)
    assert (kept.status, kept.resolved_at, kept.resolved_first_contact) == (
        "resolved",
        edited.resolved_at,
        False,
    )

    with pytest.raises(ValidationError) as caught:
        interactions.edit(row.id, occurred_at=datetime(2026, 1, 10, 11, 0))
    assert caught.value.field == "occurred_at"

    opened = interactions.edit(row.id, resolved=False, staff_id=shop["kari"])
    assert (opened.status, opened.resolved_at, opened.staff_name) == ("open", None, "Kari")


@pytest.fixture
def listing(shop: dict[str, int]) -> dict[str, int]:
    ada, bo, kari = shop["ada"], shop["bo"], shop["kari"]
    zed = make_customer("Zoë Ångström")
    una = make_staff("Una")
    rows = [
        (ada, "phone", "billing", kari, datetime(2026, 1, 1, 9, 0), False),
        (bo, "email", "problem", una, datetime(2026, 1, 2, 9, 0), True),
        (zed, "phone", "problem", None, datetime(2026, 1, 3, 9, 0), False),
        (ada, "chat", "inquiry", una, datetime(2026, 1, 4, 9, 0), True),
        (bo, "phone", "billing", kari, datetime(2026, 1, 5, 9, 0), False),
    ]
    ids = {}
    for number, (customer, channel, reason, staff, at, done) in enumerate(rows, start=1):
        row = interactions.log(
            customer,
            channel=channel,
            reason=reason,
            staff_id=staff,
            occurred_at=at,
            resolved_first_contact=done,
        )
        ids[f"c{number}"] = row.id
    return {**shop, **ids, "zed": zed, "una": una}


def _ids(page: interactions.InteractionPage) -> list[int]:
    return [row.id for row in page.rows]


def _numbers(listing: dict[str, int], page: interactions.InteractionPage) -> list[int]:
    """The rows of a page as the numbers c1..c5 of the listing fixture."""
    number_of = {listing[f"c{n}"]: n for n in range(1, 6)}
    return [number_of[row.id] for row in page.rows]


def test_list_is_newest_first_with_names(listing: dict[str, int]) -> None:
    page = interactions.list_interactions()

    assert page.total == 5
    assert _numbers(listing, page) == [5, 4, 3, 2, 1]
    assert [(row.customer_name, row.staff_name) for row in page.rows][2] == ("Zoë Ångström", "")


def test_list_filters(listing: dict[str, int]) -> None:
    def numbers(**filters: object) -> list[int]:
        page = interactions.list_interactions(descending=False, **filters)  # type: ignore[arg-type]
        assert page.total == len(page.rows)
        return _numbers(listing, page)

    assert numbers(start=datetime(2026, 1, 2, 9, 0), end=datetime(2026, 1, 4, 9, 0)) == [2, 3]
    assert numbers(channel="phone") == [1, 3, 5]
    assert numbers(reason="problem") == [2, 3]
    assert numbers(staff_id=listing["una"]) == [2, 4]
    assert numbers(status="resolved") == [2, 4]
    assert numbers(status="open", channel="phone") == [1, 3, 5]
    assert numbers(customer_id=listing["bo"]) == [2, 5]
    assert numbers(customer_id=listing["bo"], reason="problem") == [2]


def test_list_sorting_and_paging(listing: dict[str, int]) -> None:
    def order(sort: str, descending: bool = False) -> list[int]:
        return _numbers(listing, interactions.list_interactions(sort=sort, descending=descending))

    # Customer names sort case- and accent-insensitively: Ada, Bo, Zoë; ties by time.
    assert order("customer") == [1, 4, 2, 5, 3]
    assert order("customer", descending=True) == [3, 5, 2, 4, 1]
    assert order("channel") == [4, 2, 1, 3, 5]
    assert order("reason") == [1, 5, 4, 2, 3]
    assert order("status") == [1, 3, 5, 2, 4]
    assert order("staff") == [3, 1, 5, 2, 4]

    page = interactions.list_interactions(offset=1, limit=2)
    assert page.total == 5
    assert _numbers(listing, page) == [4, 3]
    assert interactions.list_interactions(offset=5, limit=2).rows == ()


@pytest.mark.parametrize(
    ("filters", "field"),
    [
        ({"channel": "fax"}, "channel"),
        ({"status": "closed"}, "status"),
        ({"sort": "summary"}, "sort"),
        ({"limit": 0}, "limit"),
        ({"offset": -1}, "offset"),
    ],
)
def test_list_refuses_bad_arguments(shop: dict[str, int], filters: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        interactions.list_interactions(**filters)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_recent_contacts_per_customer(listing: dict[str, int]) -> None:
    extra = interactions.log(listing["ada"], channel="sms", occurred_at=datetime(2026, 1, 6, 9, 0))
    interactions.log(listing["ada"], channel="sms", occurred_at=datetime(2025, 12, 1, 9, 0))

    recent = interactions.recent_for_customers([listing["ada"], listing["zed"], 4242])

    assert [row.id for row in recent[listing["ada"]]] == [extra.id, listing["c4"], listing["c1"]]
    assert [row.id for row in recent[listing["zed"]]] == [listing["c3"]]
    assert recent[4242] == ()
    assert [row.id for row in interactions.for_customer(listing["zed"])] == [listing["c3"]]


def test_delete_unlinks_follow_ups_and_scores(shop: dict[str, int]) -> None:
    ada = shop["ada"]
    kept = interactions.log(ada, channel="phone", occurred_at=datetime(2026, 1, 5, 9, 0))
    wrong = interactions.log(ada, channel="phone", occurred_at=datetime(2026, 1, 7, 9, 0))
    task = followups.create(ada, due_on="2026-01-20", interaction_id=wrong.id)
    score = feedback.record(ada, kind="csat", score=5, interaction_id=wrong.id)

    with pytest.raises(ValidationError) as caught:
        interactions.edit(wrong.id, customer_id=shop["bo"])
    assert caught.value.field == "customer_id"
    assert interactions.get(wrong.id).customer_id == ada

    interactions.delete(wrong.id)

    assert [row.id for row in interactions.for_customer(ada)] == [kept.id]
    assert summary(ada)[:3] == (datetime(2026, 1, 5, 9, 0), 1, 1)
    assert followups.get(task.id).interaction_id is None
    assert feedback.get(score.id).interaction_id is None
    with pytest.raises(NotFound):
        interactions.delete(wrong.id)


def test_open_count_matches_the_list(listing: dict[str, int]) -> None:
    # c1 (Kari), c3 (nobody) and c5 (Kari) are open; Una's two are resolved.
    assert interactions.open_count() == 3 == interactions.list_interactions(status="open").total
    assert interactions.open_count(listing["kari"]) == 2
    assert interactions.open_count(listing["una"]) == 0
    interactions.reopen(listing["c4"])
    assert interactions.open_count(listing["una"]) == 1
    assert interactions.open_count() == 4


def test_every_sort_pages_through_the_whole_list(listing: dict[str, int]) -> None:
    start, end = datetime(2026, 1, 2, 0, 0), datetime(2026, 1, 6, 0, 0)  # c2..c5
    for sort in interactions.SORT_KEYS:
        for descending in (False, True):
            whole = interactions.list_interactions(start=start, end=end, sort=sort, descending=descending)
            pages = [
                interactions.list_interactions(
                    start=start, end=end, sort=sort, descending=descending, offset=offset, limit=3
                )
                for offset in (0, 3)
            ]
            assert [page.total for page in pages] == [4, 4]
            assert [len(page.rows) for page in pages] == [3, 1]
            assert [row for page in pages for row in page.rows] == list(whole.rows)
    # Descending by customer: Zoë's c3, Bo's c5 and c2 (newest first), Ada's c4.
    by_customer = interactions.list_interactions(start=start, end=end, sort="customer")
    assert _numbers(listing, by_customer) == [3, 5, 2, 4]
    # Past the end: no rows, the total still told.
    assert interactions.list_interactions(start=start, end=end, offset=4) == interactions.InteractionPage(
        (), 4
    )


def test_a_page_reads_only_its_own_rows(listing: dict[str, int]) -> None:
    with count_queries() as seen:
        page = interactions.list_interactions(offset=1, limit=2, sort="staff")
    assert _numbers(listing, page) == [2, 5]  # by staff, descending: Una's c4, c2, then Kari's c5, c1
    assert len(seen) == 3  # the count, the page's ids, the page's rows
