"""After the shop's server restarts, the next operation reconnects by itself; a write cut off by it says
it was not saved, and nothing of it is written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from carebook import metrics
from carebook.clock import Month
from carebook.db import atomic, database, storage_errors
from carebook.errors import StorageError
from carebook.models import Staff
from carebook.server_errors import NOT_SAVED
from carebook.services import staff as staff_service
from carebook.shop import close_shop, open_shop
from tests import pg_server
from tests.core.own_server import admin, own_server, restart, start_again, stop  # noqa: F401  # the fixture

MONTH = Month(2026, 3)


@pytest.fixture
def shop(own_server: pg_server.Server) -> Iterator[pg_server.Server]:  # noqa: F811
    admin(own_server, "DROP DATABASE IF EXISTS shop WITH (FORCE)", "CREATE DATABASE shop")
    open_shop(own_server.url("shop"))
    try:
        yield own_server
    finally:
        close_shop()


def test_reads_and_writes_after_a_restart_reconnect_by_themselves(shop: pg_server.Server) -> None:
    staff_service.add("Ann", "owner")
    before = metrics.month_summary(MONTH)
    restart(shop)
    assert metrics.month_summary(MONTH) == before  # a read: the broken connection is replaced, read again
    restart(shop)
    staff_service.add("Bob")  # a write: its BEGIN finds the connection broken and begins on a new one
    assert [row.name for row in staff_service.list_staff()] == ["Ann", "Bob"]


def test_a_write_cut_off_by_a_restart_is_not_saved_and_says_so(shop: pg_server.Server) -> None:
    staff_service.add("Ann", "owner")
    with pytest.raises(StorageError) as cut, storage_errors(), atomic():
        Staff.create(name="Half", role="staff")
        restart(shop)
        Staff.create(name="Written", role="staff")
    assert str(cut.value) == NOT_SAVED
    # nothing half-written
    assert [row.name for row in staff_service.list_staff(active_only=False)] == ["Ann"]
    staff_service.add("Bob")
    assert database.execute_sql("SELECT count(*) FROM staff").fetchone() == (2,)


def test_a_server_still_down_is_one_line(shop: pg_server.Server) -> None:
    stop(shop)
    try:
        with pytest.raises(StorageError, match=f"The server 127.0.0.1:{shop.port} cannot be reached"):
            staff_service.list_staff()
    finally:
        start_again(shop)
    assert staff_service.list_staff() == ()


def test_the_open_shop_can_be_named_again_without_its_password(
    shop: pg_server.Server, tmp_path: Path
) -> None:
    from carebook.shop import current_target

    assert current_target() == shop.url("shop")
    close_shop()
    assert current_target() is None
    open_shop(tmp_path / "file.sqlite3")
    assert current_target() == str(tmp_path / "file.sqlite3")


def test_a_save_while_the_server_is_away_says_it_was_not_saved(shop: pg_server.Server) -> None:
    staff_service.add("Ann", "owner")
    stop(shop)
    try:
        with pytest.raises(StorageError) as away:
            staff_service.add("Bob")
    finally:
        start_again(shop)
    assert "cannot be reached" in str(away.value) and str(away.value).endswith("This change was not saved.")
    staff_service.add("Bob")
    assert [row.name for row in staff_service.list_staff()] == ["Ann", "Bob"]
