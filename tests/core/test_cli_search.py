"""``carebook search``: what the app's search box shows, from a script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from carebook.cli import main
from carebook.services import customers
from carebook.shop import close_shop


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def shop(db: Path) -> Path:
    customers.create(name="Åse Ødegård", email="aase@example.no", phone="+47 912 34 567")
    customers.create(name="Bruce Lee", company="Café Lee", email="bruce@example.com")
    for n in range(20):
        customers.create(name=f"Customer {n:02d}")
    close_shop()
    return db


def test_finds_accent_free_spellings_with_id_email_and_phone(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", str(shop), "search", "aase", "--json")
    assert (code, err) == (0, "")
    [hit] = json.loads(out)
    assert hit["name"] == "Åse Ødegård" and hit["email"] == "aase@example.no"
    assert set(hit) == {"id", "name", "email", "phone"} and isinstance(hit["id"], int)


def test_the_default_limit_is_the_search_box_s_and_limit_changes_it(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", str(shop), "search", "customer")
    assert code == 0 and len(out.splitlines()) == 12
    assert out.splitlines()[0].startswith("#") and "Customer 00" in out.splitlines()[0]
    code, out, _ = run(capsys, "--db", str(shop), "search", "customer", "--limit", "15", "--json")
    assert [hit["name"] for hit in json.loads(out)] == [f"Customer {n:02d}" for n in range(15)]


def test_nothing_found_is_said_and_a_bad_limit_is_refused(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", str(shop), "search", "zzzz") == (0, "no customers found\n", "")
    code, _, err = run(capsys, "--db", str(shop), "search", "lee", "--limit", "0")
    assert code == 1 and err == "carebook: --limit must be between 1 and 1000\n"


def test_runs_as_a_command_and_finds_companies_without_accents(shop: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "carebook.cli", "--db", str(shop), "search", "cafe", "--json"],
        capture_output=True, text=True, check=True,
    )
    assert [hit["name"] for hit in json.loads(done.stdout)] == ["Bruce Lee"]
