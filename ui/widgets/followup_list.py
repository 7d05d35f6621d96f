"""The scrolling list of follow-up cards on the Today page, in an "Overdue" and a "Due today" section.

``FollowupCardList(parent)``; ``set_cards(cards, today, staff_id)`` shows them, reusing the card of a
follow-up that is still there (so focus and scroll position survive a refresh) and moving the focus to
the neighbouring card when the focused one goes away. The card signals are forwarded
(``customer_clicked``, ``done_clicked``, ``snooze_chosen``, ``snooze_pick``, ``log_clicked``).
``card_widgets()`` in the order shown; ``focus_first()``, ``move_focus(step)`` for Alt+Down / Alt+Up.
A focused card or button is scrolled into view. Only the first ``limit`` cards are built (``PAGE`` at a
time); "Show N more" (``show_more()``) adds the next ones; the section titles count them all.

New cards are built ``BATCH`` per turn of the event loop: the first ones show at once, the rest follow
in the next turns, and the window answers keys and clicks in between instead of freezing while a
dozen cards are built (a third of a second on a slow machine). ``is_filling()`` tells whether some are
still to come; ``filled`` is emitted when the last of them has been built.
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.followup_card import FollowupCardWidget

if TYPE_CHECKING:
    from carebook.services.followups import FollowupCard

PAGE = 12  # cards shown at a time (two screens): each is a dozen styled widgets, 15-30 ms to build
BATCH = 3  # cards built per turn of the event loop (about a screenful)


class FollowupCardList(QScrollArea):
    customer_clicked = Signal(int)
    done_clicked = Signal(int)
    snooze_chosen = Signal(int, str)
    snooze_pick = Signal(int)
    log_clicked = Signal(int)
    open_all = Signal()  # more are due than the page loaded: show them on the Follow-ups page
    filled = Signal()  # the cards left for later turns by set_cards have all been built

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.content = QWidget()
        self.content.setObjectName("todayCards")
        self.cards_layout = QVBoxLayout(self.content)
        self.cards_layout.setContentsMargins(0, 0, 6, 0)
        self.cards_layout.setSpacing(10)
        self.setWidget(self.content)
        self.overdue_title = QLabel(self.content)
        self.overdue_title.setObjectName("sectionTitle")
        self.due_title = QLabel(self.content)
        self.due_title.setObjectName("sectionTitle")
        self.more_row = QWidget(self.content)
        self.more_label = QLabel(self.more_row)
        self.more_label.setObjectName("mutedLabel")
        self.more_button = QPushButton(self.more_row)
        self.more_button.setAutoDefault(False)
        self.more_button.clicked.connect(self.show_more)
        more = QHBoxLayout(self.more_row)
        more.setContentsMargins(0, 4, 0, 4)
        more.addWidget(self.more_label)
        more.addWidget(self.more_button)
        more.addStretch(1)
        self.more_row.hide()
        self.totals: tuple[int, int] | None = None
        self._more_opens_all = False
        self.cards: dict[int, FollowupCardWidget] = {}
        self.all_cards: list[FollowupCard] = []
        self.order: list[int] = []  # the ids of the cards shown, in order
        self.limit = PAGE
        self._today: date | None = None
        self._staff_id: int | None = None
        self.tab_start: QWidget | None = None  # the widget the Tab chain of the cards starts after
        self._rebuild_pending = False
        self._fill_pending = False
        self._refocus: int | None = None  # the follow-up whose card had the focus before a rebuild
        self._parked: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def card_widgets(self) -> list[FollowupCardWidget]:
        return [self.cards[followup_id] for followup_id in self.order]

    def set_cards(
        self,
        cards: list[FollowupCard],
        today: date,
        staff_id: int | None,
        totals: tuple[int, int] | None = None,
    ) -> bool:
        """Show ``cards`` (the first ``limit`` of them); True when the focus was on a card and no card
        is left to take it. ``totals`` (overdue, due today) count every due follow-up when ``cards``
        holds only the first of them."""
        focused = self._focused_position()
        self.totals = totals
        self.all_cards = [c for c in cards if c.followup.state == "overdue"]
        self.all_cards += [c for c in cards if c.followup.state != "overdue"]
        changed = (self._today, self._staff_id) != (today, staff_id)
        old = self.cards
        self.cards = {}
        built = 0
        for card in self.all_cards[: self.limit]:
            widget = old.pop(card.followup.id, None)
            if widget is None:
                if built == BATCH:
                    continue  # built on a later turn (_fill)
                widget = self._make_card(card, today, staff_id)
                built += 1
            elif widget.card != card or changed:
                widget.set_card(card, today, staff_id)
            self.cards[card.followup.id] = widget
        for widget in old.values():
            widget.hide()
            widget.deleteLater()
        self._today, self._staff_id = today, staff_id
        self._show_built()
        if focused is None or focused[0] in self.cards:
            return False
        if not self.order:
            return True
        self.cards[self.order[min(focused[1], len(self.order) - 1)]].setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def show_more(self) -> None:
        """Show the next ``PAGE`` cards (or, past the loaded ones, ask for the Follow-ups page)."""
        if self._more_opens_all:
            self.open_all.emit()
            return
        if self._today is None:
            return
        first_new = len(self.order)
        self.limit += PAGE
        self.set_cards(self.all_cards, self._today, self._staff_id, self.totals)
        if first_new < len(self.order):
            self.cards[self.order[first_new]].setFocus(Qt.FocusReason.OtherFocusReason)

    def is_filling(self) -> bool:
        """Are some of the cards to show still to be built (on the next turns of the event loop)?"""
        return any(card.followup.id not in self.cards for card in self.all_cards[: self.limit])

    def _show_built(self) -> None:
        """Lay out the cards built so far; the rest are built on the next turn."""
        self._lay_out([c.followup.id for c in self.all_cards[: self.limit] if c.followup.id in self.cards])
        if self.is_filling() and not self._fill_pending:
            self._fill_pending = True
            QTimer.singleShot(0, self, self._fill)

    def _fill(self) -> None:
        self._fill_pending = False
        if self._today is None or not self.is_filling():
            return
        missing = [c for c in self.all_cards[: self.limit] if c.followup.id not in self.cards]
        for card in missing[:BATCH]:
            self.cards[card.followup.id] = self._make_card(card, self._today, self._staff_id)
        self._show_built()
        self._give_back_focus()
        if not self.is_filling():
            self.filled.emit()

    def _make_card(self, card: FollowupCard, today: date, staff_id: int | None) -> FollowupCardWidget:
        widget = FollowupCardWidget(card, today, staff_id, self.content)
        widget.customer_clicked.connect(self.customer_clicked)
        widget.done_clicked.connect(self.done_clicked)
        widget.snooze_chosen.connect(self.snooze_chosen)
        widget.snooze_pick.connect(self.snooze_pick)
        widget.log_clicked.connect(self.log_clicked)
        return widget

    def _lay_out(self, ids: list[int]) -> None:
        while self.cards_layout.count():
            self.cards_layout.takeAt(0)
        overdue_total = sum(1 for card in self.all_cards if card.followup.state == "overdue")
        due_total = len(self.all_cards) - overdue_total
        if self.totals is not None:
            overdue_total, due_total = max(overdue_total, self.totals[0]), max(due_total, self.totals[1])
        everything = overdue_total + due_total
        overdue = [i for i in ids if self.cards[i].card.followup.state == "overdue"]
        due = [i for i in ids if self.cards[i].card.followup.state != "overdue"]
        for title, section, total, text in (
            (self.overdue_title, overdue, overdue_total, self.tr("Overdue · {0}")),
            (self.due_title, due, due_total, self.tr("Due today · {0}")),
        ):
            title.setText(text.format(f"{total:,}"))
            title.setVisible(bool(section))
            if section:
                self.cards_layout.addWidget(title)
            for followup_id in section:
                self.cards_layout.addWidget(self.cards[followup_id])
                self.cards[followup_id].show()
        target = min(self.limit, len(self.all_cards))  # cards to show once all are built
        hidden = len(self.all_cards) - target
        beyond = everything - len(self.all_cards)  # due, but not loaded by the page
        self._more_opens_all = hidden <= 0 and beyond > 0
        if hidden > 0 or beyond > 0:
            shown = self.tr("Showing {0} of {1} follow-ups.").format(f"{target:,}", f"{everything:,}")
            if self._more_opens_all:
                self.more_label.setText(shown + " " + self.tr("The Follow-ups page lists them all."))
                self.more_button.setText(self.tr("Open Follow-ups"))
            else:
                self.more_label.setText(shown)
                self.more_button.setText(self.tr("Show {0} more").format(min(PAGE, hidden)))
            self.cards_layout.addWidget(self.more_row)
        # below the last card once they are all built, not under the first few while the rest come
        self.more_row.setVisible((hidden > 0 or beyond > 0) and len(ids) == target)
        self.cards_layout.addStretch(1)
        self.order = overdue + due
        chain: list[QWidget] = [self.tab_start] if self.tab_start is not None else []
        for widget in self.card_widgets():
            chain += [widget, widget.done_button, widget.snooze_button, widget.log_button]
        if hidden > 0:
            chain.append(self.more_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange and self.cards and not self._rebuild_pending:
            # A new stylesheet (light <-> dark) changes fonts; Qt keeps stale heights for word-wrapped
            # cards, so the cards are built again once the new style is in place.
            self._rebuild_pending = True
            QTimer.singleShot(0, self, self._rebuild)

    def _rebuild(self) -> None:
        self._rebuild_pending = False
        if self._today is None:
            return
        cards = list(self.all_cards)
        focused = self._focused_position()
        for widget in self.cards.values():
            widget.hide()
            widget.deleteLater()
        self.cards = {}
        self.set_cards(cards, self._today, self._staff_id)
        self._refocus = focused[0] if focused is not None else None
        self._parked = QApplication.focusWidget()  # where Qt put the focus when the old card went
        self._give_back_focus()

    def _give_back_focus(self) -> None:
        """Focus the card that had it before a rebuild, once built, unless the user has moved on."""
        card = self.cards.get(self._refocus) if self._refocus is not None else None
        if card is None:
            return
        self._refocus = None
        now = QApplication.focusWidget()
        if now is None or now is self._parked or self.isAncestorOf(now):
            card.setFocus(Qt.FocusReason.OtherFocusReason)
        self._parked = None

    # -- focus -----------------------------------------------------------------------------------
    def card_of(self, widget: QWidget | None) -> FollowupCardWidget | None:
        """The card holding ``widget`` (a card or one of its buttons), or None."""
        while widget is not None and not isinstance(widget, FollowupCardWidget):
            widget = widget.parentWidget()
        return widget if widget is not None and self.cards.get(widget.followup_id) is widget else None

    def _focused_position(self) -> tuple[int, int] | None:
        card = self.card_of(QApplication.focusWidget())
        if card is None:
            return None
        return card.followup_id, self.order.index(card.followup_id)

    def focus_first(self) -> bool:
        if not self.order:
            return False
        self.cards[self.order[0]].setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def move_focus(self, step: int) -> None:
        if not self.order:
            return
        card = self.card_of(QApplication.focusWidget())
        if card is None:
            index = 0 if step > 0 else len(self.order) - 1
        else:
            index = max(0, min(len(self.order) - 1, self.order.index(card.followup_id) + step))
        self.cards[self.order[index]].setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.content.isAncestorOf(new):
            self.ensureWidgetVisible(new, 0, 12)
