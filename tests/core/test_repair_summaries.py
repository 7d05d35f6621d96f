"""Customer summaries broken behind Carebook's back (another program writing the database) are reported by
``carebook check`` and recomputed by ``check --repair``, on SQLite and on a PostgreSQL server."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from carebook import repair
from carebook.cli import main
from carebook.db import database
from carebook.services import customers, feedback, followups, interactions
from carebook.shop import close_shop, open_shop

_BREAK = (
    "UPDATE customer SET open_contacts = 7, open_followups = 0, last_score = 1, last_contact_at = NULL "
    "WHERE name <> 'Untouched'"
)
_SUMMARY = "SELECT name, open_contacts, open_followups, last_score, last_contact_at IS NULL FROM customer"


def _shop() -> dict[str, tuple[object, ...]]:
    """Three customers with contacts, scores and follow-ups, one left alone; their summaries as stored."""
    for name in ("Ann", "Bo", "Cy", "Untouched"):
        number = customers.create(name).row.id
        interactions.log(number, channel="phone", summary="called")
        feedback.record(number, kind="csat", score=4)
        followups.create(number, due_on="2099-01-01")
    return _summaries()


def _summaries() -> dict[str, tuple[object, ...]]:
    return {row[0]: tuple(row[1:]) for row in database.execute_sql(_SUMMARY + " ORDER BY id").fetchall()}


def _behind_carebooks_back(target: str) -> None:
    if target.startswith("postgresql:"):
        with psycopg.connect(target, autocommit=True) as connection:
            connection.execute(_BREAK)  # type: ignore[arg-type]
        return
    connection = sqlite3.connect(target)
    with connection:
        connection.execute(_BREAK)
    connection.close()


def _reported_and_repaired(target: str, capsys: pytest.CaptureFixture[str]) -> None:
    right = _shop()
    _behind_carebooks_back(target)
    assert _summaries() != right
    report = repair.inspect()
    assert (report.summaries, report.ok) == (3, False)
    assert "customer summaries: 3 customers out of date" in report.lines()
    close_shop()
    capsys.readouterr()
    assert main(["--db", target, "check"]) == 1
    checked = capsys.readouterr()
    assert "customer summaries: 3 customers out of date" in checked.out
    needs = "derived data needs rebuilding: run 'carebook check --repair'"
    assert checked.err == f"carebook: {target}: {needs}\n"
    assert main(["--db", target, "check", "--repair"]) == 0
    assert "customer summaries: ok" in capsys.readouterr().out.splitlines()
    open_shop(target)
    assert _summaries() == right
    assert repair.inspect().summaries == 0


def test_a_summary_broken_behind_carebooks_back_is_reported_and_repaired(
    db: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    _reported_and_repaired(str(db), capsys)


def test_the_same_on_a_server_in_any_run(pg_database: str, capsys: pytest.CaptureFixture[str]) -> None:
    open_shop(pg_database)
    try:
        _reported_and_repaired(pg_database, capsys)
    finally:
        close_shop()
