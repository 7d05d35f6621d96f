"""The bar across the top of the main window that says a follow-up has fallen due.

``ReminderBanner(parent)``: hidden until ``show_rows(rows)`` (``FollowupRow``s that just fell due); rows
shown since the last dismissal stay listed ("Follow-up due: Ava Evans — Ring back about the order", or
"3 follow-ups due: Ava Evans, Tom Baker and 1 more"). "Open Today" emits ``open_today``; ✕ (or Esc on
its buttons) hides it and emits ``dismissed``. ``text()`` is the whole message (tests, screen readers).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from carebook.services.followups import FollowupRow
from ui import icons
from ui.widgets.elided_label import ElidedLabel

NAMES_SHOWN = 2


def _first_line(note: str) -> str:
    lines = note.strip().splitlines()
    return lines[0] if lines else ""


class ReminderBanner(QFrame):
    open_today = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.rows: list[FollowupRow] = []
        self.icon_label = QLabel(self)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("reminderTitle")
        self.text_label = ElidedLabel("", self)
        self.text_label.setObjectName("reminderText")
        self.open_button = QPushButton(icons.icon("today"), self.tr("Open Today"), self)
        self.open_button.setObjectName("bannerButton")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_today)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss the reminder"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 8, 6)
        layout.setSpacing(8)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.close_button)
        self._paint_icons()
        self.hide()

    def show_rows(self, rows: Sequence[FollowupRow]) -> None:
        known = {row.id for row in self.rows}
        self.rows.extend(row for row in rows if row.id not in known)
        if not self.rows:
            return
        first = self.rows[0]
        if len(self.rows) == 1:
            self.title_label.setText(self.tr("Follow-up due:"))
            note = _first_line(first.note)
            self.text_label.setText(f"{first.customer_name} — {note}" if note else first.customer_name)
        else:
            self.title_label.setText(self.tr("{0} follow-ups due:").format(len(self.rows)))
            names = [row.customer_name for row in self.rows[:NAMES_SHOWN]]
            rest = len(self.rows) - len(names)
            listed = ", ".join(names)
            self.text_label.setText(self.tr("{0} and {1} more").format(listed, rest) if rest else listed)
        self.setAccessibleName(self.text())
        self.show()

    def text(self) -> str:
        return f"{self.title_label.text()} {self.text_label.full_text()}"

    def dismiss(self) -> None:
        was_shown = self.isVisible()
        self.rows.clear()
        self.hide()
        if was_shown:
            self.dismissed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            event.accept()
            return
        super().keyPressEvent(event)

    def _paint_icons(self) -> None:
        ink = self.palette().color(QPalette.ColorRole.HighlightedText)
        self.icon_label.setPixmap(icons.pixmap("followups", 18, ink, self.devicePixelRatioF()))
        self.close_button.setIcon(icons.icon("clear", ink))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._paint_icons()
