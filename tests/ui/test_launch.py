"""The carebook command starts the app without a subcommand and the CLI with one."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui import launch


def test_subcommand_runs_the_core_cli(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert launch.main(["init"]) == 0
    assert capsys.readouterr().out.strip() == str(data_dir / "carebook.sqlite3")


def test_no_subcommand_starts_the_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    started = {}

    def fake_run(db: str | None = None, staff: str | None = None) -> int:
        started.update(db=db, staff=staff)
        return 0

    monkeypatch.setattr("ui.app.run", fake_run)
    assert launch.main(["--db", "shop.sqlite3", "--staff", "Ann"]) == 0
    assert started == {"db": "shop.sqlite3", "staff": "Ann"}
