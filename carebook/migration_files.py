"""Which schema migrations this installation ships: ``available()`` and ``latest_version()``.

The numbered files ``carebook/migrations/NNNN_name.py``, listed by name without importing them.
``carebook.migrations`` applies them.
"""

from __future__ import annotations

import importlib
import os
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

FOLDER = os.path.join(os.path.dirname(__file__), "migrations")
_NAME_RE = re.compile(r"^(\d{4})_(\w+)\.py$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    module: str

    def load(self) -> ModuleType:
        return importlib.import_module(f"carebook.migrations.{self.module}")


def available() -> list[Migration]:
    return list(_shipped())


@cache
def _shipped() -> tuple[Migration, ...]:
    """The migration files of this installation (read once: opening a database asks several times).

    Listed from the migrations folder, which holds them as files in every form Carebook ships in (a
    checkout, a wheel, the frozen app: see packaging/carebook.spec), without ``importlib.resources``,
    whose import alone costs about 6 ms of every start.
    """
    found = []
    for entry in os.scandir(FOLDER):
        match = _NAME_RE.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), entry.name[:-3]))
    return tuple(sorted(found, key=lambda m: m.version))


def latest_version() -> int:
    migrations = available()
    return migrations[-1].version if migrations else 0
