"""Shared fixtures: every test gets its own data folder and never touches the real home folder."""

from __future__ import annotations

import importlib.abc
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


@pytest.fixture
def db(data_dir: Path) -> Iterator[Path]:
    """A fresh, migrated database in the test's data folder; yields its path."""
    from carebook import clock, settings
    from carebook.shop import close_shop, open_shop

    path = data_dir / "test.sqlite3"
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
