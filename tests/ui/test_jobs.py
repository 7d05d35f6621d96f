"""Work off the UI thread (``ui.jobs``): answers arrive in the UI thread, the newest of a key wins, errors
are logged and shown, debounce, cancellation, progress, and shutdown waits for the running job."""

from __future__ import annotations

import logging
import stat
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from carebook import logs
from carebook.db import database
from carebook.errors import CarebookError
from ui.jobs import BackgroundJobs, raise_if_cancelled, report_progress


def _on_ui_thread() -> bool:
    return QThread.currentThread().isMainThread()


def test_only_the_newest_job_of_a_key_answers_in_the_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = BackgroundJobs()
    answers: list[tuple[str, object, bool]] = []
    jobs.finished.connect(lambda key, result: answers.append((key, result, _on_ui_thread())))
    gate = threading.Event()
    jobs.run("cards", lambda: gate.wait(5) and "old cards")
    jobs.run("cards", lambda: "new cards")
    jobs.run("counts", lambda: 7)
    gate.set()
    qtbot.waitUntil(lambda: not jobs.busy())
    assert sorted(answers, key=str) == [("cards", "new cards", True), ("counts", 7, True)]
    jobs.shutdown()


def test_the_done_callback_gets_the_result_on_the_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = BackgroundJobs()
    seen: list[tuple[object, bool, bool]] = []
    worker_side: list[bool] = []

    def work() -> int:
        worker_side.append(_on_ui_thread())
        return 42

    jobs.run("answer", work, done=lambda result: seen.append((result, _on_ui_thread(), jobs.busy())))
    qtbot.waitUntil(lambda: bool(seen))
    assert worker_side == [False]  # the work ran off the UI thread
    assert seen == [(42, True, False)]  # no longer busy once the answer is handed over
    jobs.shutdown()


def test_a_stale_job_that_has_not_started_never_runs(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = BackgroundJobs()
    ran: list[str] = []
    gate = threading.Event()
    jobs.run("blocker", lambda: gate.wait(5))
    jobs.run("list", lambda: ran.append("first"))
    jobs.run("list", lambda: ran.append("second"))
    gate.set()
    qtbot.waitUntil(lambda: not jobs.busy())
    assert ran == ["second"]
    jobs.shutdown()


def test_a_failing_job_says_why_and_the_next_one_still_runs(qtbot, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    jobs = BackgroundJobs()
    failures: list[tuple[str, str]] = []
    answers: list[tuple[str, object]] = []
    jobs.failed.connect(lambda key, message: failures.append((key, message)))
    jobs.finished.connect(lambda key, result: answers.append((key, result)))

    def refused() -> None:
        raise CarebookError("The database is busy in another Carebook window or program; try again.")

    with caplog.at_level(logging.ERROR, logger="ui.jobs"):
        jobs.run("bug", lambda: 1 / 0)
        jobs.run("busy", refused)
        jobs.run("after", lambda: "still working")
        qtbot.waitUntil(lambda: not jobs.busy())
    assert dict(failures) == {
        "bug": "ZeroDivisionError: division by zero",
        "busy": "The database is busy in another Carebook window or program; try again.",
    }
    assert answers == [("after", "still working")]
    assert "background job bug failed" in caplog.text  # a bug is logged with its traceback
    assert "background job busy" not in caplog.text  # a user-facing refusal is not a bug
    jobs.shutdown()


def test_a_refusal_is_logged_as_a_warning_with_its_traceback(qtbot, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    jobs = BackgroundJobs()
    messages: list[str] = []

    def refused() -> None:
        raise CarebookError("The file is locked.")

    with caplog.at_level(logging.WARNING, logger="ui.jobs"):
        jobs.run("save", refused, failed=messages.append)
        qtbot.waitUntil(lambda: bool(messages))
    assert messages == ["The file is locked."]
    record = next(r for r in caplog.records if "background job save refused" in r.getMessage())
    assert record.levelno == logging.WARNING and record.exc_info is not None
    jobs.shutdown()


def test_a_failure_nobody_listens_to_is_shown_in_a_message_box(qtbot, msgboxes) -> None:  # type: ignore[no-untyped-def]
    jobs = BackgroundJobs()
    jobs.run("forgotten", lambda: {}["missing"])
    qtbot.waitUntil(lambda: bool(msgboxes.calls))
    assert msgboxes.kinds() == ["warning"]
    assert msgboxes.texts("warning") == ["KeyError: 'missing'"]
    jobs.shutdown()


def test_a_failure_handled_by_its_caller_opens_no_extra_box(qtbot, msgboxes) -> None:  # type: ignore[no-untyped-def]
    jobs = BackgroundJobs()
    shown: list[str] = []
    jobs.run("handled", lambda: 1 / 0, failed=shown.append)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["ZeroDivisionError: division by zero"] and msgboxes.calls == []
    jobs.shutdown()


def test_a_failing_job_leaves_its_traceback_in_the_owner_only_log_file(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    path = logs.configure()
    jobs = BackgroundJobs()
    shown: list[str] = []

    def reckon_the_till() -> float:
        return 12 / 0

    jobs.run("till", reckon_the_till, failed=shown.append)
    qtbot.waitUntil(lambda: bool(shown))
    jobs.shutdown()
    text = path.read_text(encoding="utf-8")
    assert "background job till failed" in text
    assert "Traceback (most recent call last)" in text and "reckon_the_till" in text
    assert "ZeroDivisionError: division by zero" in text
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_every_key_answers_and_the_worker_connection_is_closed_after_each_job(db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Different keys all answer (a list's pages); the worker's own connection never outlives a job."""
    jobs = BackgroundJobs()
    answers: list[tuple[str, object]] = []
    failures: list[tuple[str, str]] = []
    jobs.finished.connect(lambda key, result: answers.append((key, result)))
    jobs.failed.connect(lambda key, message: failures.append((key, message)))
    jobs.run("page 0", lambda: database.execute_sql("SELECT 40 + 2").fetchone()[0])
    jobs.run("page 50", lambda: database.execute_sql("SELECT total FROM no_such_ledger").fetchone())
    jobs.run("page 100", lambda: database.is_closed())  # the previous jobs closed theirs
    qtbot.waitUntil(lambda: not jobs.busy())
    assert answers == [("page 0", 42), ("page 100", True)]
    assert [key for key, _message in failures] == ["page 50"]
    assert "no such table" in failures[0][1].lower()
    assert database.execute_sql("SELECT 1").fetchone() == (1,)  # the UI thread's connection still works
    jobs.shutdown()


def test_debounce_runs_only_the_last_request_after_the_pause(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = BackgroundJobs()
    ran: list[str] = []
    got: list[str] = []
    for text in ("a", "an", "ann"):
        jobs.run_later("search", 30, lambda text=text: ran.append(text) or text, done=got.append)
        assert jobs.debouncing("search") and jobs.busy("search")
    qtbot.waitUntil(lambda: bool(got))
    assert ran == ["ann"] and got == ["ann"]
    assert not jobs.debouncing("search") and not jobs.busy()
    jobs.shutdown()


def test_running_now_replaces_a_waiting_debounce_and_forget_drops_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = BackgroundJobs()
    got: list[str] = []
    jobs.run_later("search", 60_000, lambda: "typed", done=got.append)
    jobs.run("search", lambda: "entered", done=got.append)  # Enter: at once
    assert not jobs.debouncing("search")
    qtbot.waitUntil(lambda: not jobs.busy())
    assert got == ["entered"]
    jobs.run_later("search", 60_000, lambda: "typed again", done=got.append)
    jobs.forget("search")
    assert not jobs.busy() and got == ["entered"]
    jobs.shutdown()


def test_busy_changed_says_when_answers_are_still_to_come(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = BackgroundJobs()
    changes: list[bool] = []
    jobs.busy_changed.connect(changes.append)
    jobs.run("one", lambda: 1)
    jobs.run("two", lambda: 2)
    qtbot.waitUntil(lambda: not jobs.busy())
    assert changes == [True, False]
    jobs.shutdown()


def test_cancel_stops_a_running_job_which_answers_cancelled(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = BackgroundJobs()
    started = threading.Event()
    moved: list[tuple[object, ...]] = []
    outcome: list[str] = []

    def long_import() -> str:
        report_progress(0, 500)
        started.set()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # rows being written, until cancelled
            raise_if_cancelled()
        return "all written"

    jobs.run(
        "import",
        long_import,
        done=outcome.append,
        failed=outcome.append,
        progress=lambda *values: moved.append(values),
        cancelled=lambda: outcome.append("cancelled"),
    )
    qtbot.waitUntil(started.is_set)
    jobs.cancel("import")
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == ["cancelled"] and moved == [(0, 500)]
    assert not jobs.busy()
    jobs.shutdown()


def test_shutdown_stops_and_waits_for_the_running_job_and_nothing_answers_after(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = BackgroundJobs()
    started, ended = threading.Event(), threading.Event()
    answers: list[object] = []
    queued: list[str] = []

    def running() -> None:
        started.set()
        deadline = time.monotonic() + 10
        try:
            while time.monotonic() < deadline:
                raise_if_cancelled()  # shutdown asks it to stop
        finally:
            ended.set()

    jobs.run("running", running, done=answers.append, cancelled=lambda: answers.append("cancelled"))
    jobs.run("queued", lambda: queued.append("ran"))
    qtbot.waitUntil(started.is_set)
    jobs.shutdown()
    assert ended.is_set()  # shutdown returned only once the running job was over
    assert queued == []  # what had not started never runs
    jobs.run("late", lambda: "after shutdown", done=answers.append)
    QCoreApplication.processEvents()  # any answer already sent would arrive now
    assert answers == [] and not jobs.busy()


def test_a_job_speaks_the_language_of_the_app_and_of_its_callers_using(qtbot) -> None:  # type: ignore[no-untyped-def]
    from carebook import i18n
    from carebook.errors import ValidationError

    def refuse() -> None:
        raise ValidationError("phone")

    jobs = BackgroundJobs()
    messages: list[str] = []
    i18n.set_default("de")  # what the app does at start for a German seat
    try:
        jobs.run("default", refuse, failed=messages.append)
        qtbot.waitUntil(lambda: len(messages) == 1)
        i18n.set_default("en")
        with i18n.using("de"):  # the caller's language goes with the job to the worker thread
            jobs.run("caller", refuse, failed=messages.append)
        qtbot.waitUntil(lambda: len(messages) == 2)
    finally:
        i18n.set_default("en")
        jobs.shutdown()
    assert messages == ["phone: ist nicht gültig"] * 2
