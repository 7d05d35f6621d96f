"""The seven contact channels as a row of toggle buttons with icons, one of them always chosen.

``ChannelButtons()``: ``value()`` -> "phone" ...; ``set_value(channel)``; ``channel_changed(str)``.
Keyboard: Alt+1 ... Alt+7 (installed on a host window with ``install_shortcuts(host)``; each tooltip
says its shortcut), Left/Right (and Up/Down) move between channels like radio buttons, and Tab stops
only at the chosen one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QSizePolicy, QToolButton, QWidget

from carebook import vocab
from carebook.resources import resource_path
from ui import keys, labels
from ui.icons import SvgIconEngine

MIN_BUTTON_WIDTH = 58


class _CheckedIconEngine(SvgIconEngine):
    """Draws the icon in the highlighted-text colour while the button is checked (on the accent)."""

    def _mode(self, mode: QIcon.Mode, state: QIcon.State) -> QIcon.Mode:
        if state == QIcon.State.On and mode != QIcon.Mode.Disabled:
            return QIcon.Mode.Selected
        return mode

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        super().paint(painter, rect, self._mode(mode, state), state)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float):  # type: ignore[no-untyped-def]
        return super().scaledPixmap(size, self._mode(mode, state), state, scale)

    def clone(self) -> SvgIconEngine:
        return _CheckedIconEngine(self.iconName(), self._source)


def toggle_icon(name: str) -> QIcon:
    """A palette-coloured icon that turns light on a checked (accent-coloured) button."""
    source = resource_path("icons", f"{name}.svg").read_bytes()
    return QIcon(_CheckedIconEngine(name, source))


class ChannelButtons(QWidget):
    channel_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, default: str = "phone") -> None:
        super().__init__(parent)
        self.setObjectName("channelButtons")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for number, channel in enumerate(vocab.CHANNELS, start=1):
            button = QToolButton(self)
            button.setObjectName("channelButton")
            button.setCheckable(True)
            button.setText(labels.channel(channel))
            button.setIcon(toggle_icon(labels.channel_icon_name(channel)))
            button.setIconSize(QSize(22, 22))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            text_width = button.fontMetrics().horizontalAdvance(button.text())
            button.setMinimumWidth(max(MIN_BUTTON_WIDTH, text_width + 20))
            shortcut = QKeySequence(f"Alt+{number}").toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(self.tr("{0} ({1})").format(labels.channel(channel), shortcut))
            button.setAccessibleName(labels.channel(channel))
            button.setAccessibleDescription(self.tr("Contact channel, shortcut {0}").format(shortcut))
            button.installEventFilter(self)
            self.group.addButton(button, number)
            self.buttons[channel] = button
            row.addWidget(button)
        self.group.idToggled.connect(self._on_toggled)
        self.set_value(default if default in self.buttons else vocab.CHANNELS[0])

    def value(self) -> str:
        for channel, button in self.buttons.items():
            if button.isChecked():
                return channel
        return ""

    def set_value(self, channel: str) -> None:
        button = self.buttons.get(channel)
        if button is not None:
            button.setChecked(True)
        self._update_focus_policies()

    def choose(self, channel: str) -> None:
        """Choose a channel as the user would (keyboard shortcut): check it and focus it."""
        self.set_value(channel)
        button = self.buttons.get(channel)
        if button is not None:
            button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def install_shortcuts(self, host: QWidget) -> list[QAction]:
        """Alt+1 ... Alt+7 anywhere in ``host`` choose a channel (``ui.keys.CHANNEL_KEYS``)."""
        return [
            binding.attach(host, lambda ch=channel: self.choose(ch))  # type: ignore[misc]
            for channel, binding in keys.CHANNEL_KEYS.items()
        ]

    def focus_button(self) -> QToolButton:
        return self.buttons.get(self.value()) or next(iter(self.buttons.values()))

    def _on_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._update_focus_policies()
            self.channel_changed.emit(self.value())

    def _update_focus_policies(self) -> None:
        chosen = self.value()
        for channel, button in self.buttons.items():
            policy = Qt.FocusPolicy.StrongFocus if channel == chosen else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {
                Qt.Key.Key_Left: -1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_Right: 1,
                Qt.Key.Key_Down: 1,
            }.get(Qt.Key(event.key()))
            if step is not None and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
                channels = list(self.buttons)
                current = channels.index(self.value()) if self.value() else 0
                self.choose(channels[(current + step) % len(channels)])
                return True
        return super().eventFilter(watched, event)
