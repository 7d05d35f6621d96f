"""The Customers page's filter bar: tag, preferred channel, "not contacted for N days", and the trash.

``Filters`` (frozen): ``tag`` (None: any), ``channel`` (None: any, "": no preference), ``not_contacted_days``
(None: off), ``trashed``; ``kwargs()`` gives them as ``customers.list_customers`` takes them.
``FilterBar(parent=None)``: ``filters()``, ``set_filters(f)``, ``set_tags(names)`` (the tag combo keeps its
choice when the tag still exists), ``clear()`` (every filter off, same view); ``changed`` is emitted once
per change (the days box waits for typing to pause). The bar wraps onto a second line in a narrow window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from carebook import vocab
from ui import icons, labels
from ui.widgets.flow_layout import FlowLayout

ANY = "\x00any"  # combo data for "any" (None does not survive a QVariant round trip everywhere)
DEFAULT_DAYS = 90
DEBOUNCE_MS = 300


@dataclass(frozen=True)
class Filters:
    tag: str | None = None
    channel: str | None = None
    not_contacted_days: int | None = None
    trashed: bool = False

    @property
    def narrowed(self) -> bool:
        return self.tag is not None or self.channel is not None or self.not_contacted_days is not None

    def kwargs(self) -> dict[str, Any]:
        return {
            "tag": self.tag,
            "preferred_channel": self.channel,
            "not_contacted_days": self.not_contacted_days,
            "trashed": self.trashed,
        }

    def cleared(self) -> Filters:
        return Filters(trashed=self.trashed)


class TagCombo(QComboBox):
    """The tag filter; ``about_to_open`` lets the page read the shop's tags afresh first."""

    about_to_open = Signal()

    def showPopup(self) -> None:
        self.about_to_open.emit()
        super().showPopup()


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerFilters")
        self._quiet = False
        self.tag = TagCombo(self)
        self.tag.setObjectName("tagFilter")
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.setToolTip(self.tr("Show only customers with this tag"))
        self.tag.addItem(icons.icon("tag"), self.tr("All tags"), ANY)
        self.tag.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tag.setMaximumWidth(220)
        self.channel = QComboBox(self)
        self.channel.setObjectName("channelFilter")
        self.channel.setAccessibleName(self.tr("Preferred channel"))
        self.channel.setToolTip(self.tr("Show only customers who prefer this channel"))
        self.channel.addItem(self.tr("Any channel"), ANY)
        self.channel.addItem(self.tr("No preference"), "")
        for value, label in labels.choices(vocab.CHANNELS, labels.channel):
            self.channel.addItem(icons.icon(labels.channel_icon_name(value)), label, value)
        self.quiet_check = QCheckBox(self.tr("&Not contacted for"), self)
        self.quiet_check.setObjectName("quietCheck")
        self.quiet_check.setToolTip(
            self.tr("Customers whose last contact is older than this, or who never had one")
        )
        self.days = QSpinBox(self)
        self.days.setObjectName("quietDays")
        self.days.setRange(1, 3650)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Not contacted for so many days"))
        self.days.setEnabled(False)
        self.clear_button = QPushButton(icons.icon("clear"), self.tr("Clear filters"), self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.hide()

        self.live_button = self._view_button(self.tr("Customers"), "customers", self.tr("Customers in use"))
        self.trash_button = self._view_button(
            self.tr("Trash"), "trash", self.tr("Customers moved to the trash; restore them from here")
        )
        self.live_button.setChecked(True)
        self.view_group = QButtonGroup(self)
        self.view_group.setExclusive(True)
        self.view_group.addButton(self.live_button, 0)
        self.view_group.addButton(self.trash_button, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)

        # one row that wraps in a narrow window; each group stays whole
        flow = FlowLayout(self, spacing=12)
        flow.add_group(self.live_button, self.trash_button, spacing=8)
        show = QLabel(self.tr("Show:"), self)
        show.setObjectName("mutedLabel")
        show.setBuddy(self.tag)
        flow.add_group(show, self.tag, self.channel, spacing=8)
        flow.add_group(self.quiet_check, self.days, spacing=8)
        flow.addWidget(self.clear_button)

        self.tag.currentIndexChanged.connect(self._emit)
        self.channel.currentIndexChanged.connect(self._emit)
        self.quiet_check.toggled.connect(self.days.setEnabled)
        self.quiet_check.toggled.connect(self._emit)
        self.days.valueChanged.connect(self._days_changed)
        self.view_group.idToggled.connect(lambda _id, checked: self._emit() if checked else None)

    def _view_button(self, text: str, icon_name: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("viewButton")
        button.setText(text)
        button.setIcon(icons.icon(icon_name))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setCheckable(True)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        return button

    # -- values ----------------------------------------------------------------------------------
    def filters(self) -> Filters:
        tag = self.tag.currentData()
        channel = self.channel.currentData()
        return Filters(
            tag=None if tag in (None, ANY) else str(tag),
            channel=None if channel in (None, ANY) else str(channel),
            not_contacted_days=self.days.value() if self.quiet_check.isChecked() else None,
            trashed=self.trash_button.isChecked(),
        )

    def set_filters(self, filters: Filters) -> None:
        self._quiet = True
        try:
            if filters.tag is not None and self.tag.findData(filters.tag) < 0:
                self.tag.addItem(filters.tag, filters.tag)
            self.tag.setCurrentIndex(
                max(0, self.tag.findData(filters.tag if filters.tag is not None else ANY))
            )
            wanted = filters.channel if filters.channel is not None else ANY
            self.channel.setCurrentIndex(max(0, self.channel.findData(wanted)))
            self.quiet_check.setChecked(filters.not_contacted_days is not None)
            if filters.not_contacted_days is not None:
                self.days.setValue(filters.not_contacted_days)
            (self.trash_button if filters.trashed else self.live_button).setChecked(True)
        finally:
            self._quiet = False
        self._emit()

    def set_tags(self, names: list[str]) -> None:
        """The shop's tags for the combo; the chosen one stays when it still exists."""
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        try:
            while self.tag.count() > 1:
                self.tag.removeItem(1)
            for name in names:
                self.tag.addItem(name, name)
            index = self.tag.findData(current)
            self.tag.setCurrentIndex(max(0, index))
        finally:
            self.tag.blockSignals(False)
        if current not in (None, ANY) and self.tag.findData(current) < 0:
            self._emit()  # the chosen tag is gone: the list widens

    def clear(self) -> None:
        self.set_filters(self.filters().cleared())

    def _days_changed(self) -> None:
        if self.quiet_check.isChecked():
            self._timer.start()

    def _emit(self) -> None:
        if self._quiet:
            return
        self._timer.stop()
        self.clear_button.setVisible(self.filters().narrowed)
        self.changed.emit()
