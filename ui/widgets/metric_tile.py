"""A figure tile: a caption, a big value, the change from the previous month and a muted hint.

    tile = MetricTile("csat", tr("CSAT"))
    tile.set_tooltip(tr("100 × scores of 4 or 5 ÷ responses ..."))
    tile.set_figure("86.4%", Change("▲ +2.5 pts", "better", tr("up 2.5 points")), tr("35 responses"))

The change is readable without colour (an arrow and a sign); its colour comes from the stylesheet
through the ``trend`` property (``better``, ``worse``, ``same``, ``none``). The tile takes the focus
with Tab (showing its tooltip, as hovering does); its accessible name reads the whole figure
("CSAT: 86.4%, up 2.5 points from February 2026. 35 responses").
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from ui.widgets.elided_label import ElidedLabel

TRENDS = ("better", "worse", "same", "none")


@dataclass(frozen=True)
class Change:
    text: str  # "▲ +2.5 pts", "▼ −3", "= 0", "—"
    trend: str = "none"  # one of TRENDS
    spoken: str = ""  # "up 2.5 points from February 2026 (better)"


NO_CHANGE = Change("—", "none", "")


class MetricTile(QFrame):
    def __init__(self, key: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("metricTile")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach each figure by Tab
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.caption_label = ElidedLabel(caption, self)
        self.caption_label.setObjectName("metricCaption")
        self.value_label = QLabel("—", self)
        self.value_label.setObjectName("metricValue")
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.change_label = QLabel("", self)
        self.change_label.setObjectName("metricChange")
        self.hint_label = ElidedLabel("", self)
        self.hint_label.setObjectName("metricHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.change_label)
        layout.addWidget(self.hint_label)
        self._caption = caption
        self._tooltip = ""
        self._change = NO_CHANGE
        self.set_figure("—", NO_CHANGE, "")

    def caption(self) -> str:
        return self._caption

    def value_text(self) -> str:
        return self.value_label.text()

    def change_text(self) -> str:
        return self.change_label.text()

    def change(self) -> Change:
        return self._change

    def hint_text(self) -> str:
        return self.hint_label.full_text()

    def set_tooltip(self, text: str) -> None:
        """What the figure means and how it is worked out (shown on hover, read as the description)."""
        self._tooltip = text
        self.setToolTip(text)
        self.setAccessibleDescription(text)

    def set_figure(self, value: str, change: Change, hint: str) -> None:
        self.value_label.setText(value)
        self._change = change
        self.change_label.setText(change.text)
        self.change_label.setToolTip(change.spoken)
        self.change_label.setProperty("trend", change.trend if change.trend in TRENDS else "none")
        self.change_label.style().unpolish(self.change_label)
        self.change_label.style().polish(self.change_label)
        self.hint_label.setText(hint)
        spoken = f"{self._caption}: {value}"
        if change.spoken:
            spoken += f", {change.spoken}"
        if hint:
            spoken += f". {hint}"
        self.setAccessibleName(spoken)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Reached with Tab: show the formula, as hovering would."""
        super().focusInEvent(event)
        if self._tooltip and event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
        ):
            QToolTip.showText(self.mapToGlobal(QPoint(12, self.height() - 4)), self._tooltip, self)
