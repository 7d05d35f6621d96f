"""Every CLI command gives the same output on SQLite and on PostgreSQL, byte for byte.

One demo shop is made on each engine at the same frozen moment; then each command runs on both and what it
prints and writes is compared: the exports of every kind, stats, the report's text, importing a file twice,
merging, undoing an import and a merge, the follow-ups' calendar. Needs PostgreSQL's server programs
(``pg_database`` skips with one line otherwise); runs in the plain SQLite run of the suite.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from pathlib import Path

import pytest

from carebook import clock
from carebook.cli import main
from tests.core.reports.pdf import pages

NOW = datetime(2026, 3, 14, 9, 30, 15)  # a Saturday in March, mid-month: overdue, due and later work


class _Frozen(datetime):
    """``datetime`` whose ``now`` is NOW (UTC): both shops get the same created-at and updated-at times."""

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> _Frozen:
        moment = NOW.replace(tzinfo=UTC)
        local = moment.astimezone(tz) if tz is not None else moment.astimezone().replace(tzinfo=None)
        return cls.combine(local.date(), local.time(), local.tzinfo)


@pytest.fixture
def engines(
    pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    """A demo shop on SQLite and the same on PostgreSQL (the shop's zone Europe/Oslo, the clock frozen)."""
    monkeypatch.setattr(clock, "datetime", _Frozen)
    targets = {"sqlite": str(tmp_path / "shop.sqlite3"), "postgresql": pg_database}
    for target in targets.values():
        assert main(["--db", target, "settings", "time_zone", "Europe/Oslo"]) == 0
        assert main(["--db", target, "settings", "phone_region", "GB"]) == 0
        assert main(["--db", target, "demo", "--customers", "80", "--months", "4", "--seed", "5"]) == 0
    return targets


Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Run:
    """``run(engine_target, *argv)``: the exit code and what was printed, paths made engine-neutral."""

    def _run(target: str, *argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--db", target, *argv])
        out, err = capsys.readouterr()
        return code, out.replace(str(tmp_path), "TMP"), err.replace(str(tmp_path), "TMP")

    return _run


def _both(engines: dict[str, str], run: Run, *argv: str) -> tuple[int, str, str]:
    """Run ``argv`` on both shops (``{engine}`` in an argument is replaced by the engine's name); assert
    the same exit code and output, and return SQLite's."""
    results = {
        name: run(target, *(a.replace("{engine}", name) for a in argv)) for name, target in engines.items()
    }
    sqlite = results["sqlite"]
    code, out, err = results["postgresql"]
    neutral = code, out.replace("postgresql", "sqlite"), err.replace("postgresql", "sqlite")
    assert neutral == sqlite, f"{argv}: SQLite and PostgreSQL differ"
    return sqlite


def _same_files(tmp_path: Path, name: str) -> bytes:
    sqlite = (tmp_path / f"sqlite-{name}").read_bytes()
    assert (tmp_path / f"postgresql-{name}").read_bytes() == sqlite, f"{name} differs between the engines"
    return sqlite


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("customers", "customers.csv"),
        ("interactions", "interactions.csv"),
        ("feedback", "feedback.csv"),
        ("followups", "followups.csv"),
        ("vcard", "customers.vcf"),
        ("ics", "followups.ics"),
    ],
)
def test_every_export_is_the_same_file(
    engines: dict[str, str], run: Run, tmp_path: Path, kind: str, name: str
) -> None:
    code, out, _ = _both(engines, run, "export", kind, str(tmp_path / f"{{engine}}-{name}"))
    assert (code == 0 and "rows written" in out) or "written" in out
    assert len(_same_files(tmp_path, name)) > 1000


def test_stats_of_every_month_and_the_report_text_are_the_same(
    engines: dict[str, str], run: Run, tmp_path: Path
) -> None:
    for month in ("2025-12", "2026-01", "2026-02", "2026-03"):
        assert _both(engines, run, "stats", "--month", month)[0] == 0
        assert _both(engines, run, "stats", "--month", month, "--json")[0] == 0
        _both(engines, run, "report", "--month", month, "-o", str(tmp_path / f"{{engine}}-{month}.pdf"))
        texts = {name: pages(tmp_path / f"{name}-{month}.pdf") for name in engines}
        assert texts["postgresql"] == texts["sqlite"], f"the report of {month} differs"


def test_duplicates_merge_and_undo_merge_say_the_same(engines: dict[str, str], run: Run) -> None:
    assert _both(engines, run, "duplicates")[0] == 0
    assert _both(engines, run, "duplicates", "--json")[0] == 0
    keep, other = 3, 7  # any two customers: a merge does not ask why
    assert _both(engines, run, "merge", str(keep), str(other), "--take", "phone")[0] == 0
    assert _both(engines, run, "merge", str(keep), str(other))[0] == 1  # already merged: the same message
    assert _both(engines, run, "undo-merge", "1")[0] == 0
    assert _both(engines, run, "undo-merge", "1")[0] == 1


def test_importing_a_file_twice_and_undoing_say_the_same(
    engines: dict[str, str], run: Run, tmp_path: Path
) -> None:
    for kind in ("customers", "interactions", "feedback", "followups"):
        _both(engines, run, "export", kind, str(tmp_path / f"{{engine}}-{kind}.csv"))
        _same_files(tmp_path, f"{kind}.csv")
    (tmp_path / "changed.csv").write_bytes(
        (tmp_path / "sqlite-customers.csv").read_bytes().replace(b",no,", b",yes,", 5)
    )
    outputs = [
        _both(engines, run, "import", kind, str(tmp_path / file))
        for kind, file in [
            ("interactions", "sqlite-interactions.csv"),
            ("interactions", "sqlite-interactions.csv"),
            ("feedback", "sqlite-feedback.csv"),
            ("followups", "sqlite-followups.csv"),
            ("followups", "sqlite-followups.csv"),
            ("customers", "sqlite-customers.csv"),
            ("customers", "changed.csv"),
        ]
    ]
    assert [code for code, _, _ in outputs] == [0] * 7, outputs
    assert " 0 created" in outputs[1][1] and " 0 created" in outputs[4][1]  # nothing twice
    assert " updated" in outputs[6][1]
    _, listed, _ = _both(engines, run, "imports")
    assert "customers" in listed
    code, out, _ = _both(engines, run, "undo-import", "7")
    assert code == 0, out
    for kind in ("customers", "interactions", "feedback", "followups"):
        _both(engines, run, "export", kind, str(tmp_path / f"{{engine}}-after-{kind}.csv"))
        _same_files(tmp_path, f"after-{kind}.csv")


def test_search_settings_log_and_export_person_say_the_same(
    engines: dict[str, str], run: Run, tmp_path: Path
) -> None:
    assert _both(engines, run, "settings")[0] == 0
    summary = "Asked about opening hours"
    assert _both(engines, run, "log", "1", "--channel", "phone", "--summary", summary)[0] == 0
    for name in engines:
        (tmp_path / f"{name}-person").mkdir()
    code, _, _ = _both(engines, run, "export-person", "1", str(tmp_path / "{engine}-person"))
    assert code == 0
    written = {name: sorted((tmp_path / f"{name}-person").rglob("*")) for name in engines}
    assert [p.relative_to(tmp_path / "sqlite-person") for p in written["sqlite"]] == [
        p.relative_to(tmp_path / "postgresql-person") for p in written["postgresql"]
    ]
    for sqlite_file, pg_file in zip(written["sqlite"], written["postgresql"], strict=True):
        if sqlite_file.is_file():
            assert pg_file.read_bytes() == sqlite_file.read_bytes(), sqlite_file.name
