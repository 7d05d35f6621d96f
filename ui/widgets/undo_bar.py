"""A slim message with an Undo button, shown after a one-click action ("Marked done — Undo").

``UndoBar(parent)``; ``show_message(text, undo, extra)`` shows ``text`` and runs ``undo()`` when the user
clicks Undo (then the bar hides); ``extra``, a (label, action) pair, adds a second button for the natural
next step ("Resolve its contact" after a follow-up is done). The bar hides by itself after ``TIMEOUT_MS``
or with ✕. ``undo_button``, ``extra_button`` and ``message_label`` are public for tests.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QToolButton, QWidget

from ui import icons
from ui.widgets.elided_label import ElidedLabel

TIMEOUT_MS = 20_000


class UndoBar(QFrame):
    Extra = tuple[str, Callable[[], object]]  # a second button: its label and what it does

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.message_label = ElidedLabel("", self)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self._undo)
        self.extra_button = QPushButton(self)
        self.extra_button.setObjectName("undoBarAction")
        self.extra_button.setAutoDefault(False)
        self.extra_button.clicked.connect(self._extra)
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
        layout.addWidget(self.extra_button)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self._undo_action: Callable[[], object] | None = None
        self._extra_action: Callable[[], object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TIMEOUT_MS)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def show_message(
        self, text: str, undo: Callable[[], object] | None = None, extra: Extra | None = None
    ) -> None:
        self.message_label.setText(text)
        self._undo_action = undo
        self.undo_button.setVisible(undo is not None)
        self._extra_action = extra[1] if extra is not None else None
        self.extra_button.setText(extra[0] if extra is not None else "")
        self.extra_button.setVisible(extra is not None)
        self.show()
        self._timer.start()

    def dismiss(self) -> None:
        self._timer.stop()
        self._undo_action = None
        self._extra_action = None
        self.hide()

    def _extra(self) -> None:
        action = self._extra_action
        self.extra_button.hide()  # done once; Undo of the first step stays offered
        self._extra_action = None
        if action is not None:
            action()

    def _undo(self) -> None:
        action = self._undo_action
        self.dismiss()
        if action is not None:
            action()
