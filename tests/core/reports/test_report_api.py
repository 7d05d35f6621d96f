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


def test_a_german_report_from_the_command_line_and_from_the_setting(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from carebook import settings
    from carebook.cli import main
    from carebook.clock import Month
    from tests.core.reports import pdf, seed

    seed.demo_shop(Month(2026, 10), contacts=60)
    german = tmp_path / "oktober.pdf"
    assert main(["--db", str(db), "report", "--month", "2026-10", "--lang", "de", "-o", str(german)]) == 0
    text = "\n".join(pdf.pages(german, layout=False))
    assert "Kundenbetreuung im Oktober 2026" in text and "Der Monat in Zahlen" in text
    assert "Seite 1 von" in text and "Monatsübersicht, Oktober 2026" in text
    assert "\xa0%" in text or " %" in text  # "60,0 %": German puts a space before the sign

    assert main(["--db", str(db), "settings", "report_language", "de"]) == 0
    assert settings.get("report_language") == "de"
    again = tmp_path / "again.pdf"
    assert main(["--db", str(db), "report", "--month", "2026-10", "-o", str(again)]) == 0
    assert "Der Monat in Zahlen" in "\n".join(pdf.pages(again, layout=False))
    english = tmp_path / "english.pdf"
    assert main(["--db", str(db), "report", "--month", "2026-10", "--lang", "en", "-o", str(english)]) == 0
    assert "The month in figures" in "\n".join(pdf.pages(english, layout=False))


def test_an_unknown_language_is_refused_before_anything_is_written(db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from carebook.cli import main

    target = tmp_path / "x.pdf"
    assert main(["--db", str(db), "report", "--lang", "xx", "-o", str(target)]) == 1
    assert "'xx' is not one of the languages: en, de" in capsys.readouterr().err
    assert not target.exists()
    assert main(["--db", str(db), "settings", "report_language", "klingon"]) == 1
