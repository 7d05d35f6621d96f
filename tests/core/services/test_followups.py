"""Follow-ups: states in the shop's local time, writes, lists, reminders and the Today page's cards.

"Now" is frozen at 2026-01-15 23:30 UTC, which is Friday 2026-01-16 00:30 in Oslo: a follow-up due on
the 15th is overdue although it is still the 15th in UTC.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from carebook.db import is_sqlite
from carebook.errors import CarebookError, NotFound, ValidationError
from carebook.models import Customer, Followup
from carebook.services import customers, feedback, followups, interactions
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
    return {
        "ada": make_customer("Ada Lind"),
        "bo": make_customer("Bo Ek"),
        "kari": make_staff("Kari"),
        "una": make_staff("Una"),
    }


@pytest.fixture
def board(shop: dict[str, int]) -> dict[str, int]:
    ada, bo = shop["ada"], shop["bo"]
    plan = {
        "yesterday": (ada, "2026-01-15", None, "normal", shop["kari"]),
        "early": (bo, "2026-01-16", "00:15", "normal", None),
        "now": (ada, "2026-01-16", "00:30", "normal", None),
        "late": (bo, "2026-01-16", "18:00", "normal", shop["una"]),
        "any": (bo, "2026-01-16", None, "high", None),
        "tomorrow": (ada, "2026-01-17", None, "normal", None),
        "week": (bo, "2026-01-23", "08:00", "normal", None),
        "far": (ada, "2026-01-24", None, "normal", None),
        "done": (ada, "2026-01-10", None, "normal", None),
    }
    ids = {}
    for key, (customer, due_on, due_time, priority, assignee) in plan.items():
        row = followups.create(
            customer, due_on=due_on, due_time=due_time, priority=priority, assignee_id=assignee, note=key
        )
        ids[key] = row.id
    followups.complete(ids["done"], by_staff_id=shop["kari"], at=datetime(2026, 1, 11, 8, 0))
    return {**shop, **ids}


def _notes(rows: list[followups.FollowupRow] | tuple[followups.FollowupRow, ...]) -> list[str]:
    return [row.note for row in rows]


def test_states_are_judged_in_local_time(board: dict[str, int]) -> None:
    states = {row.note: row.state for row in followups.list_followups(limit=100).rows}

    assert states == {
        "yesterday": "overdue",
        "early": "overdue",
        "now": "due_today",  # due this very minute: not yet passed
        "late": "due_today",
        "any": "due_today",
        "tomorrow": "upcoming",
        "week": "upcoming",
        "far": "upcoming",
        "done": "done",
    }


def test_just_before_local_midnight_yesterday_is_still_today(
    board: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    freeze(monkeypatch, datetime(2026, 1, 15, 22, 59, 59))  # 23:59:59 on the 15th in Oslo

    assert followups.get(board["yesterday"]).state == "due_today"
    assert _notes(followups.due_today()) == ["yesterday"]
    assert _notes(followups.overdue()) == []
    assert followups.get(board["any"]).state == "upcoming"


def test_work_lists_in_order(board: dict[str, int]) -> None:
    assert _notes(followups.overdue()) == ["yesterday", "early"]
    assert _notes(followups.due_today()) == ["any", "now", "late"]  # high priority first, then by time
    assert _notes(followups.upcoming()) == ["tomorrow", "week"]  # up to 2026-01-23
    assert _notes(followups.upcoming(days=8)) == ["tomorrow", "week", "far"]


def test_work_lists_for_one_staff_member(board: dict[str, int]) -> None:
    assert _notes(followups.overdue(board["kari"])) == ["yesterday", "early"]  # theirs and nobody's
    assert _notes(followups.overdue(board["una"])) == ["early"]
    assert _notes(followups.overdue(board["una"], include_unassigned=False)) == []
    assert _notes(followups.due_today(board["una"], include_unassigned=False)) == ["late"]


def test_list_filters_by_state_dates_assignee_and_customer(board: dict[str, int]) -> None:
    def notes(**filters: object) -> list[str]:
        page = followups.list_followups(**filters)  # type: ignore[arg-type]
        assert page.total == len(page.rows)
        return _notes(page.rows)

    assert notes(state="overdue") == ["yesterday", "early"]
    assert notes(state="due_today") == ["now", "late", "any"]  # by time, untimed last
    assert notes(state="upcoming") == ["tomorrow", "week", "far"]
    assert notes(state="done") == ["done"]
    assert len(notes(state="open")) == 8
    assert notes(start_on=date(2026, 1, 16), end_on="2026-01-17") == [
        "early",
        "now",
        "late",
        "any",
        "tomorrow",
    ]
    assert notes(assignee_id=board["kari"]) == ["yesterday"]  # "done" was done by Kari, not given to her
    assert notes(assignee_id=board["una"]) == ["late"]
    assert notes(customer_id=board["bo"], state="due_today") == ["late", "any"]


def test_list_sorting_and_paging(board: dict[str, int]) -> None:
    page = followups.list_followups(sort="due_on", descending=True, offset=2, limit=3)
    assert page.total == 9
    assert _notes(page.rows) == ["tomorrow", "any", "late"]

    by_customer = followups.list_followups(sort="customer", state="open")
    assert [row.customer_name for row in by_customer.rows] == ["Ada Lind"] * 4 + ["Bo Ek"] * 4

    by_priority = followups.list_followups(sort="priority", state="due_today")
    assert _notes(by_priority.rows) == ["any", "now", "late"]

    by_assignee = followups.list_followups(sort="assignee", state="overdue", descending=True)
    assert [row.assignee_name for row in by_assignee.rows] == ["Kari", ""]


@pytest.mark.parametrize(
    ("filters", "field"),
    [({"state": "late"}, "state"), ({"sort": "note"}, "sort"), ({"start_on": "2026-02-30"}, "start_on")],
)
def test_list_refuses_bad_arguments(shop: dict[str, int], filters: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        followups.list_followups(**filters)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_trashed_customers_stay_off_the_work_lists(board: dict[str, int]) -> None:
    tove = make_customer("Tove", deleted_at=datetime(2026, 1, 14, 8, 0))
    followups.create(tove, due_on="2026-01-14", note="trashed")

    assert "trashed" not in _notes(followups.overdue())
    assert "trashed" not in [card.followup.note for card in followups.today_cards().cards]
    assert followups.due_counts() == followups.DueCounts(overdue=2, due_today=3)
    assert "trashed" not in _notes(followups.list_followups(state="overdue").rows)
    assert "trashed" in _notes(followups.list_followups(state="overdue", include_trashed=True).rows)
    assert _notes(followups.list_followups(customer_id=tove).rows) == ["trashed"]


def test_falling_due_takes_the_window_after_the_last_check(board: dict[str, int]) -> None:
    window = followups.falling_due(datetime(2026, 1, 16, 0, 15), datetime(2026, 1, 16, 18, 0))
    assert _notes(window) == ["now", "late"]  # 00:15 was reported by the previous check

    around_midnight = followups.falling_due(datetime(2026, 1, 15, 23, 59), datetime(2026, 1, 16, 0, 0))
    assert _notes(around_midnight) == ["any"]  # a follow-up without a time falls due as its day starts

    assert _notes(followups.falling_due(datetime(2026, 1, 16, 18, 0), datetime(2026, 1, 17, 9, 0))) == [
        "tomorrow"
    ]
    assert followups.falling_due(datetime(2026, 1, 9, 0, 0), datetime(2026, 1, 11, 0, 0)) == []  # done
    assert followups.falling_due(datetime(2026, 1, 17, 0, 0), datetime(2026, 1, 16, 0, 0)) == []


def test_create_checks_every_field(shop: dict[str, int]) -> None:
    ada, bo = shop["ada"], shop["bo"]
    contact = interactions.log(bo, channel="phone", occurred_at=datetime(2026, 1, 10, 9, 0))
    bad: list[tuple[dict[str, object], str]] = [
        ({"due_on": "2026-02-30"}, "due_on"),
        ({"due_on": "tomorrow"}, "due_on"),
        ({"due_on": datetime(2026, 1, 20, 9, 0)}, "due_on"),
        ({"due_time": "25:00"}, "due_time"),
        ({"priority": "urgent"}, "priority"),
        ({"assignee_id": 999}, "assignee"),
        ({"interaction_id": contact.id}, "interaction"),
        ({"interaction_id": 999}, "interaction"),
        ({"origin": "robot"}, "origin"),
        ({"note": "x" * 10_001}, "note"),
    ]
    for fields, field in bad:
        arguments: dict[str, object] = {"due_on": "2026-01-20", **fields}
        with pytest.raises(ValidationError) as caught:
            followups.create(ada, **arguments)  # type: ignore[arg-type]
        assert caught.value.field == field, fields
    with pytest.raises(NotFound):
        followups.create(4242, due_on="2026-01-20")
    assert Followup.select().count() == 0
    assert summary(ada)[2] == 0


def test_create_cleans_and_stores_exactly(shop: dict[str, int]) -> None:
    arabic = "اتصل بالعم"
    row = followups.create(
        shop["ada"], due_on=date(2026, 1, 20), due_time=time(14, 30, 15, 500), note=f"\x00{arabic}\x1f"
    )

    assert (row.due_on, row.due_time, row.note, row.origin) == (
        date(2026, 1, 20),
        time(14, 30, 15),
        arabic,
        "manual",
    )
    assert len(row.note) == 10
    assert (row.created_at, row.done_at, row.customer_name, row.assignee_name) == (NOW, None, "Ada Lind", "")
    assert followups.get(row.id) == row


def test_complete_reopen_and_the_open_count(shop: dict[str, int]) -> None:
    ada = shop["ada"]
    first = followups.create(ada, due_on="2026-01-16")
    followups.create(ada, due_on="2026-01-18")
    assert summary(ada)[2] == 2

    done = followups.complete(first.id, by_staff_id=shop["una"])
    assert (done.state, done.done_at, done.done_by_name) == ("done", NOW, "Una")
    assert summary(ada)[2] == 1

    again = followups.complete(first.id, at=datetime(2026, 1, 15, 23, 45))
    assert (again.done_at, again.done_by_name) == (NOW, "Una")  # a second click changes nothing

    with pytest.raises(ValidationError) as caught:
        followups.complete(followups.create(ada, due_on="2026-01-19").id, by_staff_id=999)
    assert caught.value.field == "done_by"

    reopened = followups.reopen(first.id)
    assert (reopened.state, reopened.done_at, reopened.done_by_id) == ("due_today", None, None)
    assert summary(ada)[2] == 3


def test_delete(shop: dict[str, int]) -> None:
    row = followups.create(shop["ada"], due_on="2026-01-20")
    assert summary(shop["ada"])[2] == 1

    followups.delete(row.id)

    assert summary(shop["ada"])[2] == 0
    with pytest.raises(NotFound):
        followups.get(row.id)


def test_snooze_reassign_and_edit(board: dict[str, int]) -> None:
    moved = followups.snooze(board["yesterday"], due_on="2026-01-19", due_time="09:00")
    assert (moved.due_on, moved.due_time, moved.state) == (date(2026, 1, 19), time(9, 0), "upcoming")

    untimed = followups.snooze(board["early"], due_on=date(2026, 1, 16))
    assert (untimed.due_time, untimed.state) == (None, "due_today")

    with pytest.raises(CarebookError):
        followups.snooze(board["done"], due_on="2026-01-20")

    assigned = followups.reassign(board["now"], board["una"])
    assert (assigned.assignee_id, assigned.assignee_name) == (board["una"], "Una")
    assert followups.reassign(board["now"], None).assignee_name == ""
    with pytest.raises(ValidationError):
        followups.reassign(board["now"], 999)

    edited = followups.edit(board["now"], note=" Call back\x00 ", priority="HIGH")
    assert (edited.note, edited.priority) == ("Call back", "high")
    assert followups.edit(board["now"], priority="normal").note == "Call back"
    with pytest.raises(ValidationError) as caught:
        followups.edit(board["now"], priority="soon")
    assert caught.value.field == "priority"
    with pytest.raises(NotFound):
        followups.edit(4242, note="x")


@pytest.mark.parametrize(
    ("preset", "now_local", "expected"),
    [
        ("1h", datetime(2026, 1, 16, 10, 15, 42), (date(2026, 1, 16), time(11, 15))),
        ("1h", datetime(2026, 1, 16, 23, 40), (date(2026, 1, 17), time(0, 40))),
        ("1h", datetime(2026, 3, 29, 1, 30), (date(2026, 3, 29), time(3, 30))),  # clocks go forward at 02:00
        ("tomorrow", datetime(2026, 1, 16, 23, 40), (date(2026, 1, 17), time(9, 0))),
        ("tomorrow", datetime(2026, 1, 31, 8, 0), (date(2026, 2, 1), time(9, 0))),
        ("next_week", datetime(2026, 1, 16, 8, 0), (date(2026, 1, 19), time(9, 0))),  # Friday
        ("next_week", datetime(2026, 1, 18, 22, 0), (date(2026, 1, 19), time(9, 0))),  # Sunday
        ("next_week", datetime(2026, 1, 19, 8, 0), (date(2026, 1, 26), time(9, 0))),  # Monday
    ],
)
def test_snooze_presets(
    shop: dict[str, int], preset: str, now_local: datetime, expected: tuple[date, time | None]
) -> None:
    assert followups.snooze_preset(preset, now_local) == expected


def test_unknown_snooze_preset(shop: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        followups.snooze_preset("2h", datetime(2026, 1, 16, 8, 0))
    assert caught.value.field == "preset"


def test_today_cards_bring_the_customers_context(board: dict[str, int]) -> None:
    ada, bo = board["ada"], board["bo"]
    contacts = [
        interactions.log(ada, channel="phone", occurred_at=datetime(2026, 1, day, 9, 0), summary=f"day {day}")
        for day in (2, 9, 5, 12)
    ]
    interactions.resolve(contacts[0].id)
    feedback.record(ada, kind="csat", score=2, received_at=datetime(2026, 1, 12, 10, 0))
    feedback.record(ada, kind="nps", score=9, received_at=datetime(2026, 1, 13, 10, 0))

    today = followups.today_cards()
    cards = today.cards

    # Overdue ones first (oldest day first), then those due today (high priority, then by time).
    assert [card.followup.note for card in cards] == ["yesterday", "early", "any", "now", "late"]
    assert (today.overdue_total, today.due_today_total, today.total) == (2, 3, 5)
    ada_card = cards[0]
    assert [row.summary for row in ada_card.recent_contacts] == ["day 12", "day 9", "day 5"]
    assert (ada_card.last_score, ada_card.open_contacts) == (("nps", 9), 3)
    assert (cards[1].recent_contacts, cards[1].last_score, cards[1].open_contacts) == ((), None, 0)
    assert customer_ids(cards) == [ada, bo, bo, ada, bo]
    mine = followups.today_cards(board["una"], include_unassigned=False)
    assert [card.followup.note for card in mine.cards] == ["late"]
    assert (mine.overdue_total, mine.due_today_total) == (0, 1)


def customer_ids(cards: tuple[followups.FollowupCard, ...]) -> list[int]:
    return [card.followup.customer_id for card in cards]


def test_today_cards_use_a_fixed_number_of_queries(shop: dict[str, int]) -> None:
    def run(**paging: int) -> int:
        with count_queries() as seen:
            followups.today_cards(**paging)
        return len(seen)

    ada = shop["ada"]
    interactions.log(ada, channel="phone", occurred_at=datetime(2026, 1, 2, 9, 0))
    followups.create(ada, due_on="2026-01-16")
    one_card = run()
    for number in range(40):
        customer = make_customer(f"Customer {number}")
        interactions.log(customer, channel="email", occurred_at=datetime(2026, 1, 3, 9, 0))
        followups.create(customer, due_on="2026-01-15")
    assert len(followups.today_cards().cards) == 30
    assert len(followups.today_cards(limit=None).cards) == 41
    # the counts, the cards with their customers' columns, the cards' customers' last contacts
    assert run() == run(limit=5, offset=30) == run(limit=100) == one_card == 3


def test_today_cards_page_with_totals(board: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[list[int]] = []
    real = interactions.recent_for_customers

    def spy(customer_ids: object, per_customer: int = 3) -> object:
        ids = list(customer_ids)  # type: ignore[call-overload]
        asked.append(ids)
        return real(ids, per_customer)

    monkeypatch.setattr(interactions, "recent_for_customers", spy)
    pages = [followups.today_cards(limit=2, offset=offset) for offset in (0, 2, 4, 6)]

    assert [[card.followup.note for card in page.cards] for page in pages] == [
        ["yesterday", "early"],
        ["any", "now"],
        ["late"],
        [],
    ]
    assert {(page.overdue_total, page.due_today_total) for page in pages} == {(2, 3)}
    # The context is read for the cards of the page only (none when the page is empty).
    assert asked == [[board["ada"], board["bo"]], [board["bo"], board["ada"]], [board["bo"]]]
    with pytest.raises(ValidationError) as caught:
        followups.today_cards(limit=0)
    assert caught.value.field == "limit"


@pytest.mark.parametrize(
    ("who", "include_unassigned", "expected"),
    [
        (None, True, (2, 3)),  # yesterday, early | now, late, any
        ("kari", True, (2, 2)),  # yesterday (hers), early | now, any (nobody's)
        ("kari", False, (1, 0)),
        ("una", True, (1, 3)),  # early | now, late (hers), any
        ("una", False, (0, 1)),
    ],
)
def test_due_counts_match_the_work_lists(
    board: dict[str, int], who: str | None, include_unassigned: bool, expected: tuple[int, int]
) -> None:
    staff_id = board[who] if who else None
    counts = followups.due_counts(staff_id, include_unassigned=include_unassigned)
    overdue = followups.overdue(staff_id, include_unassigned=include_unassigned)
    due_today = followups.due_today(staff_id, include_unassigned=include_unassigned)
    assert (counts.overdue, counts.due_today) == expected == (len(overdue), len(due_today))
    assert counts.total == sum(expected)
    assert followups.any_due(staff_id, include_unassigned=include_unassigned) is True


def test_any_due_is_false_once_nothing_is_due_and_ignores_the_trash(board: dict[str, int]) -> None:
    for row in [*followups.overdue(), *followups.due_today()]:
        if row.assignee_id is not None:
            followups.complete(row.id)
    assert followups.any_due(board["kari"], include_unassigned=False) is False
    assert followups.any_due() is True  # nobody's follow-ups are still due
    customers.trash({row.customer_id for row in [*followups.overdue(), *followups.due_today()]})
    assert followups.due_counts().total == 0
    assert followups.any_due() is False


def test_due_counts_follow_the_clock_and_completions(
    board: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    followups.complete(board["yesterday"])
    assert followups.due_counts() == followups.DueCounts(overdue=1, due_today=3)
    freeze(monkeypatch, datetime(2026, 1, 16, 17, 30))  # 18:30 in Oslo: "now" and "any" still today
    assert followups.due_counts() == followups.DueCounts(overdue=3, due_today=1)


def test_list_unassigned_follow_ups(board: dict[str, int]) -> None:
    page = followups.list_followups(unassigned=True, state="open")
    assert _notes(page.rows) == ["early", "now", "any", "tomorrow", "week", "far"]
    assert page.total == 6
    everything = followups.list_followups(unassigned=True, sort="customer", descending=True, limit=2)
    assert everything.total == 7  # with the done one
    assert {row.assignee_id for row in everything.rows} == {None}
    with pytest.raises(ValidationError) as caught:
        followups.list_followups(unassigned=True, assignee_id=board["kari"])
    assert caught.value.field == "unassigned"


def test_stay_in_touch(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    freeze(monkeypatch, datetime(2026, 2, 15, 12, 0))  # 13:00 on 2026-02-15 in Oslo

    def customer(name: str, every: int | None, contact: datetime | None, **fields: object) -> int:
        number = make_customer(name, contact_every_days=every, **fields)
        if contact is not None:
            interactions.log(number, channel="phone", occurred_at=contact)
        return number

    a = customer("A", 30, datetime(2026, 1, 1, 12, 0))  # 45 days ago
    b = customer("B", 30, datetime(2026, 2, 5, 12, 0))  # 10 days ago
    c = customer("C", 30, None, created_at=datetime(2026, 1, 15, 10, 0))  # added 31 days ago
    customer("D", 30, datetime(2025, 11, 1, 12, 0), deleted_at=datetime(2026, 1, 2, 9, 0))  # trashed
    customer("E", None, None, created_at=datetime(2025, 1, 1, 9, 0))  # no rhythm
    f = customer("F", 31, datetime(2026, 1, 15, 23, 30))  # 2026-01-16 in Oslo: 30 local days
    g = customer("G", 30, datetime(2026, 1, 16, 10, 0))  # exactly 30 days
    h = customer("H", 30, datetime(2025, 12, 1, 12, 0))
    followups.create(h, due_on="2026-02-20", origin="stay_in_touch")

    with count_queries() as seen:
        created = followups.schedule_stay_in_touch()
    assert created == 3
    # candidates, one insert, one summary refresh (on a server, the customers locked before it)
    assert len(seen) <= (3 if is_sqlite() else 4)

    made = {row.customer_id: row for row in followups.list_followups(state="due_today").rows}
    assert set(made) == {a, c, g}
    assert made[a].note == "Stay in touch: last contact 45 days ago"
    assert made[c].note == "Stay in touch: no contact yet, added 31 days ago"
    assert (made[a].due_on, made[a].due_time, made[a].origin) == (date(2026, 2, 15), None, "stay_in_touch")
    assert summary(a)[2] == 1

    assert followups.schedule_stay_in_touch() == 0
    followups.complete(made[a].id)
    assert followups.schedule_stay_in_touch() == 0  # done today counts as keeping in touch

    assert followups.schedule_stay_in_touch(date(2026, 2, 16)) == 1  # F's 31 local days are up
    assert _notes(followups.list_followups(customer_id=f).rows) == ["Stay in touch: last contact 31 days ago"]

    assert followups.schedule_stay_in_touch(date(2026, 3, 17)) == 2
    later = {
        row.customer_id: row.note
        for row in followups.list_followups(start_on="2026-03-17", end_on="2026-03-17").rows
    }
    assert later == {
        a: "Stay in touch: last contact 75 days ago",
        b: "Stay in touch: last contact 40 days ago",
    }
    assert Customer.get_by_id(b).open_followups == 1
