"""Phone numbers keep their order in a right-to-left (Arabic) window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui import bidi


def test_a_number_is_an_island_only_in_a_right_to_left_window(qapp: QApplication) -> None:
    assert bidi.left_to_right("07958 610868") == "07958 610868"
    assert bidi.left_to_right("") == ""
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert bidi.left_to_right("07958 610868") == "\u206607958 610868\u2069"
        assert bidi.left_to_right("") == ""
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert bidi.isolated("ليلى") == "\u2068ليلى\u2069"
