"""The shop's staff: who logs contacts and owns follow-ups.

Names are unique whatever their case. A shop always keeps at least one active owner once it has one:
the last active owner cannot be deactivated or made ordinary staff. Staff are deactivated, never
deleted, so old contacts keep their names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from carebook import vocab
from carebook.clock import utc_now
from carebook.conflicts import bump
from carebook.db import reads, writes
from carebook.errors import CarebookError, NotFound, ValidationError
from carebook.integers import shown
from carebook.models import Staff
from carebook.query_rows import tuple_rows
from carebook.services.staff_row import StaffRow as StaffRow  # defined apart, without the database layer
from carebook.text import clean_text
from carebook.translation import _
from carebook.versions import Seen, guard, picked

MAX_NAME = 100


def _row(staff: Staff) -> StaffRow:
    return StaffRow(staff.id, staff.name, staff.role, bool(staff.active), int(staff.version))


def _clean_name(name: str | None, keep_id: int | None = None) -> str:
    text = clean_text(name, multiline=False)
    if not text:
        raise ValidationError("name", _("is required"))
    if len(text) > MAX_NAME:
        raise ValidationError(
            "name",
            _("is {length} characters long; the most is {most}").format(length=len(text), most=MAX_NAME),
        )
    for other_id, other in tuple_rows(Staff.select(Staff.id, Staff.name)):
        if other_id != keep_id and other.casefold() == text.casefold():
            raise ValidationError(
                "name", _("'{other}' is already on the staff list; choose another name").format(other=other)
            )
    return text


def _load(staff_id: int) -> Staff:
    staff = Staff.get_or_none(Staff.id == staff_id)
    if staff is None:
        raise NotFound(_("There is no staff member number {staff_id}.").format(staff_id=staff_id))
    return staff


def _is_last_active_owner(staff: Staff) -> bool:
    if staff.role != "owner" or not staff.active:
        return False
    others = Staff.select().where((Staff.role == "owner") & Staff.active & (Staff.id != staff.id))
    return not others.exists()


@writes
def add(name: str, role: str = "staff") -> StaffRow:
    """Add an active staff member; ``role`` is "owner" or "staff"."""
    errors: dict[str, str] = {}
    cleaned_name = cleaned_role = ""
    try:
        cleaned_name = _clean_name(name)
    except ValidationError as error:
        errors.update(error.errors)
    try:
        cleaned_role = vocab.check_choice(role, vocab.ROLES, "role")
    except ValidationError as error:
        errors.update(error.errors)
    if errors:
        raise ValidationError(errors)
    staff_id = Staff.insert(name=cleaned_name, role=cleaned_role, active=True, created_at=utc_now()).execute()
    return _row(_load(staff_id))


def _write(staff_id: int, **columns: object) -> StaffRow:
    """Store a person's change of a staff member, raising its version."""
    Staff.update(**columns, version=bump()).where(Staff.id == staff_id).execute()
    return _row(_load(staff_id))


def stored_values(staff_id: int) -> Callable[[Iterable[str]], dict[str, Any]]:
    """How ``carebook.versions`` reads this staff member now, by the names of ``StaffRow``."""
    return lambda names: picked(_row(_load(staff_id)), names)


@writes
def change(staff_id: int, *, seen: Seen | None = None, **fields: Any) -> StaffRow:
    """Change ``name``, ``role`` and/or ``active`` in one save. ``seen``: what the form loaded
    (``carebook.versions``): a staff member changed since merges field by field, or ``ConflictError``."""
    unknown = sorted(set(fields) - {"name", "role", "active"})
    if unknown:
        raise ValidationError(unknown[0], "cannot be changed on a staff member")
    values = guard("staff", staff_id, seen, fields, stored_values(staff_id))
    staff = _load(staff_id)
    columns: dict[str, object] = {}
    if "name" in values and values["name"] != staff.name:
        columns["name"] = _clean_name(values["name"], keep_id=staff.id)
    if "role" in values and values["role"] != staff.role:
        columns["role"] = vocab.check_choice(values["role"], vocab.ROLES, "role")
    if "active" in values and bool(values["active"]) != bool(staff.active):
        columns["active"] = bool(values["active"])
    stays_owner = columns.get("role", staff.role) == "owner" and columns.get("active", staff.active)
    if not stays_owner and _is_last_active_owner(staff):
        raise CarebookError(
            _("{name} is the only active owner; make someone else an owner first.").format(name=staff.name)
        )
    return _write(staff_id, **columns) if columns else _row(staff)


@writes
def rename(staff_id: int, name: str) -> StaffRow:
    return change(staff_id, name=name)


@writes
def set_role(staff_id: int, role: str) -> StaffRow:
    return change(staff_id, role=role)


@writes
def deactivate(staff_id: int, seen: Seen | None = None) -> StaffRow:
    """Hide a staff member from pickers; their past contacts keep their name."""
    return change(staff_id, seen=seen, active=False)


@writes
def activate(staff_id: int, seen: Seen | None = None) -> StaffRow:
    return change(staff_id, seen=seen, active=True)


@reads
def list_staff(active_only: bool = True) -> tuple[StaffRow, ...]:
    """Staff sorted by name (case-insensitively); inactive ones too unless ``active_only``."""
    query = Staff.select()
    if active_only:
        query = query.where(Staff.active)
    return tuple(sorted((_row(s) for s in query), key=lambda row: (row.name.casefold(), row.id)))


@reads
def get(staff_id: int) -> StaffRow:
    return _row(_load(staff_id))


@reads
def get_by_name(name: str) -> StaffRow:
    """The staff member called ``name`` in any case (inactive ones too)."""
    wanted = clean_text(name, multiline=False)
    for staff in Staff.select():
        if staff.name.casefold() == wanted.casefold():
            return _row(staff)
    raise NotFound(_("There is no staff member called '{wanted}'.").format(wanted=shown(wanted)))
