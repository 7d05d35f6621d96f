"""The exception hook logs the error, shows a dialog, and the app keeps running; a hard crash leaves a
trace in carebook-crash.log."""

from __future__ import annotations

import faulthandler
import logging
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from carebook import logs
from ui import crash
from ui.crash import ExceptionHook

ROOT = Path(__file__).resolve().parents[2]


def test_an_error_in_a_slot_is_logged_and_shown_and_the_app_keeps_running(
    data_dir: Path, qtbot, msgboxes
) -> None:  # type: ignore[no-untyped-def]
    window = QLabel("still here")
    qtbot.addWidget(window)
    window.show()
    quitting: list[bool] = []
    QApplication.instance().aboutToQuit.connect(lambda: quitting.append(True))
    logs.configure()
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
    assert "the till divided by zero" in text and str(logs.log_path()) in text
    log = (data_dir / "carebook.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError: the till divided by zero" in log and "broken_slot" in log
    assert window.isVisible() and not quitting


def test_errors_while_the_dialog_is_open_are_only_logged(data_dir: Path, msgboxes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    logs.configure()
    hook = ExceptionHook()

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
    log = (data_dir / "carebook.log").read_text(encoding="utf-8")
    assert "KeyError: 'first'" in log and "ValueError: second" in log


def test_an_unwritable_log_still_shows_the_dialog(tmp_path: Path, msgboxes, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("CAREBOOK_DATA_DIR", str(blocker))  # a data folder that is a file
    logs.configure()
    hook = ExceptionHook()
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        hook.handle(RuntimeError, error, error.__traceback__)
    assert "could not be written" in msgboxes.texts("crash")[0]
    assert "RuntimeError: boom" in capsys.readouterr().err


def test_an_error_without_a_message_is_named_by_its_type(data_dir: Path, msgboxes) -> None:  # type: ignore[no-untyped-def]
    """Found by mypy: ``exc or exc_type.__name__`` was always ``exc``, so an empty message said nothing."""
    logs.configure()
    hook = ExceptionHook()
    try:
        raise ValueError()
    except ValueError as error:
        hook.handle(ValueError, error, error.__traceback__)
    assert "Something went wrong inside Carebook: ValueError" in msgboxes.texts("crash")[0]


def test_the_crash_trace_is_on_and_writes_to_an_owner_only_file(data_dir: Path, faulthandler_back) -> None:  # type: ignore[no-untyped-def]
    faulthandler.disable()
    path = crash.enable_crash_trace()
    assert path == data_dir / "carebook-crash.log" and faulthandler.is_enabled()
    assert crash.enable_crash_trace() == path  # once is enough
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "Carebook started" in path.read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="a segfault on purpose")
def test_a_hard_crash_leaves_the_stack_in_the_crash_log(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import faulthandler
        from ui import crash

        crash.enable_crash_trace()

        def count_the_till():
            faulthandler._sigsegv()

        count_the_till()
        """
    )
    env = {**os.environ, "CAREBOOK_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, timeout=120)
    assert done.returncode != 0
    trace = (tmp_path / "carebook-crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in trace and "count_the_till" in trace


def test_the_hook_logs_through_logging(data_dir: Path, msgboxes, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    hook = ExceptionHook()
    with caplog.at_level(logging.ERROR, logger="ui.crash"):
        try:
            raise LookupError("no such drawer")
        except LookupError as error:
            hook.handle(LookupError, error, error.__traceback__)
    record = next(r for r in caplog.records if r.name == "ui.crash")
    assert record.exc_info is not None and "LookupError: no such drawer" in caplog.text


def test_the_dialog_shows_no_server_password(data_dir: Path, msgboxes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    def show(parent: object, title: str, text: str, details: str) -> None:
        shown.extend([text, details])

    monkeypatch.setattr(crash.msgbox, "crash", show)
    logs.configure()
    hook = ExceptionHook()
    try:
        raise RuntimeError("lost postgresql://ann:s3cret@shop.lan/shop")
    except RuntimeError as error:
        hook.handle(RuntimeError, error, error.__traceback__)
    assert shown and all("s3cret" not in text for text in shown)
    assert "postgresql://ann@shop.lan/shop" in shown[0]
