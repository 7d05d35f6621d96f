"""The right person at the right seat: a follow-up given to the person at this counter at another seat
reaches Today and the tray once, reminds at its due time, and one done, deleted or given away elsewhere
leaves Today, the banner and the badge. Another seat's writes are made through the services and announced
as h-live's transport does (``ctx.notify_records_changed``), or on a second SQLite connection found by
``data_version`` (``ChangeSet.everything()``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time

import pytest

from carebook import db
from carebook.changes import ChangeSet
from carebook.services import customers, followups, staff
from tests.ui.test_reminders import FakeTray
from tests.ui.today_support import Clock
from ui import reminders as reminders_module
from ui.arrivals import Arrivals
from ui.context import AppContext
from ui.reminders import Reminders
from ui.widgets.reminder_banner import ReminderBanner


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch, db) -> Clock:  # type: ignore[no-untyped-def]
    return Clock(monkeypatch, "2026-03-10 13:59:30")


@pytest.fixture
def tray(monkeypatch: pytest.MonkeyPatch) -> list[FakeTray]:
    monkeypatch.setattr(reminders_module, "tray_available", lambda: True)
    return []


def started(ctx: AppContext, tray: list[FakeTray], qtbot) -> Arrivals:  # type: ignore[no-untyped-def]
    """A seat's reminders (banner, a fake tray) and its arrivals, once they know what is there."""
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    reminders = Reminders(ctx, banner)
    reminders.make_tray = lambda: tray.append(FakeTray()) or tray[-1]  # type: ignore[assignment,return-value]
    reminders.start()
    arrivals = Arrivals(ctx, reminders)
    arrivals.start()
    qtbot.waitUntil(lambda: arrivals.known is not None)
    return arrivals


@pytest.fixture
def seat(ctx: AppContext, clock: Clock, tray: list[FakeTray], qtbot) -> Iterator[Arrivals]:  # type: ignore[no-untyped-def]
    arrivals = started(ctx, tray, qtbot)
    yield arrivals
    arrivals.stop()
    arrivals.reminders.stop()


def settle(arrivals: Arrivals, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Every read asked so far has answered (a comparison may ask one more: wait for that too)."""
    for _ in range(3):
        arrivals.jobs.wait_idle()
        qtbot.wait(20)


def messages(tray: list[FakeTray]) -> list[tuple[str, str]]:
    return [message for icon in tray for message in icon.messages]


def elsewhere(ctx: AppContext, followup_id: int) -> None:
    """What the transport does when another seat wrote this follow-up."""
    ctx.notify_records_changed(ChangeSet.of("followup", [followup_id]))


def test_a_followup_created_for_the_person_at_another_seat_is_told_once(
    seat: Arrivals, ctx: AppContext, owner, tray: list[FakeTray], qtbot
) -> None:  # type: ignore[no-untyped-def]
    customer = customers.create("Ava Evans").row.id
    new = followups.create(
        customer, due_on=date(2026, 3, 11), due_time=time(9, 0), assignee_id=owner.id, note="Ring back\nx"
    )
    said: list[str] = []
    ctx.status_message.connect(said.append)
    with qtbot.waitSignal(seat.arrived) as arrived:
        elsewhere(ctx, new.id)
    assert [row.id for row in arrived.args[0]] == [new.id]
    assert said == ["New follow-up for you: Ava Evans, due tomorrow at 09:00"]  # in the window too
    assert messages(tray) == [("New follow-up for you: Ava Evans, due tomorrow at 09:00", "Ring back")]
    elsewhere(ctx, new.id)  # heard again (an edit there, a lost notification): not told twice
    ctx.notify_records_changed(ChangeSet.everything())
    settle(seat, qtbot)
    assert len(messages(tray)) == 1


def test_only_the_persons_own_arrivals_are_told_not_our_own_writes(
    seat: Arrivals, ctx: AppContext, owner, tray: list[FakeTray], qtbot
) -> None:  # type: ignore[no-untyped-def]
    sam = staff.add("Sam Staff", "staff")
    customer = customers.create("Ava Evans").row.id
    for assignee in (sam.id, None):  # another person's, nobody's: on Today perhaps, but not "for you"
        elsewhere(ctx, followups.create(customer, due_on=date(2026, 3, 10), assignee_id=assignee).id)
    ours = followups.create(customer, due_on=date(2026, 3, 10), assignee_id=owner.id)
    ctx.notify_data_changed()  # a save at this counter...
    elsewhere(ctx, ours.id)  # ...and its own notification coming back
    settle(seat, qtbot)
    assert messages(tray) == [] and tray == []


def test_given_to_the_person_elsewhere_and_several_at_once(
    seat: Arrivals, ctx: AppContext, owner, tray: list[FakeTray], qtbot
) -> None:  # type: ignore[no-untyped-def]
    sam = staff.add("Sam Staff", "staff")
    ava = customers.create("Ava Evans").row.id
    ben = customers.create("Ben Berg").row.id
    first = followups.create(ava, due_on=date(2026, 3, 20), assignee_id=sam.id)
    second = followups.create(ben, due_on=date(2026, 3, 12), assignee_id=sam.id)
    ctx.notify_data_changed()
    settle(seat, qtbot)
    for row in (first, second):
        followups.reassign(row.id, owner.id)
    with qtbot.waitSignal(seat.arrived):
        ctx.notify_records_changed(ChangeSet.of("followup", [first.id, second.id]))
    assert messages(tray) == [("2 new follow-ups for you", "Ben Berg, Ava Evans")]  # soonest first


def test_a_new_person_at_the_counter_is_not_told_of_what_they_had(
    seat: Arrivals, ctx: AppContext, owner, tray: list[FakeTray], qtbot
) -> None:  # type: ignore[no-untyped-def]
    sam = staff.add("Sam Staff", "staff")
    customer = customers.create("Ava Evans").row.id
    followups.create(customer, due_on=date(2026, 3, 12), assignee_id=sam.id)
    ctx.notify_data_changed()
    ctx.set_staff(sam, remember=False)  # Sam takes the counter: their follow-ups are no news
    settle(seat, qtbot)
    ctx.notify_records_changed(ChangeSet.everything())
    settle(seat, qtbot)
    assert messages(tray) == []
    new = followups.create(customer, due_on=date(2026, 3, 12), assignee_id=sam.id)
    with qtbot.waitSignal(seat.arrived):
        elsewhere(ctx, new.id)
    assert messages(tray)[0][0] == "New follow-up for you: Ava Evans, due Thu 12 Mar"


@pytest.mark.sqlite_only("a second connection to the same file, heard through data_version")
def test_a_write_on_another_connection_to_the_file_is_found_by_comparing(
    main_window, ctx: AppContext, owner, tray: list[FakeTray], qtbot
) -> None:  # type: ignore[no-untyped-def]
    main_window.reminders.make_tray = lambda: tray.append(FakeTray()) or tray[-1]
    qtbot.waitUntil(lambda: main_window.arrivals.known is not None)
    customer = customers.create("Ava Evans").row.id
    main_window.ctx.notify_data_changed()
    settle(main_window.arrivals, qtbot)  # our own write's quiet read is done before the other seat writes
    path = db.db_path()
    assert path is not None
    other = db.connect_sqlite(path)  # the other seat
    try:
        with db.using(other):
            new = followups.create(customer, due_on=date.today(), assignee_id=owner.id, note="Call")
    finally:
        other.close()
    with qtbot.waitSignal(main_window.arrivals.arrived, timeout=5000):
        assert main_window.external.check()  # data_version moved: ChangeSet.everything()
    assert messages(tray) == [("New follow-up for you: Ava Evans, due today", "Call")]
    today = main_window.show_page("today")
    qtbot.waitUntil(lambda: [c.card.followup.id for c in today.card_widgets()] == [new.id])


def test_one_given_here_elsewhere_reminds_at_its_due_time_like_a_local_one(
    seat: Arrivals, ctx: AppContext, owner, clock: Clock, tray: list[FakeTray], qtbot
) -> None:  # type: ignore[no-untyped-def]
    customer = customers.create("Ava Evans").row.id
    new = followups.create(customer, due_on=date(2026, 3, 10), due_time=time(14, 5), assignee_id=owner.id)
    with qtbot.waitSignal(seat.arrived):
        elsewhere(ctx, new.id)  # after Reminders started
    clock.set("2026-03-10 14:05:10")
    with qtbot.waitSignal(seat.reminders.fell_due) as fell:
        ctx.minute_tick.emit()
    assert [row.id for row in fell.args[0]] == [new.id]
    assert not seat.reminders.banner.isHidden()
    assert messages(tray) == [
        ("New follow-up for you: Ava Evans, due today at 14:05", ""),
        ("Follow-up due: Ava Evans", ""),
    ]


@pytest.mark.parametrize("elsewhere_change", ["done", "deleted", "given away"])
def test_done_deleted_or_given_away_elsewhere_leaves_today_the_banner_and_the_badge(
    clock: Clock, main_window, ctx: AppContext, owner, qtbot, elsewhere_change: str
) -> None:  # type: ignore[no-untyped-def]
    sam = staff.add("Sam Staff", "staff")
    customer = customers.create("Ava Evans").row.id
    gone = followups.create(customer, due_on=date(2026, 3, 10), due_time=time(14, 0), assignee_id=owner.id)
    stays = followups.create(customer, due_on=date(2026, 3, 10), due_time=time(14, 0), note="Stays")
    ctx.notify_data_changed()
    today = main_window.show_page("today")
    clock.set("2026-03-10 14:00:30")
    with qtbot.waitSignal(main_window.reminders.fell_due):
        ctx.minute_tick.emit()
    banner = main_window.banner
    assert {row.id for row in banner.rows} == {gone.id, stays.id}
    row = main_window._index_of("today")
    qtbot.waitUntil(lambda: main_window.sidebar.badge(row) == 2 and len(today.card_widgets()) == 2)

    if elsewhere_change == "done":
        followups.complete(gone.id)
    elif elsewhere_change == "deleted":
        followups.delete(gone.id)
    else:
        followups.reassign(gone.id, sam.id)
    elsewhere(ctx, gone.id)
    qtbot.waitUntil(lambda: [r.id for r in banner.rows] == [stays.id])
    assert banner.isVisible() and "Ava Evans" in banner.text()
    qtbot.waitUntil(lambda: [c.card.followup.id for c in today.card_widgets()] == [stays.id])
    qtbot.waitUntil(lambda: main_window.sidebar.badge(row) == 1)

    followups.complete(stays.id)  # the last one goes too: the banner closes
    elsewhere(ctx, stays.id)
    qtbot.waitUntil(banner.isHidden)
    qtbot.waitUntil(lambda: main_window.sidebar.badge(row) == 0)


def test_the_follow_ups_of_a_shop_the_app_moves_to_are_no_news(
    seat: Arrivals, ctx: AppContext, owner, tray: list[FakeTray], qtbot
) -> None:  # type: ignore[no-untyped-def]
    customer = customers.create("Ava Evans").row.id
    followups.create(customer, due_on=date(2026, 3, 12), assignee_id=owner.id)  # "in the other shop"
    ctx.where = "postgresql://till@shop-server/shop"  # what ui.shop_switch does after opening it
    ctx.notify_settings_changed()
    settle(seat, qtbot)
    ctx.notify_records_changed(ChangeSet.everything())
    settle(seat, qtbot)
    assert messages(tray) == []


@pytest.mark.sqlite_only("another program writes the shop file")
def test_a_followup_imported_by_another_program_reaches_the_person_here(
    main_window, ctx: AppContext, owner, db, tray: list[FakeTray], tmp_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    main_window.reminders.make_tray = lambda: tray.append(FakeTray()) or tray[-1]
    customers.create("Ava Evans", email="ava@example.com")
    ctx.notify_data_changed()
    qtbot.waitUntil(lambda: main_window.arrivals.known is not None)
    csv = tmp_path / "followups.csv"
    csv.write_text(
        "due_on,due_time,customer,customer_email,assignee,note,priority,done_at\n"
        f"{date.today().isoformat()},,Ava Evans,ava@example.com,Olivia Owner,Ring about the order,high,\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "carebook.cli", "--db", str(db), "import", "followups", str(csv)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    with qtbot.waitSignal(main_window.arrivals.arrived, timeout=5000):
        main_window.external.check()
    assert messages(tray) == [("New follow-up for you: Ava Evans, due today", "Ring about the order")]


def test_on_a_server_a_followup_written_on_another_connection_is_told(
    pg_database: str, state, qapp, tray: list[FakeTray], qtbot
) -> None:  # type: ignore[no-untyped-def]
    from carebook.shop import close_shop, open_shop

    open_shop(pg_database)
    try:
        clerk = staff.add("Carl Clerk", "staff")
        customer = customers.create("Ava Evans").row.id
        ctx = AppContext(state, staff=clerk, where=pg_database)
        arrivals = started(ctx, tray, qtbot)
        other = db.connect_server(pg_database)  # the other counter
        try:
            with db.using(other):
                new = followups.create(customer, due_on=date.today(), assignee_id=clerk.id, note="Call")
        finally:
            other.close()
        with qtbot.waitSignal(arrivals.arrived):
            ctx.notify_records_changed(ChangeSet.of("followup", [new.id]))  # its notification
        assert messages(tray) == [("New follow-up for you: Ava Evans, due today", "Call")]
        arrivals.stop()
        arrivals.reminders.stop()
    finally:
        close_shop()
