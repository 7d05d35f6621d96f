"""The bar across the top of the main window that says a follow-up has fallen due.

``ReminderBanner(parent)``: hidden until ``show_rows(rows)`` (``FollowupRow``s that just fell due); rows
shown since the last dismissal stay listed ("Follow-up due: Ava Evans — Ring back about the order", or
"3 follow-ups due: Ava Evans, Tom Baker and 1 more"); ``drop(ids)`` takes away those no longer due
here (done or given away elsewhere). "Open Today" emits ``open_today``; ✕ (or Esc on
its buttons) hides it and emits ``dismissed``. ``text()`` is the whole message (tests, screen readers).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ui import icons
from ui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from carebook.services.followups import FollowupRow

NAMES_SHOWN = 2
_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u2068\u2069"))


def isolate(text: str) -> str:
    """``text`` as a bidi isolate, so a Hebrew or Arabic name does not reorder the words around it."""
    return f"\u2068{text}\u2069"


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
        self._inked = False  # the icons are drawn when the banner first shows: it starts hidden
        self.hide()

    def show_rows(self, rows: Sequence[FollowupRow]) -> None:
        known = {row.id for row in self.rows}
        self.rows.extend(row for row in rows if row.id not in known)
        if self.rows:
            self._write()

    def drop(self, ids: Collection[int]) -> None:
        """Leave out the follow-ups ``ids`` (done, deleted or given to someone else, here or at another
        seat); hidden, without ``dismissed``, when none is left."""
        kept = [row for row in self.rows if row.id not in ids]
        if len(kept) == len(self.rows):
            return
        self.rows = kept
        if kept:
            self._write()
        else:
            self.hide()

    def _write(self) -> None:
        first = self.rows[0]
        # the window's reading direction for the whole line, whatever script the names are in
        mark = "\u200e" if self.layoutDirection() == Qt.LayoutDirection.LeftToRight else "\u200f"
        if len(self.rows) == 1:
            self.title_label.setText(self.tr("Follow-up due:"))
            note = _first_line(first.note)
            name = isolate(first.customer_name)
            self.text_label.setText(mark + (f"{name} — {note}" if note else name))
        else:
            self.title_label.setText(self.tr("{0} follow-ups due:").format(len(self.rows)))
            names = [isolate(row.customer_name) for row in self.rows[:NAMES_SHOWN]]
            rest = len(self.rows) - len(names)
            listed = ", ".join(names)
            if rest:
                listed = self.tr("{0} and {1} more").format(listed, rest)
            self.text_label.setText(mark + listed)
        self.setAccessibleName(self.text())
        self.show()

    def text(self) -> str:
        """The whole message without the direction marks."""
        shown = self.text_label.full_text().translate(_BIDI_MARKS)
        return f"{self.title_label.text()} {shown}"

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
        self._inked = True

    def showEvent(self, event: QShowEvent) -> None:
        if not self._inked:
            self._paint_icons()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self._inked and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._paint_icons()
