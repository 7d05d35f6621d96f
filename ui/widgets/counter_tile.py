"""A counter tile: a big number over a short caption ("12" / "Contacts today").

``CounterTile(caption, tooltip="", parent=None)``; ``set_value(n)`` shows the number; ``set_alert(True)``
colours it as needing attention (e.g. overdue follow-ups). Screen readers hear "Contacts today: 12".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget


class CounterTile(QFrame):
    def __init__(self, caption: str, tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counterTile")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.value_label = QLabel("–", self)
        self.value_label.setObjectName("counterValue")
        self.caption_label = QLabel(caption, self)
        self.caption_label.setObjectName("counterCaption")
        self.caption_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(0)
        layout.addWidget(self.value_label, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.caption_label)
        self.setToolTip(tooltip)
        self._value = 0
        self._update_name()

    def value(self) -> int:
        return self._value

    def set_value(self, value: int) -> None:
        self._value = value
        self.value_label.setText(f"{value:,}")
        self._update_name()

    def set_caption(self, caption: str, tooltip: str = "") -> None:
        self.caption_label.setText(caption)
        self.setToolTip(tooltip)
        self._update_name()

    def set_alert(self, alert: bool) -> None:
        if bool(self.value_label.property("alert")) != alert:
            self.value_label.setProperty("alert", alert)
            self.value_label.style().unpolish(self.value_label)
            self.value_label.style().polish(self.value_label)

    def _update_name(self) -> None:
        self.setAccessibleName(f"{self.caption_label.text()}: {self.value_label.text()}")
