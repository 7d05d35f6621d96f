"""The exception hook logs the error, shows a dialog, and the app keeps running."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from ui import crash
from ui.crash import ExceptionHook


def test_an_error_in_a_slot_is_logged_and_shown_and_the_app_keeps_running(
    data_dir: Path, qtbot, msgboxes
) -> None:  # type: ignore[no-untyped-def]
    window = QLabel("still here")
    qtbot.addWidget(window)
    window.show()
    quitting: list[bool] = []
    QApplication.instance().aboutToQuit.connect(lambda: quitting.append(True))
    hook = ExceptionHook()
    hook.install()
    try:
        assert sys.excepthook == hook.handle

        def broken_slot() -> None:
            raise ZeroDivisionError("the till divided by zero")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: hook.count == 1)
    finally:
        hook.uninstall()
    assert sys.excepthook != hook.handle
    assert msgboxes.kinds() == ["crash"]
    _kind, title, text = msgboxes.calls[0]
    assert title == "Unexpected error"
    assert "the till divided by zero" in text and str(crash.log_path()) in text
    log = (data_dir / "carebook.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError: the till divided by zero" in log and "broken_slot" in log
    assert window.isVisible() and not quitting


def test_errors_while_the_dialog_is_open_are_only_logged(tmp_path: Path, msgboxes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    hook = ExceptionHook(tmp_path / "errors.log")

    def show_and_fail_again(parent, title, text, details):  # type: ignore[no-untyped-def]
        msgboxes.calls.append(("crash", title, text))
        try:
            raise ValueError("second")
        except ValueError as error:
            hook.handle(ValueError, error, error.__traceback__)

    monkeypatch.setattr("ui.msgbox.crash", show_and_fail_again)
    try:
        raise KeyError("first")
    except KeyError as error:
        hook.handle(KeyError, error, error.__traceback__)
    assert len(msgboxes.calls) == 1
    log = (tmp_path / "errors.log").read_text(encoding="utf-8")
    assert "KeyError: 'first'" in log and "ValueError: second" in log


def test_an_unwritable_log_still_shows_the_dialog(tmp_path: Path, msgboxes, capsys) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("")
    hook = ExceptionHook(blocker / "carebook.log")  # a folder that is a file
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        hook.handle(RuntimeError, error, error.__traceback__)
    assert "could not be written" in msgboxes.texts("crash")[0]
    assert "RuntimeError: boom" in capsys.readouterr().err
