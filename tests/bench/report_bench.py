"""The monthly PDF: time and peak memory for the shop's busiest month beside a month of 1,000 contacts.

Each PDF is built by a fresh Python process (``_CHILD``, as in ``tests.core.reports.measure``), whose
peak resident memory is the figure: ``VmHWM``, since ``ru_maxrss`` would carry over the memory of this
(big) benchmark process. The month of 1,000 contacts is ``measure.make_db``'s, cached here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.bench.bigshop import CACHE, _schema_version
from tests.bench.common import WORK, run_child

SMALL_CONTACTS = 1000


def small_month_db() -> tuple[Path, str]:
    """The database with one month of 1,000 contacts (built once), and that month."""
    from tests.core.reports import measure

    path = CACHE / f"report-small-s{_schema_version()}-{SMALL_CONTACTS}.sqlite3"
    if not path.exists():
        import os

        CACHE.mkdir(parents=True, exist_ok=True)
        building = path.with_name(path.name + ".building")
        building.unlink(missing_ok=True)
        os.environ.setdefault("CAREBOOK_DATA_DIR", str(CACHE / "data"))
        measure.make_db(building, SMALL_CONTACTS)
        building.rename(path)
        for stale in CACHE.glob(f"report-small-s*-{SMALL_CONTACTS}.sqlite3"):  # other schema versions
            if stale != path:
                stale.unlink(missing_ok=True)
    return path, measure.MONTH


_CHILD = r"""
import json, re, sys, time
from pathlib import Path
from carebook.clock import Month
from carebook.shop import close_shop, open_shop
import carebook.reports as reports
from tests.bench.startup_probe import peak_mb
open_shop(sys.argv[1])
start = time.perf_counter()
output = reports.build_monthly_report(Month.parse(sys.argv[2]), Path(sys.argv[3]))
seconds = time.perf_counter() - start
peak = peak_mb()
close_shop()
pages = len(re.findall(rb"/Type /Page[^s]", output.read_bytes()))
print(json.dumps({"seconds": round(seconds, 2), "peak_mb": round(peak, 1), "pages": pages,
                  "pdf_mb": round(output.stat().st_size / 1e6, 2)}))
"""


def build_pdf(db: Path, month: str, name: str) -> dict[str, Any]:
    """Seconds, peak MB, pages and PDF MB of one month's report, built in a fresh process."""
    WORK.mkdir(parents=True, exist_ok=True)
    output = WORK / f"report-{name}.pdf"
    try:
        return run_child(["-c", _CHILD, str(db), month, str(output)])
    finally:
        output.unlink(missing_ok=True)
