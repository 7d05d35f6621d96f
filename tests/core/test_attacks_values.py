"""`make reliability`, "value and argument attacks": values Carebook used to guess, and arguments that
used to end in "unexpected error". Each attack gets a clear message and the right exit code, and changes
nothing; the catch-all that remains for true bugs writes the traceback to ``carebook.log``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carebook import clock
from carebook.cli import main
from carebook.errors import NotFound, ValidationError
from carebook.models import Customer
from carebook.services import customer_fields, customers, privacy, record_checks
from carebook.services.search import search
from carebook.shop import close_shop, open_shop
from carebook.vocab import check_score
from tests.core.exchange.support import file_hash, write_csv

REPO = Path(__file__).resolve().parents[2]
HUGE = "9" * 5000
BIG = "99999999999999999999"  # 20 digits: past SQLite's integer range


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """A closed database in Europe/Oslo with two customers, #1 Kari and #2 Ola."""
    path = tmp_path / "shop.sqlite3"
    open_shop(path)
    from carebook import settings as shop_settings

    shop_settings.update(time_zone="Europe/Oslo")
    customers.create("Kari Nordmann", email="kari@example.no")
    customers.create("Ola Nordmann", email="ola@example.no")
    close_shop()
    clock.set_shop_zone(None)
    return path


# -- command-line arguments ------------------------------------------------------------------------

USAGE_ATTACKS = [
    (["stats", "--month", "0000-01"], "argument --month: 0000-01 is outside 1900-01 to 2999-12"),
    (["stats", "--month", "99999-01"], "argument --month: '99999-01' is not a month like 2026-03"),
    (["stats", "--month", "9999-12"], "argument --month: 9999-12 is outside 1900-01 to 2999-12"),
    (["stats", "--month", "1899-12"], "argument --month: 1899-12 is outside 1900-01 to 2999-12"),
    (["stats", "--month", "٢٠٢٦-٠٣"], "argument --month: '٢٠٢٦-٠٣' is not a month like 2026-03"),
    (["stats", "--month", ""], "argument --month: '' is not a month like 2026-03"),
    (["stats", "--month", "garbage"], "argument --month: 'garbage' is not a month like 2026-03"),
    (["report", "--month", "0000-01"], "argument --month: 0000-01 is outside 1900-01 to 2999-12"),
    (["report", "--month", "3000-01"], "argument --month: 3000-01 is outside 1900-01 to 2999-12"),
    (["merge", BIG, "1"], f"argument KEEP_ID: '{BIG}' is far too big to be a whole number"),
    (["merge", "1", HUGE], "argument OTHER_ID: '99999999999999999999... (5,000 characters)' is far too big"),
    (["merge", "1_0", "1"], "argument KEEP_ID: '1_0' is not a whole number (type it with the digits 0-9)"),
    (["merge", "٣", "1"], "argument KEEP_ID: '٣' is not a whole number (type it with the digits 0-9)"),
    (["merge", "-1", "1"], "argument KEEP_ID: '-1' is not an id (ids start at 1)"),
    (["merge", "0", "1"], "argument KEEP_ID: '0' is not an id (ids start at 1)"),
    (["merge", "", "1"], "argument KEEP_ID: '' is not a whole number"),
    (["undo-merge", BIG], f"argument MERGE_ID: '{BIG}' is far too big to be a whole number"),
    (["undo-import", BIG], f"argument ID: '{BIG}' is far too big to be a whole number"),
    (["undo-import", HUGE], "argument ID: '99999999999999999999... (5,000 characters)' is far too big"),
    (["undo-import", "1_0"], "argument ID: '1_0' is not a whole number (type it with the digits 0-9)"),
    (["undo-import", "-1"], "argument ID: '-1' is not an id (ids start at 1)"),
    (["erase", BIG, "--yes"], f"argument CUSTOMER: '{BIG}' is far too big to be a whole number"),
    (["erase", "#" + HUGE, "--yes"], "argument CUSTOMER: '99999999999999999999... (5,000 characters)'"),
    (["export-person", BIG, "out"], f"argument CUSTOMER: '{BIG}' is far too big to be a whole number"),
    (["export-person", "1", ""], "argument DIR: is empty; give a file or folder name"),
    (["demo", "--customers", "1_0"], "argument --customers: '1_0' is not a whole number (type it with the"),
    (["demo", "--customers", "٣"], "argument --customers: '٣' is not a whole number (type it with the"),
    (["demo", "--seed", HUGE], "argument --seed: '99999999999999999999... (5,000 characters)' is far too"),
    (["demo", "--months", "+3"], "argument --months: '+3' is not a whole number"),
    (["report", "-o", ""], "argument -o/--output: is empty; give a file or folder name"),
    (["import", "customers", " "], "argument FILE.csv|FILE.vcf: is empty; give a file or folder name"),
    (["export", "customers", ""], "argument FILE.csv|FILE.vcf|FILE.ics: is empty; give a file or folder"),
    (["backup", "--to", ""], "argument --to: is empty; give a file or folder name"),
    (["restore", ""], "argument FILE: is empty; give a file or folder name"),
    (["--db", "a\x00b", "stats"], "carebook: the value given for db contains a NUL character"),
    (["--staff", "\x00", "stats"], "carebook: the value given for staff contains a NUL character"),
    (["export", "customers", "a\x00.csv"], "carebook: the value given for file contains a NUL character"),
    (["import", "vcard", "a\x00.vcf"], "carebook: the value given for file contains a NUL character"),
    (["report", "-o", "a\x00.pdf"], "carebook: the value given for output contains a NUL character"),
    (["backup", "--to", "\x00"], "carebook: the value given for to contains a NUL character"),
    (["export-person", "1", "d\x00"], "carebook: the value given for dir contains a NUL character"),
    (["erase", "a\x00@b.no"], "carebook: the value given for customer contains a NUL character"),
]


@pytest.mark.parametrize(("argv", "message"), USAGE_ATTACKS, ids=lambda v: repr(v)[:60])
def test_bad_arguments_are_usage_errors_and_touch_nothing(
    argv: list[str], message: str, shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = file_hash(shop)
    code, out, err = run(capsys, "--db", str(shop), *argv)
    assert (code, out) == (2, "")
    assert message in err.splitlines()[-1]
    assert "unexpected error" not in err and "Traceback" not in err
    assert file_hash(shop) == before


USER_ERRORS = [
    (["erase", "٣", "--yes"], "carebook: '٣' is neither a customer number nor an email address."),
    (["erase", "", "--yes"], "carebook: '' is neither a customer number nor an email address."),
    (["erase", "#77", "--yes"], "carebook: There is no customer number 77."),
    (["erase", "\ud800@x.no", "--yes"], "carebook: There is no customer with the email \\ud800@x.no."),
    (
        ["erase", "x" * 100_000 + "@x.no", "--yes"],
        "carebook: There is no customer with the email xxxxxxxxxxxxxxxxxxxx... (100,005 characters).",
    ),
    (
        ["export", "ics", "out.ics", "--staff", "x" * 100_000],
        "carebook: There is no staff member called 'xxxxxxxxxxxxxxxxxxxx... (100,000 characters)'.",
    ),
    (["export-person", "٣", "."], "carebook: '٣' is neither a customer number nor an email address."),
    (["undo-import", "9223372036854775807"], "carebook: There is no import number 9223372036854775807."),
    (["undo-merge", "9223372036854775807"], "carebook: There is no merge number 9223372036854775807."),
    (["demo", "--customers", "-5"], "carebook: customers: must be from 1 to 1,000,000, not -5"),
    (["demo", "--customers", str(10**9)], "carebook: customers: must be from 1 to 1,000,000, not 1000000000"),
    (["demo", "--months", "0"], "carebook: months: must be from 1 to 120, not 0"),
]


@pytest.mark.parametrize(("argv", "line"), USER_ERRORS, ids=lambda v: repr(v)[:60])
def test_values_that_name_nothing_are_one_line_user_errors(
    argv: list[str], line: str, shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = file_hash(shop)
    code, out, err = run(capsys, "--db", str(shop), *argv)
    assert (code, out, err) == (1, "", line + "\n")
    assert file_hash(shop) == before


def test_a_bad_demo_size_creates_no_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.sqlite3"
    code, _, err = run(capsys, "--db", str(path), "demo", "--customers", "-5")
    assert code == 1 and "customers: must be from 1 to 1,000,000" in err
    assert not path.exists()


@pytest.mark.parametrize("month", ["1900-01", "2999-12"])
def test_the_ends_of_the_month_range_give_figures_and_a_report(
    month: str, shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", str(shop), "stats", "--month", month, "--json")
    assert (code, err) == (0, "") and f'"month": "{month}"' in out
    pdf = tmp_path / f"{month}.pdf"
    code, out, err = run(capsys, "--db", str(shop), "report", "--month", month, "-o", str(pdf))
    assert (code, err) == (0, "") and pdf.read_bytes().startswith(b"%PDF")


def test_a_server_address_that_cannot_work_is_a_user_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", "postgresql://", "stats")
    assert code == 1 and err.startswith("carebook: The server address cannot be used: ")
    code, _, err = run(capsys, "--db", "postgresql://localhost:1/shop", "stats")
    assert code == 1 and "unexpected error" not in err


def test_a_data_folder_that_is_a_file_is_a_user_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    for folder in (blocker, blocker / "sub"):
        monkeypatch.setenv("CAREBOOK_DATA_DIR", str(folder))
        code, out, err = run(capsys, "stats")
        assert (code, out) == (1, "")
        assert err.startswith(f"carebook: The data folder {folder} cannot be created: ")
    assert blocker.read_text() == "not a folder"


def _cli(*argv: str | bytes, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "carebook.cli", *argv],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
        capture_output=True,
        timeout=120,
    )


def test_non_utf8_bytes_in_arguments_get_plain_messages(shop: Path, tmp_path: Path) -> None:
    odd = os.fsencode("\udcff\udcfe")
    before = file_hash(shop)
    erase = _cli("--db", str(shop), "erase", odd, "--yes")
    assert erase.returncode == 1
    assert erase.stderr == b"carebook: '\\udcff\\udcfe' is neither a customer number nor an email address.\n"
    month = _cli("--db", str(shop), "stats", "--month", odd)
    assert month.returncode == 2 and b"is not a month like 2026-03" in month.stderr
    merge = _cli("--db", str(shop), "merge", odd, b"1")
    assert merge.returncode == 2 and b"is not a whole number" in merge.stderr
    assert file_hash(shop) == before


def test_a_file_name_with_undecodable_bytes_prints_even_on_a_strict_terminal(
    shop: Path, tmp_path: Path
) -> None:
    target = os.fsencode(str(tmp_path)) + b"/caf\xe9.csv"
    done = _cli("--db", str(shop), "export", "customers", target, env={"PYTHONIOENCODING": "utf-8:strict"})
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout.startswith(b"2 customers rows written to ") and b"caf\\udce9.csv" in done.stdout
    assert os.path.exists(target)


# -- the catch-all: a true bug -----------------------------------------------------------------------


def test_a_true_bug_is_one_line_naming_the_log_which_has_the_traceback(
    shop: Path, data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from carebook import metrics

    def broken(*args: object) -> None:
        raise KeyError("x" * 10_000)

    monkeypatch.setattr(metrics, "month_summary", broken)
    code, out, err = run(capsys, "--db", str(shop), "stats", "--month", "2026-02")
    log = data_dir / "carebook.log"
    assert (code, out) == (1, "")
    assert err.startswith("carebook: unexpected error (KeyError: 'xxxx")
    assert err.endswith(f"; details in {log}\n") and len(err) < 500 and err.count("\n") == 1
    text = log.read_text(encoding="utf-8")
    assert "unexpected error in carebook stats" in text
    assert "Traceback (most recent call last)" in text and "in broken" in text


# -- CSV values --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ("csat,1_0", "score: '1_0' is not a whole number from 1 to 5 (type it with the digits 0-9)"),
        ("csat,٣", "score: '٣' is not a whole number from 1 to 5 (type it with the digits 0-9)"),
        ("nps,+9", "score: '+9' is not a whole number from 0 to 10"),
        (
            f"nps,{HUGE}",
            "score: '99999999999999999999... (5,000 characters)' is far too big to be a whole number "
            "from 0 to 10",
        ),
    ],
)
def test_a_score_int_would_guess_refuses_the_file(
    cells: str, message: str, shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = "received_at,customer_email,kind,score"
    csv = write_csv(tmp_path / "f.csv", f"{header}\n2026-02-05 09:00,kari@example.no,{cells}\n")
    before = file_hash(shop)
    code, out, err = run(capsys, "--db", str(shop), "import", "feedback", str(csv))
    assert (code, out) == (1, "")
    assert err == f"carebook: {csv}:2: {message}; nothing was imported\n"
    assert file_hash(shop) == before


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("waited_minutes", "1_0", "waited_minutes: '1_0' is not a whole number of minutes (type it with"),
        ("waited_minutes", "٣", "waited_minutes: '٣' is not a whole number of minutes (type it with"),
        ("duration_minutes", HUGE, "duration_minutes: '99999999999999999999... (5,000 characters)' is far"),
        ("duration_minutes", "-5", "duration_minutes: must be from 0 to 10080 minutes (a week), not -5"),
        ("occurred_at", "2026-03-29 02:30", "occurred_at: 2026-03-29 02:30 does not exist in Europe/Oslo: "
         "clocks went from 02:00 to 03:00"),
    ],
)
def test_minutes_and_times_int_or_the_clock_would_guess_refuse_the_file(
    column: str, value: str, message: str, shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cells = {"occurred_at": "2026-02-03 10:15", "customer_email": "kari@example.no", "channel": "phone"}
    cells[column] = value
    header = ",".join(cells)
    csv = write_csv(tmp_path / "c.csv", f"{header}\n{','.join(cells.values())}\n")
    before = file_hash(shop)
    code, out, err = run(capsys, "--db", str(shop), "import", "interactions", str(csv), "--dry-run")
    assert (code, out) == (1, "")
    assert err.startswith(f"carebook: {csv}:2: {message}") and err.endswith("; nothing was imported\n")
    assert file_hash(shop) == before


def test_a_repeated_local_time_is_the_first_and_the_dry_run_says_so(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = write_csv(
        tmp_path / "c.csv",
        "occurred_at,customer_email,channel\n2026-10-25 02:30,kari@example.no,phone\n"
        "2026-10-25 04:00,ola@example.no,email\n",
    )
    warning = (
        f"warning: {csv}:2: occurred_at: 2026-10-25 02:30 happened twice in Europe/Oslo (clocks went back "
        "from 03:00 to 02:00); the first one (UTC+2) was taken"
    )
    before = file_hash(shop)
    code, out, err = run(capsys, "--db", str(shop), "import", "interactions", str(csv), "--dry-run")
    assert (code, err) == (0, "") and warning in out.splitlines()
    assert file_hash(shop) == before
    code, out, err = run(capsys, "--db", str(shop), "import", "interactions", str(csv))
    assert (code, err) == (0, "") and warning in out.splitlines()
    code, out, _ = run(capsys, "--db", str(shop), "export", "interactions", str(tmp_path / "out.csv"))
    exported = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert "\n2026-10-25 02:30:00,Kari Nordmann," in exported  # the first 02:30: reads back the same


# -- the services, given strings ---------------------------------------------------------------------


@pytest.mark.usefixtures("db")
def test_services_refuse_what_int_would_guess() -> None:
    with pytest.raises(ValidationError, match="'٣' is not a whole number from 1 to 5"):
        check_score("csat", "٣")
    with pytest.raises(ValidationError, match="'1_0' is not a whole number of days from 1 to 3650"):
        customers.create("Ann", contact_every_days="1_0")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="far too big"):
        record_checks.minutes(HUGE, "waited_minutes")
    with pytest.raises(ValidationError, match="far too big to be a customer number"):
        privacy.resolve_customer(BIG)
    with pytest.raises(ValidationError, match="far too big to be a customer number"):
        privacy.resolve_customer(10**5000)
    with pytest.raises(NotFound, match="'٣' is neither a customer number nor an email address"):
        privacy.resolve_customer("٣")
    assert check_score("csat", " 5 ") == 5
    assert customer_fields.every_days(" 30 ") == 30


# -- search ------------------------------------------------------------------------------------------

_ANY_TEXT = st.text(st.characters(blacklist_categories=()), max_size=300)


@pytest.mark.usefixtures("db")
@pytest.mark.parametrize(
    "query",
    ["\ud800", "a\udcffb", "\x00", "ab\x00cd", '"', '""', "*", "a*", "NEAR(a b)", "-", "^", ":", "name:",
     "(", ")", "AND", "OR NOT", "{name}: x", "x" * 100_000, "é" * 100_000, "\U0010ffff", "%", "_", "'"],
    ids=lambda q: repr(q)[:30],
)
def test_search_with_hostile_text_returns_results_or_nothing(query: str) -> None:
    customers.create("Kari Nordmann", notes="AND OR NOT * \" name: {x}")
    found = search(query)
    assert isinstance(found, tuple)


@pytest.mark.usefixtures("db")
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=_ANY_TEXT)
def test_search_with_any_text_never_raises(query: str) -> None:
    if not Customer.select().exists():
        customers.create("Åse Ødegård", email="ase@fjord.no", phone="07700 900123", notes="vip \" ( *")
    assert isinstance(search(query), tuple)
