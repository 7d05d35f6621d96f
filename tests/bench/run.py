"""``make bench`` / ``make bench-quick``: every speed and memory figure beside its floor, in one run.

    python -m tests.bench.run [--quick] [--only NAME ...] [--json FILE] [--engine postgresql]

``--only attacks`` (or ``import``, or ``load``) runs without building the cached shops.

Full: the shop of 100,000 customers and 1,000,000 contacts (``tests.bench.bigshop``, cached under
build/bench/), with growth figures at 10,000 and 100,000 contacts. Quick: the same figures on a shop of
5,000 customers and 50,000 contacts (growth from 10,000), in about a minute once the shops are cached.
Prints a table and writes build/bench.json (name, value, floor, ratio, budget, pass for each figure).
Exits 1 when a budget is missed. Floors are measured in the same run, because absolute times drift on
shared machines; a budget is met by making Carebook faster, never by moving the floor.

``--engine postgresql`` (``make bench-postgresql``): the search, customers table and month figures of the
same shops copied into a throw-away PostgreSQL server (``tests.bench.pg_bench``), against the same
floors on that server, and the load of 10 writers on a small shop of its own there; writes
build/bench-postgresql.json.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import sqlite3
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.bench import (
    attack_bench,
    bigshop,
    import_bench,
    load_bench,
    month_bench,
    pg_bench,
    report_bench,
    search_bench,
    valid_import_bench,
)
from tests.bench.bigshop import ROOT, Shop
from tests.bench.common import (
    STARTED,
    WORK,
    Figure,
    median,
    ratio_at_least,
    ratio_at_most,
    run_child,
    table_text,
    value_below,
    within_of_floor,
)

MB = 1024 * 1024
TABLES = ("customer", "interaction", "followup", "feedback", "tag", "customer_tag", "staff", "setting")


@dataclass(frozen=True)
class Plan:
    name: str
    main: str  # shop size of the main figures
    growth: tuple[str, ...]  # shop sizes of the growth figures, smallest first (the main one last)
    startup_runs: int  # app, reference and bare starts, interleaved (a start varies by tens of ms)
    import_rows: int
    search_queries: int


FULL = Plan("full", "1m", ("10k", "100k", "1m"), 9, 100_000, 200)
QUICK = Plan("quick", "quick", ("10k", "quick"), 5, 5_000, 200)
SECTIONS = ("startup", "search", "table", "month", "report", "import", "size", "growth", "attacks", "load")
NO_SHOP = frozenset({"import", "attacks", "load"})  # sections that build their own data, not the cached shops
PG_SECTIONS = ("search", "table", "month", "load")  # what `make bench-postgresql` measures


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def _as_after_a_clean_quit(path: Path) -> None:
    """Fold what a start wrote into the file, as quitting the app does: each probe ends with ``os._exit``,
    and a log left with commits in it would have the next start check it on a copy of the whole file."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


@dataclass(frozen=True)
class StartupTimes:
    app: float
    reference: float  # plain widgets + the database: the start-up budget's floor
    bare: float


class Bench:
    def __init__(self, plan: Plan, engine: str = "sqlite") -> None:
        self.plan = plan
        self.pg = pg_bench.PgShops() if engine == "postgresql" else None
        self.figures: list[Figure] = []
        self.shops: dict[str, Shop] = {}
        self.copies: dict[str, Path] = {}
        self.startup_cache: dict[str, StartupTimes] = {}

    def add(self, figure: Figure) -> None:
        self.figures.append(figure)
        _say(f"  {figure.name}: {figure.value:.4g} {figure.unit} (floor {figure.floor})")

    def shop(self, size: str) -> Shop:
        if size not in self.shops:
            self.shops[size] = bigshop.get(size)
        return self.shops[size]

    def copy(self, size: str) -> Path:
        """A private copy of a shop, for figures that start the app (it writes: stay-in-touch follow-ups)."""
        if size not in self.copies:
            self.copies[size] = bigshop.copy_of(self.shop(size), WORK / "copies")
        return self.copies[size]

    def target(self, size: str) -> str:
        """What the benchmarks open: the shop's file, or its copy on the PostgreSQL server."""
        return str(self.shop(size).path) if self.pg is None else self.pg.url(self.shop(size))

    def cleanup(self) -> None:
        if self.pg is not None:
            self.pg.stop()
        for path in self.copies.values():
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)

    # -- start-up --------------------------------------------------------------------------------
    def startup_times(self, size: str) -> StartupTimes:
        """Median seconds to the main window painted: the app on the shop, the reference (plain widgets
        opening the same shop) and a bare window, the three started in turn so that they share the load."""
        if size in self.startup_cache:
            return self.startup_cache[size]
        shop, path = self.shop(size), str(self.copy(size))
        probe = ["-m", "tests.bench.startup_probe", STARTED]
        runs: dict[str, list[float]] = {"app": [], "reference": [], "bare": []}
        for _ in range(self.plan.startup_runs):
            runs["bare"].append(float(run_child([*probe, "--bare"])["seconds"]))
            runs["reference"].append(float(run_child([*probe, "--reference", "--db", path])["seconds"]))
            _as_after_a_clean_quit(Path(path))
            runs["app"].append(float(run_child([*probe, "--db", path, "--staff", shop.owner])["seconds"]))
            _as_after_a_clean_quit(Path(path))
        times = StartupTimes(median(runs["app"]), median(runs["reference"]), median(runs["bare"]))
        self.startup_cache[size] = times
        return times

    def startup(self) -> None:
        shop = self.shop(self.plan.main)
        times = self.startup_times(self.plan.main)
        runs = self.plan.startup_runs
        self.add(Figure(f"start-up to painted window, {shop.contacts:,} contacts", times.app, times.reference,
                        "s", "ratio <= 1.5", ratio_at_most(1.5),
                        f"median of {runs}; floor: plain widgets opening the same shop"))  # fmt: skip
        self.add(Figure("reference: plain widgets + the database, no Carebook page", times.reference,
                        times.bare, "s", note=f"median of {runs}; floor: a bare PySide6 window"))  # fmt: skip

    # -- search ----------------------------------------------------------------------------------
    def search_times(self, size: str) -> search_bench.SearchTimes:
        return search_bench.measure(self.target(size), self.plan.search_queries)

    def search(self) -> None:
        shop = self.shop(self.plan.main)
        times = self.search_times(self.plan.main)
        found = f"{times.found_expected}/{times.expected} named customers found"
        slow = ", ".join(f"{kind} '{text}' {s * 1000:.0f} ms" for s, kind, text in times.slowest[:3])
        who = f"{shop.customers:,} customers"
        ms = 1000
        median_ms, floor_ms = times.median * ms, times.floor_median * ms
        self.add(Figure(f"search median, {who}", median_ms, floor_ms, "ms", note=found))
        self.add(Figure(f"search p95, {who}", times.p95 * ms, times.floor_p95 * ms, "ms",
                        "p95 < 50 ms", value_below(50.0), f"slowest: {slow}"))  # fmt: skip

    # -- customers table -------------------------------------------------------------------------
    def table(self) -> None:
        shop = self.shop(self.plan.main)
        empty = str(self._empty_app_db()) if self.pg is None else self.pg.empty()
        db = str(self.copy(self.plan.main)) if self.pg is None else self.target(self.plan.main)
        probe = ["-m", "tests.bench.table_probe"]
        base = run_child([*probe, "--db", empty, "--staff", "Owner"])
        big = run_child([*probe, "--db", db, "--staff", shop.owner])
        rows = f"{big['rows']:,} rows"
        self.add(Figure(f"customer table: open, scroll to the end, sort ({rows})", big["seconds"],
                        base["seconds"], "s", note="floor: the same steps in the empty app"))  # fmt: skip
        self.add(Figure("customer table: slowest step", big["slowest"] * 1000, base["slowest"] * 1000, "ms",
                        note=f"slowest: {big['slowest_step']}"))  # fmt: skip
        stall, base_stall = big["stall_after_start"] * 1000, base["stall_after_start"] * 1000
        self.add(Figure("UI stall after start-up, before the table opens", stall, base_stall, "ms",
                        note="the longest the window did not answer; floor: the empty app"))  # fmt: skip
        after = f"after start-up {big['rss_after_start_mb']} MB (empty app {base['rss_after_start_mb']} MB)"
        self.add(Figure("customer table: peak memory", big["peak_mb"], base["peak_mb"], "MB",
                        "<= empty app + 150 MB", within_of_floor(150.0), after))  # fmt: skip

    def _empty_app_db(self) -> Path:
        from carebook import settings
        from carebook.services import staff
        from carebook.shop import close_shop, open_shop

        path = WORK / "empty-app.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        WORK.mkdir(parents=True, exist_ok=True)
        open_shop(path)
        try:
            settings.update(shop_name="Benchmark Shop", phone_region="GB", time_zone="Europe/London")
            staff.add("Owner", role="owner")
        finally:
            close_shop()
        return path

    # -- month figures ---------------------------------------------------------------------------
    def month_times(self, size: str) -> month_bench.MonthTimes:
        shop = self.shop(size)
        return month_bench.measure(self.target(size), shop.busiest_month)

    def month(self) -> None:
        times = self.month_times(self.plan.main)
        note = "figures agree" if not times.disagree else f"DISAGREE on {', '.join(times.disagree)}"
        self.add(Figure(f"month figures, busiest month {times.month} ({times.contacts:,} contacts)",
                        times.seconds * 1000, times.floor * 1000, "ms", "ratio <= 1.5", ratio_at_most(1.5),
                        f"floor: one hand-written SQL statement; {note}"))  # fmt: skip

    # -- monthly PDF -----------------------------------------------------------------------------
    def report(self) -> None:
        shop = self.shop(self.plan.main)
        small_db, small_month = report_bench.small_month_db()
        small = report_bench.build_pdf(small_db, small_month, "small")
        big = report_bench.build_pdf(shop.path, shop.busiest_month, "busiest")
        what = f"{shop.busiest_month}, {shop.busiest_contacts:,} contacts"
        pages = f"{big['pages']} pages, {big['pdf_mb']} MB; floor: a month of 1,000 contacts"
        self.add(Figure(f"monthly PDF time ({what})", big["seconds"], small["seconds"], "s", note=pages))
        self.add(Figure(f"monthly PDF peak memory ({what})", big["peak_mb"], small["peak_mb"], "MB",
                        "ratio <= 1.5", ratio_at_most(1.5), "floor: a month of 1,000 contacts"))  # fmt: skip

    # -- CSV import ------------------------------------------------------------------------------
    def import_csv(self) -> None:
        times = import_bench.measure(self.plan.import_rows)
        rows = f"{times.rows:,} customers"
        same = "floor: executemany of the same rows into the same schema, search triggers included"
        self.add(Figure(f"CSV import of {rows}", times.rate, times.floor_rate, "rows/s",
                        "ratio >= 0.33", ratio_at_least(0.33), same))  # fmt: skip
        # Issue 16 aims at 0.5x of this floor; not met yet (see README, "Benchmarks"), so shown only.
        bare = "floor: executemany with the search index dropped; target 0.5x (issue 16), not met yet"
        self.add(Figure(f"CSV import of {rows}, trigger-free floor", times.rate, times.bare_rate, "rows/s",
                        note=bare))  # fmt: skip

    # -- size attacks (issue 15) ------------------------------------------------------------------
    def attacks(self) -> None:
        photo = attack_bench.read_times(attack_bench.photo_file(), 3)
        self.add(Figure(f"vCard with a {photo.megabytes:.0f} MB photo: read", photo.seconds, photo.floor, "s",
                        "< 1 s", value_below(1.0),
                        "median of 3; floor: read the file and split it into lines"))  # fmt: skip
        cards = attack_bench.read_times(attack_bench.cards_file(), 1)
        self.add(Figure(f"vCard of {cards.cards:,} cards ({cards.megabytes:.0f} MB): read", cards.seconds,
                        cards.floor, "s", "< 15 s", value_below(15.0),
                        "floor: read the file and split it into lines"))  # fmt: skip
        found, floor = attack_bench.duplicates_figures()
        who = f"{attack_bench.CUSTOMERS:,} customers named 'Customer N'"
        self.add(Figure(f"duplicates, {who}: time", found["seconds"], floor["seconds"], "s", "< 10 s",
                        value_below(10.0), f"{found['found']:,} pairs; floor: fetch the rows"))  # fmt: skip
        self.add(Figure(f"duplicates, {who}: peak memory", found["peak_mb"], floor["peak_mb"], "MB",
                        "< 300 MB", value_below(300.0), "floor: a process fetching the rows"))  # fmt: skip
        for kind in ("customers", "interactions", "vcard"):
            cost = valid_import_bench.import_cost(kind)
            what = f"valid {kind} file of {cost.megabytes:.0f} MB"
            floor, base = "floor: a process reading the file line by line", cost.floor_peak_mb
            self.add(Figure(f"import --dry-run, {what}: peak memory", cost.dry_peak_mb, base, "MB",
                            "< 300 MB", value_below(300.0), floor))  # fmt: skip
            self.add(Figure(f"import, {what}: peak memory", cost.peak_mb, base, "MB", "< 300 MB",
                            value_below(300.0), f"into an empty shop, one transaction; {floor}"))  # fmt: skip
            self.add(Figure(f"import --dry-run, {what}: time", cost.dry_seconds, cost.floor_seconds, "s",
                            note=floor))  # fmt: skip
            self.add(Figure(f"import, {what}: time", cost.seconds, cost.floor_seconds, "s", note=floor))

    # -- several writers at once (issue 18) ---------------------------------------------------------
    def load(self) -> None:
        target = load_bench.sqlite_target() if self.pg is None else self.pg.fresh("bench_load")
        times = load_bench.measure(target)
        who = f"{times.writers} writers x {times.contacts:,} contacts"
        ms = 1000
        if self.pg is None:
            budget, check = load_bench.SQLITE_BUDGET, None
        else:
            budget, check = load_bench.SERVER_BUDGET, value_below(load_bench.SERVER_P95_MS)
        alone = f"one writer alone: median {times.single_median * ms:.0f} ms"
        note = f"median {times.median * ms:.0f} ms ({alone}); {times.rate:.0f} contacts/s"
        note += "; floor: one writer alone"
        self.add(Figure(f"load: p95 of one 'log a contact', {who}", times.p95 * ms, times.single_p95 * ms,
                        "ms", budget, check, note))  # fmt: skip
        found = (
            "; ".join(times.problems)[:500]
            or "every contact, score and follow-up stored, every summary right"
        )
        self.add(Figure(f"load: errors, lost rows and wrong summaries, {who}", len(times.problems), None, "",
                        "none", value_below(1), found))  # fmt: skip

    # -- database size ---------------------------------------------------------------------------
    def size(self) -> None:
        shop = self.shop(self.plan.main)
        per = 1_000_000 / shop.contacts
        conn = _readonly(shop.path)
        try:
            marks = ", ".join("?" for _ in TABLES)
            sql = f"SELECT sum(pgsize) FROM dbstat WHERE name IN ({marks})"
            tables = conn.execute(sql, TABLES).fetchone()[0]
            search = conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search%'").fetchone()[0]
        finally:
            conn.close()
        size = shop.path.stat().st_size
        # Issue 16 aims at 1.8x of the rows; not met yet (see README, "Benchmarks"), so shown only.
        note = (f"floor: the tables' own rows, no index; search index {search * per / MB:.0f} MB; "
                "target 1.8x (issue 16), not met yet")  # fmt: skip
        self.add(Figure("database size per million contacts", size * per / MB, tables * per / MB, "MB",
                        note=note))  # fmt: skip

    # -- growth ----------------------------------------------------------------------------------
    def growth(self) -> None:
        first: dict[str, float] = {}
        for size in self.plan.growth:
            shop = self.shop(size)
            label = f"{shop.contacts:,} contacts"
            start = self.startup_times(size)
            search = self.search_times(size)
            month = self.month_times(size)
            for key, value, floor, unit, name in (
                ("startup", start.app, start.reference, "s", f"growth: start-up, {label}"),
                ("search", search.p95 * 1000, search.floor_p95 * 1000, "ms", f"growth: search p95, {label}"),
                ("month", month.seconds * 1000, month.floor * 1000, "ms", f"growth: month figures, {label}"),
            ):
                first.setdefault(key, value)
                smallest = size == self.plan.growth[0]
                note = "" if smallest else f"x{value / first[key]:.2f}"
                self.add(Figure(name, value, floor, unit, note=note))

    def run(self, only: list[str]) -> None:
        for name in SECTIONS:
            if only and name not in only:
                continue
            _say(f"{name}...")
            started = time.perf_counter()
            getattr(self, "import_csv" if name == "import" else name)()
            _say(f"  ({time.perf_counter() - started:.1f} s)")


def compile_bytecode() -> None:
    """Compile Carebook's modules to bytecode first, as ``pip install`` does for an installed app.

    Start-up must be timed as a user meets it: with ``PYTHONDONTWRITEBYTECODE`` set (as in some
    shells and CI), every module edited since its last ``.pyc`` would otherwise be compiled again on
    each start, a cost no installed copy of Carebook pays.
    """
    for package in ("carebook", "ui", "tests"):
        compileall.compile_dir(ROOT / package, quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small shop, in about a minute")
    parser.add_argument("--only", nargs="*", default=[], choices=SECTIONS, help="run only these sections")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--engine", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args()
    postgresql = args.engine == "postgresql"
    args.json = args.json or ROOT / "build" / ("bench-postgresql.json" if postgresql else "bench.json")
    args.only = args.only or (list(PG_SECTIONS) if postgresql else [])
    if postgresql and set(args.only) - set(PG_SECTIONS):
        parser.error(f"--engine postgresql measures only: {', '.join(PG_SECTIONS)}")
    os.environ.setdefault("CAREBOOK_DATA_DIR", str(WORK / "data"))
    (WORK / "data").mkdir(parents=True, exist_ok=True)
    plan = QUICK if args.quick else FULL
    compile_bytecode()
    bench = Bench(plan, args.engine)
    started = time.perf_counter()
    try:
        if not args.only or set(args.only) - NO_SHOP:
            for size in {plan.main, *plan.growth}:
                bench.shop(size)
        bench.run(args.only)
    finally:
        bench.cleanup()
    seconds = time.perf_counter() - started
    figures = bench.figures
    print(table_text(figures))
    missed = [f.name for f in figures if f.passed is False]
    verdict = f"{len(missed)} budget(s) missed: {'; '.join(missed)}" if missed else "every budget met"
    print(f"\n{len(figures)} figures in {seconds:.0f} s; {verdict}")
    shops = bench.shops.items()
    report: dict[str, Any] = {
        "mode": plan.name,
        "engine": args.engine,
        "seconds": round(seconds, 1),
        "machine": {
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "cpus": os.cpu_count(),
            "load": os.getloadavg(),
        },
        "shops": {size: {k: v for k, v in vars(shop).items() if k != "path"} for size, shop in shops},
        "figures": [f.as_json() for f in figures],
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=1) + "\n")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
