"""The ``carebook`` command: exit codes, one-line errors, imports, exports, stats, report, demo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from carebook.cli import main
from carebook.exchange import importer
from carebook.vocab import CHANNELS, REASONS
from tests.core.exchange.support import FIXTURES, shop_fingerprint, write_csv

REPO = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def shop(db: Path | str, capsys: pytest.CaptureFixture[str]) -> Path | str:
    """A closed database (a file, or a server database in the PostgreSQL leg) with two customers (from the
    Excel fixture)."""
    code, out, _ = run(
        capsys, "--db", str(db), "import", "customers", str(FIXTURES / "customers_excel_semicolon.csv")
    )
    assert code == 0 and out.endswith("import id: 1\n")
    return db


def test_init_creates_the_database_and_prints_where(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new.sqlite3"
    assert run(capsys, "init", "--db", str(path)) == (0, f"{path}\n", "")
    assert path.exists()


def test_the_global_options_work_before_and_after_the_command(
    shop: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (
        ["--db", str(shop), "--staff", "Tom", "export", "customers", str(tmp_path / "a.csv")],
        ["export", "customers", str(tmp_path / "b.csv"), "--db", str(shop), "--staff", "Tom"],
    ):
        code, out, err = run(capsys, *argv)
        assert (code, err) == (0, "")
        assert out.startswith("2 customers rows written to")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


@pytest.mark.parametrize(
    "argv",
    [["import", "contacts", "x.csv"], ["stats", "--weekly"], ["export"], ["demo", "--customers", "many"]],
)
def test_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("usage: carebook")


def test_import_prints_counts_warnings_and_the_import_id(
    shop: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "import", "feedback", str(FIXTURES / "feedback_ok.csv"), "--db", str(shop))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "feedback_ok.csv: 3 feedback rows; 3 created, new customers: 1.",
        "import id: 2",
    ]


def test_a_dry_run_reports_and_leaves_the_database_byte_identical(
    shop: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = shop_fingerprint(shop)
    code, out, err = run(
        capsys, "import", "feedback", str(FIXTURES / "feedback_ok.csv"), "--dry-run", "--db", str(shop)
    )
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "feedback_ok.csv: 3 feedback rows; 3 would be created, new customers: 1.",
        "dry run: nothing written",
    ]
    assert shop_fingerprint(shop) == before


BAD_ROWS = {
    "interactions": (
        "occurred_at,customer,channel\n2026-02-03 10:00,Kari Ødegård,carrier pigeon\n",
        "2: channel:",
    ),
    "feedback": (
        "received_at,customer,kind,score\n2026-02-03 10:00,Kari Ødegård,csat,11\n",
        "2: score: CSAT",
    ),
    "followups": (
        'due_on,customer,note\n2026-03-01,Kari Ødegård,"two\nlines"\n2026-02-30,Kari Ødegård,x\n',
        "4: due_on:",
    ),
    "customers": ("name,email\nOk,ok@example.com\n,nobody@example.com\n", "3: name: is empty"),
}


@pytest.mark.parametrize("kind", sorted(BAD_ROWS))
def test_one_bad_row_gives_one_line_naming_file_line_and_field_and_writes_nothing(
    shop: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    text, expected = BAD_ROWS[kind]
    path = write_csv(tmp_path / f"{kind}.csv", text, bom=True, crlf=True)
    before = shop_fingerprint(shop)
    code, out, err = run(capsys, "--db", str(shop), "import", kind, str(path))
    assert (code, out) == (1, "")
    assert len(err.splitlines()) == 1
    assert err.startswith(f"carebook: {path}:{expected}")
    assert err.rstrip().endswith("nothing was imported")
    assert shop_fingerprint(shop) == before


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("missing.csv", None, "missing.csv: no such file"),
        ("folder.csv", "dir", "folder.csv: is a folder, not a CSV file"),
        ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.csv: not a CSV file"),
        ("book.csv", b"PK\x03\x04\x14\x00\x06\x00 xlsx", "book.csv: not a CSV file (it is a spreadsheet"),
        ("header.csv", b"email,phone\n", "header.csv:1: the customers file lacks the column name"),
    ],
)
def test_unusable_files_give_one_line_and_leave_the_database_alone(
    shop: Path | str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: object,
    expected: str,
) -> None:
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    before = shop_fingerprint(shop)
    code, out, err = run(capsys, "import", "customers", str(path), "--db", str(shop))
    assert (code, out) == (1, "")
    assert len(err.splitlines()) == 1 and expected in err
    assert shop_fingerprint(shop) == before


def test_several_bad_rows_are_each_listed(
    shop: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(
        tmp_path / "f.csv", "received_at,customer,kind,score\nnever,A,csat,1\n2026-01-01,B,stars,1\n"
    )
    code, _, err = run(capsys, "--db", str(shop), "import", "feedback", str(path))
    assert code == 1
    assert err.splitlines() == [
        f"carebook: {path}:2: received_at: 'never' is not a date and time like 2026-03-14 09:30",
        f"carebook: {path}:3: kind: 'stars' is not one of: csat, nps, ces",
        f"carebook: 2 bad rows in {path}; nothing was imported",
    ]


@pytest.mark.parametrize(
    "argv",
    [
        ["init"],
        ["stats", "--month", "2026-02"],
        ["import", "customers", str(FIXTURES / "customers_excel_semicolon.csv")],
        ["export", "customers", "{tmp}/out.csv"],
        ["demo", "--customers", "5"],
        ["report", "--month", "2026-02", "-o", "{tmp}/r.pdf"],
    ],
)
def test_a_database_in_a_missing_folder_is_one_line_and_nothing_is_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    missing = tmp_path / "no such folder" / "shop.sqlite3"
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, out, err = run(capsys, *args, "--db", str(missing))
    assert (code, out) == (1, "")
    assert err == f"carebook: The folder {missing.parent} does not exist.\n"
    assert not missing.parent.exists()


def test_export_into_a_missing_folder_touches_no_database(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "export", "customers", str(tmp_path / "nowhere" / "c.csv"))
    assert code == 1
    assert (
        err
        == f"carebook: {tmp_path / 'nowhere' / 'c.csv'}: the folder {tmp_path / 'nowhere'} does not exist\n"
    )
    assert not (data_dir / "carebook.sqlite3").exists()


def test_an_unexpected_failure_is_one_line_without_a_traceback(
    shop: Path | str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something broke\non two lines")

    monkeypatch.setattr(importer, "run", broken)
    code, out, err = run(
        capsys, "--db", str(shop), "import", "customers", str(FIXTURES / "customers_excel_semicolon.csv")
    )
    assert (code, out) == (1, "")
    log = data_dir / "carebook.log"
    assert err == (
        f"carebook: unexpected error (RuntimeError: something broke on two lines); details in {log}\n"
    )
    assert "Traceback" in log.read_text(encoding="utf-8")


def test_stats_json_has_every_key_and_null_for_no_data(
    shop: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "stats", "--month", "2026-02", "--json", "--db", str(shop))
    assert (code, err) == (0, "")
    figures = json.loads(out)
    assert figures["month"] == "2026-02"
    assert list(figures["by_channel"]) == list(CHANNELS)
    assert list(figures["by_reason"]) == list(REASONS)
    assert figures["contacts"] == 0 and figures["csat_pct"] is None and figures["nps"] is None


def test_stats_table_shows_na_and_names_the_month(
    shop: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "stats", "--month", "2026-02", "--db", str(shop))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Carebook figures for 2026-02"
    csat = next(line for line in lines if line.startswith("CSAT %"))
    assert csat.split()[2] == "n/a"
    assert next(line for line in lines if line.startswith("  Self-service")).split()[-1] == "0"


def test_a_bad_month_is_bad_usage(shop: Path | str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "stats", "--month", "2026-13", "--db", str(shop))
    assert (code, out) == (2, "")
    assert err.splitlines()[-1] == "carebook stats: argument --month: '2026-13' is not a month like 2026-03"


def test_report_writes_the_pdf_and_prints_its_path(
    shop: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "report", "--month", "2026-02", "--db", str(shop))
    assert (code, err) == (0, "")
    written = Path(out.strip())
    assert written == tmp_path / "carebook-report-2026-02.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    code, out, _ = run(
        capsys, "report", "--month", "2026-02", "-o", str(tmp_path / "feb.pdf"), "--db", str(shop)
    )
    assert code == 0 and Path(out.strip()) == tmp_path / "feb.pdf"


def test_demo_refuses_a_database_with_customers_unless_forced(
    shop: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = shop_fingerprint(shop)
    code, out, err = run(capsys, "demo", "--customers", "5", "--months", "1", "--db", str(shop))
    assert (code, out) == (1, "")
    assert err.startswith("carebook: This database already has 2 customers") and len(err.splitlines()) == 1
    assert shop_fingerprint(shop) == before
    code, out, err = run(capsys, "demo", "--customers", "5", "--months", "1", "--force", "--db", str(shop))
    assert (code, err) == (0, "")
    assert out.startswith("Added 5 customers")


def test_the_real_command_fails_with_one_line_and_no_traceback(
    shop: Path | str, tmp_path: Path, data_dir: Path
) -> None:
    bad = write_csv(
        tmp_path / "bad.csv", "occurred_at,customer,channel\n2026-02-30 10:00,Kari Ødegård,phone\n"
    )
    before = shop_fingerprint(shop)
    env = {**os.environ, "CAREBOOK_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-m", "carebook.cli", "import", "interactions", str(bad), "--db", str(shop)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        f"carebook: {bad}:2: occurred_at: '2026-02-30 10:00' is not a real date or time; nothing was imported"
    ]
    assert "Traceback" not in done.stderr
    assert shop_fingerprint(shop) == before


def test_a_bad_value_holding_a_line_break_still_gives_one_line(
    shop: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "i.csv", 'occurred_at,customer,channel\n"3 Feb\n10:00",Kari Ødegård,phone\n')
    code, _, err = run(capsys, "--db", str(shop), "import", "interactions", str(path))
    assert code == 1
    assert err.splitlines() == [
        f"carebook: {path}:2: occurred_at: '3 Feb 10:00' is not a date and time like 2026-03-14 09:30; "
        "nothing was imported"
    ]
