"""Several service writes that belong together, committed as one transaction.

Logging a contact with its scores and follow-up is one action for the user: ``together(steps)`` runs
``steps`` inside one ``BEGIN IMMEDIATE`` transaction; the service writes inside it join that transaction
(``db.all_or_nothing``: no savepoint each), and if any step fails, none of them is kept. The customer
summaries the steps change are recounted once, at the end (``customer_stats.once_at_the_end``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from carebook.db import all_or_nothing, writes
from carebook.services import customer_stats

T = TypeVar("T")


@writes
def together(steps: Callable[[], T]) -> T:
    with all_or_nothing(), customer_stats.once_at_the_end():
        return steps()
