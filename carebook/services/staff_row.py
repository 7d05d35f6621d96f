"""``StaffRow``: one staff member as the services hand it out, and ``counter_person``: who starts at the
counter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from carebook.text import clean_text


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    role: str  # owner / staff
    active: bool
    version: int = 1  # raised by each save (``carebook.versions``)

    @property
    def is_owner(self) -> bool:
        return self.role == "owner"


def counter_person(active: Sequence[StaffRow], name: str | None, remembered_id: int) -> StaffRow | None:
    """Of the ``active`` staff: the one called ``name`` (any case) when a name is given, else the
    remembered one, else the only one; None when that names nobody (or leaves several to choose from)."""
    if name:
        wanted = clean_text(name, multiline=False).casefold()
        return next((row for row in active if row.name.casefold() == wanted), None)
    remembered = next((row for row in active if row.id == remembered_id), None)
    if remembered is not None:
        return remembered
    return active[0] if len(active) == 1 else None
