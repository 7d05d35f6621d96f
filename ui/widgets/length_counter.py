"""How much of a length limit is used, shown near the field before the limit is reached.

``LengthCounter(edit, limit, parent=None)`` follows a ``QLineEdit`` or ``QPlainTextEdit``: hidden while
the text is short, it shows "412 / 500" from ``SHOW_FROM`` of the limit on, and "512 / 500: 12 too many"
in red past it (property ``over``). Characters are counted as the core counts them when it saves
(``carebook.text.clean_text``). ``add_action(text)`` adds a button shown only past the limit (the contact
dialog's "Move the rest to Notes"). The limits themselves are the core's (``interactions.SUMMARY_LIMIT``,
``customer_schema`` ``max_length`` ...).
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from carebook.text import clean_text

SHOW_FROM = 0.8


class LengthCounter(QWidget):
    def __init__(self, edit: QLineEdit | QPlainTextEdit, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lengthCounterRow")
        self.edit = edit
        self.limit = limit
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        self.label = QLabel(self)
        self.label.setObjectName("lengthCounter")
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.label)
        self.row = row
        self.buttons: list[QPushButton] = []
        edit.textChanged.connect(self.update_count)
        self.update_count()

    def count(self) -> int:
        text = self.edit.text() if isinstance(self.edit, QLineEdit) else self.edit.toPlainText()
        return len(clean_text(text, multiline=isinstance(self.edit, QPlainTextEdit)))

    def over(self) -> int:
        """How many characters are past the limit (0 when within it)."""
        return max(0, self.count() - self.limit)

    def add_action(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        self.row.addWidget(button)
        self.buttons.append(button)
        self.update_count()
        return button

    def update_count(self) -> None:
        count = self.count()
        over = count - self.limit
        if over > 0:
            text = self.tr("{0:,} / {1:,}: {2:,} too many").format(count, self.limit, over)
        else:
            text = self.tr("{0:,} / {1:,}").format(count, self.limit)
        self.label.setText(text)
        self.label.setAccessibleName(self.tr("{0:,} of {1:,} characters used").format(count, self.limit))
        if self.label.property("over") != (over > 0):
            self.label.setProperty("over", over > 0)
            self.label.style().unpolish(self.label)
            self.label.style().polish(self.label)
        for button in self.buttons:
            button.setVisible(over > 0)
        self.setVisible(count >= math.ceil(self.limit * SHOW_FROM))
