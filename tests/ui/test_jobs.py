"""Work off the UI thread: answers arrive in the UI thread, errors arrive as plain messages, and a failing
job never stops the ones after it."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThread

from carebook.db import database
from carebook.errors import CarebookError
from ui.jobs import BackgroundJobs
from ui.models.page_worker import PageWorker


def test_only_the_newest_job_of_a_key_answers_in_the_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = BackgroundJobs()
    answers: list[tuple[str, object, bool]] = []
    jobs.finished.connect(
        lambda key, result: answers.append((key, result, QThread.currentThread().isMainThread()))
    )
    gate = threading.Event()
    jobs.run("cards", lambda: gate.wait(5) and "old cards")
    jobs.run("cards", lambda: "new cards")
    jobs.run("counts", lambda: 7)
    gate.set()
    qtbot.waitUntil(lambda: not jobs.busy())
    assert sorted(answers, key=str) == [("cards", "new cards", True), ("counts", 7, True)]
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


def test_every_page_fetch_answers_with_its_ticket(db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Unlike the jobs above, a list's page fetches all count: each answer carries its ticket."""
    worker = PageWorker()
    answers: list[tuple[object, object]] = []
    failures: list[tuple[object, str]] = []
    worker.done.connect(lambda ticket, result: answers.append((ticket, result)))
    worker.failed.connect(lambda ticket, message: failures.append((ticket, message)))
    worker.request((1, 0), lambda: database.execute_sql("SELECT 40 + 2").fetchone()[0])
    worker.request((1, 50), lambda: database.execute_sql("SELECT total FROM no_such_ledger").fetchone())
    worker.request((1, 100), lambda: "the third page")
    qtbot.waitUntil(lambda: not worker.busy())
    assert answers == [((1, 0), 42), ((1, 100), "the third page")]
    assert [ticket for ticket, _message in failures] == [(1, 50)]
    assert "no such table" in failures[0][1].lower()
    assert database.execute_sql("SELECT 1").fetchone() == (1,)  # the UI thread's connection still works
    worker.shutdown()
