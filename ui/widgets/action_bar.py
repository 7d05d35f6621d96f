"""A row of tool buttons that show their text while there is room and only their icons when the window
is narrow (the text stays in the tooltip and the accessible name), so a page never forces the window
wider than the others do.

    bar = ActionBar(parent)
    bar.add_action(action) -> QToolButton     a button for ``action`` on the left
    bar.add_widget(widget)                    anything else, on the right (after a stretch)
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLayout, QToolButton, QWidget

SPACING = 4


class ActionBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: list[QToolButton] = []
        self._right: list[QWidget] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(SPACING)
        self._row.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # minimumSizeHint decides
        self._row.addStretch(1)

    def add_action(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("barAction")
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        self._row.insertWidget(len(self.buttons), button)
        self.buttons.append(button)
        return button

    def add_widget(self, widget: QWidget) -> None:
        widget.setParent(self)
        self._row.addWidget(widget)
        self._right.append(widget)

    def compact(self) -> bool:
        """True while the buttons show only their icons."""
        return any(b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly for b in self.buttons)

    def _width(self, with_text: bool) -> int:
        width = 0
        for button in self.buttons:
            if button.isHidden():
                continue
            hint = button.sizeHint().width()
            showing_text = button.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly
            if with_text and not showing_text:
                hint += button.fontMetrics().horizontalAdvance(button.text()) + 16  # err on the roomy side
            elif not with_text and showing_text:
                hint = button.iconSize().width() + 12
            width += hint
        width += sum(widget.minimumSizeHint().width() for widget in self._right)
        return width + SPACING * (len(self.buttons) + len(self._right) + 1)

    def minimumSizeHint(self) -> QSize:
        height = max([w.sizeHint().height() for w in [*self.buttons, *self._right]] or [0])
        return QSize(self._width(with_text=False), height)

    def sizeHint(self) -> QSize:
        return QSize(self._width(with_text=True), self.minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        roomy = event.size().width() >= self._width(with_text=True)
        style = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon if roomy else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        for button in self.buttons:
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)
