"""The staff list: unique names, roles, and always one active owner."""

from __future__ import annotations

import pytest

from carebook.errors import CarebookError, NotFound, ValidationError
from carebook.models import Staff
from carebook.services import staff
from carebook.services.staff import StaffRow

pytestmark = pytest.mark.usefixtures("db")


def test_add_staff_and_owners() -> None:
    kim = staff.add("  Kim\x00 Lee ")
    assert kim == StaffRow(kim.id, "Kim Lee", "staff", True)
    owner = staff.add("Olu", role="Owner")
    assert (owner.role, owner.is_owner) == ("owner", True)
    assert staff.get(kim.id) == kim
    assert Staff.get_by_id(kim.id).created_at is not None


@pytest.mark.parametrize("name", ["", "  ", "\x00\x1f", None])
def test_a_name_is_required(name: str | None) -> None:
    with pytest.raises(ValidationError) as caught:
        staff.add(name)  # type: ignore[arg-type]
    assert caught.value.errors == {"name": "is required"}
    assert Staff.select().count() == 0


def test_names_hold_100_characters_in_any_script() -> None:
    for name in ("李小龍", "Zoë 👩🏽‍💻", "נועה", "x" * 100):
        assert staff.add(name).name == name
    with pytest.raises(ValidationError, match="101 characters long"):
        staff.add("y" * 101)


def test_names_are_unique_whatever_their_case() -> None:
    staff.add("Anna")
    with pytest.raises(ValidationError) as caught:
        staff.add(" ANNA ")
    assert caught.value.errors == {"name": "'Anna' is already on the staff list; choose another name"}
    assert Staff.select().count() == 1


def test_every_bad_field_is_reported() -> None:
    with pytest.raises(ValidationError) as caught:
        staff.add("", role="boss")
    assert set(caught.value.errors) == {"name", "role"}


def test_rename() -> None:
    anna = staff.add("Anna")
    bo = staff.add("Bo")
    assert staff.rename(anna.id, "ANNA").name == "ANNA"  # a change of case of one's own name is fine
    with pytest.raises(ValidationError, match="'Bo' is already on the staff list"):
        staff.rename(anna.id, "bo")
    with pytest.raises(NotFound, match=r"There is no staff member number 99\."):
        staff.rename(99, "Cy")
    assert staff.get(bo.id).name == "Bo"


def test_the_last_active_owner_cannot_be_demoted_or_deactivated() -> None:
    olu = staff.add("Olu", role="owner")
    with pytest.raises(CarebookError, match="Olu is the only active owner"):
        staff.set_role(olu.id, "staff")
    with pytest.raises(CarebookError, match="only active owner"):
        staff.deactivate(olu.id)
    assert staff.get(olu.id) == olu
    assert staff.set_role(olu.id, "owner") == olu  # staying owner is fine


def test_an_owner_can_step_down_once_another_active_owner_exists() -> None:
    olu = staff.add("Olu", role="owner")
    kim = staff.add("Kim")
    staff.set_role(kim.id, "owner")
    assert staff.set_role(olu.id, "staff").role == "staff"
    with pytest.raises(CarebookError):
        staff.deactivate(kim.id)


def test_an_inactive_owner_does_not_count() -> None:
    olu = staff.add("Olu", role="owner")
    kim = staff.add("Kim", role="owner")
    assert staff.deactivate(kim.id).active is False
    with pytest.raises(CarebookError):
        staff.deactivate(olu.id)
    staff.activate(kim.id)
    assert staff.deactivate(olu.id).active is False


def test_staff_can_be_deactivated_and_activated() -> None:
    kim = staff.add("Kim")
    assert staff.deactivate(kim.id) == StaffRow(kim.id, "Kim", "staff", False, version=2)
    assert staff.activate(kim.id).active is True
    with pytest.raises(NotFound):
        staff.deactivate(42)


def test_a_shop_without_owners_can_still_manage_staff() -> None:
    kim = staff.add("Kim")
    assert staff.deactivate(kim.id).active is False


def test_list_staff_is_sorted_by_name_and_hides_inactive_staff() -> None:
    for name in ("bo", "Anna", "Cy", "ärla"):
        staff.add(name)
    staff.deactivate(staff.get_by_name("Cy").id)
    assert [s.name for s in staff.list_staff()] == ["Anna", "bo", "ärla"]
    assert [s.name for s in staff.list_staff(active_only=False)] == ["Anna", "bo", "Cy", "ärla"]


def test_get_by_name_ignores_case_and_finds_inactive_staff() -> None:
    kim = staff.add("Kim Lee")
    staff.deactivate(kim.id)
    found = staff.get_by_name("  kim lee ")
    assert (found.id, found.active) == (kim.id, False)
    with pytest.raises(NotFound) as caught:
        staff.get_by_name("Zed")
    assert str(caught.value) == "There is no staff member called 'Zed'."


def test_bad_roles_are_refused() -> None:
    kim = staff.add("Kim")
    with pytest.raises(ValidationError) as caught:
        staff.set_role(kim.id, "manager")
    assert caught.value.field == "role"
    assert staff.get(kim.id).role == "staff"
