"""The report API: cheap to import, writes atomically, explains a bad destination in plain words."""

from __future__ import annotations

import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from carebook.clock import Month
from carebook.errors import CarebookError
from carebook.models import Interaction
from carebook.reports import build_monthly_report
from tests.core.reports import seed

MARCH = Month(2025, 3)


def test_importing_the_reports_package_does_not_load_reportlab() -> None:
    code = "import sys, carebook.reports; print(sorted(m for m in sys.modules if m.startswith('reportlab')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_report_replaces_an_old_file_and_leaves_no_temporary_files(db: Path, tmp_path: Path) -> None:
    ids = seed.customers(["Ada"], datetime(2025, 3, 1, 9))
    Interaction.create(customer=ids[0], occurred_at="2025-03-03 10:00:00", channel="email", status="open")
    target = tmp_path / "out" / "march.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")

    with pytest.raises(CarebookError, match="exists"):
        build_monthly_report(MARCH, target)
    assert target.read_bytes() == b"old"

    assert build_monthly_report(MARCH, target, force=True) == target

    assert target.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [path.name for path in target.parent.iterdir()] == ["march.pdf"]


@pytest.mark.parametrize("where", ["missing-folder/report.pdf", "."])
def test_a_bad_destination_is_a_plain_error(db: Path, tmp_path: Path, where: str) -> None:
    with pytest.raises(CarebookError, match="Cannot save the report"):
        build_monthly_report(MARCH, tmp_path / where)
