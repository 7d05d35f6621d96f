"""Customer summaries stay right when several processes write for the same customers at the same moment
(issue 18, item 2), on SQLite and on a PostgreSQL server.

Two writer processes, each on its own connection, log one contact for each of 150 customers, stepping
together so that both contacts of a customer are logged at the same moment (``tests.writers``). Under
PostgreSQL's READ COMMITTED, a recount that waited for the other writer's row lock used to count with
the snapshot it started with, leaving the count one too low.
"""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import pytest

from carebook import repair
from carebook.db import database
from carebook.services import customers
from carebook.shop import close_shop, open_shop
from carebook.text import fold
from tests.writers import Plan, run_writers

CUSTOMERS = 150
# Each summary column beside the same value counted from the rows.
_COUNTED = """
SELECT c.id,
  c.open_contacts, (SELECT count(*) FROM interaction i WHERE i.customer_id = c.id AND i.status = 'open'),
  c.open_followups, (SELECT count(*) FROM followup f WHERE f.customer_id = c.id AND f.done_at IS NULL),
  c.last_contact_at, (SELECT max(i.occurred_at) FROM interaction i WHERE i.customer_id = c.id),
  c.last_score, (SELECT fb.score FROM feedback fb WHERE fb.customer_id = c.id
                 ORDER BY fb.received_at DESC, fb.id DESC LIMIT 1)
FROM customer c ORDER BY c.id
"""
_COLUMNS = ("open_contacts", "open_followups", "last_contact_at", "last_score")

# What each writer writes for every customer: a plain contact through the use case, one with scores and
# a follow-up, a follow-up alone, a score alone (each writer its own score, so the last one matters).
KINDS = {
    "contacts": Plan(()),
    "contacts with scores and follow-ups": Plan((), scores=True, followup_every=1),
    "follow-ups": Plan((), action="followup"),
    "scores": Plan((), action="score"),
}


def _wrong() -> dict[str, int]:
    """How many customers have each summary column different from the rows."""
    wrong = dict.fromkeys(_COLUMNS, 0)
    for row in database.execute_sql(_COUNTED).fetchall():
        for k, column in enumerate(_COLUMNS):
            stored, counted = row[1 + 2 * k], row[2 + 2 * k]
            if str(stored) != str(counted):
                wrong[column] += 1
    return wrong


def _two_writers_at_once(target: str, kind: Plan) -> None:
    ids = tuple(customers.create(f"Customer {n}").row.id for n in range(CUSTOMERS))
    plan = dataclasses.replace(kind, customers=ids)
    outcomes = run_writers(target, [plan, plan], lockstep=True)
    assert [o.error for o in outcomes] == ["", ""]
    assert [o.logged for o in outcomes] == [CUSTOMERS, CUSTOMERS]
    table = {"contact": "interaction", "followup": "followup", "score": "feedback"}[kind.action]
    [[written]] = database.execute_sql(f"SELECT count(*) FROM {table}").fetchall()
    assert written == 2 * CUSTOMERS
    assert _wrong() == dict.fromkeys(_COLUMNS, 0), f"out of {CUSTOMERS} customers"
    assert repair.inspect().summaries == 0


def test_two_counters_changing_one_company_at_once_leave_its_sort_key_right(db: Path | str) -> None:
    ids = tuple(customers.create(f"Customer {n}", company="Old").row.id for n in range(CUSTOMERS))
    outcomes = run_writers(str(db), [Plan(ids, action="company")] * 2, lockstep=True)
    assert [o.error for o in outcomes] == ["", ""]
    rows = database.execute_sql("SELECT company, company_key FROM customer").fetchall()
    assert {company for company, _ in rows} <= {"Ålesund Fisk 0 AS", "Ålesund Fisk 1 AS"}
    assert all(key == fold(company) for company, key in rows)
    assert repair.inspect().summaries == 0


def test_a_repair_while_writers_log_contacts_leaves_every_summary_right(db: Path | str) -> None:
    ids = tuple(customers.create(f"Customer {n}").row.id for n in range(20))
    plan = Plan(tuple(ids[n % len(ids)] for n in range(CUSTOMERS)), scores=True, followup_every=3)
    done = threading.Event()
    repairs: list[int] = []

    def repair_meanwhile() -> None:  # on this thread's own connection
        try:
            while not done.is_set():
                repair.repair()
                repairs.append(1)
        finally:
            database.close()

    repairing = threading.Thread(target=repair_meanwhile)
    repairing.start()
    try:
        outcomes = run_writers(str(db), [plan, plan])
    finally:
        done.set()
        repairing.join()
    assert [o.error for o in outcomes] == ["", ""] and repairs
    assert _wrong() == dict.fromkeys(_COLUMNS, 0)
    assert repair.inspect().summaries == 0


@pytest.mark.parametrize("kind", list(KINDS))
def test_two_writers_logging_for_the_same_customers_at_once_leave_every_summary_right(
    db: Path | str, kind: str
) -> None:
    _two_writers_at_once(str(db), KINDS[kind])


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_same_on_a_server_in_any_run(pg_database: str, kind: str) -> None:
    open_shop(pg_database)
    try:
        _two_writers_at_once(pg_database, KINDS[kind])
    finally:
        close_shop()
