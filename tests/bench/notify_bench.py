"""What the live-update triggers (migration 0012, ``carebook.change_triggers_pg``) cost a writer on a
PostgreSQL server: the ``import`` section's CSV import of customers, and logging contacts one by one,
each timed into a fresh database with the triggers and with them dropped, alternately.

    python -m tests.pg_server python -m tests.bench.notify_bench [CUSTOMERS] [CONTACTS] [RUNS]

(``CAREBOOK_TEST_PG_URL``: an admin address; ``tests.pg_server`` starts a throw-away server.) Prints the
median seconds of each and the ratio with/without.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable

from tests.bench.import_bench import csv_file


def _fresh_shop(admin_url: str, name: str, *, triggers: bool) -> str:
    import psycopg

    from carebook import change_triggers_pg, settings
    from carebook.db import database
    from carebook.shop import open_shop

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")  # type: ignore[arg-type]
        conn.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]
    url = admin_url.rsplit("/", 1)[0] + "/" + name
    open_shop(url)
    settings.update(shop_name="Benchmark Shop", phone_region="GB", time_zone="Europe/London")
    if not triggers:
        with database.atomic():
            change_triggers_pg.drop(database.obj)
    return url


def _import(customers: int) -> Callable[[], None]:
    source = csv_file(customers)

    def run() -> None:
        from carebook.exchange.importer import import_csv

        result = import_csv("customers", source)
        assert result.counts.created == customers

    return run


def _contacts(count: int) -> Callable[[], None]:
    def run() -> None:
        from carebook.services import customers
        from carebook.usecases.log_contact import log_contact

        ids = [customers.create(f"Customer {n}").row.id for n in range(20)]
        start = time.perf_counter()
        for n in range(count):
            log_contact(ids[n % 20], "phone", summary=f"Question {n}", csat=4)
        run.seconds = time.perf_counter() - start  # type: ignore[attr-defined]

    return run


def _timed(admin_url: str, work: Callable[[], None], *, triggers: bool) -> float:
    from carebook.shop import close_shop

    _fresh_shop(admin_url, "notify_bench", triggers=triggers)
    try:
        start = time.perf_counter()
        work()
        return float(getattr(work, "seconds", time.perf_counter() - start))
    finally:
        close_shop()


def compare(admin_url: str, name: str, work: Callable[[], None], runs: int) -> str:
    timings: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(runs):
        for triggers in (False, True):
            timings[triggers].append(_timed(admin_url, work, triggers=triggers))
    with_, without = statistics.median(timings[True]), statistics.median(timings[False])
    return f"{name}: {with_:.2f} s with the triggers, {without:.2f} s without (ratio {with_ / without:.3f})"


def main() -> int:
    admin_url = os.environ["CAREBOOK_TEST_PG_URL"]
    customers = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    contacts = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    print(compare(admin_url, f"CSV import of {customers:,} customers", _import(customers), runs), flush=True)
    print(compare(admin_url, f"{contacts} contacts logged one by one", _contacts(contacts), runs), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
