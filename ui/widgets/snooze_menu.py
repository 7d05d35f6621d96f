"""The Snooze menu of a follow-up: in 1 hour, tomorrow morning, next week, or a picked date.

``SnoozeMenu(parent)`` emits ``preset_chosen(preset)`` with one of ``followups.SNOOZE_PRESETS``
("1h", "tomorrow", "next_week") or ``pick_requested()`` for "Pick a date…". Each entry says when the
follow-up would come back ("Tomorrow, 09:00"), computed as the menu opens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from carebook import clock
from carebook.services import followups
from ui import icons
from ui.widgets.followup_text import due_when


def preset_label(preset: str) -> str:
    names = {
        "1h": QCoreApplication.translate("SnoozeMenu", "In 1 &hour"),
        "tomorrow": QCoreApplication.translate("SnoozeMenu", "&Tomorrow"),
        "next_week": QCoreApplication.translate("SnoozeMenu", "&Next week"),
    }
    return names[preset]


class SnoozeMenu(QMenu):
    preset_chosen = Signal(str)
    pick_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snoozeMenu")
        self.preset_actions: dict[str, QAction] = {}
        for preset in followups.SNOOZE_PRESETS:
            action = self.addAction(preset_label(preset))
            action.triggered.connect(lambda _checked=False, p=preset: self.preset_chosen.emit(p))
            self.preset_actions[preset] = action
        self.addSeparator()
        self.pick_action = self.addAction(
            icons.icon("today"), QCoreApplication.translate("SnoozeMenu", "&Pick a date…")
        )
        self.pick_action.triggered.connect(self.pick_requested.emit)
        self.aboutToShow.connect(self.update_times)

    def update_times(self) -> None:
        """Say when each preset would bring the follow-up back, as of now."""
        now = clock.local_now()
        for preset, action in self.preset_actions.items():
            due_on, due_time = followups.snooze_preset(preset, now)
            # the text after a tab is shown right-aligned, in the shortcut column
            action.setText(f"{preset_label(preset)}\t{due_when(due_on, due_time, now.date())}")
