"""Two processes write to one SQLite file at once; nobody sees "database is locked", nothing is lost.

- ``two_writers``: two service writers each log ``count`` contacts, one per transaction.
- ``cli_import_vs_writer``: ``carebook import interactions`` of ``count`` rows (one long transaction)
  while a service writer logs ``count`` contacts.
Each returns a ``GroupResult`` (tried = writers started, survived = writers that finished cleanly).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.reliability.crash_harness import DRIVER, GroupResult, _env
from tests.reliability.driver import write_import_csv

ROOT = Path(__file__).resolve().parents[2]


def _init(db: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "carebook.cli", "--db", str(db), "init"],
        check=True, capture_output=True, cwd=ROOT, env=_env(db.parent),
    )


def _writer(db: Path, tag: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(DRIVER), str(db), "contacts", "--count", str(count), "--tag", tag],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(db.parent),
    )


def _count(db: Path, pattern: str) -> int:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        query = "SELECT count(*) FROM interaction WHERE summary LIKE ?"
        return int(conn.execute(query, (pattern,)).fetchone()[0])
    finally:
        conn.close()


def _finish(result: GroupResult, name: str, proc: subprocess.Popen[str], committed: int) -> list[str]:
    out, err = proc.communicate(timeout=600)
    result.tried += 1
    problems = []
    if proc.returncode != 0 or "locked" in (out + err).lower():
        problems.append(f"{name} failed (exit {proc.returncode}): {err.strip()[-300:]}")
    printed = sum(1 for line in out.splitlines() if line.startswith(("contact ", "import id:")))
    if printed < committed:
        problems.append(f"{name} reported {printed} of {committed} writes")
    if not problems:
        result.survived += 1
    result.problems.extend(problems)
    return problems


def two_writers(folder: Path, count: int = 1000) -> GroupResult:
    db = folder / "two-writers.sqlite3"
    _init(db)
    result = GroupResult("concurrency: 2 service writers")
    procs = [_writer(db, tag, count) for tag in ("a", "b")]
    for tag, proc in zip(("a", "b"), procs, strict=True):
        _finish(result, f"writer {tag}", proc, count)
    for tag in ("a", "b"):
        got = _count(db, f"c-{tag}-%")
        if got != count:
            result.lost += max(0, count - got)
            result.problems.append(f"writer {tag}: {got} of {count} contacts stored")
    return result


def cli_import_vs_writer(folder: Path, count: int = 1000) -> GroupResult:
    db = folder / "import-vs-writer.sqlite3"
    _init(db)
    csv_path = folder / "import.csv"
    write_import_csv(csv_path, count, "cli")
    result = GroupResult("concurrency: CLI import vs writer")
    writer = _writer(db, "w", count)
    importer = subprocess.Popen(
        [sys.executable, "-m", "carebook.cli", "--db", str(db), "import", "interactions", str(csv_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=_env(folder),
    )
    _finish(result, "service writer", writer, count)
    _finish(result, "CLI import", importer, 1)
    for pattern, want in (("c-w-%", count), ("cli-%", count)):
        got = _count(db, pattern)
        if got != want:
            result.lost += max(0, want - got)
            result.problems.append(f"{pattern}: {got} of {want} rows stored")
    return result


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for group in (two_writers(Path(tmp)), cli_import_vs_writer(Path(tmp))):
            print(group.group, group.tried, group.survived, group.lost, *group.problems[:5], sep="\n  ")
