"""The shop's staff: who logs contacts and owns follow-ups.

Names are unique whatever their case. A shop always keeps at least one active owner once it has one:
the last active owner cannot be deactivated or made ordinary staff. Staff are deactivated, never
deleted, so old contacts keep their names.
"""

from __future__ import annotations

from carebook import vocab
from carebook.clock import utc_now
from carebook.db import reads, writes
from carebook.errors import CarebookError, NotFound, ValidationError
from carebook.integers import shown
from carebook.models import Staff
from carebook.query_rows import tuple_rows
from carebook.services.staff_row import StaffRow as StaffRow  # defined apart, without the database layer
from carebook.text import clean_text
from carebook.translation import _

MAX_NAME = 100


def _row(staff: Staff) -> StaffRow:
    return StaffRow(staff.id, staff.name, staff.role, bool(staff.active))


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


@writes
def rename(staff_id: int, name: str) -> StaffRow:
    staff = _load(staff_id)
    staff.name = _clean_name(name, keep_id=staff.id)
    staff.save()
    return _row(staff)


@writes
def set_role(staff_id: int, role: str) -> StaffRow:
    staff = _load(staff_id)
    cleaned = vocab.check_choice(role, vocab.ROLES, "role")
    if cleaned != "owner" and _is_last_active_owner(staff):
        raise CarebookError(
            _("{name} is the only active owner; make someone else an owner first.").format(name=staff.name)
        )
    staff.role = cleaned
    staff.save()
    return _row(staff)


@writes
def deactivate(staff_id: int) -> StaffRow:
    """Hide a staff member from pickers; their past contacts keep their name."""
    staff = _load(staff_id)
    if _is_last_active_owner(staff):
        raise CarebookError(
            _("{name} is the only active owner; make someone else an owner first.").format(name=staff.name)
        )
    staff.active = False
    staff.save()
    return _row(staff)


@writes
def activate(staff_id: int) -> StaffRow:
    staff = _load(staff_id)
    staff.active = True
    staff.save()
    return _row(staff)


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
