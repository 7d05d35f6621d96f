"""File and folder pickers (one module, so tests can patch them), remembering the last folder used.

``choose_file(parent, ctx_state, kind, title, filters)`` and ``choose_folder(...)`` return a path or
"" when cancelled; ``kind`` names the LocalState key ``folders/<kind>`` that remembers the folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ui.state import LocalState


def _start(state: LocalState, kind: str, current: str) -> str:
    if current:
        path = Path(current).expanduser()
        return str(path if path.is_dir() else path.parent)
    return str(state.get(f"folders/{kind}") or Path.home())


def choose_file(
    parent: QWidget | None, state: LocalState, kind: str, title: str, filters: str, current: str = ""
) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, _start(state, kind, current), filters)
    if path:
        state.set(f"folders/{kind}", str(Path(path).parent))
    return path


def choose_save_file(
    parent: QWidget | None, state: LocalState, kind: str, title: str, filters: str, name: str = ""
) -> str:
    start = Path(_start(state, kind, "")) / name
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    if path:
        state.set(f"folders/{kind}", str(Path(path).parent))
    return path


def choose_folder(parent: QWidget | None, state: LocalState, kind: str, title: str, current: str = "") -> str:
    path = QFileDialog.getExistingDirectory(parent, title, _start(state, kind, current))
    if path:
        state.set(f"folders/{kind}", path)
    return path
