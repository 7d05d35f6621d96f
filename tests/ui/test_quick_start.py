"""The quick start: the main window painted from a first glance at the file, before the database opens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import ui.app
from carebook import clock, settings
from carebook.db import database
from carebook.errors import StorageError
from carebook.services import customers, followups, staff
from carebook.shop import close_shop, open_shop
from ui.main_window import MainWindow
from ui.state import LocalState

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """A shop with a name, one owner and a follow-up due today (so Today is where the window opens)."""
    path = tmp_path / "shop.sqlite3"
    open_shop(path)
    try:
        settings.update(shop_name="Corner Café")
        olivia = staff.add("Olivia Owner", "owner")
        person = customers.create("Dana Due").row
        followups.create(
            person.id, due_on=clock.today(), note="Call back about the repair", assignee_id=olivia.id
        )
    finally:
        close_shop()
    return path


class Seen:
    """What the window looked like when the database was about to open, and after the start."""

    def __init__(self) -> None:
        self.at_open: dict[str, object] = {}
        self.in_loop: dict[str, object] = {}


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch, qapp: QApplication, qtbot) -> Seen:  # type: ignore[no-untyped-def]
    """Runs ``ui.app.run`` recording the main window just before the database opens, and once started."""
    record = Seen()
    real_open = ui.app._open_database
    earlier = set(QApplication.topLevelWidgets())  # windows of earlier tests, not yet deleted

    def new_windows() -> list[MainWindow]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w not in earlier]

    def open_and_record(target: str | None) -> str:
        record.at_open["database_open"] = database.obj is not None
        windows = new_windows()
        record.at_open["windows"] = len(windows)
        if windows:
            window = windows[0]
            today = window.page("today")
            record.at_open.update(
                visible=window.isVisible(),
                title=window.windowTitle(),
                shop=window.shop_label.text(),
                staff=window.staff_button.text(),
                where=window.where_label.full_text(),
                page=window.current_page().page_id,
                connected=window.connected,
                loading=today.stack.currentWidget() is today.loading,
            )
        return real_open(target)

    def event_loop(app: QApplication) -> int:
        window = next(w for w in new_windows() if w.isVisible())
        today = window.page("today")
        qtbot.waitUntil(
            lambda: today.snapshot is not None and not today.jobs.busy() and not today.list.is_filling(),
            timeout=5000,
        )
        record.in_loop.update(
            connected=window.connected,
            title=window.windowTitle(),
            staff=window.staff_button.text(),
            notes=[card.note_label.text() for card in today.card_widgets()],
            badge=window.sidebar.badge(0),
        )
        return 0

    monkeypatch.setattr(ui.app, "_open_database", open_and_record)
    monkeypatch.setattr(ui.app, "_event_loop", event_loop)
    return record


def test_the_window_paints_from_the_glance_then_opens_the_database(shop: Path, seen: Seen) -> None:
    assert ui.app.run(db=str(shop), staff="olivia owner") == 0
    assert seen.at_open == {
        "database_open": False,
        "windows": 1,
        "visible": True,
        "title": "Corner Café — Carebook",
        "shop": "Corner Café",
        "staff": "At the counter: Olivia Owner",
        "where": f"Data: {shop}",
        "page": "today",
        "connected": False,
        "loading": True,
    }
    assert seen.in_loop == {
        "connected": True,
        "title": "Corner Café — Carebook",
        "staff": "At the counter: Olivia Owner",
        "notes": ["Call back about the repair"],  # Today read its follow-ups once the database opened
        "badge": 1,
    }
    assert database.obj is None  # closed on the way out


def test_a_database_that_fails_after_the_glance_takes_the_window_away(
    shop: Path, monkeypatch: pytest.MonkeyPatch, msgboxes, qapp: QApplication
) -> None:  # type: ignore[no-untyped-def]
    shown: list[bool] = []

    def locked(target: object = None, **kwargs: object) -> str:
        shown.append(any(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()))
        raise StorageError("The database is locked by another program. Close it and try again.")

    monkeypatch.setattr("carebook.shop.open_shop", locked)
    monkeypatch.setattr(ui.app, "_event_loop", lambda app: pytest.fail("the event loop must not start"))
    assert ui.app.run(db=str(shop), staff="Olivia Owner") == 1
    assert shown == [True]  # the glance had painted the window
    assert msgboxes.kinds() == ["error"]
    assert msgboxes.calls[0][1:] == (
        "Carebook cannot start",
        "The database is locked by another program. Close it and try again.",
    )
    QApplication.processEvents()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert database.obj is None


def test_a_window_left_on_another_page_starts_in_full(shop: Path, seen: Seen, data_dir: Path) -> None:
    """Only Today is painted before the database opens: whether another page may open needs the data."""
    state = LocalState()
    state.set("window/page", "customers")
    state.sync()
    assert ui.app.run(db=str(shop), staff="Olivia Owner") == 0
    assert seen.at_open == {"database_open": False, "windows": 0}
    assert seen.in_loop["notes"] == ["Call back about the repair"]  # something due: Today all the same


def test_no_glance_for_a_name_that_matches_nobody(shop: Path, seen: Seen, msgboxes) -> None:  # type: ignore[no-untyped-def]
    assert ui.app.run(db=str(shop), staff="Nobody Here") == 0
    assert seen.at_open == {"database_open": False, "windows": 0}
    assert msgboxes.kinds() == ["warning"] and "Nobody Here" in msgboxes.texts()[0]


def test_the_first_frame_is_painted_before_peewee_loads(shop: Path, tmp_path: Path) -> None:
    """In a process of its own, as ``carebook`` starts: no database layer or service before the paint."""
    script = textwrap.dedent(
        f"""
        import json, os, sys
        from ui import launch
        app_module = launch.load_gui()
        from tests.bench.startup_probe import FirstPaint, run_app

        class Probe(FirstPaint):
            def report_and_exit(self):
                from PySide6.QtWidgets import QApplication
                from ui.main_window import MainWindow
                window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
                loaded = sorted(m for m in sys.modules if m == "peewee" or m.startswith("carebook.services."))
                print(json.dumps({{"loaded": loaded, "title": window.windowTitle()}}), flush=True)
                os._exit(0)

        run_app({str(shop)!r}, "Olivia Owner", Probe(0.0))
        """
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CAREBOOK_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures == {"loaded": ["carebook.services.staff_row"], "title": "Corner Café — Carebook"}


def test_a_window_closed_before_the_database_opened_ends_the_app(
    shop: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    real_open = ui.app._open_database

    def close_then_open(target: str | None) -> str:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        shown[0].close()  # the user closes the window within its first moments
        return real_open(target)

    def event_loop(app: QApplication) -> int:
        guard = QTimer()  # the app would otherwise run on with no window
        guard.setSingleShot(True)
        guard.timeout.connect(lambda: app.exit(99))
        guard.start(5000)
        try:
            return app.exec()
        finally:
            guard.stop()

    monkeypatch.setattr(ui.app, "_open_database", close_then_open)
    monkeypatch.setattr(ui.app, "_event_loop", event_loop)
    assert ui.app.run(db=str(shop), staff="Olivia Owner") == 0
    assert database.obj is None
