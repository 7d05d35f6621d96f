"""A spin box for a whole number that may be left empty ("not known"): minutes waited, duration.

``OptionalSpinBox(maximum=99_999)``: an empty box means None; ``number()`` / ``set_number(None | int)``.
The maximum is deliberately above what the core accepts, so an out-of-range number typed by the user
reaches the service and gets a message naming the limit next to the field instead of silently refused
keystrokes.
"""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

EMPTY = -1


class OptionalSpinBox(QSpinBox):
    def __init__(self, parent: QWidget | None = None, *, maximum: int = 99_999) -> None:
        super().__init__(parent)
        self.setRange(EMPTY, maximum)
        self.setValue(EMPTY)
        self.setAccelerated(True)

    def number(self) -> int | None:
        value = self.value()
        return None if value == EMPTY else value

    def set_number(self, value: int | None) -> None:
        self.setValue(EMPTY if value is None else max(0, min(int(value), self.maximum())))

    def textFromValue(self, value: int) -> str:
        return "" if value == EMPTY else str(value)

    def valueFromText(self, text: str) -> int:
        text = text.strip()
        return EMPTY if not text else int(text)

    # PySide6 also takes a bare State from validate(); its stub lists only the (state, text, pos) tuple
    def validate(self, text: str, pos: int) -> object:  # type: ignore[override]
        if not text.strip():
            return QValidator.State.Acceptable
        return super().validate(text, pos)
