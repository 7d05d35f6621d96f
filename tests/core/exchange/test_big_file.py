"""A 50 MB customers file (made here, never committed) is checked in one go without memory blow-up."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SIZE = 50 * 1024 * 1024
_WORDS = ("tea", "cake", "order", "refund", "parcel", "blue", "teapot", "saucer", "invoice", "kind", "happy")

# Runs the CLI in a child process and reports the child's own peak memory.
_MEASURE = """
import json, resource, sys
from carebook.cli import main
code = main(sys.argv[1:])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)
print(json.dumps({"code": code, "peak": peak}), file=sys.stderr)
"""


def _write_big_file(path: Path) -> int:
    rng = random.Random(50)
    rows = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("\ufeffname,company,email,phone,tags,notes\r\n")
        written = 0
        while written < SIZE:
            note = " ".join(rng.choice(_WORDS) for _ in range(60))
            line = (
                f'Customer {rows},"Firm {rows % 700}, Ltd",c{rows}@example.com,020 7946 {rows % 10000:04d},'
                f'vip;regular,"{note}, Ødegård €"\r\n'
            )
            handle.write(line)
            written += len(line.encode("utf-8"))
            rows += 1
    return rows


@pytest.mark.slow
def test_a_fifty_megabyte_file_is_checked_without_memory_blow_up(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    rows = _write_big_file(big)
    size = big.stat().st_size
    assert size >= SIZE
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    started = time.perf_counter()
    argv = ["--db", str(tmp_path / "shop.sqlite3"), "import", "customers", str(big), "--dry-run"]
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    elapsed = time.perf_counter() - started
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["code"] == 0, done.stderr
    assert done.stdout.splitlines()[-2:] == [
        f"big.csv: {rows:,} customers rows; {rows:,} would be created, 0 updated, 0 unchanged, new tags: 2.",
        "dry run: nothing written",
    ]
    # Linear in the file: its text (two bytes a character here, for the €), the rows' cells and the
    # checked values, plus the interpreter: about 5.5 times the file. A second copy of the text (as
    # io.StringIO makes, at four bytes a character) would pass 8 times.
    assert report["peak"] < 8 * size, f"peak {report['peak'] / 2**20:.0f} MB for a {size / 2**20:.0f} MB file"
    assert elapsed < 120
