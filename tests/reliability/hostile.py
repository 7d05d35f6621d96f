"""Run the hostile inputs of tests/data/hostile through Carebook.

Each case goes through: the services (as a dialog saves it), the CLI's CSV import (a file holding the
value), and for stored customer fields a vCard export -> import round trip, a CSV export (checked to be
formula-neutralised) -> import round trip and a personal-data export (whose folder must stay inside the
chosen one). Then the month's PDF must build. A case survives when it is stored and read back exactly as
typed, or refused with a message containing the expected text, on every path.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"
DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "\0")
WHEN = datetime(2025, 3, 10, 12, 0, 0)


@dataclass(frozen=True)
class Case:
    id: str
    field: str
    value: str
    expect: str  # "stored exactly", "stored as: <cleaned value>" or "refused: <substring>"
    csv_expect: str = ""  # the CSV path's outcome when it differs ("refused: ...", "ignored: ...")

    @property
    def stored_value(self) -> str:
        return self.expect.split(":", 1)[1].strip() if self.expect.startswith("stored as:") else self.value

    @property
    def refused(self) -> str | None:
        return self.expect.split(":", 1)[1].strip() if self.expect.startswith("refused") else None


def load_cases() -> list[Case]:
    manifest = json.loads((HOSTILE / "manifest.json").read_text(encoding="utf-8"))
    return [
        Case(
            c["id"], c["field"], (HOSTILE / c["file"]).read_bytes().decode("utf-8"), c["expect"],
            c.get("csv_expect", ""),
        )
        for c in manifest["cases"]
    ]


def _outcome(save: Callable[[], str | None]) -> tuple[str, str | None]:
    """("stored", value read back) or ("refused", message)."""
    from carebook.errors import CarebookError

    try:
        return "stored", save()
    except CarebookError as error:
        return "refused", str(error)


def through_services(case: Case) -> tuple[str, str | None]:
    from carebook.services import customers, feedback, followups, interactions

    table, column = case.field.split(".")
    base = customers.find_by_email("base@example.com")
    if base is None:
        base = customers.create("Base", email="base@example.com").row

    def save() -> str | None:
        if table == "customer":
            name = case.value if column == "name" else "Hostile Host"
            extra = {} if column == "name" else {column: case.value}
            row = customers.create(name, **extra).row
            return str(getattr(customers.get(row.id), "notes" if column == "notes" else column))
        if table == "contact":
            row = interactions.log(base.id, channel="phone", occurred_at=WHEN, **{column: case.value})
            return str(getattr(interactions.get(row.id), column))
        if table == "score":
            row = feedback.record(base.id, kind=column, score=case.value, received_at=WHEN)
            return str(feedback.get(row.id).score)
        row = followups.create(base.id, due_on=case.value)
        return str(followups.fetch(row.id).due_on)

    return _outcome(save)


_CSV = {
    "customer": ("customers", ["name", "company", "email", "phone", "notes"]),
    "contact": ("interactions", ["occurred_at", "customer", "channel", "summary", "notes"]),
    "score": ("feedback", ["received_at", "customer", "kind", "score"]),
    "followup": ("followups", ["due_on", "customer", "note"]),
}


def through_cli_csv(case: Case, folder: Path, db: Path) -> tuple[str, str | None]:
    """Import a CSV holding the value with ``carebook import``; exit 0 and stored, or exit 1 with a line."""
    from carebook import cli

    table, column = case.field.split(".")
    kind, header = _CSV[table]
    if table != "customer":
        header = [*header, "customer_email"]
    row = {
        "name": f"Csv Host {case.id}", "customer": "Csv Host", "customer_email": "csv.host@example.com",
        "channel": "email", "occurred_at": "2025-03-10 12:00", "received_at": "2025-03-10 12:00",
        "kind": column, "due_on": "2025-03-11",
    }
    row[{"score": "score", "followup": "due_on"}.get(table, column)] = case.value
    path = folder / f"{case.id}.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(header)
        out.writerow([row.get(col, "") for col in header])
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(["--db", str(db), "import", kind, str(path)])
    if code == 1:
        return "refused", err.getvalue().strip()
    if code != 0:
        return "crashed", f"exit {code}: {err.getvalue()[-300:]}"
    return "stored", None


def export_neutralised(folder: Path) -> list[str]:
    """Export every table; every cell that starts with a formula character must carry a leading '."""
    from carebook.exchange.exporter import export_csv

    problems = []
    for kind in ("customers", "interactions", "feedback", "followups"):
        path = folder / f"export-{kind}.csv"
        export_csv(kind, path)
        with open(path, newline="", encoding="utf-8-sig") as handle:
            for line, cells in enumerate(csv.reader(handle), 1):
                problems += [f"{kind}:{line}: {c[:30]!r}" for c in cells if c.startswith(DANGEROUS)]
    return problems


def _judge(case: Case, path: str, outcome: tuple[str, str | None]) -> str | None:
    kind, detail = outcome
    want = case.refused
    if path != "services" and case.csv_expect:
        if case.csv_expect.startswith("ignored"):
            skipped = kind == "stored"
            return None if skipped else f"{case.id} via {path}: {kind} ({detail}) but should be skipped"
        want = case.csv_expect.split(":", 1)[1].strip()
        if kind != "refused" or want not in (detail or ""):
            return f"{case.id} via {path}: {kind} ({detail}) but should be refused with {want!r}"
        return None
    if want is None:
        if kind != "stored":
            return f"{case.id} via {path}: refused ({detail}) but should be stored"
        if detail is not None and detail != case.stored_value:
            return f"{case.id} via {path}: stored as {detail[:60]!r}, not as typed"
        return None
    if kind != "refused":
        return f"{case.id} via {path}: {kind} ({(detail or '')[:60]!r}) but should be refused"
    if path == "services" and want not in (detail or ""):
        return f"{case.id} via {path}: message {detail!r} lacks {want!r}"
    if "Traceback" in (detail or "") or not detail:
        return f"{case.id} via {path}: no plain message ({detail!r})"
    return None


def run(folder: Path) -> tuple[int, int, list[str]]:
    """Run every case on one database in ``folder``; return (tried, survived, problems)."""
    from carebook.clock import Month
    from carebook.reports import build_monthly_report
    from carebook.shop import close_shop, open_shop

    db = folder / "hostile.sqlite3"
    problems: list[str] = []
    cases = load_cases()
    survived = 0
    for case in cases:
        open_shop(db)
        try:
            found = [_judge(case, "services", through_services(case))]
        finally:
            close_shop()
        found.append(_judge(case, "CLI CSV import", through_cli_csv(case, folder, db)))
        found = [f for f in found if f]
        problems += found
        survived += not found
    open_shop(db)
    try:
        problems += [f"export not neutralised: {p}" for p in export_neutralised(folder)]
        pdf = build_monthly_report(Month(2025, 3), folder / "hostile.pdf")
        if not pdf.read_bytes().startswith(b"%PDF"):
            problems.append("the month's PDF did not build")
    finally:
        close_shop()
    return len(cases), survived, problems


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        tried, ok, found = run(Path(tmp))
        print(tried, ok, *found, sep="\n")
