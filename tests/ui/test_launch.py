"""The carebook command starts the app without a subcommand and the CLI with one."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from carebook.services import staff
from carebook.shop import close_shop, open_shop
from ui import gc_pause, launch


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


@pytest.fixture
def collector() -> Iterator[None]:
    """Garbage collection as the test found it, afterwards (and nothing left frozen)."""
    was_enabled = gc.isenabled()
    yield
    gc_pause.resume()
    gc.unfreeze()
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


def test_the_app_starts_with_garbage_collection_paused_and_resumes_it_once_up(
    collector: None, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    gc.enable()
    app_module = launch.load_gui()
    assert not gc.isenabled() and gc_pause.paused()
    path = tmp_path / "shop.sqlite3"
    open_shop(path)
    staff.add("Olivia Owner", "owner")
    close_shop()
    seen: dict[str, object] = {}

    def event_loop(app) -> int:  # type: ignore[no-untyped-def]
        seen["paused while the window starts"] = not gc.isenabled()
        qtbot.waitUntil(gc.isenabled, timeout=app_module.GC_RESUME_DELAY_MS + 3000)
        seen["frozen"] = gc.get_freeze_count()
        return 0

    monkeypatch.setattr(app_module, "_event_loop", event_loop)
    assert app_module.run(db=str(path)) == 0
    assert seen["paused while the window starts"] is True
    assert isinstance(seen["frozen"], int) and seen["frozen"] > 0  # start-up's objects left alone
    assert gc.isenabled() and not gc_pause.paused()


def test_a_failed_start_turns_garbage_collection_back_on(collector: None, tmp_path: Path, msgboxes) -> None:  # type: ignore[no-untyped-def]
    gc.enable()
    app_module = launch.load_gui()
    assert app_module.run(db=str(tmp_path / "no-such-folder" / "shop.sqlite3")) == 1
    assert msgboxes.kinds() == ["error"]
    assert gc.isenabled()


def test_resume_leaves_a_collector_that_was_already_off_alone(collector: None) -> None:
    gc.disable()
    gc_pause.pause()
    assert not gc_pause.paused()
    gc_pause.resume()
    assert not gc.isenabled() and gc.get_freeze_count() == 0


def test_carebook_gui_starts_the_app_with_garbage_collection_paused(
    collector: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    gc.enable()
    seen: list[bool] = []
    monkeypatch.setattr("ui.app.main", lambda: seen.append(gc.isenabled()) or 0)
    assert launch.gui_main() == 0
    assert seen == [False]
