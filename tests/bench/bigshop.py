"""The benchmark shops: demo data of a given size, generated once in bulk and cached under build/bench/.

    python -m tests.bench.bigshop [--size 1m|100k|10k|quick|all] [--rebuild]

Each shop is ``carebook.demo.generate`` (the distributions of ``carebook demo``: 24 months of contacts,
scores and follow-ups ending today) written the fast way:

- the search index (its triggers fold text in SQL, row by row) and the secondary indexes of the contact,
  score and follow-up tables are dropped first; rows go in with ``executemany`` in one transaction on a
  connection with a big page cache and no journal (a half-built file is never used: it is renamed
  into place only when complete);
- the indexes are created again from their own SQL, the search index is rebuilt with
  ``search_index.create`` + ``fill`` (bulk ``INSERT ... SELECT`` and FTS5's ``rebuild``), then
  ``customer_stats.refresh_all``.

``demo.generate`` makes about 22 follow-ups and 33 scores per 100 contacts; the shop of the issue has 10
and 20, so follow-ups and scores are thinned uniformly (by a hash of the id, so the same ones go every
time) to the target counts. The file name holds ``GENERATOR_VERSION`` and the schema version, so a
change to either builds a new file; a shop whose data ended more than ``MAX_AGE_DAYS`` ago is rebuilt,
so "today" stays today. Benchmarks only read these files; anything that writes works on a copy.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from unittest import mock

GENERATOR_VERSION = 1
MONTHS = 24
SEED = 6
MAX_AGE_DAYS = 30
ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "bench"
# demo.generate gives about 10 contacts per customer over 24 months at this rate per customer-month
_PER_MONTH_FOR_TEN = 0.0545
_INDEXED_TABLES = ("interaction", "feedback", "followup", "customer_tag")
_BUILD_PRAGMAS = (
    "PRAGMA journal_mode = OFF",
    "PRAGMA synchronous = OFF",
    "PRAGMA cache_size = -400000",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = OFF",
)


@dataclass(frozen=True)
class ShopSize:
    name: str
    customers: int
    contacts: int  # aimed at; the Poisson draws land within about 1%
    followups: int
    scores: int


SIZES: dict[str, ShopSize] = {
    "1m": ShopSize("1m", 100_000, 1_000_000, 100_000, 200_000),
    "100k": ShopSize("100k", 10_000, 100_000, 10_000, 20_000),
    "10k": ShopSize("10k", 1_000, 10_000, 1_000, 2_000),
    "quick": ShopSize("quick", 5_000, 50_000, 5_000, 10_000),
}


@dataclass(frozen=True)
class Shop:
    """A built shop: its file and what is in it."""

    path: Path
    size: str
    customers: int
    contacts: int
    followups: int
    scores: int
    staff: list[str]
    end: str  # the last day of data (ISO)
    busiest_month: str  # YYYY-MM with the most contacts
    busiest_contacts: int
    build_seconds: float
    generator_version: int = GENERATOR_VERSION

    @property
    def owner(self) -> str:
        return self.staff[0]


def _schema_version() -> int:
    from carebook import migrations

    return migrations.latest_version()


def shop_path(size: ShopSize) -> Path:
    return CACHE / f"bigshop-v{GENERATOR_VERSION}-s{_schema_version()}-{size.name}.sqlite3"


def _meta_path(path: Path) -> Path:
    return path.with_suffix(".json")


def cached(size: ShopSize) -> Shop | None:
    """The cached shop of this size, or None when it is missing, stale or from another generator."""
    path = shop_path(size)
    meta = _meta_path(path)
    if not path.exists() or not meta.exists():
        return None
    try:
        data = json.loads(meta.read_text())
        shop = Shop(**{**data, "path": path})
    except (ValueError, TypeError):
        return None
    if shop.generator_version != GENERATOR_VERSION:
        return None
    if (date.today() - date.fromisoformat(shop.end)).days > MAX_AGE_DAYS:
        return None
    return shop


def get(size_name: str, *, rebuild: bool = False, log: bool = True) -> Shop:
    """The shop of this size, built first if it is not cached."""
    size = SIZES[size_name]
    shop = None if rebuild else cached(size)
    if shop is None:
        if log:
            what = f"{size.customers:,} customers, ~{size.contacts:,} contacts"
            print(f"building the {size.name} shop ({what})...", file=sys.stderr, flush=True)
        shop = build(size)
        if log:
            print(f"  built in {shop.build_seconds:.1f} s: {shop.path.name}", file=sys.stderr, flush=True)
    return shop


def _thin(table: str, keep: int) -> None:
    """Delete rows of ``table`` so that ``keep`` remain, chosen by a hash of the id (uniform, repeatable)."""
    from carebook.db import database

    total = int(database.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0])
    if total <= keep:
        return
    database.execute_sql(
        f"DELETE FROM {table} WHERE id NOT IN "
        f"(SELECT id FROM {table} ORDER BY (id * 2654435761) % 4294967291, id LIMIT ?)",
        (keep,),
    )


def _busiest() -> tuple[str, int]:
    """The local month with the most contacts (by UTC text month: close enough to pick it)."""
    from carebook.db import database

    row = database.execute_sql(
        "SELECT substr(occurred_at, 1, 7) AS m, count(*) AS n FROM interaction "
        "GROUP BY m ORDER BY n DESC LIMIT 1"
    ).fetchone()
    return str(row[0]), int(row[1])


def _generate(size: ShopSize, end: date) -> tuple[list[str], float]:
    """Fill the open database; returns the staff names and the seconds taken."""
    from carebook import demo, settings
    from carebook.db import atomic, database
    from carebook.services import customer_stats, search_index

    started = time.perf_counter()
    settings.update(shop_name="Benchmark Shop", phone_region="GB", time_zone="Europe/London")
    db = database.obj
    for pragma in _BUILD_PRAGMAS:
        db.execute_sql(pragma)
    with atomic():
        search_index.drop(db)
        indexes = db.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
            f"({', '.join('?' for _ in _INDEXED_TABLES)})",
            _INDEXED_TABLES,
        ).fetchall()
        for name, _sql in indexes:
            db.execute_sql(f'DROP INDEX "{name}"')
    per_month = _PER_MONTH_FOR_TEN * size.contacts / size.customers
    # refresh_all is run once at the end, with the indexes back (without them it would scan per customer)
    with mock.patch.object(customer_stats, "refresh_all", lambda: None):
        demo.generate(size.customers, MONTHS, SEED, end=end, contacts_per_customer_month=per_month)
    with atomic():
        for _name, sql in indexes:
            db.execute_sql(sql)
        _thin("followup", size.followups)
        _thin("feedback", size.scores)
        customer_stats.refresh_all()
        search_index.create(db)
        search_index.fill(db)
    staff = [name for (name,) in db.execute_sql("SELECT name FROM staff WHERE active ORDER BY id")]
    return staff, time.perf_counter() - started


def build(size: ShopSize) -> Shop:
    """Generate the shop into a temporary file, then move it into the cache."""
    from carebook.db import database
    from carebook.shop import close_shop, open_shop

    CACHE.mkdir(parents=True, exist_ok=True)
    path = shop_path(size)
    building = path.with_name(path.name + ".building")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    end = date.today()
    os.environ.setdefault("CAREBOOK_DATA_DIR", str(CACHE / "data"))
    (CACHE / "data").mkdir(exist_ok=True)
    open_shop(building)
    try:
        staff, seconds = _generate(size, end)
        month, busiest = _busiest()
        counts = {
            table: int(database.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("customer", "interaction", "followup", "feedback")
        }
        database.execute_sql("PRAGMA journal_mode = WAL")
    finally:
        close_shop()
    path.unlink(missing_ok=True)
    shutil.move(building, path)
    for stale in CACHE.glob(f"bigshop-v*-s*-{size.name}.*"):  # other generator or schema versions
        if stale.name.split(".")[0] != path.stem:
            stale.unlink(missing_ok=True)
    shop = Shop(
        path=path,
        size=size.name,
        customers=counts["customer"],
        contacts=counts["interaction"],
        followups=counts["followup"],
        scores=counts["feedback"],
        staff=staff,
        end=end.isoformat(),
        busiest_month=month,
        busiest_contacts=busiest,
        build_seconds=round(seconds, 1),
    )
    meta = {key: value for key, value in asdict(shop).items() if key != "path"}
    _meta_path(path).write_text(json.dumps(meta, indent=1) + "\n")
    return shop


def copy_of(shop: Shop, folder: Path) -> Path:
    """A private copy of the shop's file, for benchmarks that write."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / shop.path.name
    shutil.copyfile(shop.path, target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1m", choices=[*SIZES, "all"])
    parser.add_argument("--rebuild", action="store_true", help="build even when a cached file is there")
    args = parser.parse_args()
    for name in SIZES if args.size == "all" else [args.size]:
        shop = get(name, rebuild=args.rebuild)
        print(
            f"{shop.size}: {shop.customers:,} customers, {shop.contacts:,} contacts, {shop.followups:,} "
            f"follow-ups, {shop.scores:,} scores; busiest month {shop.busiest_month} "
            f"({shop.busiest_contacts:,}); built in {shop.build_seconds} s -> {shop.path}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
