"""Text that keeps its own order inside a right-to-left window (Arabic): phone numbers and the like.

A table cell or a label in a mirrored window is a right-to-left paragraph, so the groups of a phone number
("07958 610868") would be laid out from the right ("610868 07958"). ``left_to_right`` makes such a value an
island of its own (LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE, Unicode's bidirectional algorithm);
in a left-to-right window it returns the text unchanged.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


def left_to_right(text: str) -> str:
    if not text or not QGuiApplication.isRightToLeft():
        return text
    return f"{LRI}{text}{PDI}"


def isolated(text: str) -> str:
    """``text`` laid out in its own direction whatever the window's (FIRST STRONG ISOLATE): a customer's
    value shown beside another (a name in Arabic stays right to left, a phone number left to right)."""
    return f"{FSI}{text}{PDI}"
