"""On a shop's PostgreSQL server the window hears the other seats' writes through a socket notifier (one
ChangeSet per burst, its own writes left out), shows the quiet "Reconnecting…" bar while the server is
away, keeps typed work, and catches up when it is back."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from carebook import db as carebook_db
from carebook.change_listener import ChangeListener
from carebook.changes import ChangeSet
from carebook.services import customers
from carebook.services import staff as staff_service
from carebook.shop import close_shop, open_shop
from tests import pg_server
from tests.core.own_server import admin, own_server, restart, start_again, stop  # noqa: F401  # the fixture
from ui.context import AppContext
from ui.live_changes import LiveChanges
from ui.state import LocalState
from ui.widgets.reconnect_bar import ReconnectBar


@pytest.fixture
def shop(own_server: pg_server.Server) -> Iterator[str]:  # noqa: F811
    admin(own_server, "DROP DATABASE IF EXISTS shop WITH (FORCE)", "CREATE DATABASE shop")
    url = own_server.url("shop")
    open_shop(url)
    try:
        yield url
    finally:
        close_shop()


@pytest.fixture
def server_ctx(shop: str, data_dir: Path, qapp) -> AppContext:  # type: ignore[no-untyped-def]
    owner = staff_service.add("Olivia Owner", "owner")
    return AppContext(LocalState(data_dir / "carebook-ui.ini"), staff=owner, where=shop)


@pytest.fixture
def live(server_ctx: AppContext, qtbot) -> Iterator[tuple[LiveChanges, ReconnectBar]]:  # type: ignore[no-untyped-def]
    bar = ReconnectBar()
    qtbot.addWidget(bar)
    watcher = LiveChanges(server_ctx, bar, ChangeListener.for_shop(carebook_db.database.obj), bar)
    qtbot.waitUntil(lambda: watcher.listening, timeout=10_000)
    yield watcher, bar
    watcher.stop()


def other_seat(url: str, *statements: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]


def test_another_seats_writes_arrive_as_one_changeset(  # type: ignore[no-untyped-def]
    shop: str, server_ctx: AppContext, live, qtbot
) -> None:
    ann = customers.create("Ann").row.id
    with qtbot.waitSignal(server_ctx.records_changed, timeout=3000) as heard:
        other_seat(shop, "INSERT INTO tag (name) VALUES ('vip')")
        other_seat(shop, f"UPDATE customer SET notes = 'tea' WHERE id = {ann}")  # within the gathering
    changes = heard.args[0]
    assert isinstance(changes, ChangeSet) and not changes.all_tables
    assert changes.touches("tag") and changes.ids_of("customer") == {ann}
    with qtbot.assertNotEmitted(server_ctx.records_changed, wait=600):
        customers.create("Own write")  # this seat's own: already refreshed by notify_data_changed


def test_a_restart_shows_the_bar_then_catches_up(  # type: ignore[no-untyped-def]
    own_server: pg_server.Server,  # noqa: F811
    shop: str,
    server_ctx: AppContext,
    live,
    qtbot,
) -> None:
    watcher, bar = live
    bar.show()  # as in the window (the bar itself hides until needed)
    bar.set_reconnecting(False)
    caught_up: list[ChangeSet] = []
    server_ctx.records_changed.connect(caught_up.append)
    stop(own_server)
    try:
        qtbot.waitUntil(lambda: watcher.reconnecting and bar.isVisible(), timeout=10_000)
        assert bar.label.text() == "Reconnecting to the shop's server…"
        started = time.monotonic()
        qtbot.wait(1500)  # retries run in the background: the loop keeps turning meanwhile
        assert time.monotonic() - started < 3
        assert watcher.reconnecting
    finally:
        start_again(own_server)
    qtbot.waitUntil(lambda: not watcher.reconnecting, timeout=15_000)
    assert not bar.isVisible()
    assert caught_up and caught_up[-1].all_tables  # one everything() for what was missed
    caught_up.clear()
    other_seat(shop, "INSERT INTO tag (name) VALUES ('after')")
    qtbot.waitUntil(lambda: any(c.touches("tag") and not c.all_tables for c in caught_up), timeout=3000)


def test_a_fast_restart_is_noticed_too(  # type: ignore[no-untyped-def]
    own_server: pg_server.Server,  # noqa: F811
    shop: str,
    server_ctx: AppContext,
    live,
    qtbot,
) -> None:
    watcher, _bar = live
    seen: list[bool] = []
    watcher.reconnecting_changed.connect(seen.append)
    restart(own_server)
    qtbot.waitUntil(lambda: seen[-2:] == [True, False], timeout=15_000)
    with qtbot.waitSignal(
        server_ctx.records_changed, timeout=3000, check_params_cb=lambda c: c.touches("staff")
    ):
        other_seat(shop, "UPDATE staff SET name = 'Olivia O.'")


def test_the_window_on_a_server_listens_and_has_the_bar_hidden(  # type: ignore[no-untyped-def]
    server_ctx: AppContext, qtbot
) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(server_ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        assert isinstance(window.external, LiveChanges)
        qtbot.waitUntil(lambda: window.external.listening, timeout=10_000)  # type: ignore[attr-defined]
        assert not window.reconnect_bar.isVisible()
    finally:
        window.shutdown()


def test_a_save_while_the_server_is_away_keeps_the_typed_text(  # type: ignore[no-untyped-def]
    own_server: pg_server.Server,  # noqa: F811
    server_ctx: AppContext,
    qtbot,
    msgboxes,
) -> None:
    from ui.dialogs.customer_dialog import CustomerDialog

    dialog = CustomerDialog(server_ctx, None)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.customer_form.name.setText("Ingrid Ødegård")
    dialog.customer_form.notes.setPlainText("Typed while the server was away")
    stop(own_server)
    try:
        dialog.save_button.click()
        assert dialog.isVisible() and dialog.saved is None
        (text,) = msgboxes.texts("error")
        assert "cannot be reached" in text and "not saved" in text
        assert dialog.customer_form.name.text() == "Ingrid Ødegård"
        assert dialog.customer_form.notes.toPlainText() == "Typed while the server was away"
    finally:
        start_again(own_server)
    dialog.save_button.click()  # back: the same text saves
    assert dialog.saved is not None
    assert customers.get(dialog.saved.row.id).notes == "Typed while the server was away"
