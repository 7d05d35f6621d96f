"""carebook.drafts: typed work kept in one owner-only file, written atomically, per shop; a damaged or
hostile drafts file is moved aside (nothing lost) with one clear line, never overwritten."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from carebook import drafts
from carebook.drafts import DraftStore
from carebook.errors import CarebookError

LONG = "Customer called about the broken gear. " * 60  # 2,340 characters


def test_a_draft_is_kept_read_back_and_removed(data_dir: Path) -> None:
    store = DraftStore(shop="/shops/a.sqlite3")
    assert store.get("contact/customer/1") is None
    store.put("contact/customer/1", {"summary": "Gear", "notes": LONG, "resolved": True, "waited": 3})
    again = DraftStore(shop="/shops/a.sqlite3").get("contact/customer/1")
    assert again is not None
    assert again.values == {"summary": "Gear", "notes": LONG, "resolved": True, "waited": 3}
    assert store.path == data_dir / "drafts.json"
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert store.keys() == ["contact/customer/1"]
    store.remove("contact/customer/1")
    assert store.get("contact/customer/1") is None
    assert store.keys() == []


def test_empty_values_remove_the_draft(data_dir: Path) -> None:
    store = DraftStore()
    store.put("customer/new", {"name": "Åse"})
    store.put("customer/new", {})
    assert store.get("customer/new") is None


def test_two_shops_never_see_each_others_drafts(data_dir: Path) -> None:
    first, second = DraftStore(shop="a"), DraftStore(shop="b")
    first.put("contact/customer/1", {"summary": "for shop a"})
    assert second.get("contact/customer/1") is None
    second.put("contact/customer/1", {"summary": "for shop b"})
    draft = first.get("contact/customer/1")
    assert draft is not None and draft.values["summary"] == "for shop a"


def test_two_windows_writing_keep_both_drafts(data_dir: Path) -> None:
    """Each change re-reads the file, so a second window's draft is not written over."""
    one, two = DraftStore(shop="a"), DraftStore(shop="a")
    one.put("contact/customer/1", {"summary": "one"})
    two.put("contact/customer/2", {"summary": "two"})
    one.remove("contact/customer/1")
    assert two.keys() == ["contact/customer/2"]


def test_a_failed_write_leaves_the_previous_file_whole(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = DraftStore()
    store.put("contact/new", {"summary": "kept"})
    before = store.path.read_bytes()

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(CarebookError, match=r"drafts\.json: cannot be written \(No space left on device\)"):
        store.put("contact/new", {"summary": "lost?"})
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert [p.name for p in data_dir.iterdir()] == ["drafts.json"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"format": "carebook-drafts", "version": 1, "shops": {"": {"k": {"values"', "not valid JSON"),
        (b"\xff\xfe garbage", "not valid JSON"),
        (b'["a list"]', "not a Carebook drafts file"),
        (b'{"format": "carebook-drafts", "version": 99, "shops": {}}', "drafts version 99"),
        (b'{"format": "carebook-drafts", "version": 1, "shops": []}', "no list of shops"),
        (
            b'{"format": "carebook-drafts", "version": 1, "shops": {"": {"k": {"saved_at": '
            b'"2026-01-01 10:00:00", "values": {"x": {"nested": 1}}}}}}',
            "holds something that is not typed text",
        ),
        (
            b'{"format": "carebook-drafts", "version": 1, "shops": {"": {"k": {"values": {}}}}}',
            "no time it was saved",
        ),
    ],
)
def test_a_damaged_file_is_moved_aside_with_a_clear_message(
    data_dir: Path, content: bytes, reason: str
) -> None:
    path = data_dir / "drafts.json"
    path.write_bytes(content)
    store = DraftStore()
    assert store.get("k") is None
    assert reason in store.problem
    assert store.problem.startswith("The drafts file could not be read (")
    assert "\n" not in store.problem
    aside = [p for p in data_dir.iterdir() if p.name.startswith("drafts.damaged-")]
    assert len(aside) == 1 and aside[0].read_bytes() == content  # nothing of it is lost
    assert str(aside[0]) in store.problem
    store.put("k", {"summary": "new"})  # and drafts work again
    assert json.loads(path.read_text(encoding="utf-8"))["shops"][""]["k"]["values"] == {"summary": "new"}


def test_a_planted_symlink_is_neither_followed_nor_written_through(data_dir: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("not Carebook's")
    (data_dir / "drafts.json").symlink_to(victim)
    store = DraftStore()
    assert store.get("k") is None
    assert "symbolic link" in store.problem
    store.put("k", {"summary": "x"})
    assert victim.read_text() == "not Carebook's"
    assert not (data_dir / "drafts.json").is_symlink()


def test_a_huge_file_is_not_read(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drafts, "MAX_FILE_BYTES", 100)
    (data_dir / "drafts.json").write_bytes(b" " * 101)
    store = DraftStore()
    assert store.keys() == []
    assert "101 bytes" in store.problem


def test_values_that_are_not_plain_are_refused_before_anything_is_written(data_dir: Path) -> None:
    store = DraftStore()
    with pytest.raises(ValueError, match="notes"):
        store.put("k", {"notes": ["a", "list"]})  # type: ignore[dict-item]
    assert not store.path.exists()
