"""The follow-ups table model (lazy pages, SQL sorting, state markers) and the page's queries."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from carebook import clock
from carebook.services import customers, followups, staff
from carebook.services.followups import FollowupPage
from ui.models.followups_model import COLUMNS, ROW_ROLE, FollowupsModel
from ui.pages.followups_query import Filters, fetch_page, period_bounds


def _rows(count: int) -> list[followups.FollowupRow]:
    anna = customers.create("Anna Smith").row.id
    start = clock.today()
    made = [
        followups.create(anna, due_on=start + timedelta(days=i), note=f"Note {i}\nsecond line")
        for i in range(count)
    ]
    return made


def test_model_reads_pages_lazily(db, qtmodeltester, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(5)
    asked: list[tuple[int, int, str, bool]] = []

    def fetch(offset: int, limit: int, sort: str, descending: bool) -> FollowupPage:
        asked.append((offset, limit, sort, descending))
        return followups.list_followups(offset=offset, limit=limit, sort=sort, descending=descending)

    model = FollowupsModel(page_size=2)
    model.set_fetcher(fetch)
    model.reload()
    assert model.rowCount() == 2 and model.total == 5 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 4
    qtmodeltester.check(model, force_py=True)
    model.fetchMore()
    assert model.rowCount() == 5 and not model.canFetchMore()
    assert asked == [(0, 2, "due_on", False), (2, 2, "due_on", False), (4, 2, "due_on", False)]
    assert model.index(0, COLUMNS.index("note")).data() == "Note 0"  # the first line
    assert "second line" in model.index(0, COLUMNS.index("note")).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(4, 0).data(ROW_ROLE).id == rows[4].id

    # The tester fetches more while a reset is being announced, so sorting is checked on a fresh model.
    fresh = FollowupsModel(page_size=2)
    fresh.set_fetcher(fetch)
    fresh.sort(COLUMNS.index("due"), Qt.SortOrder.DescendingOrder)  # the service sorts, from the top
    assert asked[-1] == (0, 2, "due_on", True)
    assert fresh.index(0, 0).data(ROW_ROLE).id == rows[4].id
    fresh.sort(COLUMNS.index("note"), Qt.SortOrder.AscendingOrder)  # notes cannot be sorted: ignored
    assert (fresh.sort_key, fresh.descending) == ("due_on", True)


def test_model_state_markers_read_without_colour(db, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    anna = customers.create("Anna Smith").row.id
    followups.create(anna, due_on=clock.today() - timedelta(days=2))
    followups.create(anna, due_on=clock.today() + timedelta(days=2))
    model = FollowupsModel()
    model.set_fetcher(lambda offset, limit, sort, desc: followups.list_followups(offset=offset, limit=limit))
    model.reload()
    state = COLUMNS.index("state")
    late, later = model.index(0, state), model.index(1, state)
    assert (late.data(), later.data()) == ("Overdue", "Upcoming")
    assert (
        late.data(Qt.ItemDataRole.DecorationRole).name() != later.data(Qt.ItemDataRole.DecorationRole).name()
    )
    assert late.data(Qt.ItemDataRole.FontRole).bold()  # overdue stands out in black and white too
    assert late.data(Qt.ItemDataRole.ToolTipRole) == "Overdue by 2 days"
    assert later.data(Qt.ItemDataRole.ToolTipRole) == "Due in 2 days"
    assert late.data(Qt.ItemDataRole.AccessibleTextRole) == "State: Overdue"


@pytest.mark.parametrize("descending", [False, True])
def test_unassigned_ones_page_by_due_date(db, descending: bool) -> None:  # type: ignore[no-untyped-def]
    anna = customers.create("Anna Smith").row.id
    sam = staff.add("Sam Okafor").id
    today = clock.today()
    for days in (-3, 0, 8):  # Sam's: before, among and after the unassigned ones
        followups.create(anna, due_on=today + timedelta(days=days), assignee_id=sam)
    nobodys = [followups.create(anna, due_on=today + timedelta(days=days)).id for days in (5, 1, 20, -40)]
    expected = sorted(nobodys, key=lambda i: followups.get(i).due_on, reverse=descending)
    filters = Filters(assignee="unassigned", state="all")
    pages = [fetch_page(filters, sam, today, offset, 2, "customer", descending) for offset in (0, 2, 4)]
    assert [page.total for page in pages] == [4, 4, 4]
    assert [row.id for page in pages for row in page.rows] == expected


def test_periods_are_local_due_dates() -> None:
    monday = clock.today() - timedelta(days=clock.today().weekday())
    wednesday = monday + timedelta(days=2)
    assert period_bounds(Filters(period="this_week"), wednesday) == (monday, monday + timedelta(days=6))
    assert period_bounds(Filters(period="next_7_days"), wednesday) == (
        wednesday,
        wednesday + timedelta(days=6),
    )
    first = wednesday.replace(day=1)
    last_month_end = first - timedelta(days=1)
    assert period_bounds(Filters(period="last_month"), wednesday) == (
        last_month_end.replace(day=1),
        last_month_end,
    )
    assert period_bounds(Filters(period="any"), wednesday) == (None, None)
