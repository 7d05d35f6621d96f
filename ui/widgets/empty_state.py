"""An empty state: a large muted icon, a title, what to do next, and buttons that do it.

EmptyState("customers", tr("No customers yet"), tr("Add one with Ctrl+N ..."),
           actions=[(tr("Add a customer"), "add", open_dialog)])
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui import icons

Action = tuple[str, str, Callable[[], object]]  # (button text, icon name or "", callback)


class EmptyState(QWidget):
    def __init__(
        self,
        icon_name: str,
        title: str,
        text: str,
        actions: Sequence[Action] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self._icon_name = icon_name
        self.icon_label = QLabel(self)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.icon_label.setAccessibleName("")
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("emptyStateTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.text_label = QLabel(text, self)
        self.text_label.setObjectName("emptyStateText")
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label.setWordWrap(True)
        self.text_label.setFixedWidth(440)
        self.buttons: list[QPushButton] = []

        row = QHBoxLayout()
        row.addStretch(1)
        for label, action_icon, callback in actions:
            button = QPushButton(label, self)
            if action_icon:
                button.setIcon(icons.icon(action_icon))
            button.clicked.connect(lambda _checked=False, cb=callback: cb())
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.icon_label)
        layout.addSpacing(8)
        layout.addWidget(self.title_label)
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self.text_label)
        text_row.addStretch(1)
        layout.addLayout(text_row)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch(3)
        self._paint_icon()

    def set_text(self, title: str, text: str) -> None:
        self.title_label.setText(title)
        self.text_label.setText(text)

    def _paint_icon(self) -> None:
        color = self.palette().color(QPalette.ColorRole.PlaceholderText)
        key = (color.rgba(), self.devicePixelRatioF())
        if key != getattr(self, "_painted", None):
            self._painted = key
            self.icon_label.setPixmap(icons.pixmap(self._icon_name, 64, color, self.devicePixelRatioF()))

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if event.type() in (event.Type.PaletteChange, event.Type.StyleChange):
            self._paint_icon()
