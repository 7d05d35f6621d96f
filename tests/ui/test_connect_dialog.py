"""File › Connect to the shop's server…: Test says in one line whether it works, Connect moves the app to
the server and remembers it for the next start without the password (kept in the keychain), a refusal
leaves the shop open before as it was; the welcome dialog offers the same on a new counter."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from carebook import db as carebook_db
from carebook import server_secrets
from carebook.server_address import parse
from carebook.services import staff
from carebook.shop import close_shop, open_shop
from tests import pg_server
from tests.core.own_server import admin, own_server, require_passwords  # noqa: F401  # the fixture
from tests.keyring_support import MemoryKeyring, memory_keyring  # noqa: F401  # the fixture
from ui.context import AppContext
from ui.dialogs.connect_dialog import ConnectDialog
from ui.shop_switch import REMEMBERED_SERVER
from ui.state import LocalState

SECRET = "c0unter-S3cret"


@pytest.fixture(scope="module")
def server(own_server: pg_server.Server) -> str:  # noqa: F811
    """The shop's server: role ``counter`` with a password, database ``shop`` with one owner, Sam."""
    admin(own_server, f"CREATE ROLE counter LOGIN PASSWORD '{SECRET}'", "CREATE DATABASE shop OWNER counter")
    url = f"postgresql://counter@127.0.0.1:{own_server.port}/shop"
    open_shop(url.replace("counter@", f"counter:{SECRET}@"))
    try:
        staff.add("Sam Server", "owner")
    finally:
        close_shop()
    require_passwords(own_server, "counter")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # the reload is asynchronous
        try:
            psycopg.connect(url).close()
        except psycopg.OperationalError:
            break
        time.sleep(0.1)
    return url


@pytest.fixture
def dialog(ctx: AppContext, qtbot, memory_keyring: MemoryKeyring) -> Iterator[ConnectDialog]:  # type: ignore[no-untyped-def]  # noqa: F811
    dialog = ConnectDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    dialog.jobs.shutdown()


def fill(dialog: ConnectDialog, url: str, password: str) -> None:
    address = parse(url)[0]
    dialog.host.setText(address.host)
    dialog.port.setValue(address.port)
    dialog.database.setText(address.database)
    dialog.user.setText(address.user)
    dialog.password.setText(password)


def press_test(dialog: ConnectDialog, qtbot) -> str:  # type: ignore[no-untyped-def]
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.result_line.property("state") in ("ok", "failed"), timeout=30_000)
    return str(dialog.result_line.property("state"))


def test_test_says_in_one_line_that_it_works(dialog: ConnectDialog, server: str, qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
    fill(dialog, server, SECRET)
    assert press_test(dialog, qtbot) == "ok"
    line = dialog.result_line.text()
    assert line.startswith(f"Connected to shop on 127.0.0.1:{parse(server)[0].port} (PostgreSQL ")
    assert line.endswith("a Carebook shop with 0 customers.") and "\n" not in line
    assert carebook_db.db_path() == db  # only a test: the app still works on its file
    assert server_secrets.find(parse(server)[0]) is None  # nothing kept by a test


def test_test_says_in_one_line_why_not_without_the_password(
    dialog: ConnectDialog, server: str, qtbot  # type: ignore[no-untyped-def]
) -> None:
    fill(dialog, server, "wrong-one")
    assert press_test(dialog, qtbot) == "failed"
    assert dialog.result_line.text() == (
        f"The server refused the password of counter for shop on 127.0.0.1:{parse(server)[0].port}; "
        "check the user and password."
    )
    dialog.host.clear()
    dialog.test_button.click()
    assert dialog.form.error_text("host") == "Please fill this in."


def test_connect_moves_the_app_to_the_server_and_remembers_it_without_the_password(
    dialog: ConnectDialog,
    server: str,
    ctx: AppContext,
    state: LocalState,
    memory_keyring: MemoryKeyring,  # noqa: F811
    data_dir: Path,
) -> None:
    fill(dialog, server, SECRET)
    assert dialog.try_save()
    assert not dialog.isVisible()
    assert ctx.where == server and carebook_db.db_path() is None
    assert ctx.staff is not None and ctx.staff.name == "Sam Server"  # the server shop's only person
    assert state.get(REMEMBERED_SERVER) == server
    assert memory_keyring.kept == {("Carebook", f"counter@127.0.0.1:{parse(server)[0].port}/shop"): SECRET}
    state.sync()
    for path in data_dir.rglob("*"):  # not in the settings, nor in any other file
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


def test_a_refused_connect_leaves_the_shop_open_before_and_keeps_no_password(
    dialog: ConnectDialog, server: str, ctx: AppContext, state: LocalState, db: Path
) -> None:
    fill(dialog, server, "wrong-one")
    assert not dialog.try_save()
    assert dialog.isVisible() and dialog.password.text() == "wrong-one"  # everything typed stays
    assert dialog.result_line.text().startswith("The server refused the password of counter")
    assert dialog.result_line.property("state") == "failed"
    assert carebook_db.db_path() == db and ctx.where == str(db)
    assert state.get(REMEMBERED_SERVER) == ""
    assert server_secrets.find(parse(server)[0]) is None


def test_the_next_start_opens_the_remembered_server_or_offers_the_file(
    server: str, state: LocalState, memory_keyring: MemoryKeyring, msgboxes, data_dir: Path  # type: ignore[no-untyped-def]  # noqa: F811
) -> None:
    from ui.app import _open_database

    server_secrets.store(parse(server)[0], SECRET)
    state.set(REMEMBERED_SERVER, server)
    assert _open_database(None, state) == server
    close_shop()
    memory_keyring.kept.clear()  # the password is gone: the server refuses
    msgboxes.choice = 1  # "Use this computer's file"
    assert _open_database(None, state) == str(data_dir / "carebook.sqlite3")
    assert msgboxes.kinds() == ["choose"] and "asks for the password of counter" in msgboxes.texts()[0]
    assert state.get(REMEMBERED_SERVER) == ""
    close_shop()


def test_a_new_counter_joins_the_shop_from_the_welcome_dialog(
    server: str, state: LocalState, db: Path, qtbot, memory_keyring: MemoryKeyring  # type: ignore[no-untyped-def]  # noqa: F811
) -> None:
    from ui.dialogs.welcome import WelcomeDialog

    first = AppContext(state, where=str(db))  # a new counter: an empty file, no staff
    welcome = WelcomeDialog(first)
    qtbot.addWidget(welcome)
    welcome.show()
    connect = welcome.open_connect()
    assert isinstance(connect, ConnectDialog)
    fill(connect, server, SECRET)
    with qtbot.waitSignal(welcome.accepted):  # the server's shop has staff: no questions, it starts
        assert connect.try_save()
    assert first.where == server and first.staff is not None and first.staff.name == "Sam Server"
    assert staff.list_staff(active_only=False)[0].name == "Sam Server"


def test_a_counter_joining_an_empty_server_sets_the_shop_up_there(
    own_server: pg_server.Server,  # noqa: F811
    server: str,
    state: LocalState,
    db: Path,
    qtbot,  # type: ignore[no-untyped-def]
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    from ui.dialogs.welcome import WelcomeDialog

    admin(own_server, "CREATE DATABASE new_shop OWNER counter")
    empty = server.removesuffix("/shop") + "/new_shop"
    first = AppContext(state, where=str(db))
    welcome = WelcomeDialog(first)
    qtbot.addWidget(welcome)
    welcome.show()
    connect = welcome.open_connect()
    assert isinstance(connect, ConnectDialog)
    fill(connect, empty, SECRET)
    connect.database.setText("new_shop")
    assert connect.try_save()
    assert welcome.isVisible() and first.where == empty  # nobody there yet: the welcome carries on
    welcome.shop_name.setText("Corner Bikes")
    welcome.owner_name.setText("Maria Jensen")
    with qtbot.waitSignal(welcome.accepted):
        welcome.save_button.click()
    assert [row.name for row in staff.list_staff()] == ["Maria Jensen"]
    assert carebook_db.db_path() is None  # written on the server, not in the file
