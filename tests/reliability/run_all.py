"""`make reliability`: the whole campaign, then a table of case groups, tried, survived, records lost.

Exit status 1 when any case did not survive or any record was lost. ``--kills N`` sets the crash rounds
(default 120, at least 100 for the campaign).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.reliability import concurrency, crash_harness, hostile  # noqa: E402
from tests.reliability.crash_harness import GroupResult  # noqa: E402

PYTEST_GROUPS = (
    ("clean shutdown, storage faults, permissions", "tests/core/test_reliability_storage.py"),
    ("migrations from every schema version", "tests/core/test_reliability_migrations.py"),
    ("hostile vCard import", "tests/core/test_reliability_vcard.py"),
    ("personal-data exports of hostile names", "tests/core/test_reliability_exports.py"),
    ("overwrite and file-write attacks", "tests/core/test_attacks_files.py"),
    ("restore, foreign files, settings attacks", "tests/core/test_attacks_restore.py"),
    ("value and argument attacks", "tests/core/test_attacks_values.py"),
    ("size and charset attacks", "tests/core/test_attacks_sizes.py"),
)
# Run with Qt (offscreen) and pytest-qt.
UI_GROUPS = (("app close path: checkpoint, no -wal left", "tests/ui/test_reliability_close.py"),)


def _pytest_group(name: str, target: str, ui: bool = False) -> GroupResult:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen") if ui else dict(os.environ, CAREBOOK_BLOCK_QT="1")
    plugins = [] if ui else ["-p", "no:pytest-qt"]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", target, "-q", *plugins, "-rA", "--no-header"],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    lines = done.stdout.splitlines()
    passed = sum(1 for line in lines if line.startswith("PASSED"))
    # "FAILED tests/x.py::name" or "ERROR tests/x.py" (a captured log line may also start with ERROR)
    failed = [line for line in lines if line.startswith(("FAILED tests/", "ERROR tests/"))]
    if done.returncode != 0 and not failed:  # e.g. the file did not import: never a silent pass
        tail = (done.stdout + done.stderr).strip().splitlines()[-1:] or ["pytest failed"]
        failed = [f"ERROR {target}: exit {done.returncode}: {tail[0]}"]
    return GroupResult(name, passed + len(failed), passed, 0, failed)


def table(groups: list[GroupResult]) -> str:
    head = ("case group", "tried", "survived", "records lost")
    rows = [(g.group, str(g.tried), str(g.survived), str(g.lost)) for g in groups]
    total = ("TOTAL", *(str(sum(int(r[i]) for r in rows)) for i in (1, 2, 3)))
    width = [max(len(r[i]) for r in [head, *rows, total]) for i in range(4)]
    line = lambda r: "  ".join(c.ljust(width[0]) if i == 0 else c.rjust(width[i]) for i, c in enumerate(r))  # noqa: E731
    rule = "-" * len(line(head))
    return "\n".join([line(head), rule, *map(line, rows), rule, line(total)])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=120)
    args = parser.parse_args()
    groups: list[GroupResult] = []
    with tempfile.TemporaryDirectory(prefix="carebook-reliability-") as tmp:
        folder = Path(tmp)
        os.environ["CAREBOOK_DATA_DIR"] = str(folder)
        os.environ.pop("CAREBOOK_DB", None)
        print(f"crash: {args.kills} SIGKILLs ...", flush=True)
        groups += crash_harness.run(args.kills, folder / "crash")
        print("concurrency: 2 x 1,000 contacts ...", flush=True)
        (folder / "conc").mkdir()
        groups.append(concurrency.two_writers(folder / "conc"))
        groups.append(concurrency.cli_import_vs_writer(folder / "conc"))
        print("hostile input ...", flush=True)
        (folder / "hostile").mkdir()
        tried, ok, problems = hostile.run(folder / "hostile")
        groups.append(GroupResult("hostile input (services, CLI/CSV, export, PDF)", tried, ok, 0, problems))
    for name, target in PYTEST_GROUPS:
        print(f"{name} ...", flush=True)
        groups.append(_pytest_group(name, target))
    for name, target in UI_GROUPS:
        print(f"{name} ...", flush=True)
        groups.append(_pytest_group(name, target, ui=True))
    print()
    print(table(groups))
    bad = [g for g in groups if g.survived != g.tried or g.lost]
    for group in bad:
        print(f"\n{group.group}:", *group.problems[:20], sep="\n  ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
