"""Time and peak memory of the monthly PDF for a small and a busy month (for ``make bench``).

    python -m tests.core.reports.measure [--small 1000] [--big 85000] [--keep DIR]

Each month is built in a throwaway database by a fresh Python process, whose peak resident memory
(``ru_maxrss``) is reported with the build time, the page count and the file size. The appendix
streams, so the busy month's peak should stay within 1.5 times the small month's.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from carebook.clock import Month
from carebook.shop import close_shop, open_shop
import carebook.reports as reports
open_shop(sys.argv[1])
start = time.perf_counter()
output = reports.build_monthly_report(Month.parse(sys.argv[2]), Path(sys.argv[3]))
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
close_shop()
import re
pages = len(re.findall(rb"/Type /Page[^s]", output.read_bytes()))
print(json.dumps({"seconds": round(seconds, 2), "peak_mb": round(peak, 1), "pages": pages,
                  "pdf_mb": round(output.stat().st_size / 1e6, 2)}))
"""

MONTH = "2025-03"


def make_db(path: Path, contacts: int) -> None:
    from carebook import settings
    from carebook.clock import Month
    from carebook.shop import close_shop, open_shop
    from tests.core.reports import seed

    open_shop(path)
    try:
        settings.update(shop_name="Benchmark Shop", phone_region="GB")
        ids = seed.customers([f"Customer {n}" for n in range(2000)], seed.datetime(2024, 1, 1, 9))
        staff = seed.staff_members()
        seed.month_of_contacts(Month.parse(MONTH), contacts, ids, staff, followups=200)
    finally:
        close_shop()


def measure(folder: Path, contacts: int) -> dict[str, float]:
    db = folder / f"bench-{contacts}.sqlite3"
    if not db.exists():
        make_db(db, contacts)
    pdf = folder / f"report-{contacts}.pdf"
    env = {**os.environ, "CAREBOOK_DATA_DIR": str(folder), "PYTHONPATH": os.getcwd()}
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(db), MONTH, str(pdf)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    figures["contacts"] = contacts
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--big", type=int, default=85000)
    parser.add_argument("--keep", type=Path, help="folder for the databases and PDFs (kept)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        os.environ["CAREBOOK_DATA_DIR"] = str(folder)
        small = measure(folder, args.small)
        big = measure(folder, args.big)
    ratio = big["peak_mb"] / small["peak_mb"]
    for row in (small, big):
        print(
            f"report, {row['contacts']:>7,} contacts: {row['seconds']:7.2f} s, "
            f"peak {row['peak_mb']:6.1f} MB, {row['pages']:,} pages, {row['pdf_mb']} MB PDF"
        )
    print(f"peak memory ratio (big / small): {ratio:.2f} (budget 1.5)")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
