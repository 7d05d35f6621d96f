"""A listener whose server restarts says it lost the connection (no hang, no polling), and hears again
once connected anew."""

from __future__ import annotations

import select
from collections.abc import Iterator

import pytest

from carebook.change_listener import LOST, ChangeListener
from carebook.db import database
from carebook.errors import StorageError
from carebook.services import staff as staff_service
from carebook.shop import close_shop, open_shop
from tests import pg_server
from tests.core.own_server import admin, own_server, restart  # noqa: F401  # the fixture


@pytest.fixture
def shop(own_server: pg_server.Server) -> Iterator[pg_server.Server]:  # noqa: F811
    admin(own_server, "DROP DATABASE IF EXISTS shop WITH (FORCE)", "CREATE DATABASE shop")
    open_shop(own_server.url("shop"))
    try:
        yield own_server
    finally:
        close_shop()


def readable(listener: ChangeListener, seconds: float) -> bool:
    return bool(select.select([listener.fileno()], [], [], seconds)[0])


def test_a_restart_is_heard_as_a_lost_connection_and_a_new_one_hears_again(shop: pg_server.Server) -> None:
    listener = ChangeListener.for_shop(database.obj)
    listener.connect()
    try:
        restart(shop)
        assert readable(listener, 10)  # the socket wakes the loop: nothing is polled
        with pytest.raises(StorageError, match=LOST):
            for _ in range(5):  # the server's goodbye, then the end of the connection
                listener.read()
                assert readable(listener, 10)
        assert not listener.connected
        listener.connect()
        admin(
            shop,
            "INSERT INTO staff (name, role, active, version) VALUES ('Bea', 'staff', true, 1)",
            database="shop",
        )
        assert readable(listener, 10)
        assert listener.read().touches("staff")
        staff_service.add("Own")  # the shop's own connection reconnected: its writes are still its own
        assert not readable(listener, 1) or not listener.read()
    finally:
        listener.close()
