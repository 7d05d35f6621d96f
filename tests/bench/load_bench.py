"""Issue 18's load figures: 10 writer processes logging contacts for the same customers as fast as they can.

    python -m tests.bench.run --only load [--engine postgresql]

A small shop of its own (``CUSTOMERS`` customers, no cached big shop): a fresh SQLite file, or a fresh
database on the run's PostgreSQL server. First one writer alone logs ``CONTACTS`` contacts (the floor:
the p95 of one "log a contact" with nobody else writing), then ``WRITERS`` processes, each on its own
connection, start at one moment and each logs ``CONTACTS`` contacts, every one with a CSAT and an NPS
score and every other one with a follow-up, for the same customers (each writer in its own shuffled
order), through the core use case (``tests.writers``, ``carebook.usecases.log_contact``).

Budget: on PostgreSQL the p95 under load below 100 ms (issue 18). On SQLite, which lets one writer in at a
time, the p95 and its ratio to one writer alone are shown, without a budget of their own (the issue's
budget is the server's): a shop whose counters write this hard belongs on the server.

Afterwards nothing may be wrong: no writer failed, every contact, score and follow-up is there, and
``carebook.repair.inspect`` finds every customer summary right and the search index whole.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from tests.bench.common import WORK, percentile
from tests.writers import Outcome, Plan, run_writers

CUSTOMERS = 100
WRITERS = 10
CONTACTS = 500
FOLLOWUP_EVERY = 2
SERVER_P95_MS = 100.0  # issue 18's budget on PostgreSQL
SERVER_BUDGET = "p95 < 100 ms"
# SQLite lets one writer in at a time: with 10 writers flat out a contact waits for the other nine (a fair
# queue would make it about 10x a writer alone, Little's law), and the write lock is no queue (waiting
# writers try again every few ms), so the tail is longer still. Shown, with the ratio; no budget.
SQLITE_BUDGET = "shown"


@dataclass(frozen=True)
class LoadTimes:
    writers: int
    contacts: int  # per writer
    p95: float  # seconds, one "log a contact" with every writer running
    median: float
    single_p95: float  # the same with one writer alone
    single_median: float
    seconds: float  # the whole load, from the common start to the last writer's end
    problems: tuple[str, ...]  # errors, lost rows, wrong summaries: empty when all is right

    @property
    def rate(self) -> float:
        return self.writers * self.contacts / self.seconds


def sqlite_target() -> str:
    path = WORK / "load.sqlite3"
    WORK.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return str(path)


def _plans(ids: list[int], writers: int, seed: int) -> list[Plan]:
    rng = random.Random(seed)
    plans = []
    for _ in range(writers):
        order = [ids[n % len(ids)] for n in range(CONTACTS)]
        rng.shuffle(order)
        plans.append(Plan(tuple(order), scores=True, followup_every=FOLLOWUP_EVERY))
    return plans


def _counts() -> dict[str, int]:
    from carebook.db import database

    tables = ("interaction", "feedback", "followup")
    return {t: int(database.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}


def _problems(outcomes: list[Outcome], before: dict[str, int]) -> list[str]:
    from carebook import repair

    found = [f"writer {i + 1}: {o.error.strip().splitlines()[-1]}" for i, o in enumerate(outcomes) if o.error]
    logged = sum(o.logged for o in outcomes)
    expected = {
        "interaction": logged,
        "feedback": 2 * logged,
        "followup": sum(len(range(0, o.logged, FOLLOWUP_EVERY)) for o in outcomes),
    }
    after = _counts()
    for table, count in expected.items():
        if after[table] - before[table] != count:
            found.append(f"{table}: {after[table] - before[table]:,} rows written, {count:,} logged")
    if logged != len(outcomes) * CONTACTS:
        found.append(f"{logged:,} contacts logged of {len(outcomes) * CONTACTS:,}")
    report = repair.inspect()
    if not report.ok:
        found.extend(report.lines())
    return found


def measure(target: str) -> LoadTimes:
    """The load on ``target``, a fresh shop (an SQLite file's path or an empty server database's address)."""
    from carebook import settings
    from carebook.services import customers
    from carebook.shop import close_shop, open_shop

    open_shop(target)
    try:
        settings.update(shop_name="Benchmark Shop", phone_region="GB", time_zone="Europe/London")
        ids = [customers.create(f"Customer {n}").row.id for n in range(CUSTOMERS)]
        before = _counts()
        [single] = run_writers(target, _plans(ids, 1, seed=1))
        problems = _problems([single], before)
        before = _counts()
        outcomes = run_writers(target, _plans(ids, WRITERS, seed=2))
        problems += _problems(outcomes, before)
    finally:
        close_shop()
    times = [s for o in outcomes for s in o.seconds] or [0.0]
    single_times = single.seconds or [0.0]
    return LoadTimes(
        writers=WRITERS,
        contacts=CONTACTS,
        p95=percentile(times, 0.95),
        median=percentile(times, 0.5),
        single_p95=percentile(single_times, 0.95),
        single_median=percentile(single_times, 0.5),
        seconds=max(o.elapsed for o in outcomes),
        problems=tuple(problems),
    )


if __name__ == "__main__":
    print(measure(sqlite_target()))
