"""Quitting the app: the window closes, its shutdown path runs ``close_shop`` (WAL checkpoint), no
``-wal`` file is left and the last contact written is in the main file for any fresh reader."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import ui.app
from carebook.db import database
from carebook.services import customers, interactions


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)


def test_closing_the_window_checkpoints_and_keeps_the_last_contact(
    closed_shop: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    seen: dict[str, object] = {}
    earlier = set(qapp.topLevelWidgets())  # main windows of earlier tests may not be deleted yet

    def event_loop(app: QApplication) -> int:
        # The app is up: its main window shows over the open database, in WAL mode.
        window = next(
            w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow" and w not in earlier
        )
        assert window.isVisible()
        assert database.obj is not None
        assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        person = customers.create("Last Write", notes="typed just before quitting").row
        contact = interactions.log(person.id, channel="phone", summary="the very last contact")
        seen["contact"] = contact.id
        seen["wal_while_open"] = Path(f"{closed_shop}-wal").exists()
        window.close()  # the user closes the window; it was the last one, so the loop ends
        QApplication.processEvents()
        seen["closed"] = not window.isVisible()
        return 0

    monkeypatch.setattr(ui.app, "_event_loop", event_loop)
    assert ui.app.run(db=str(closed_shop), staff="Olivia Owner") == 0

    assert seen["closed"] is True
    assert seen["wal_while_open"] is True  # the write went to the WAL first: the checkpoint mattered
    assert database.obj is None  # close_shop ran
    assert not Path(f"{closed_shop}-wal").exists()
    connection = _read_only(closed_shop)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        row = connection.execute(
            "SELECT c.name, i.summary FROM interaction i JOIN customer c ON c.id = i.customer_id"
            " WHERE i.id = ?",
            (seen["contact"],),
        ).fetchone()
    finally:
        connection.close()
    assert row == ("Last Write", "the very last contact")


def test_the_shutdown_path_closes_the_database_even_when_the_loop_fails(
    closed_shop: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    def event_loop(app: QApplication) -> int:
        person = customers.create("Before The Fault").row
        interactions.log(person.id, channel="email", summary="saved before the fault")
        raise RuntimeError("something went wrong inside the event loop")

    monkeypatch.setattr(ui.app, "_event_loop", event_loop)
    with pytest.raises(RuntimeError):
        ui.app.run(db=str(closed_shop), staff="Olivia Owner")

    assert database.obj is None
    assert not Path(f"{closed_shop}-wal").exists()
    connection = _read_only(closed_shop)
    try:
        summaries = [r[0] for r in connection.execute("SELECT summary FROM interaction")]
    finally:
        connection.close()
    assert summaries == ["saved before the fault"]
