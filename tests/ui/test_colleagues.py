"""Who is at the other counters, in the status bar: on SQLite from another real app process's registration
(seen at once through the folder watcher), on PostgreSQL from the seat table through a second connection
(heartbeat, last-seen tooltip, the seats' ChangeSet, a clean exit); the seats' table alone refreshes no
page."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from carebook import db, seats, settings
from carebook.changes import ChangeSet
from carebook.services import presence, staff
from tests.core.services.test_presence import OtherSeat, _age, _as_other_seat
from ui.colleagues import Colleagues
from ui.context import AppContext

HOST = settings.this_computer()


@pytest.fixture
def colleagues(ctx: AppContext, qtbot) -> Iterator[Colleagues]:  # type: ignore[no-untyped-def]
    watcher = Colleagues(ctx)
    qtbot.addWidget(watcher.label)
    watcher.start()
    yield watcher
    watcher.stop()
    seats.at_counter("")


def registration(path: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((seats.folder(path) / f"{os.getpid()}.json").read_text("utf-8"))
    return data


@pytest.mark.sqlite_only("the registration files beside an SQLite shop")
def test_another_app_on_the_file_shows_at_once_and_goes_when_it_closes(
    colleagues: Colleagues, db: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    colleagues.jobs.wait_idle()
    qtbot.wait(20)
    assert colleagues.label.isHidden() and colleagues.shown == []  # alone: nothing said
    other = OtherSeat(db)
    try:
        qtbot.waitUntil(lambda: colleagues.label.full_text() == f"Also at the counters: Maria ({HOST})")
        assert colleagues.label.toolTip() == f"Maria at {HOST}: seen just now"
        assert not colleagues.label.isHidden()
        assert other.ask("name Tom") == "ok"  # the person changes over there
        qtbot.waitUntil(lambda: colleagues.label.full_text() == f"Also at the counters: Tom ({HOST})")
        assert other.ask("name ") == "ok"  # nobody chosen there: the computer alone
        qtbot.waitUntil(lambda: colleagues.label.full_text() == f"Also at the counters: {HOST}")
        assert colleagues.label.toolTip() == f"Nobody chosen at {HOST}: seen just now"
    finally:
        other.close()
    qtbot.waitUntil(colleagues.label.isHidden)


@pytest.mark.sqlite_only("the registration files beside an SQLite shop")
def test_an_app_that_crashed_is_gone_at_the_next_look(colleagues: Colleagues, db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    other = OtherSeat(db)
    qtbot.waitUntil(lambda: not colleagues.label.isHidden())
    other.crash()
    colleagues._look.timeout.emit()  # the half-minute look
    qtbot.waitUntil(colleagues.label.isHidden)


@pytest.mark.sqlite_only("the registration files beside an SQLite shop")
def test_the_staff_switch_tells_the_others_at_once_without_writing_the_shop(
    colleagues: Colleagues, ctx: AppContext, db: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: registration(db)["staff_name"] == "Olivia Owner")
    sam = staff.add("Sam Staff", "staff")
    version = db_version()
    ctx.set_staff(sam, remember=False)
    qtbot.waitUntil(lambda: registration(db)["staff_name"] == "Sam Staff")
    assert registration(db)["computer"] == HOST
    assert db_version() == version  # the other seats' pages do not refresh for it


def db_version() -> int | None:
    return db.data_version()


# -- PostgreSQL -------------------------------------------------------------------------------------


@pytest.fixture
def server_seat(pg_database: str, state, qapp, qtbot) -> Iterator[tuple[str, Colleagues]]:  # type: ignore[no-untyped-def]
    from carebook.shop import close_shop, open_shop

    open_shop(pg_database)
    try:
        clerk = staff.add("Carl Clerk", "staff")
        ctx = AppContext(state, staff=clerk, where=pg_database)
        watcher = Colleagues(ctx)
        qtbot.addWidget(watcher.label)
        yield pg_database, watcher
        watcher.stop()
    finally:
        close_shop()


def _rows() -> list[tuple[str, str]]:
    found = db.database.execute_sql("SELECT computer, staff_name FROM seat").fetchall()
    return sorted((str(computer), str(name)) for computer, name in found)


def test_server_seats_in_the_status_bar_with_heartbeat_and_clean_exit(
    server_seat: tuple[str, Colleagues], monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    url, colleagues = server_seat
    _as_other_seat(url, monkeypatch, "Till 2", 4242, "Maria")
    _as_other_seat(url, monkeypatch, "Office", 77, "Tom")
    _age("Office", 125)
    colleagues.start()
    qtbot.waitUntil(
        lambda: colleagues.label.full_text() == "Also at the counters: Maria (Till 2), Tom (Office)"
    )
    maria, tom = colleagues.label.toolTip().splitlines()
    assert maria == "Maria at Till 2: seen just now"
    assert tom.startswith("Tom at Office: last seen at ")
    assert (HOST, "Carl Clerk") in _rows()  # this seat, announced at start

    _as_other_seat(url, monkeypatch, "Till 3", 99, "Ann")  # a new seat, named by the notifications
    colleagues.ctx.notify_records_changed(ChangeSet.of(presence.TABLE))
    qtbot.waitUntil(lambda: "Ann (Till 3)" in colleagues.label.full_text())

    _age(HOST, 100)
    colleagues._heartbeat.timeout.emit()  # the minute's heartbeat: seen now again
    colleagues.jobs.wait_idle()
    age = db.database.execute_sql(
        "SELECT EXTRACT(EPOCH FROM (now() AT TIME ZONE 'UTC') - seen_at) FROM seat WHERE computer = %s",
        (HOST,),
    ).fetchone()[0]
    assert age < 30

    colleagues.stop()  # a clean exit: the others stop showing this seat at once
    assert HOST not in [computer for computer, _name in _rows()]


def test_the_seats_table_alone_refreshes_no_page(main_window, ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = main_window.current_page()
    refreshed: list[str] = []
    page.refresh = lambda: refreshed.append("page")  # type: ignore[method-assign]
    ctx.notify_records_changed(ChangeSet.of(presence.TABLE, [1]))
    qtbot.wait(20)
    assert refreshed == []
    ctx.notify_records_changed(ChangeSet.of("followup", [1]))
    qtbot.waitUntil(lambda: bool(refreshed))


@pytest.mark.sqlite_only("starts on a shop file, then moves to the server")
def test_moving_the_app_to_the_shops_server_watches_the_server_from_then_on(
    pg_database: str, colleagues: Colleagues, ctx: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from carebook.shop import close_shop, open_shop

    assert colleagues._watcher is not None and not colleagues._heartbeat.isActive()
    close_shop()  # what ui.shop_switch does
    open_shop(pg_database)
    ctx.where = pg_database
    ctx.notify_settings_changed()
    assert colleagues._watcher is None and colleagues._heartbeat.isActive()
    qtbot.waitUntil(lambda: (HOST, "Olivia Owner") in _rows())
    ctx.notify_settings_changed()  # an ordinary settings change: nothing restarts
    assert colleagues._heartbeat.isActive()


def test_names_are_taken_away_when_the_others_cannot_be_read(
    colleagues: Colleagues, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from carebook.errors import StorageError
    from carebook.services.presence import Colleague

    colleagues.show([Colleague("Till 2", "Maria", 0)])
    assert not colleagues.label.isHidden()

    def unreachable() -> list[Colleague]:
        raise StorageError("The shop's server cannot be reached.")

    monkeypatch.setattr(presence, "others", unreachable)
    colleagues.look()
    qtbot.waitUntil(colleagues.label.isHidden)
