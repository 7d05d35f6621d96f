"""Opening and closing a shop (``carebook.shop``) above the bare connection (``carebook.db``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from carebook import db, seats, settings
from carebook.errors import StorageError
from carebook.shop import close_shop, open_shop


def test_opening_takes_a_seat_migrates_and_loads_the_settings(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    assert open_shop(path) == str(path)
    try:
        assert seats.folder(path).is_dir()  # this process's registration
        assert db.db_path() == path
        assert settings.current() == settings.load()
        assert "customer" in db.database.get_tables()
    finally:
        close_shop()
    assert db.database.obj is None
    assert not seats.folder(path).exists()  # the seat is given back with the connection


def test_disconnecting_alone_keeps_the_seat_until_the_shop_is_closed(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    open_shop(path)
    db.disconnect()
    assert db.database.obj is None and seats.folder(path).is_dir()
    close_shop()
    assert not seats.folder(path).exists()


def test_a_failed_open_leaves_no_seat_and_no_connection(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    path.write_bytes(b"not a database at all, just some text" * 100)
    with pytest.raises(StorageError):
        open_shop(path)
    assert db.database.obj is None
    assert not seats.folder(path).exists()
