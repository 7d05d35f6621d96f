"""A one-line label that elides long text with "…" and shows the whole text in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self._own_tooltip = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        self._full = text or ""
        self.setAccessibleName(self._full)
        self._elide()

    def set_tooltip(self, text: str) -> None:
        """A tooltip shown even when the text fits (else the full text is the tooltip)."""
        self._own_tooltip = text
        self._elide()

    def is_elided(self) -> bool:
        return super().text() != self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = QFontMetrics(self.font())
        extra = metrics.horizontalAdvance(self._full) - metrics.horizontalAdvance(super().text())
        return QSize(min(hint.width() + extra + 2, 600), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(
            QFontMetrics(self.font()).horizontalAdvance("W…") + 4, super().minimumSizeHint().height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(0, self.contentsRect().width())
        shown = QFontMetrics(self.font()).elidedText(self._full, self._mode, width) if width else self._full
        super().setText(shown)
        if self._own_tooltip:
            self.setToolTip(self._own_tooltip)
        else:
            self.setToolTip(self._full if shown != self._full else "")
