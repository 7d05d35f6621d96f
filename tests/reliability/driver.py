"""A writing Carebook process for the crash and concurrency harnesses.

Run as ``python tests/reliability/driver.py DB MODE [--count N] [--rows N] [--tag T]``. Every write goes
through the services (Carebook's own connection), and each committed write is printed on its own line,
flushed, only after its transaction has committed:

- ``contacts``: log contacts one per transaction -> ``contact <id>``
- ``import``: write a CSV of ``--rows`` interactions, each summary ``imp-<tag>-<k>-<row>``, import it in
  one transaction -> ``import <batch id> <k>``; repeated ``--count`` times (0 = forever)
- ``merge``: create two customers with a contact each, merge them -> ``merge <id> <keep> <other>``
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

IMPORT_EMAIL = "crash.import@example.com"


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _customer(name: str, email: str) -> int:
    from carebook.services import customers

    found = customers.find_by_email(email)
    if found is not None:
        return found.id
    return customers.create(name, email=email).row.id


def run_contacts(count: int, tag: str) -> None:
    from carebook.services import interactions

    customer_id = _customer(f"Writer {tag}", f"writer.{tag}@example.com")
    seq = 0
    while count == 0 or seq < count:
        seq += 1
        row = interactions.log(customer_id, channel="phone", summary=f"c-{tag}-{seq}")
        _say(f"contact {row.id}")


def write_import_csv(path: Path, rows: int, label: str) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["occurred_at", "customer", "customer_email", "channel", "reason", "summary"])
        for row in range(rows):
            minute = row % 60
            when = f"2025-03-01 10:{minute:02d}"
            out.writerow([when, "Crash Import", IMPORT_EMAIL, "email", "inquiry", f"{label}-{row}"])


def run_imports(count: int, rows: int, tag: str, folder: Path) -> None:
    from carebook.exchange.importer import import_csv

    k = 0
    while count == 0 or k < count:
        k += 1
        path = folder / f"imp-{tag}-{k}.csv"
        write_import_csv(path, rows, f"imp-{tag}-{k}")
        result = import_csv("interactions", path)
        _say(f"import {result.batch_id} {k}")


def run_merges(count: int, tag: str) -> None:
    from carebook.services import customers, interactions, merge

    seq = 0
    while count == 0 or seq < count:
        seq += 1
        keep = customers.create(f"Keep {tag} {seq}", email=f"keep.{tag}.{seq}@example.com").row.id
        other = customers.create(f"Other {tag} {seq}", phone="+44 20 7946 0000").row.id
        interactions.log(keep, channel="phone", summary=f"mk-{tag}-{seq}")
        interactions.log(other, channel="email", summary=f"mo-{tag}-{seq}")
        result = merge.merge(keep, other)
        _say(f"merge {result.merge_id} {keep} {other}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("mode", choices=("contacts", "import", "merge"))
    parser.add_argument("--count", type=int, default=0)
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--tag", default="0")
    args = parser.parse_args(argv)

    from carebook.shop import close_shop, open_shop

    open_shop(args.db)
    _say("ready")
    try:
        if args.mode == "contacts":
            run_contacts(args.count, args.tag)
        elif args.mode == "import":
            run_imports(args.count, args.rows, args.tag, Path(args.db).parent)
        else:
            run_merges(args.count, args.tag)
    finally:
        close_shop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
