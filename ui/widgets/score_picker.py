"""A quick picker for one satisfaction score: a row of small toggle buttons, one per possible score.

``ScorePicker("csat" | "nps" | "ces")``: ``value()`` -> int or None; ``set_value(score | None)``;
``value_changed(object)``. Clicking the chosen score again clears it, so "no score" is always one
click away and an impossible score cannot be picked.

Keyboard: the row is one tab stop. Digits choose a score (for NPS, "1" then "0" quickly gives 10),
Left/Right step down/up, Home/End choose the lowest/highest, Delete, Backspace or Space clear it.
Enter is left to the dialog (it saves).
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QToolButton, QWidget

from carebook import vocab
from ui import labels

TEN_WINDOW_MS = 1200  # "1" then "0" within this time means 10 (NPS)


class ScorePicker(QFrame):
    value_changed = Signal(object)  # int | None

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.low, self.high = vocab.SCORE_RANGES[kind]
        self.setObjectName("scorePicker")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(labels.kind(kind))
        self._value: int | None = None
        self._last_one = QElapsedTimer()
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # exclusivity by hand, so a second click can clear
        self.buttons: dict[int, QToolButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(3)
        for score in range(self.low, self.high + 1):
            button = QToolButton(self)
            button.setObjectName("scoreButton")
            button.setText(str(score))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(self.tr("{0} {1}").format(labels.kind(kind), score))
            self.group.addButton(button, score)
            self.buttons[score] = button
            row.addWidget(button)
        row.addStretch(1)
        self.group.idClicked.connect(self._on_clicked)
        self.setToolTip(labels.kind_question(kind))
        self._describe()

    def value(self) -> int | None:
        return self._value

    def set_value(self, score: int | None) -> None:
        if score is not None and not self.low <= score <= self.high:
            raise ValueError(f"{score} is not a {self.kind} score")
        changed = score != self._value
        self._value = score
        for number, button in self.buttons.items():
            button.setChecked(number == score)
        self._describe()
        if changed:
            self.value_changed.emit(score)

    def clear(self) -> None:
        self.set_value(None)

    def _on_clicked(self, score: int) -> None:
        self.set_value(None if score == self._value else score)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def _describe(self) -> str:
        shown = self.tr("not given") if self._value is None else f"{self._value}/{self.high}"
        text = f"{labels.kind_question(self.kind)}: {shown}"
        self.setAccessibleDescription(text)
        return text

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.modifiers() & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
            super().keyPressEvent(event)
            return
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self._digit(key - Qt.Key.Key_0)
            return
        current = self._value
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(self.low if current is None else min(current + 1, self.high))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(self.high if current is None else max(current - 1, self.low))
        elif key == Qt.Key.Key_Home:
            self.set_value(self.low)
        elif key == Qt.Key.Key_End:
            self.set_value(self.high)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Space):
            self.set_value(None)
        else:
            super().keyPressEvent(event)  # Enter, Tab, Esc: the dialog's
            return
        event.accept()

    def _digit(self, digit: int) -> None:
        if (
            digit == 0
            and self.high >= 10
            and self._value == 1
            and self._last_one.isValid()
            and self._last_one.elapsed() < TEN_WINDOW_MS
        ):
            self._last_one.invalidate()
            self.set_value(10)
            return
        if self.low <= digit <= self.high:
            self.set_value(digit)
            if digit == 1:
                self._last_one.start()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()
