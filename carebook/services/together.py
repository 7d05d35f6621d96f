"""Several service writes that belong together, committed as one transaction.

Logging a contact with its scores and follow-up is one action for the user: ``together(steps)`` runs
``steps`` inside one ``BEGIN IMMEDIATE`` transaction; each service write inside it becomes a savepoint,
and if any step fails, none of them is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from carebook.db import writes

T = TypeVar("T")


@writes
def together(steps: Callable[[], T]) -> T:
    return steps()
