"""Kill a writing Carebook process with SIGKILL at random moments; after each kill check that nothing
committed was lost and nothing was half-applied.

``run(rounds, folder, seed)`` returns a list of ``GroupResult`` (one per mode: contacts, import, merge).
After every kill: the database opens with Carebook, ``PRAGMA integrity_check`` is ok, every id the
process printed as committed is present, and every import batch exists iff all of its rows exist (and no
rows of an unrecorded import exist); every merge record's other customer is gone and its contacts moved.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

DRIVER = Path(__file__).with_name("driver.py")
IMPORT_ROWS = 2000
MODES = ("contacts", "import", "merge")


@dataclass
class GroupResult:
    group: str
    tried: int = 0
    survived: int = 0
    lost: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass
class _Committed:
    contacts: set[int] = field(default_factory=set)
    imports: dict[int, str] = field(default_factory=dict)  # batch id -> row label prefix
    merges: dict[int, tuple[int, int]] = field(default_factory=dict)


def _env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["CAREBOOK_DATA_DIR"] = str(folder)
    env.pop("CAREBOOK_DB", None)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _reader(stream: object, lines: list[str], first: threading.Event) -> None:
    for line in stream:  # type: ignore[attr-defined]
        lines.append(line.strip())
        first.set()
    first.set()


def kill_once(db: Path, mode: str, tag: str, rng: random.Random) -> tuple[list[str], int, str]:
    """Start a driver, SIGKILL it at a random moment after it is ready; return its printed lines."""
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), str(db), mode, "--tag", tag, "--rows", str(IMPORT_ROWS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(db.parent),
    )
    lines: list[str] = []
    ready = threading.Event()
    reader = threading.Thread(target=_reader, args=(proc.stdout, lines, ready), daemon=True)
    reader.start()
    # Most kills land while writing; a few while the process is still opening the database.
    if rng.random() < 0.1:
        time.sleep(rng.uniform(0.0, 0.6))
    else:
        ready.wait(timeout=30)
        time.sleep(rng.uniform(0.0, 1.2 if mode != "import" else 2.0))
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    reader.join(timeout=30)
    stderr = proc.stderr.read() if proc.stderr else ""
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()
    return lines, proc.returncode, stderr


def _record(committed: _Committed, lines: list[str], tag: str) -> None:
    for line in lines:
        parts = line.split()
        if not parts or parts[0] == "ready":
            continue
        if parts[0] == "contact":
            committed.contacts.add(int(parts[1]))
        elif parts[0] == "import":
            committed.imports[int(parts[1])] = f"imp-{tag}-{parts[2]}-"
        elif parts[0] == "merge":
            committed.merges[int(parts[1])] = (int(parts[2]), int(parts[3]))


def verify(db: Path, committed: _Committed) -> tuple[int, list[str]]:
    """Open the database as Carebook does and check it; return (records lost, problems)."""
    from carebook.db import database
    from carebook.shop import close_shop, open_shop

    problems: list[str] = []
    lost = 0
    try:
        open_shop(db)
    except Exception as error:
        return len(committed.contacts), [f"database did not open: {error}"]
    try:
        sql = database.execute_sql
        integrity = [row[0] for row in sql("PRAGMA integrity_check").fetchall()]
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {integrity[:3]}")
        fts = sql("INSERT INTO search_customer(search_customer) VALUES('integrity-check')")
        del fts
        present = {row[0] for row in sql("SELECT id FROM interaction").fetchall()}
        missing = committed.contacts - present
        if missing:
            lost += len(missing)
            problems.append(f"{len(missing)} committed contacts missing, e.g. {sorted(missing)[:5]}")
        batches = {
            row[0]: (row[1], row[2])
            for row in sql("SELECT id, file_name, created_rows FROM import_batch WHERE kind='interactions'")
        }
        for batch_id in committed.imports:
            if batch_id not in batches:
                lost += IMPORT_ROWS
                problems.append(f"committed import {batch_id} missing")
        # All-or-nothing: each file's rows exist in full with its batch, or not at all without it.
        counts: dict[str, int] = {}
        for (summary,) in sql("SELECT summary FROM interaction WHERE summary LIKE 'imp-%'"):
            label = summary.rsplit("-", 1)[0]
            counts[label] = counts.get(label, 0) + 1
        recorded = {Path(name).stem for name, _ in batches.values()}
        for label, count in counts.items():
            if count != IMPORT_ROWS or label not in recorded:
                problems.append(f"import {label} half-applied: {count} rows, recorded: {label in recorded}")
        for label in recorded - set(counts):
            if label.startswith("imp-"):
                problems.append(f"import batch {label} recorded without its rows")
        records = {row[0]: (row[1], row[2]) for row in sql("SELECT id, keep_id, other_id FROM merge_record")}
        for merge_id, pair in committed.merges.items():
            if records.get(merge_id) != pair:
                lost += 1
                problems.append(f"committed merge {merge_id} missing")
        problems.extend(_merge_problems(sql, {keep for keep, _ in records.values()}))
    finally:
        close_shop()
    return lost, problems


def _merge_problems(sql: object, merged_keeps: set[int]) -> list[str]:
    """Customer ids are reused after a merge deletes one, so check by the contacts' own markers: the
    other side's contact ``mo-T-N`` sits on the keeper iff a merge record names that keeper."""
    problems = []
    rows = sql(  # type: ignore[operator]
        "SELECT i.summary, i.customer_id, c.email FROM interaction i JOIN customer c ON c.id = i.customer_id "
        "WHERE i.summary LIKE 'mo-%'"
    ).fetchall()
    keepers = {
        row[0].lower(): row[1]
        for row in sql("SELECT email, id FROM customer WHERE email LIKE 'keep.%'").fetchall()  # type: ignore[operator]
    }
    for summary, _customer_id, email in rows:
        marker = summary[3:]
        keeper = keepers.get(f"keep.{marker}@example.com".replace("-", "."))
        on_keeper = email.startswith("keep.")
        if on_keeper != (keeper in merged_keeps):
            problems.append(f"merge of {marker} half-applied (contact on keeper: {on_keeper})")
    return problems


def run(rounds: int, folder: Path, seed: int = 7, modes: tuple[str, ...] = MODES) -> list[GroupResult]:
    """``rounds`` kills spread over ``modes`` on one growing database in ``folder``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "crash.sqlite3"
    committed = _Committed()
    results = {mode: GroupResult(f"crash: {mode}") for mode in modes}
    for index in range(rounds):
        mode = modes[index % len(modes)]
        tag = str(index)
        lines, code, stderr = kill_once(db, mode, tag, rng)
        result = results[mode]
        result.tried += 1
        _record(committed, lines, tag)
        lost, problems = verify(db, committed)
        if code != -signal.SIGKILL:
            problems.append(f"driver ended by itself (code {code}): {stderr.strip()[-300:]}")
        result.lost += lost
        if problems:
            result.problems.extend(f"round {index}: {p}" for p in problems)
        else:
            result.survived += 1
    return list(results.values())


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for group in run(int(sys.argv[1]) if len(sys.argv) > 1 else 9, Path(tmp)):
            print(group.group, group.tried, group.survived, group.lost, *group.problems[:5], sep="\n  ")
