"""Starting the app: a database that cannot open, first start, who is at the counter."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import ui.app
from carebook import APP_ID
from carebook.db import database
from carebook.services import staff
from carebook.shop import close_shop, open_shop
from ui.state import LocalState


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch, qapp):  # type: ignore[no-untyped-def]
    """Run ``ui.app.run`` with the event loop replaced: records the Startup it built."""
    seen: dict[str, object] = {}
    real_startup = ui.app.Startup

    class Recording(real_startup):  # type: ignore[misc, valid-type]
        def begin(self) -> None:
            super().begin()
            seen["welcome"] = self.welcome
            seen["window"] = self.window
            seen["staff"] = self.ctx.staff
            if self.window is not None:
                seen["where"] = self.window.where_label.full_text()

    monkeypatch.setattr(ui.app, "Startup", Recording)
    monkeypatch.setattr(ui.app, "_event_loop", lambda app: 0)
    return seen


def make_database(path: Path, *names_roles: tuple[str, str]) -> None:
    open_shop(path)
    try:
        for name, role in names_roles:
            staff.add(name, role)
    finally:
        close_shop()


def test_a_database_that_cannot_open_shows_a_message_and_returns_1(tmp_path: Path, msgboxes, qapp) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "no-such-folder" / "shop.sqlite3"
    assert ui.app.run(db=str(missing)) == 1
    assert msgboxes.kinds() == ["error"]
    title, text = msgboxes.calls[0][1:]
    assert title == "Carebook cannot start"
    assert "does not exist" in text
    assert database.obj is None


def test_a_damaged_database_file_shows_a_message(tmp_path: Path, msgboxes, qapp) -> None:  # type: ignore[no-untyped-def]
    damaged = tmp_path / "shop.sqlite3"
    damaged.write_bytes(b"this is not sqlite" * 400)
    assert ui.app.run(db=str(damaged)) == 1
    assert "not a Carebook database" in msgboxes.texts("error")[0]


def test_first_start_shows_the_welcome(started, data_dir: Path, msgboxes) -> None:  # type: ignore[no-untyped-def]
    assert ui.app.run() == 0
    assert started["window"] is None
    assert type(started["welcome"]).__name__ == "WelcomeDialog"
    assert database.obj is None  # closed on the way out
    assert (data_dir / "carebook.sqlite3").exists()
    app = QApplication.instance()
    assert app.applicationName() == "Carebook" and app.desktopFileName() == APP_ID
    assert msgboxes.calls == []


def test_the_only_staff_member_starts_at_the_counter(started, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "shop.sqlite3"
    make_database(path, ("Olivia Owner", "owner"))
    assert ui.app.run(db=str(path)) == 0
    assert started["welcome"] is None
    assert type(started["window"]).__name__ == "MainWindow"
    assert started["staff"].name == "Olivia Owner"
    assert started["where"] == f"Data: {path}"


def test_staff_option_and_remembered_choice(started, tmp_path: Path, data_dir: Path, msgboxes) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "shop.sqlite3"
    make_database(path, ("Olivia Owner", "owner"), ("Sam Staff", "staff"))
    assert ui.app.run(db=str(path), staff="sam staff") == 0
    assert started["staff"].name == "Sam Staff"
    assert LocalState().get("counter/staff_id") == started["staff"].id
    assert ui.app.run(db=str(path)) == 0  # remembered on this computer
    assert started["staff"].name == "Sam Staff"
    assert ui.app.run(db=str(path), staff="Nobody Here") == 0
    assert started["staff"].name == "Sam Staff"
    assert msgboxes.kinds() == ["warning"] and "Nobody Here" in msgboxes.texts()[0]


def test_several_staff_and_no_choice_asks_who_is_at_the_counter(
    started, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[bool] = []
    monkeypatch.setattr("ui.main_window.MainWindow.open_counter", lambda self: asked.append(True))
    path = tmp_path / "shop.sqlite3"
    make_database(path, ("Olivia Owner", "owner"), ("Sam Staff", "staff"))
    assert ui.app.run(db=str(path)) == 0
    assert started["staff"] is None and asked == [True]


def test_a_new_application_uses_fusion() -> None:
    """A fresh process (no QApplication yet, as when ``carebook`` starts) gets the Fusion style, with
    Carebook's visible focus ring on top (ui.focus_style)."""
    code = (
        "from ui.app import application; s = application(['carebook']).style(); "
        "print(type(s).__name__, s.baseStyle().name())"
    )
    # a desktop whose own default is another style (Qt's default here would be Fusion anyway)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_STYLE_OVERRIDE": "windows"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().lower() == "focusstyle fusion"
