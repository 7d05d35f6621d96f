"""Many programs writing one shop at once (issue 18, item 5): none of them fails with "database is locked".

SQLite lets one writer in at a time; ``carebook.db`` waits for the write lock itself, trying again every
few milliseconds (more often the longer a writer has waited), so that with ten writers at once every one
gets its turn within the busy timeout instead of the unlucky ones giving up.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from carebook import db as carebook_db
from carebook.db import database
from carebook.errors import StorageError
from carebook.services import customers, interactions
from tests.writers import Plan, run_writers

WRITERS = 10
CONTACTS = 40


def test_ten_writer_processes_at_once_all_get_their_turn(db: Path | str) -> None:
    ids = tuple(customers.create(f"Customer {n}").row.id for n in range(8))
    plans = [
        Plan(tuple(ids[(w + n) % len(ids)] for n in range(CONTACTS)), scores=True) for w in range(WRITERS)
    ]
    outcomes = run_writers(str(db), plans)
    assert [o.error for o in outcomes] == [""] * WRITERS
    assert [o.logged for o in outcomes] == [CONTACTS] * WRITERS
    [[contacts, scores]] = database.execute_sql(
        "SELECT (SELECT count(*) FROM interaction), (SELECT count(*) FROM feedback)"
    ).fetchall()
    assert (contacts, scores) == (WRITERS * CONTACTS, 2 * WRITERS * CONTACTS)


def _hold_the_write_lock(path: Path, seconds: float, held: threading.Event) -> None:
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        held.set()
        time.sleep(seconds)
        other.execute("COMMIT")
    finally:
        other.close()


@pytest.mark.sqlite_only("SQLite's write lock, held by another program")
def test_a_writer_waits_for_another_programs_transaction(db: Path) -> None:
    person = customers.create("Ann").row.id
    held = threading.Event()
    other = threading.Thread(target=_hold_the_write_lock, args=(db, 0.5, held))
    other.start()
    held.wait(5)
    began = time.monotonic()
    interactions.log(person, channel="phone", summary="after the other program")
    assert time.monotonic() - began >= 0.4
    other.join()
    assert [row.summary for row in interactions.list_interactions().rows] == ["after the other program"]
    [[timeout]] = database.execute_sql("PRAGMA busy_timeout").fetchall()
    assert timeout == carebook_db.BUSY_TIMEOUT_SECONDS * 1000  # the busy handler is back for reads


@pytest.mark.sqlite_only("SQLite's write lock, held by another program")
def test_past_the_busy_timeout_one_plain_message_and_nothing_stored(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = customers.create("Ann").row.id
    monkeypatch.setattr(carebook_db, "BUSY_TIMEOUT_SECONDS", 0.3)
    held = threading.Event()
    other = threading.Thread(target=_hold_the_write_lock, args=(db, 1.5, held))
    other.start()
    held.wait(5)
    began = time.monotonic()
    with pytest.raises(StorageError) as refused:
        interactions.log(person, channel="phone", summary="too late")
    assert 0.3 <= time.monotonic() - began < 1.4
    assert str(refused.value) == "The database is busy in another Carebook window or program; try again."
    other.join()
    assert interactions.list_interactions().rows == ()
