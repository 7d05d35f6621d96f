"""Who starts at the counter (``staff_row.counter_person``), as the desktop app chooses at start."""

from __future__ import annotations

import pytest

from carebook.services.staff_row import StaffRow, counter_person

OLIVIA = StaffRow(1, "Olivia Owner", "owner", True)
SAM = StaffRow(2, "Sam Staff", "staff", True)


def test_the_named_person_in_any_case_and_spacing() -> None:
    assert counter_person([OLIVIA, SAM], "  sam STAFF ", remembered_id=1) == SAM


def test_a_name_that_matches_nobody_active_chooses_nobody() -> None:
    assert counter_person([OLIVIA, SAM], "Gwen Gone", remembered_id=1) is None


def test_the_remembered_person_among_several() -> None:
    assert counter_person([OLIVIA, SAM], None, remembered_id=2) == SAM


@pytest.mark.parametrize("remembered", [0, 99])
def test_the_only_active_person_when_nobody_is_remembered(remembered: int) -> None:
    assert counter_person([OLIVIA], None, remembered) == OLIVIA


@pytest.mark.parametrize("remembered", [0, 99])
def test_several_active_and_nobody_remembered_leaves_the_choice_open(remembered: int) -> None:
    assert counter_person([OLIVIA, SAM], None, remembered) is None
    assert counter_person([], None, remembered) is None
