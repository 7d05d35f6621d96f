"""The desktop app logs to carebook.log and keeps a crash trace from its start; About names the log."""

from __future__ import annotations

import faulthandler
import logging
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

import ui.app
from carebook import logs
from ui.context import AppContext
from ui.dialogs.about import AboutDialog


def test_the_app_starts_its_log_and_its_crash_trace(  # type: ignore[no-untyped-def]
    closed_shop: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication, faulthandler_back
) -> None:
    faulthandler.disable()
    monkeypatch.setattr(ui.app, "_event_loop", lambda app: 0)  # started, then quit at once
    assert ui.app.run(db=str(closed_shop), staff="Olivia Owner") == 0
    log = data_dir / "carebook.log"
    logging.getLogger("ui.test").warning("after the start")
    assert "after the start" in log.read_text(encoding="utf-8")
    assert faulthandler.is_enabled()
    assert (data_dir / "carebook-crash.log").is_file()
    if sys.platform != "win32":
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
        assert stat.S_IMODE((data_dir / "carebook-crash.log").stat().st_mode) == 0o600


def test_about_names_the_log_file_as_selectable_text(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    about = AboutDialog(ctx)
    qtbot.addWidget(about)
    path = str(logs.log_path())
    assert about.values["log"] == path
    label = next(label for label in about.findChildren(QLabel) if label.text() == path)
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
