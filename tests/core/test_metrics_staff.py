"""Per-staff figures of a month: contacts, FCR, CSAT of their contacts' feedback, follow-ups."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from carebook import clock, metrics
from carebook.clock import Month
from carebook.metrics import NO_STAFF, StaffFigures
from carebook.models import Staff
from tests.core import metrics_factory as make

MARCH = Month(2026, 3)


@pytest.fixture
def shop(db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    clock.set_shop_zone("UTC")
    monkeypatch.setattr(clock, "utc_now", lambda: datetime(2026, 4, 15, 12, 0, 0))
    yield make.customer()
    clock.set_shop_zone(None)


def test_staff_figures_per_member(shop: int) -> None:
    c = shop
    anna, bert = make.staff("Anna"), make.staff("bert")
    make.staff("Cleo", active=False)  # inactive and idle: no row
    dag = make.staff("Dag", active=False)  # inactive but worked in March: a row

    first = make.contact(
        c, "2026-03-02 10:00:00", staff_id=anna, first_contact=True, resolved_at="2026-03-02 11:00:00"
    )
    second = make.contact(c, "2026-03-03 10:00:00", staff_id=anna)
    make.contact(c, "2026-03-04 10:00:00", staff_id=anna, direction="outbound", first_contact=True)
    earlier = make.contact(c, "2026-02-20 10:00:00", staff_id=anna)  # February contact
    make.score(c, "csat", 5, "2026-03-02 12:00:00", first)
    make.score(c, "csat", 2, "2026-03-05 12:00:00", second)
    make.score(c, "csat", 4, "2026-03-01 08:00:00", earlier)  # received in March: counts for March
    make.score(c, "csat", 4, "2026-04-01 08:00:00", first)  # received in April
    make.score(c, "csat", 1, "2026-03-05 12:00:00")  # not linked to a contact: nobody's
    make.score(c, "nps", 0, "2026-03-05 12:00:00", first)  # not CSAT
    make.followup(c, "2026-03-10", done_at="2026-03-10 09:00:00", assignee=anna)
    make.followup(c, "2026-03-10", done_at="2026-03-11 09:00:00", assignee=anna)
    make.followup(c, "2026-04-10", assignee=anna)  # April

    make.contact(
        c, "2026-03-06 10:00:00", staff_id=dag, first_contact=True, resolved_at="2026-03-06 10:10:00"
    )
    make.followup(c, "2026-03-20", "09:00", done_at="2026-03-20 08:00:00", assignee=bert)

    rows = metrics.staff_figures(MARCH)

    assert rows == [
        StaffFigures(anna, "Anna", 3, 2, 50.0, 200 / 3, 3, 2, 1),
        StaffFigures(dag, "Dag", 1, 1, 100.0, None, 0, 0, 0),
        StaffFigures(bert, "bert", 0, 0, None, None, 0, 1, 1),
    ]


def test_contacts_without_staff_get_their_own_row(shop: int) -> None:
    c = shop
    eva = make.staff("Eva")
    unlogged = make.contact(c, "2026-03-02 10:00:00", first_contact=True)
    make.contact(c, "2026-03-03 10:00:00", direction="outbound")
    make.contact(c, "2026-03-03 10:00:00", staff_id=eva)
    make.score(c, "csat", 5, "2026-03-04 10:00:00", unlogged)
    make.followup(c, "2026-03-15", done_at="2026-03-15 10:00:00")  # unassigned

    rows = metrics.staff_figures(MARCH)

    assert [(row.staff_id, row.name, row.contacts) for row in rows] == [(None, NO_STAFF, 2), (eva, "Eva", 1)]
    assert rows[0] == StaffFigures(None, NO_STAFF, 2, 1, 100.0, 100.0, 1, 1, 1)


def test_no_staff_row_only_when_such_contacts_exist(shop: int) -> None:
    make.staff("Finn")
    make.followup(shop, "2026-03-15")  # unassigned, but no contact without staff
    make.contact(shop, "2026-02-03 10:00:00")  # February
    assert [row.name for row in metrics.staff_figures(MARCH)] == ["Finn"]


def test_ties_sort_by_name_with_no_staff_last(shop: int) -> None:
    c = shop
    ids = {name: make.staff(name) for name in ("zoe", "Ann", "Bo")}
    for name in ("zoe", "Ann"):
        make.contact(c, "2026-03-02 10:00:00", staff_id=ids[name])
    make.contact(c, "2026-03-02 10:00:00")
    Staff.update(name="Åse").where(Staff.id == ids["Bo"]).execute()

    names = [row.name for row in metrics.staff_figures(MARCH)]

    assert names == ["Ann", "zoe", NO_STAFF, "Åse"]
