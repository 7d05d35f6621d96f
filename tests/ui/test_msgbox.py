"""The real message boxes (every other test records them instead): what they show and what they answer."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from types import ModuleType

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

import ui.msgbox


@pytest.fixture
def real() -> ModuleType:
    """A second, unpatched copy of ``ui.msgbox`` (the autouse ``msgboxes`` fixture patches the first)."""
    spec = importlib.util.spec_from_file_location("real_msgbox", ui.msgbox.__file__)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def answer(press: Callable[[QMessageBox], None], seen: dict[str, object]) -> None:
    """Once the box is open, note what it shows and press one of its buttons."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not open yet: try again on the next turn
            QTimer.singleShot(10, act)
            return
        seen.update(
            title=box.windowTitle(),
            text=box.text(),
            icon=box.icon(),
            details=box.detailedText(),
            buttons=[b.text().replace("&", "") for b in box.buttons()],
        )
        press(box)

    QTimer.singleShot(0, act)


def click(label: str) -> Callable[[QMessageBox], None]:
    def press(box: QMessageBox) -> None:
        button = next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == label)
        button.click()

    return press


def test_an_error_shows_its_details_and_closes_with_ok(real: ModuleType, qapp: QApplication) -> None:
    seen: dict[str, object] = {}
    answer(click("OK"), seen)
    real.error(None, "Carebook cannot start", "The disk is full.", "Traceback: …")
    assert seen == {
        "title": "Carebook cannot start",
        "text": "The disk is full.",
        "icon": QMessageBox.Icon.Critical,
        "details": "Traceback: …",
        "buttons": ["OK", "Show Details..."],
    }


def test_a_warning_and_an_information(real: ModuleType, qapp: QApplication) -> None:
    for show, icon in (
        (real.warning, QMessageBox.Icon.Warning),
        (real.information, QMessageBox.Icon.Information),
    ):
        seen: dict[str, object] = {}
        answer(click("OK"), seen)
        show(None, "Staff member not found", "There is no active staff member called “Zoë”.")
        assert (seen["icon"], seen["text"], seen["buttons"]) == (
            icon,
            "There is no active staff member called “Zoë”.",
            ["OK"],
        )


@pytest.mark.parametrize(("label", "expected"), [("Delete", True), ("Keep", False)])
def test_a_question_answers_which_button(
    real: ModuleType, qapp: QApplication, label: str, expected: bool
) -> None:
    seen: dict[str, object] = {}
    answer(click(label), seen)
    assert real.question(None, "Move to trash?", "Move Dana to the trash?", "Delete", "Keep") is expected
    assert seen["icon"] == QMessageBox.Icon.Question


def test_choose_returns_the_index_and_escape_the_last(real: ModuleType, qapp: QApplication) -> None:
    seen: dict[str, object] = {}
    answer(click("Merge"), seen)
    assert real.choose(None, "Same person?", "Dana and Dana B.", ["Keep both", "Merge", "Cancel"]) == 1
    assert seen["buttons"] == ["Keep both", "Merge", "Cancel"]
    answer(lambda box: box.reject(), {})
    assert real.choose(None, "Same person?", "Dana and Dana B.", ["Keep both", "Merge", "Cancel"]) == 2
