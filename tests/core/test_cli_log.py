"""``carebook log``: a contact logged from a script goes through the dialog's use case."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from carebook import clock
from carebook.cli import main
from carebook.services import customers, interactions, staff
from carebook.shop import close_shop, open_shop


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def shop(db: Path) -> Path:
    customers.create("Ann Example", email="ann@example.com")
    staff.add("Sam Okafor")
    close_shop()
    return db


def contacts(db: Path) -> list[interactions.InteractionRow]:
    open_shop(str(db))
    try:
        return list(interactions.list_interactions(limit=100).rows)
    finally:
        close_shop()


def test_every_option_is_stored(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys,
        "--db", str(shop), "log", "1", "--channel", "email", "--direction", "outbound", "--reason", "billing",
        "--summary", "Sent the invoice again", "--status", "resolved", "--staff", "sam okafor",
        "--at", "2026-03-14 09:30",
    )  # fmt: skip
    assert (code, err) == (0, "")
    [row] = contacts(shop)
    assert out == f"contact id: {row.id}\n"
    assert (row.channel, row.direction, row.reason, row.summary) == (
        "email",
        "outbound",
        "billing",
        "Sent the invoice again",
    )
    assert row.status == "resolved" and row.staff_name == "Sam Okafor"
    open_shop(str(shop))  # the shop's zone
    assert row.occurred_at == clock.to_utc(datetime(2026, 3, 14, 9, 30))
    close_shop()


def test_by_email_with_the_defaults_now_and_open(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = clock.utc_now().replace(microsecond=0)
    assert run(capsys, "--db", str(shop), "log", "ANN@example.com", "--channel", "phone")[0] == 0
    [row] = contacts(shop)
    assert (row.direction, row.reason, row.summary, row.status, row.staff_id) == (
        "inbound",
        "other",
        "",
        "open",
        None,
    )
    assert before <= row.occurred_at <= clock.utc_now() + timedelta(seconds=1)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--channel", "pigeon"], "carebook: channel: 'pigeon' is not one of: phone, email, in_person,"),
        (
            ["--channel", "phone", "--status", "maybe"],
            "carebook: status: 'maybe' is not one of: open, resolved",
        ),
        (["--channel", "phone", "--direction", "up"], "carebook: direction: 'up' is not one of: inbound"),
        (["--channel", "phone", "--reason", "gossip"], "carebook: reason: 'gossip' is not one of: inquiry,"),
        (["--channel", ""], "carebook: channel: '' is not one of: phone,"),
        (
            ["--channel", "phone", "--at", "2026-13-01 10:00"],
            "carebook: at: '2026-13-01 10:00' is not a real",
        ),
        (["--channel", "phone", "--at", "2999-01-01 10:00"], "carebook: at: '2999-01-01 10:00' is outside"),
        (["--channel", "phone", "--at", "tomorrow"], "carebook: at: 'tomorrow' is not a date and time like"),
        (["--channel", "phone", "--staff", "Zed"], "carebook: There is no staff member called 'Zed'."),
        (["--channel", "phone", "--summary", "s" * 501], "carebook: summary: "),
    ],
)
def test_bad_values_exit_1_with_one_line_and_store_nothing(
    shop: Path, capsys: pytest.CaptureFixture[str], options: list[str], message: str
) -> None:
    code, out, err = run(capsys, "--db", str(shop), "log", "1", *options)
    assert (code, out) == (1, "") and err.startswith(message) and err.count("\n") == 1
    assert contacts(shop) == []


def test_a_time_in_the_future_is_refused_by_the_core(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    later = (clock.local_now() + timedelta(days=3)).strftime("%Y-%m-%d %H:%M")
    code, _, err = run(capsys, "--db", str(shop), "log", "1", "--channel", "phone", "--at", later)
    assert (code, err) == (1, "carebook: at: is more than a day in the future\n")


@pytest.mark.parametrize(
    ("customer", "message"),
    [
        ("42", "carebook: There is no customer number 42.\n"),
        ("nobody@example.com", "carebook: There is no customer with the email nobody@example.com.\n"),
        ("Ann", "carebook: 'Ann' is neither a customer number nor an email address.\n"),
    ],
)
def test_an_unknown_customer_is_said_plainly(
    shop: Path, capsys: pytest.CaptureFixture[str], customer: str, message: str
) -> None:
    assert run(capsys, "--db", str(shop), "log", customer, "--channel", "phone") == (1, "", message)


def test_a_missing_channel_is_a_usage_error(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(shop), "log", "1")
    assert code == 2 and "--channel" in err


def test_runs_as_a_command(shop: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "carebook.cli", "--db", str(shop), "log", "#1", "--channel", "sms",
         "--summary", "Parcel is ready"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    [row] = contacts(shop)
    assert done.stdout == f"contact id: {row.id}\n" and row.summary == "Parcel is ready"
    bad = subprocess.run(
        [sys.executable, "-m", "carebook.cli", "--db", str(shop), "log", "1", "--channel", "pigeon"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert bad.returncode == 1 and bad.stderr.startswith("carebook: channel: 'pigeon'") and not bad.stdout


@pytest.mark.parametrize("customer", ["2", "bo@example.com"])
def test_a_customer_in_the_trash_is_refused_and_nothing_stored(
    shop: Path, capsys: pytest.CaptureFixture[str], customer: str
) -> None:
    open_shop(str(shop))
    bo = customers.create("Bo Trashed", email="bo@example.com").row.id
    customers.trash([bo])
    close_shop()
    message = f"carebook: Bo Trashed (#{bo}) is in the trash: restore them in the app first.\n"
    assert run(capsys, "--db", str(shop), "log", customer, "--channel", "phone") == (1, "", message)
    assert contacts(shop) == []
