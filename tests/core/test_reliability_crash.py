"""The fast part of the crash, concurrency and hostile-input campaign (`make reliability` runs it in full)."""

from __future__ import annotations

from pathlib import Path

from tests.reliability import concurrency, crash_harness, hostile
from tests.reliability.crash_harness import _Committed


def test_ten_kills_lose_nothing_and_leave_no_half_import_or_merge(tmp_path: Path) -> None:
    groups = crash_harness.run(9, tmp_path, seed=11)
    assert [(g.tried, g.survived, g.lost) for g in groups] == [(3, 3, 0)] * 3, [g.problems for g in groups]


def test_the_crash_check_notices_a_lost_record(tmp_path: Path) -> None:
    crash_harness.run(1, tmp_path, seed=3, modes=("contacts",))
    committed = _Committed(contacts={10**9})  # "printed as committed" but never written
    lost, problems = crash_harness.verify(tmp_path / "crash.sqlite3", committed)
    assert lost == 1 and "committed contacts missing" in problems[0]


def test_two_writers_at_once_store_every_contact(tmp_path: Path) -> None:
    result = concurrency.two_writers(tmp_path, count=150)
    assert (result.tried, result.survived, result.lost) == (2, 2, 0), result.problems


def test_every_hostile_case_is_stored_exactly_or_refused_plainly(tmp_path: Path) -> None:
    tried, survived, problems = hostile.run(tmp_path)
    assert tried >= 40
    assert problems == [] and survived == tried
