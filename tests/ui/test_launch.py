"""The carebook command starts the app without a subcommand and the CLI with one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui import launch

ROOT = Path(__file__).resolve().parents[2]


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


_LOAD = """
import gc, json, sys
if sys.argv[1] == "off":
    gc.disable()
from ui import launch
collections = []
gc.callbacks.append(lambda phase, info: phase == "start" and collections.append(info["generation"]))
launch.load_gui()
print(json.dumps([len(collections), gc.isenabled(), gc.get_freeze_count() > 0, "ui.app" in sys.modules]))
"""


@pytest.mark.parametrize(
    ("collector", "expected"), [("on", [0, True, True, True]), ("off", [0, False, False, True])]
)
def test_the_app_loads_without_collections_and_leaves_the_collector_as_it_found_it(
    collector: str, expected: list[object]
) -> None:
    """No garbage collection while the app's modules load, their objects frozen afterwards (ui.launch);
    a collector that was off stays off and nothing is frozen."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", _LOAD, collector]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == expected
