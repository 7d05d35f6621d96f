"""Personal-data exports of customers with hostile names: every file lands inside the chosen folder,
under a safe name, readable by its owner only, and the JSON keeps the name exactly as stored."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import pytest

from carebook.errors import ValidationError
from carebook.exchange.privacy_export import export_person
from carebook.models import Customer
from carebook.services import customers, interactions

SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9.-]*$")
NAMES = {
    "dotdot-passwd": "../../etc/passwd",
    "device-con": "con",
    "device-CON-txt": "CON.txt",
    "slash-backslash": "a/b\\c",
    "dotdot": "..",
    "dot": ".",
    "longest": "L" * 200,
    "japanese": "名前",
    "nul": "\x00x",
    "hidden": ".hidden",
    "drive": "C:\\Windows\\System32",
    "absolute": "/etc/shadow",
    "home": "~root",
    "newline": "Ann\nSmith",
}
# What the customers service stores (it removes NUL and turns a line break in a name into a space).
STORED = {"nul": "x", "newline": "Ann Smith"}


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("key", NAMES, ids=NAMES)
def test_a_hostile_name_cannot_lead_an_export_outside_its_folder(db: Path, tmp_path: Path, key: str) -> None:
    chosen = tmp_path / "exports"
    chosen.mkdir()
    (tmp_path / "etc").mkdir()
    row = customers.create(NAMES[key], notes="private").row
    assert row.name == STORED.get(key, NAMES[key])
    interactions.log(row.id, channel="phone", summary="called")

    done = export_person(row.id, chosen)

    root = chosen.resolve()
    folder = done.folder.resolve()
    assert folder.parent == root  # a new folder directly inside the chosen one
    assert SAFE_NAME.match(folder.name) and folder.name.startswith(f"carebook-customer-{row.id}")
    assert len(folder.name) <= 80
    assert _mode(folder) == 0o700
    assert sorted(os.listdir(root)) == [folder.name]  # nothing else appeared next to it
    assert sorted(os.listdir(tmp_path)) == ["etc", "exports"] and not os.listdir(tmp_path / "etc")
    assert len(done.files) == 5
    for path in done.files:
        resolved = path.resolve()
        assert resolved.parent == folder and root in resolved.parents
        assert SAFE_NAME.match(resolved.name)
        assert path.is_file() and not path.is_symlink()
        assert _mode(path) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in done.files)
    data = json.loads((folder / "customer.json").read_text(encoding="utf-8"))
    assert data["customer"]["name"] == row.name
    assert data["customer"]["notes"] == "private"
    assert [c["summary"] for c in data["contacts"]] == ["called"]


def test_a_second_export_of_the_same_customer_gets_its_own_folder(db: Path, tmp_path: Path) -> None:
    row = customers.create("../../etc/passwd").row
    first = export_person(row.id, tmp_path)
    second = export_person(row.id, tmp_path)
    assert first.folder != second.folder
    assert first.folder.parent == second.folder.parent == tmp_path
    assert _mode(second.folder) == 0o700


def test_a_300_character_name_is_refused_before_any_export(db: Path, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="name"):
        customers.create("N" * 300)
    assert Customer.select().count() == 0  # nothing to export: no customer was made
    assert not list(tmp_path.iterdir())
