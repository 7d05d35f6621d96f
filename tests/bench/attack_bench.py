"""Issue 15's size figures: vCard reading (a 4 MB photo, 100,000 cards) and ``duplicates`` on a shop of
100,000 customers all named "Customer N".

    python -m tests.bench.run --only attacks

The vCard files are written once under build/bench/. Each is read by ``vcard.prepare`` (read, unfold,
parse, the cards as customers rows; no database); the floor reads the same file and splits it into
lines, the least any reader does. ``duplicates`` runs in a fresh process on a database of 100,000
"Customer N" rows (inserted with ``executemany``; search index dropped, it plays no part), timed from the
call to the answer, with the process's peak memory; the floor is a process that opens the database and
fetches the same rows.
"""

from __future__ import annotations

import base64
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.bench.bigshop import CACHE
from tests.bench.common import median, run_child

CARDS = 100_000
PHOTO_BYTES = 4 * 1024 * 1024
CUSTOMERS = 100_000


def _folded(line: str) -> str:
    return "\r\n".join([line[:75]] + [" " + line[i : i + 74] for i in range(75, len(line), 74)])


def photo_file() -> Path:
    path = CACHE / "vcard-photo-4mb.vcf"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        photo = base64.b64encode(bytes(range(256)) * (PHOTO_BYTES * 3 // 4 // 256)).decode()
        text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kari Nordmann\r\nEMAIL:kari@example.com\r\n"
        text += _folded(f"PHOTO;ENCODING=b;TYPE=JPEG:{photo}") + "\r\nEND:VCARD\r\n"
        path.write_text(text, encoding="utf-8")
    return path


def cards_file() -> Path:
    path = CACHE / f"vcard-{CARDS}-cards.vcf"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        with partial.open("w", encoding="utf-8", newline="") as stream:
            for i in range(CARDS):
                stream.write(
                    f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kari Nordmann {i}\r\nN:Nordmann;Kari {i};;;\r\n"
                    f"ORG:Nordlys Kafé AS\r\nEMAIL;TYPE=INTERNET,PREF:kari{i}@example.com\r\n"
                    f"TEL;TYPE=CELL:+47 912 {i % 100:02d} {i % 1000:03d}\r\n"
                    f"ADR;TYPE=HOME:;;Storgata {i % 200}\\, oppgang B;Oslo;;0150;Norge\r\n"
                    f"NOTE:Customer since 2019\\nlikes green tea\r\nCATEGORIES:VIP,Wholesale\r\nEND:VCARD\r\n"
                )
        partial.rename(path)
    return path


@dataclass(frozen=True)
class ReadTimes:
    seconds: float
    floor: float
    cards: int
    megabytes: float


def read_times(path: Path, runs: int) -> ReadTimes:
    from carebook.exchange import vcard

    seconds, floors, cards = [], [], 0
    for _ in range(runs):
        start = time.perf_counter()
        cards = len(vcard.prepare(path).cards)
        seconds.append(time.perf_counter() - start)
        start = time.perf_counter()
        path.read_bytes().decode("utf-8").splitlines()
        floors.append(time.perf_counter() - start)
    return ReadTimes(median(seconds), median(floors), cards, path.stat().st_size / 1024 / 1024)


def duplicates_db() -> Path:
    path = CACHE / f"customer-n-{CUSTOMERS}.sqlite3"
    if path.exists():
        return path
    from carebook.db import database
    from carebook.services import search_index
    from carebook.shop import close_shop, open_shop

    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    open_shop(partial)
    try:
        with database.atomic():
            search_index.drop(database.obj)
        now = "2026-01-01 09:00:00"
        rows = [(f"Customer {n}", f"customer {n}", now, now) for n in range(1, CUSTOMERS + 1)]
        with database.atomic():
            database.connection().executemany(
                "INSERT INTO customer (name, name_key, company, email, phone, phone_e164, address, "
                "preferred_channel, notes, consent_marketing, created_at, updated_at, open_followups, "
                "open_contacts, last_score_kind) "
                "VALUES (?, ?, '', '', '', '', '', '', '', 0, ?, ?, 0, 0, '')",
                rows,
            )
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        close_shop()
    partial.rename(path)
    return path


PROBE = """
import json, sys, time
from carebook.db import database
from carebook.shop import close_shop, open_shop
from tests.bench.startup_probe import peak_mb
open_shop(sys.argv[1])
start = time.perf_counter()
if sys.argv[2] == "floor":
    rows = database.execute_sql(
        "SELECT id, name, name_key, company, email, phone, phone_e164 FROM customer "
        "WHERE deleted_at IS NULL AND erased_at IS NULL").fetchall()
    found = len(rows)
else:
    from carebook.services.duplicates import find_duplicates
    found = len(find_duplicates())
seconds = time.perf_counter() - start
close_shop()
print(json.dumps({"seconds": seconds, "peak_mb": round(peak_mb(), 1), "found": found}))
"""


def duplicates_figures() -> tuple[dict[str, float], dict[str, float]]:
    """(duplicates, floor) with seconds, peak_mb and found (pairs; rows for the floor), fresh processes."""
    db = str(duplicates_db())
    return run_child(["-c", PROBE, db, "find"]), run_child(["-c", PROBE, db, "floor"])


if __name__ == "__main__":
    print(read_times(photo_file(), 3))
    print(read_times(cards_file(), 1))
    print(json.dumps(duplicates_figures()), file=sys.stdout)
