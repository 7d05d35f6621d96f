"""One follow-up on the Today page, with the context a reminder needs and one-click actions.

``FollowupCardWidget(card, today, staff_id, parent=None)`` shows a ``FollowupCard``: the customer's
name (click, or Enter on the focused card, emits ``customer_clicked(customer_id)``), priority and
origin chips, how late or soon it is due, the note, phone / email / assignee, the last score and open
contacts, and the customer's last three contacts (local date, channel, summary elided with a tooltip).
Buttons emit ``done_clicked(followup_id)``, ``snooze_chosen(followup_id, preset)``,
``snooze_pick(followup_id)`` and ``log_clicked(followup_id)``. ``set_card`` updates it in place.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from carebook import clock, settings
from carebook.contact_info import display_phone
from ui import icons, labels
from ui.bidi import left_to_right
from ui.widgets import followup_text as words
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.snooze_menu import SnoozeMenu

if TYPE_CHECKING:
    from carebook.services.followups import FollowupCard
    from carebook.services.interactions import InteractionRow


NOTE_LIMIT = 400  # characters shown; the whole note is in the tooltip
RECENT = 3


class ClickableName(ElidedLabel):
    """The customer's name: looks like a link, emits ``clicked`` on a left click."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("followupCustomer")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)


class IconLabel(QLabel):
    """A small themed icon that is redrawn when the palette changes (light / dark)."""

    def __init__(self, name: str, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._size = size
        self.setFixedSize(size, size)
        self._paint()

    def _paint(self) -> None:
        self.setPixmap(icons.icon(self._name).pixmap(QSize(self._size, self._size), self.devicePixelRatioF()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._paint()


def _chip(text: str, kind: str, parent: QWidget) -> QLabel:
    chip = QLabel(text, parent)
    chip.setObjectName("followupChip")
    chip.setProperty("kind", kind)
    return chip


class ContactLine(QWidget):
    """One of the customer's recent contacts: date, channel (icon and label), summary."""

    def __init__(self, row: InteractionRow, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        when = clock.to_local(row.occurred_at)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(8)
        self.date_label = QLabel(words.short_date(when.date(), today), self)
        self.date_label.setObjectName("mutedLabel")
        self.date_label.setToolTip(f"{when:%Y-%m-%d %H:%M}")
        self.date_label.setMinimumWidth(self.date_label.fontMetrics().horizontalAdvance("00 MMM 0000"))
        channel = labels.channel(row.channel)
        self.channel_icon = IconLabel(labels.channel_icon_name(row.channel), 16, self)
        self.channel_icon.setToolTip(channel)
        self.channel_label = QLabel(channel, self)
        self.channel_label.setMinimumWidth(self.channel_label.fontMetrics().horizontalAdvance("Social media"))
        summary = row.summary or labels.reason(row.reason)
        if row.is_open:
            summary = self.tr("{0} (open)").format(summary)
        self.summary_label = ElidedLabel(summary, self)
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        by = f" — {row.staff_name}" if row.staff_name else ""
        self.summary_label.set_tooltip(f"{summary}{by}" if (by or len(summary) > 40) else "")
        line.addWidget(self.date_label)
        line.addWidget(self.channel_icon)
        line.addWidget(self.channel_label)
        line.addWidget(self.summary_label, 1)
        self.setAccessibleName(f"{self.date_label.text()}, {channel}: {summary}")

    def text(self) -> str:
        return f"{self.date_label.text()} · {self.channel_label.text()} · {self.summary_label.full_text()}"


class FollowupCardWidget(QFrame):
    customer_clicked = Signal(int)
    done_clicked = Signal(int)
    snooze_chosen = Signal(int, str)
    snooze_pick = Signal(int)
    log_clicked = Signal(int)

    def __init__(
        self, card: FollowupCard, today: date, staff_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followupCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.card = card

        # heading: name, chips, due
        self.name_label = ClickableName(self)
        self.name_label.clicked.connect(lambda: self.customer_clicked.emit(self.card.followup.customer_id))
        self.high_chip = _chip(self.tr("High priority"), "high", self)
        self.origin_chip = _chip(self.tr("Stay in touch"), "origin", self)
        self.due_label = QLabel(self)
        self.due_label.setObjectName("followupDue")
        heading = QHBoxLayout()
        heading.setSpacing(8)
        heading.addWidget(self.name_label, 0)
        heading.addWidget(self.high_chip)
        heading.addWidget(self.origin_chip)
        heading.addStretch(1)
        heading.addWidget(self.due_label)

        # actions
        self.done_button = QPushButton(icons.icon("done"), self.tr("Done"), self)
        self.done_button.setObjectName("followupDone")
        self.done_button.setToolTip(self.tr("Mark this follow-up as done"))
        self.done_button.clicked.connect(lambda: self.done_clicked.emit(self.card.followup.id))
        self.snooze_button = QPushButton(icons.icon("snooze"), self.tr("Snooze"), self)
        self.snooze_button.setToolTip(self.tr("Move this follow-up to later"))
        self.snooze_menu = SnoozeMenu(self.snooze_button)
        self.snooze_menu.preset_chosen.connect(lambda p: self.snooze_chosen.emit(self.card.followup.id, p))
        self.snooze_menu.pick_requested.connect(lambda: self.snooze_pick.emit(self.card.followup.id))
        self.snooze_button.setMenu(self.snooze_menu)
        self.log_button = QPushButton(icons.icon("log-contact"), self.tr("Log this follow-up…"), self)
        self.log_button.setObjectName("followupLog")
        self.log_button.setToolTip(
            self.tr("Log the contact you make for this follow-up; saving it marks the follow-up done")
        )
        self.log_button.clicked.connect(lambda: self.log_clicked.emit(self.card.followup.id))
        actions = QHBoxLayout()
        actions.setSpacing(8)
        for button in (self.done_button, self.snooze_button, self.log_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)

        # left: the note and what we know about the customer
        self.note_label = QLabel(self)
        self.note_label.setObjectName("followupNote")
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.reach_label = QLabel(self)  # phone, email, who: wrapped in a narrow card, never cut short
        self.reach_label.setObjectName("mutedLabel")
        self.reach_label.setWordWrap(True)
        self.reach_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reach_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.score_label = QLabel(self)
        self.score_label.setObjectName("followupFact")
        self.open_label = QLabel(self)
        self.open_label.setObjectName("followupFact")
        facts = QHBoxLayout()
        facts.setSpacing(16)
        facts.addWidget(self.score_label)
        facts.addWidget(self.open_label)
        facts.addStretch(1)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.note_label)
        left.addWidget(self.reach_label)
        left.addLayout(facts)
        left.addStretch(1)
        left.addSpacing(2)
        left.addLayout(actions)

        # right: the last three contacts
        recent_title = QLabel(self.tr("Last contacts"), self)
        recent_title.setObjectName("followupSection")
        self.recent_box = QVBoxLayout()
        self.recent_box.setSpacing(3)
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addWidget(recent_title)
        right.addLayout(self.recent_box)
        right.addStretch(1)
        self.contact_lines: list[ContactLine] = []
        self.no_contacts = QLabel(self.tr("No contacts logged yet"), self)
        self.no_contacts.setObjectName("mutedLabel")
        self.recent_box.addWidget(self.no_contacts)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(left, 5)
        body.addLayout(right, 6)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addLayout(body)
        self.set_card(card, today, staff_id)

    # -- content ---------------------------------------------------------------------------------
    def set_card(self, card: FollowupCard, today: date, staff_id: int | None) -> None:
        self.card = card
        row = card.followup
        self.setProperty("state", row.state)
        self.setProperty("priority", row.priority)
        self.style().unpolish(self)
        self.style().polish(self)
        self.name_label.setText(row.customer_name)
        self.name_label.set_tooltip(self.tr("Open {0}").format(row.customer_name))
        self.high_chip.setVisible(row.priority == "high")
        self.origin_chip.setVisible(row.origin == "stay_in_touch")
        due = words.due_text(row, today)
        self.due_label.setText(due)
        self.due_label.setProperty("state", row.state)
        self.due_label.style().unpolish(self.due_label)
        self.due_label.style().polish(self.due_label)
        self.due_label.setToolTip(
            self.tr("Due {0}").format(
                f"{row.due_on:%Y-%m-%d}" + (f" {row.due_time:%H:%M}" if row.due_time else "")
            )
        )

        note = row.note.strip() or self.tr("(no note)")
        shown = note if len(note) <= NOTE_LIMIT else note[: NOTE_LIMIT - 1].rstrip() + "…"
        self.note_label.setText(shown)
        self.note_label.setToolTip(note if shown != note else "")
        phone = left_to_right(display_phone(card.customer_phone, settings.current().phone_region))
        reach = [part for part in (phone, card.customer_email) if part]
        who = words.assignee_text(row, staff_id)
        if who:
            reach.append(who)
        self.reach_label.setText("  ·  ".join(reach))
        self.reach_label.setVisible(bool(reach))
        self.score_label.setText(words.last_score_text(card.last_score))
        self.open_label.setText(words.open_contacts_text(card.open_contacts))
        self.open_label.setProperty("attention", card.open_contacts > 0)
        self.open_label.style().unpolish(self.open_label)
        self.open_label.style().polish(self.open_label)
        self._set_contacts(card.recent_contacts[:RECENT], today)

        customer = row.customer_name
        self.setAccessibleName(f"{customer}: {due}")
        self.setAccessibleDescription(self.tr("{0}. Press Enter to open the customer.").format(note))
        self.done_button.setAccessibleName(self.tr("Mark done: {0}").format(customer))
        self.snooze_button.setAccessibleName(self.tr("Snooze: {0}").format(customer))
        self.log_button.setAccessibleName(self.tr("Log this follow-up: {0}").format(customer))

    def _set_contacts(self, rows: tuple[InteractionRow, ...], today: date) -> None:
        for line in self.contact_lines:
            self.recent_box.removeWidget(line)
            line.deleteLater()
        self.contact_lines = [ContactLine(row, today, self) for row in rows]
        for line in self.contact_lines:
            self.recent_box.addWidget(line)
        self.no_contacts.setVisible(not rows)

    @property
    def followup_id(self) -> int:
        return self.card.followup.id

    # -- keyboard --------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            self.customer_clicked.emit(self.card.followup.customer_id)
            event.accept()
            return
        super().keyPressEvent(event)
