"""A slim message with an Undo button, shown after a one-click action ("Marked done — Undo").

``UndoBar(parent)``; ``show_message(text, undo)`` shows ``text`` and runs ``undo()`` when the user
clicks Undo (then the bar hides); the bar hides by itself after ``TIMEOUT_MS`` or with ✕.
``undo_button`` and ``message_label`` are public for tests.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QToolButton, QWidget

from ui import icons
from ui.widgets.elided_label import ElidedLabel

TIMEOUT_MS = 20_000


class UndoBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.message_label = ElidedLabel("", self)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self._undo)
        self.close_button = QToolButton(self)
        self.close_button.setIcon(icons.icon("clear"))
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Close this message"))
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 6, 4)
        layout.setSpacing(8)
        layout.addWidget(self.message_label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self._undo_action: Callable[[], object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TIMEOUT_MS)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def show_message(self, text: str, undo: Callable[[], object] | None = None) -> None:
        self.message_label.setText(text)
        self._undo_action = undo
        self.undo_button.setVisible(undo is not None)
        self.show()
        self._timer.start()

    def dismiss(self) -> None:
        self._timer.stop()
        self._undo_action = None
        self.hide()

    def _undo(self) -> None:
        action = self._undo_action
        self.dismiss()
        if action is not None:
            action()
