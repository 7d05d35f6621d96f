"""``StaffRow``: one staff member as the services hand it out. A module of its own, without the database
layer, so that ``carebook.glance`` can build one before peewee loads."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    role: str  # owner / staff
    active: bool

    @property
    def is_owner(self) -> bool:
        return self.role == "owner"
