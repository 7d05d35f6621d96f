"""This computer's own state, kept in ``carebook-ui.ini`` (QSettings, INI format) in the data folder.

Only state that belongs to this seat lives here: window geometry, splitter positions, who is at the
counter, the palette choice, last-used folders. The shop's settings (name, phone region, time zone,
backup folder...) live in the database via ``carebook.settings`` so every seat and the CLI share them.

Every key is declared once with its type and default (Picard's ``options.py``). Reading or writing a key
that is not declared raises ``UndeclaredKey``; a test walks the code for that. A key ending in ``/*``
declares a family: ``splitter/*`` covers ``splitter/main``, ``splitter/customers`` and so on.

Extension point: a page or dialog module that needs its own key declares it at import time::

    from ui.state import declare
    declare("today/everyone", bool, False, "Today shows everyone's follow-ups, not only mine")

Declaring the same key again with the same type and default is harmless; a clash raises ValueError.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from carebook.paths import data_dir

FILE_NAME = "carebook-ui.ini"
PALETTES = ("system", "light", "dark")


class UndeclaredKey(KeyError):
    """Code asked for a key that nobody declared: a programming error."""


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    doc: str


_OPTIONS: dict[str, Option] = {}


def declare(key: str, type_: type, default: Any, doc: str) -> Option:
    """Declare a key (or a ``prefix/*`` family) with its type and default."""
    if type_ not in (str, int, bool, bytes, list):
        raise ValueError(f"unsupported type {type_!r} for {key!r}")
    option = Option(key, type_, default, doc)
    existing = _OPTIONS.get(key)
    if existing is not None and (existing.type, existing.default) != (type_, default):
        raise ValueError(f"{key!r} is already declared differently")
    _OPTIONS[key] = option
    return option


def option(key: str) -> Option:
    found = _OPTIONS.get(key)
    if found is None and "/" in key:
        found = _OPTIONS.get(key.rsplit("/", 1)[0] + "/*")
    if found is None:
        raise UndeclaredKey(f"undeclared UI state key {key!r}")
    return found


declare("window/geometry", bytes, b"", "main window size and position")
declare("window/state", bytes, b"", "toolbar and dock layout of the main window")
declare("window/page", str, "today", "the page shown when the window last closed")
declare("dialog/*", bytes, b"", "size and position of each dialog, by dialog name")
declare("splitter/*", bytes, b"", "splitter positions, by splitter name")
declare("header/*", bytes, b"", "table column widths and order, by table name")
declare("counter/staff_id", int, 0, "the staff member at the counter (0: nobody chosen)")
declare("view/palette", str, "system", "colour palette: system, light or dark")
declare("view/toolbar", bool, True, "whether the toolbar is shown")
declare("folders/*", str, "", "the folder last used for a kind of file, e.g. folders/logo")


def _convert(option_: Option, raw: Any) -> Any:
    if raw is None:
        return option_.default
    kind = option_.type
    try:
        if kind is bytes:
            return bytes(raw.data()) if isinstance(raw, QByteArray) else bytes(raw)
        if kind is bool:
            return raw if isinstance(raw, bool) else str(raw).strip().lower() in ("true", "1", "yes")
        if kind is int:
            return int(raw)
        if kind is list:
            return [str(item) for item in raw] if isinstance(raw, list | tuple) else [str(raw)]
        return str(raw)
    except (TypeError, ValueError):
        return option_.default


class LocalState:
    """Typed access to the INI file; ``get``/``set`` accept declared keys only."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else data_dir() / FILE_NAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        option_ = option(key)
        return _convert(option_, self._settings.value(key))

    def set(self, key: str, value: Any) -> None:
        option_ = option(key)
        if option_.type is bytes:
            value = QByteArray(bytes(value))
        elif option_.type is list:
            value = [str(item) for item in value]
        elif not isinstance(value, option_.type):
            raise TypeError(f"{key!r} holds {option_.type.__name__}, not {type(value).__name__}")
        self._settings.setValue(key, value)

    def remove(self, key: str) -> None:
        option(key)
        self._settings.remove(key)

    def sync(self) -> None:
        self._settings.sync()
