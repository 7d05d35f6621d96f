"""Date and date-time fields that are one Tab stop: ``DateTimeEdit()``, ``DateEdit()``.

Qt's ``QDateTimeEdit`` moves Tab from section to section (year, month, day, hours, minutes: five stops);
here Tab and Shift+Tab leave the field like any other, and Left / Right move between its parts, Up / Down
(or typing) change them, as the tooltip says.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget


def _parts_tip() -> str:
    return QCoreApplication.translate(
        "DateEdit", "Left and Right move between the parts; type or use Up and Down to change one"
    )


class DateTimeEdit(QDateTimeEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip(_parts_tip())

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt's name
        return QWidget.focusNextPrevChild(self, next)


class DateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip(_parts_tip())

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt's name
        return QWidget.focusNextPrevChild(self, next)
