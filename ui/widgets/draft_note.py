"""The note a dialog shows when it brought back a kept draft: "Draft restored", and a way to throw it away.

``DraftNote(parent)``: hidden until ``show_restored(saved_at)`` (the draft's UTC save time, shown in local
time); its ``discard_button`` emits ``discard_requested`` and hides the note.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui import icons


class DraftNote(QFrame):
    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftNote")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setObjectName("draftNoteText")
        self.label.setWordWrap(True)
        self.discard_button = QPushButton(icons.icon("trash"), self.tr("Discard draft"), self)
        self.discard_button.setAutoDefault(False)
        self.discard_button.setAccessibleName(self.tr("Discard the restored draft"))
        self.discard_button.clicked.connect(self._discard)
        row.addWidget(self.label, 1)
        row.addWidget(self.discard_button)
        self.hide()

    def show_restored(self, saved_at: datetime) -> None:
        local = saved_at.replace(tzinfo=UTC).astimezone()
        when = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        if local.date() != datetime.now().astimezone().date():
            when = local.strftime("%Y-%m-%d ") + when
        self.label.setText(
            self.tr("Draft restored: what you typed here before (kept at {0}) is back.").format(when)
        )
        self.show()

    def _discard(self) -> None:
        self.hide()
        self.discard_requested.emit()
