"""The bar above a table for what is selected: a short note ("3 selected", or how to select several),
an optional button ("Select all 151") and the actions, as an ``ActionBar``.

``BulkBar(parent=None)``: ``note`` (QLabel), ``add_left(widget)`` after the note, ``add_action(action)``.
In a narrow window the actions show only their icons (text in the tooltip and the accessible name), and
a note that is only a hint (``set_note(text, hint=True)``) steps aside rather than being cut to "Sel…".
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ui.widgets.action_bar import ActionBar

SPACING = 4


class BulkBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = False
        self._left: list[QWidget] = []
        self._wanted: dict[QWidget, bool] = {}  # a left widget's wish to show (``show_left``)
        self.note = QLabel(self)
        self.note.setObjectName("mutedLabel")
        self.actions_bar = ActionBar(self)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(SPACING)
        self._row.addWidget(self.note)
        self._row.addStretch(1)
        self._row.addWidget(self.actions_bar)

    def add_left(self, widget: QWidget) -> None:
        widget.setParent(self)
        self._row.insertWidget(1 + len(self._left), widget)
        self._left.append(widget)

    def show_left(self, widget: QWidget, shown: bool) -> None:
        """Show ``widget`` (one of ``add_left``'s) when there is room for all of its words."""
        self._wanted[widget] = shown
        self.fit()

    def add_action(self, action: QAction) -> QToolButton:
        return self.actions_bar.add_action(action)

    def set_note(self, text: str, *, hint: bool = False) -> None:
        self.note.setText(text)
        self._hint = hint
        self.fit()

    def fit(self) -> None:
        """Show the note when it fits beside the rest (a hint steps aside; a count always shows), and a
        left widget only when its words fit too (in a narrow window and a language with long words it
        steps aside rather than show them cut)."""
        room = self.width() - self.actions_bar.minimumSizeHint().width() - 2 * SPACING
        if self.note.text() and not self._hint:
            room -= self.note.sizeHint().width() + SPACING
        for widget in self._left:
            wanted = self._wanted.get(widget, True)
            fits = widget.sizeHint().width() + SPACING <= room
            widget.setVisible(wanted and fits)
            if wanted and fits:
                room -= widget.sizeHint().width() + SPACING
        others = sum(w.sizeHint().width() + SPACING for w in self._left if not w.isHidden())
        room = self.width() - others - self.actions_bar.minimumSizeHint().width() - 2 * SPACING
        fits = self.note.sizeHint().width() <= room
        self.note.setVisible(bool(self.note.text()) and (fits or not self._hint))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()
