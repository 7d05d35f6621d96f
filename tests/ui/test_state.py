"""LocalState: declared keys only, typed values, remembered across runs."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from ui import state as state_module
from ui.state import LocalState, UndeclaredKey


def test_undeclared_keys_are_refused(state: LocalState) -> None:
    with pytest.raises(UndeclaredKey):
        state.get("window/geometri")
    with pytest.raises(UndeclaredKey):
        state.set("shop/name", "Corner Bikes")  # shop settings belong in the database, not here
    with pytest.raises(UndeclaredKey):
        state.get("splitter")  # a family needs a member name


def test_defaults_and_types(state: LocalState) -> None:
    assert state.get("view/palette") == "system"
    assert state.get("counter/staff_id") == 0
    assert state.get("view/toolbar") is True
    assert state.get("splitter/customers") == b""
    with pytest.raises(TypeError):
        state.set("counter/staff_id", "3")


def test_values_survive_a_restart(data_dir: Path) -> None:
    first = LocalState(data_dir / "carebook-ui.ini")
    first.set("window/geometry", b"\x01\x02\xff")
    first.set("counter/staff_id", 7)
    first.set("view/toolbar", False)
    first.set("view/palette", "dark")
    first.set("folders/logo", "/home/shop/pictures")
    first.sync()
    again = LocalState(data_dir / "carebook-ui.ini")
    assert again.get("window/geometry") == b"\x01\x02\xff"
    assert again.get("counter/staff_id") == 7
    assert again.get("view/toolbar") is False
    assert again.get("view/palette") == "dark"
    assert again.get("folders/logo") == "/home/shop/pictures"
    assert (data_dir / "carebook-ui.ini").read_text().count("[") >= 1  # an INI file in the data folder


def test_default_file_is_in_the_data_folder(data_dir: Path) -> None:
    assert LocalState().path == data_dir / "carebook-ui.ini"


def test_declaring_a_key_twice_differently_is_an_error() -> None:
    state_module.declare("view/palette", str, "system", "same declaration again is fine")
    with pytest.raises(ValueError):
        state_module.declare("view/palette", str, "dark", "a different default")


def test_every_key_used_in_the_code_is_declared() -> None:
    """Like Picard's check_settings: literal keys passed to state.get/set must be declared."""
    root = Path(__file__).resolve().parents[2] / "ui"
    for module in sorted(root.rglob("*.py")):  # keys are declared where they are used: import them all
        parts = module.relative_to(root.parent).with_suffix("").parts
        importlib.import_module(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    pattern = re.compile(r"state\.(?:get|set|remove)\(\s*f?\"([^\"]+)\"")
    used = set()
    for path in root.rglob("*.py"):
        for key in pattern.findall(path.read_text(encoding="utf-8")):
            used.add(re.sub(r"\{[^}]*\}", "x", key))
    assert used, "the pattern found no keys: the check would prove nothing"
    for key in sorted(used):
        state_module.option(key)  # raises UndeclaredKey
