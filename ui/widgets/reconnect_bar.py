"""The quiet bar at the top of the window while the shop's server cannot be reached
("Reconnecting to the shop's server…"): shown and hidden by ``ui.live_changes``. The window stays usable
under it; typed work stays in the open forms (a save while away says it was not saved)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget


class ReconnectBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconnectBar")
        self.label = QLabel(self.tr("Reconnecting to the shop's server…"), self)
        self.label.setObjectName("reconnectText")
        self.setAccessibleName(self.label.text())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 4, 8, 4)
        layout.addWidget(self.label, 1)
        self.hide()

    def set_reconnecting(self, reconnecting: bool) -> None:
        self.setVisible(reconnecting)
