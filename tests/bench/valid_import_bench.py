"""Issue 15's memory figure for VALID files at the size limit: a customers CSV (every column), an
interactions CSV and a vCard file of about 200 MB each, imported by ``carebook import`` in a fresh
process (a dry run, then the real import into an empty database), with the process's peak memory
(``VmHWM``) and the time taken.

    python -m tests.bench.run --only attacks
    python -m tests.bench.valid_import_bench [MEGABYTES]   # the figures alone

The files are written once under build/bench/ (``MEGABYTES`` each, 195 by default: just under the
200 MB limit). The floor is a process that reads the same file and splits it into lines.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.bench.bigshop import CACHE
from tests.bench.common import run_child

MB = 1024 * 1024
SIZE_MB = 195  # under the 200 MB limit (``import_file.MAX_FILE_BYTES``)
VERSION = 2  # 2: customers files and cards carry a birthday
_NOTE = (
    "Prefers to be called in the morning; asked about the loyalty card and the spring catalogue. "
    "Ordered twice last year, once returned a jacket (wrong size)."
)
_CHANNELS = ("phone", "email", "chat", "in_person", "")
_TAGS = ("VIP", "Wholesale", "Newsletter", "Café", "Nordic", "Returns")
_STAFF = ("Ingrid", "Ola", "Mette", "Jonas")


def _customer_line(i: int) -> str:
    tags = f"{_TAGS[i % 6]};{_TAGS[(i // 6) % 6]}"
    return (
        f"Kari Nordmann {i},Nordlys Kafé AS {i % 977},kari.nordmann{i}@example.com,+47 912 {i % 100:02d} "
        f'{i % 1000:03d},"Storgata {i % 200}, oppgang B\n0150 Oslo",{_CHANNELS[i % 5]},{tags},'
        f'"{_NOTE} Visit {i}.",{"yes" if i % 3 else "no"},'
        f"2024-{1 + i % 12:02d}-{1 + i % 28:02d} 10:{i % 60:02d},{_birthday(i)}\n"
    )


def _birthday(i: int) -> str:
    return f"19{50 + i % 50}-{1 + i % 12:02d}-{1 + i % 28:02d}"


def _interaction_line(i: int) -> str:
    customer = i % 50_000
    day = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d} {8 + i % 10:02d}:{i % 60:02d}"
    return (
        f"{day},Customer {customer},customer{customer}@example.com,{_CHANNELS[i % 4]},inbound,inquiry,"
        f"Asked about order {i},Wanted to know when the parcel arrives; told them Tuesday.,"
        f"{_STAFF[i % 4]},resolved,yes,,{i % 30},{1 + i % 20}\n"
    )


def _card(i: int) -> str:
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kari Nordmann {i}\r\nN:Nordmann;Kari {i};;;\r\n"
        f"ORG:Nordlys Kafé AS\r\nEMAIL;TYPE=INTERNET,PREF:kari{i}@example.com\r\n"
        f"TEL;TYPE=CELL:+47 912 {i % 100:02d} {i % 1000:03d}\r\n"
        f"ADR;TYPE=HOME:;;Storgata {i % 200}\\, oppgang B;Oslo;;0150;Norge\r\n"
        f"NOTE:Customer since 2019\\nlikes green tea\r\nCATEGORIES:VIP,Wholesale\r\nBDAY:{_birthday(i)}\r\n"
        "END:VCARD\r\n"
    )


_HEADERS = {
    "customers": "name,company,email,phone,address,preferred_channel,tags,notes,consent_marketing,"
    "created_at,birthday\n",
    "interactions": "occurred_at,customer,customer_email,channel,direction,reason,summary,notes,staff,status,"
    "resolved_first_contact,resolved_at,waited_minutes,duration_minutes\n",
    "vcard": "",
}
_LINES = {"customers": _customer_line, "interactions": _interaction_line, "vcard": _card}
_SUFFIX = {"customers": "csv", "interactions": "csv", "vcard": "vcf"}


def valid_file(kind: str, megabytes: int = SIZE_MB, folder: Path = CACHE) -> Path:
    """A valid ``kind`` file (customers, interactions or vcard) of about ``megabytes`` MB, written once."""
    path = folder / f"valid-{kind}-v{VERSION}-{megabytes}mb.{_SUFFIX[kind]}"
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    line = _LINES[kind]
    limit = megabytes * MB
    with partial.open("w", encoding="utf-8", newline="") as stream:
        written = stream.write(_HEADERS[kind])
        i = 0
        while written < limit:
            chunk = "".join(line(n) for n in range(i, i + 1000))
            i += 1000
            written += len(chunk.encode("utf-8"))
            stream.write(chunk)
    partial.rename(path)
    return path


PROBE = """
import json, os, sys, time
from carebook.cli import main
from tests.bench.startup_probe import peak_mb
kind, path, db = sys.argv[1:4]
argv = ["--db", db, "import", kind, path, *sys.argv[4:]]
start = time.perf_counter()
if kind == "floor":
    rows = 0
    with open(path, encoding="utf-8", newline="") as stream:
        for _line in stream:
            rows += 1
    code = 0
else:
    with open(os.devnull, "w") as quiet:
        sys.stdout = quiet
        code = main(argv)
        sys.stdout = sys.__stdout__
seconds = time.perf_counter() - start
print(json.dumps({"seconds": round(seconds, 2), "peak_mb": round(peak_mb(), 1), "code": code}))
"""


@dataclass(frozen=True)
class ImportCost:
    kind: str
    megabytes: float
    dry_seconds: float
    dry_peak_mb: float
    seconds: float
    peak_mb: float
    floor_seconds: float
    floor_peak_mb: float


def import_cost(kind: str, megabytes: int = SIZE_MB) -> ImportCost:
    """Dry run and real import of a valid ``kind`` file in fresh processes (each into a new database)."""
    path = valid_file(kind, megabytes)
    figures = {}
    for name, extra in (("dry", ["--dry-run"]), ("real", []), ("floor", [])):
        db = CACHE / "work" / f"valid-{kind}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        which = "floor" if name == "floor" else kind
        figures[name] = run_child(["-c", PROBE, which, str(path), str(db), *extra], timeout=1800)
        if figures[name]["code"] != 0:
            raise RuntimeError(f"carebook import {kind} {path.name} {' '.join(extra)} exited {figures[name]}")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    dry, real, floor = figures["dry"], figures["real"], figures["floor"]
    return ImportCost(kind, path.stat().st_size / MB, dry["seconds"], dry["peak_mb"], real["seconds"],
                      real["peak_mb"], floor["seconds"], floor["peak_mb"])  # fmt: skip


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE_MB
    for table in sys.argv[2:] or ("customers", "interactions", "vcard"):
        print(json.dumps(import_cost(table, size).__dict__), flush=True)
