"""Shared fixtures: every test gets its own data folder and never touches the real home folder."""

from __future__ import annotations

import importlib.abc
import itertools
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


class _BlockQt(importlib.abc.MetaPathFinder):
    """With CAREBOOK_BLOCK_QT=1 (the core run of `make test`), importing Qt fails loudly."""

    def find_spec(self, fullname, path, target=None):  # type: ignore[no-untyped-def]
        if fullname.split(".")[0] in {"PySide6", "shiboken6", "ui"}:
            raise ImportError(f"the core test run must not import {fullname}")
        return None


if os.environ.get("CAREBOOK_BLOCK_QT") == "1":
    sys.meta_path.insert(0, _BlockQt())


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("carebook-data")
    monkeypatch.setenv("CAREBOOK_DATA_DIR", str(folder))
    monkeypatch.delenv("CAREBOOK_DB", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
    # never the real keychain: keyring reads this when first used (tests/keyring_support.py has a stand-in)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return folder


@pytest.fixture(autouse=True)
def _close_the_log() -> Iterator[None]:
    """A test that configured ``carebook.log`` (the CLI does) leaves no handler on a later test's file."""
    yield
    import logging

    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == "carebook-log"]:
        root.removeHandler(handler)
        handler.close()


# The engine of the ``db`` fixture: "sqlite" (default) or "postgresql" (the PostgreSQL leg of `make test`,
# which runs the core suite against a throw-away server, tests/pg_server.py), as peewee's own suite does.
ENGINE = os.environ.get("CAREBOOK_TEST_ENGINE", "sqlite")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(why): behaviour of an SQLite file; not run in the PostgreSQL leg"
    )
    if ENGINE == "postgresql":
        where = os.environ.get("CAREBOOK_TEST_PG_URL", "a server of its own")
        print(f"carebook tests: database engine PostgreSQL ({where})")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The PostgreSQL leg runs the tests that use a database (``db``), less the SQLite-only ones."""
    if ENGINE != "postgresql":
        return
    keep = [
        i
        for i in items
        if "db" in getattr(i, "fixturenames", ()) and i.get_closest_marker("sqlite_only") is None
    ]
    config.hook.pytest_deselected(items=[i for i in items if i not in keep])
    items[:] = keep


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """The admin address of a PostgreSQL server for tests: CAREBOOK_TEST_PG_URL, else a throw-away server
    started here; skipped (saying how to get one) when PostgreSQL's server programs are not installed."""
    given = os.environ.get("CAREBOOK_TEST_PG_URL")
    if given:
        yield given
        return
    from tests import pg_server

    if pg_server.programs() is None:
        pytest.skip(f"needs PostgreSQL's server programs ({pg_server.HOW_TO_GET})")
    server = pg_server.start()
    try:
        yield server.admin_url
    finally:
        server.stop()


def _admin(url: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement)  # type: ignore[arg-type]


def _with_database(url: str, name: str) -> str:
    return url.rsplit("/", 1)[0] + "/" + name


_TEMPLATE = "carebook_template"
_databases = itertools.count(1)
_template_ready: list[bool] = []  # set once the template of this run is migrated


@pytest.fixture
def pg_database(pg_server_url: str) -> Iterator[str]:
    """A fresh, migrated, empty PostgreSQL database (copied from a template migrated once per run);
    yields its address and drops it afterwards."""
    from carebook.shop import close_shop, open_shop

    if not _template_ready:
        _admin(
            pg_server_url, f"DROP DATABASE IF EXISTS {_TEMPLATE} WITH (FORCE)", f"CREATE DATABASE {_TEMPLATE}"
        )
        open_shop(_with_database(pg_server_url, _TEMPLATE))
        close_shop()
        _template_ready.append(True)
    name = f"carebook_test_{os.getpid()}_{next(_databases)}"
    _admin(pg_server_url, f"CREATE DATABASE {name} TEMPLATE {_TEMPLATE} STRATEGY FILE_COPY")
    try:
        yield _with_database(pg_server_url, name)
    finally:
        _admin(pg_server_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def server_shop(pg_database: str) -> Iterator[str]:
    """A shop opened on a fresh PostgreSQL database (``pg_database``), closed afterwards; its address."""
    from carebook.shop import close_shop, open_shop

    open_shop(pg_database)
    try:
        yield pg_database
    finally:
        close_shop()


@pytest.fixture
def db(data_dir: Path, request: pytest.FixtureRequest) -> Iterator[Path | str]:
    """A fresh, migrated database: in the test's data folder (yields its path), or in the PostgreSQL leg a
    fresh database on the test server (yields its address)."""
    from carebook import clock, settings
    from carebook.shop import close_shop, open_shop

    path: Path | str = data_dir / "test.sqlite3"
    if ENGINE == "postgresql":
        path = request.getfixturevalue("pg_database")
    open_shop(path)
    settings.update(phone_region="GB")
    try:
        yield path
    finally:
        close_shop()
        clock.set_shop_zone(None)


def pytest_addoption(parser: pytest.Parser) -> None:
    # The core run disables pytest-qt (it would import Qt); its ini keys must still be known.
    if os.environ.get("CAREBOOK_BLOCK_QT") == "1":
        for name in ("qt_api", "qt_log_level_fail"):
            parser.addini(name, "pytest-qt option (pytest-qt is off in the core run)")
