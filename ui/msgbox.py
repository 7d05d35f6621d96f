"""Every message box of the app goes through here, so tests can patch one module (qutebrowser style).

Functions block until the user answers; tests replace them (see ``tests/ui/conftest.py``), so nothing
in a tested path runs a nested event loop.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str = ""
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("messageBox")
    if details:
        box.setDetailedText(details)
    return box


def information(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def warning(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Critical, title, text, details)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def question(parent: QWidget | None, title: str, text: str, yes_text: str, no_text: str) -> bool:
    """Ask a yes/no question with buttons that say what they do; True when ``yes_text`` is chosen."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def crash(parent: QWidget | None, title: str, text: str, details: str) -> None:
    """The exception hook's dialog: what happened, where the log is, the traceback under Details."""
    error(parent, title, text, details)


def choose(
    parent: QWidget | None, title: str, text: str, choices: list[str], default: int = 0, escape: int = -1
) -> int:
    """Ask with one button per choice (each saying what it does); returns the index of the chosen one.

    ``default`` is the button Enter presses, ``escape`` the answer when the box is closed with Escape
    (-1: the last choice, usually "Cancel").
    """
    box = choice_box(parent, title, text, choices, default, escape)
    buttons = box.buttons()
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else escape % len(buttons)


def choice_box(
    parent: QWidget | None, title: str, text: str, choices: list[str], default: int = 0, escape: int = -1
) -> QMessageBox:
    """The box ``choose`` shows, not yet shown (screenshots show it without waiting for an answer)."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    buttons = [box.addButton(choice, QMessageBox.ButtonRole.ActionRole) for choice in choices]
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons[escape])
    return box
