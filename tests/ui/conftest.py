"""Fixtures for the desktop app's tests.

- Every test: Qt's standard paths in test mode (nothing touches the real home folder; the data folder
  is the temporary one of ``tests/conftest.py``), message boxes recorded instead of shown
  (``msgboxes``), and the application's palette and stylesheet put back afterwards.
- ``state``: a LocalState in the temporary data folder.
- ``owner``: "Olivia Owner", an owner, in a fresh migrated database (``db``: a file; with
  ``CAREBOOK_TEST_ENGINE=postgresql`` a database on a throw-away PostgreSQL server, as in the core suite:
  ``make test-core-postgresql`` runs the pages that read it differently, lists, search and reports, so).
- ``ctx``: an AppContext with the owner at the counter.
- ``main_window``: the shown main window over that database.
"""

from __future__ import annotations

import faulthandler
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication

from carebook import i18n
from ui import msgbox
from ui.context import AppContext
from ui.state import LocalState


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/") or item.nodeid.startswith("test_"):
            # The offscreen platform (used to run these tests headless) warns each time a shown
            # top-level window's minimum or maximum size changes; real platforms do not. Harmless.
            item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"))


@dataclass
class MsgboxRecorder:
    """What the code under test tried to show; ``answer`` is what ``question`` returns."""

    calls: list[tuple[str, str, str]] = field(default_factory=list)
    answer: bool = True
    choice: int = 0  # what ``choose`` returns (the index of the button)

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.calls]

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.calls if kind is None or k == kind]


@pytest.fixture(autouse=True)
def msgboxes(monkeypatch: pytest.MonkeyPatch) -> MsgboxRecorder:
    recorder = MsgboxRecorder()

    def record(kind: str):  # type: ignore[no-untyped-def]
        def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            recorder.calls.append((kind, title, text))
            if kind == "choose":
                return recorder.choice
            return recorder.answer if kind == "question" else None

        return show

    for kind in ("information", "warning", "error", "question", "choose", "crash"):
        monkeypatch.setattr(msgbox, kind, record(kind))
    return recorder


@pytest.fixture(autouse=True)
def _qt_test_paths(data_dir: Path) -> Iterator[None]:
    QStandardPaths.setTestModeEnabled(True)
    yield
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture(autouse=True)
def _restore_look(qapp: QApplication) -> Iterator[None]:
    palette = qapp.palette()
    sheet = qapp.styleSheet()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


@pytest.fixture(autouse=True)
def _core_language_back() -> Iterator[None]:
    """A test that puts a language in place (``ui.languages.apply``) leaves the core's messages English."""
    yield
    i18n.set_default(i18n.SOURCE)


@pytest.fixture
def faulthandler_back() -> Iterator[None]:
    """For a test that points faulthandler at a crash log: pytest's own setting comes back afterwards."""
    was_enabled = faulthandler.is_enabled()
    yield
    faulthandler.disable()
    if was_enabled:
        faulthandler.enable(file=sys.__stderr__)


@pytest.fixture
def state(data_dir: Path) -> LocalState:
    return LocalState(data_dir / "carebook-ui.ini")


@pytest.fixture
def owner(db: Path):  # type: ignore[no-untyped-def]
    from carebook.services import staff

    return staff.add("Olivia Owner", "owner")


@pytest.fixture
def ctx(db: Path, owner, state: LocalState, qapp: QApplication) -> AppContext:  # type: ignore[no-untyped-def]
    return AppContext(state, staff=owner, where=str(db))


@pytest.fixture
def main_window(ctx: AppContext, qtbot):  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.shutdown()


@pytest.fixture
def closed_shop(tmp_path: Path) -> Path:
    """A shop file with one owner, Olivia Owner, closed again: for tests that start the whole app on it."""
    from carebook.services import staff
    from carebook.shop import close_shop, open_shop

    path = tmp_path / "shop.sqlite3"
    open_shop(path)
    try:
        staff.add("Olivia Owner", "owner")
    finally:
        close_shop()
    return path
