"""``importer.run(progress=...)``: the callback moves through the rows, and raising from it (the user
cancelled) leaves the database exactly as it was, even after the rows were written."""

from __future__ import annotations

from pathlib import Path

import pytest

from carebook.exchange import importer
from tests.core.exchange.support import snapshot, write_csv


class Cancelled(Exception):
    pass


def _file(tmp_path: Path, rows: int) -> Path:
    lines = ["name,email,tags"] + [f"Customer {i},c{i}@example.com,vip" for i in range(rows)]
    return write_csv(tmp_path / "customers.csv", "\n".join(lines) + "\n")


def test_progress_moves_through_every_row_and_ends_after_the_write(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int]] = []
    result = importer.run(
        importer.prepare("customers", _file(tmp_path, 1200)), progress=lambda d, t: seen.append((d, t))
    )
    assert result.counts.created == 1200
    assert {total for _done, total in seen} == {1201}
    done = [d for d, _t in seen]
    assert done == sorted(done) and done[0] == 0 and done[-1] == 1201
    assert len(done) >= 4  # it moves during the check, not only at the end


def test_dry_run_reports_progress_too(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seen: list[int] = []
    importer.run(
        importer.prepare("customers", _file(tmp_path, 10)), dry_run=True, progress=lambda d, t: seen.append(d)
    )
    assert seen[0] == 0 and seen[-1] == 10


@pytest.mark.parametrize("stop_at", [0, 600, 1201])
def test_cancelling_at_any_point_writes_nothing(db, tmp_path: Path, stop_at: int) -> None:  # type: ignore[no-untyped-def]
    before = snapshot()

    def progress(done: int, total: int) -> None:
        if done >= stop_at:
            raise Cancelled

    with pytest.raises(Cancelled):
        importer.run(importer.prepare("customers", _file(tmp_path, 1200)), progress=progress)
    assert snapshot() == before


def test_activity_imports_report_progress(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(
        tmp_path / "followups.csv",
        "due_on,customer,note\n2030-01-02,Anna Smith,Call back\n2030-01-03,Tom Baker,Quote\n",
    )
    seen: list[tuple[int, int]] = []
    importer.run(importer.prepare("followups", path), progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
