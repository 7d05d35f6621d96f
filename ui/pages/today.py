"""The Today page: what the person at the counter should do now.

Counters (contacts today, open contacts, overdue, due today), a line naming the customers whose birthday
is in the next 7 days (each name opens the customer), then the overdue and due-today follow-ups
as cards (``ui.widgets.followup_card``) of the person at the counter and unassigned ones, or of
everyone (the "Everyone's" toggle, remembered in ``today/everyone``). Each card offers Done, Snooze
(1 hour, tomorrow, next week, pick a date) and "Log this follow-up" (the contact dialog, which completes
the follow-up on save). Done and Snooze can be undone from the bar above the cards. With nothing due,
an empty state says what to do next.

Keyboard: Tab moves through the cards and their buttons, Enter on a card opens the customer,
Alt+Down / Alt+Up move between cards. The sidebar badge counts the overdue and due-today follow-ups of
the person at the counter (``update_badge``); the page re-reads itself once a minute while shown.

Reading happens off the UI thread (``ui.pages.today_loader`` run by ``ui.jobs``): ``refresh()``
returns at once and ``loaded`` is emitted when the answer is shown, its last card built (cards are
built a few per turn of the event loop: ``ui.widgets.followup_list``); Done and Snooze take their card
away at once. The badge is counted the same way, so the window opens at once; when the first count
finds something due, the page asks to be shown (completing "open on Today when something is due")
unless the user has moved on.
"""

from __future__ import annotations

import html
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from ui.context import AppContext
from ui.dialogs import launcher
from ui.jobs import BackgroundJobs
from ui.pages.base import Page, standard_layout
from ui.pages.today_actions import TodayActions
from ui.pages.today_loader import UPCOMING_DAYS, TodaySnapshot, count_due, load_snapshot
from ui.state import declare
from ui.widgets import followup_text as words
from ui.widgets.counter_tile import CounterTile
from ui.widgets.empty_state import EmptyState
from ui.widgets.followup_card import FollowupCardWidget
from ui.widgets.followup_list import FollowupCardList
from ui.widgets.undo_bar import UndoBar
from ui.widgets.upcoming_section import UpcomingSection

if TYPE_CHECKING:
    from carebook.services.birthdays import BirthdayRow

declare("today/everyone", bool, False, "Today shows everyone's follow-ups, not only the counter person's")
declare("today/upcoming_open", bool, False, "Today's Upcoming section is unfolded")


class TodayPage(TodayActions, Page):
    page_id = "today"
    icon_name = "today"
    tables = frozenset({"followup", "interaction", "customer", "staff"})

    loaded = Signal()  # a refresh has been shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._dirty = False
        self._opening_page: str | None = None  # the page the window opened on (see update_badge)
        self._opening = False
        self.snapshot: TodaySnapshot | None = None
        self._answer_filling = False  # an answer is shown, but some of its cards are still being built
        self.jobs = BackgroundJobs(self)
        self.jobs.finished.connect(self._job_done)
        self.jobs.failed.connect(self._job_failed)

        # heading with the Mine / Everyone's switch
        self.mine_button = QPushButton(self.tr("Mine"), self)
        self.mine_button.setObjectName("segmentLeft")
        self.everyone_button = QPushButton(self.tr("Everyone's"), self)
        self.everyone_button.setObjectName("segmentRight")
        self.scope_group = QButtonGroup(self)
        for button in (self.mine_button, self.everyone_button):
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.scope_group.addButton(button)
        self.everyone_button.setToolTip(self.tr("Show the follow-ups of every staff member"))
        self.everyone_button.toggled.connect(self._scope_toggled)
        switch = QWidget(self)
        switch.setObjectName("scopeSwitch")
        switch_row = QHBoxLayout(switch)
        switch_row.setContentsMargins(0, 0, 0, 0)
        switch_row.setSpacing(0)
        switch_row.addWidget(self.mine_button)
        switch_row.addWidget(self.everyone_button)
        layout = standard_layout(self)
        layout.addWidget(self.header(" ", switch))
        self.subtitle_label.setWordWrap(True)  # a long name must not make the window wider

        # counters
        self.contacts_tile = CounterTile(self.tr("Contacts today"), parent=self)
        self.open_tile = CounterTile(self.tr("Open contacts"), parent=self)
        self.overdue_tile = CounterTile(self.tr("Overdue"), parent=self)
        self.due_tile = CounterTile(self.tr("Due today"), parent=self)
        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        for tile in (self.contacts_tile, self.open_tile, self.overdue_tile, self.due_tile):
            tiles.addWidget(tile)
        layout.addLayout(tiles)

        # customers whose birthday is this week, each name a link to the customer
        self.birthdays_label = QLabel(self)
        self.birthdays_label.setObjectName("birthdaysLine")
        self.birthdays_label.setWordWrap(True)
        self.birthdays_label.setTextFormat(Qt.TextFormat.RichText)
        self.birthdays_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.birthdays_label.linkActivated.connect(lambda link: self.ctx.show_customer(int(link)))
        self.birthdays_label.hide()
        layout.addWidget(self.birthdays_label)

        self.undo_bar = UndoBar(self)
        layout.addWidget(self.undo_bar)

        # the follow-ups of the next days, folded under a heading by default
        self.upcoming = UpcomingSection(self, UPCOMING_DAYS)
        self.upcoming.set_folded(not self.ctx.state.get("today/upcoming_open"))
        self.upcoming.customer_clicked.connect(self.ctx.show_customer)
        self.upcoming.folded_changed.connect(self._upcoming_folded)
        layout.addWidget(self.upcoming)

        # the cards, or the empty state
        self.list = FollowupCardList(self)
        self.list.tab_start = self.everyone_button
        self.list.customer_clicked.connect(self.ctx.show_customer)
        self.list.done_clicked.connect(self.mark_done)
        self.list.snooze_chosen.connect(self.snooze)
        self.list.snooze_pick.connect(self.pick_snooze_date)
        self.list.log_clicked.connect(self.log_followup)
        self.list.open_all.connect(lambda: self.ctx.show_page("followups"))
        self.list.filled.connect(self._cards_filled)
        self.empty = EmptyState(
            "today",
            self.tr("Nothing due — well done"),
            "",
            [
                (
                    self.tr("Log a contact"),
                    "log-contact",
                    lambda: launcher.open_contact_dialog(self.ctx, self),
                ),
                (self.tr("See upcoming follow-ups"), "followups", lambda: self.ctx.show_page("followups")),
            ],
            self,
        )
        self.loading = QLabel(self.tr("Reading today's follow-ups…"), self)
        self.loading.setObjectName("mutedLabel")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.loading)  # until the first answer arrives
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

        ctx.staff_changed.connect(self._staff_changed)
        ctx.minute_tick.connect(self._minute_passed)
        self._sync_scope_buttons()

    # -- page contract ---------------------------------------------------------------------------
    def title(self) -> str:
        return QCoreApplication.translate("pages", "Today")

    def accessible_badge_hint(self) -> str:
        return self.tr("{0} due")

    def everyone(self) -> bool:
        """Whether the page shows everyone's follow-ups (always so when nobody is at the counter)."""
        return self.ctx.staff_id is None or bool(self.ctx.state.get("today/everyone"))

    def set_everyone(self, everyone: bool) -> None:
        self.ctx.state.set("today/everyone", everyone)
        self._sync_scope_buttons()
        self.refresh()

    def refresh(self) -> None:
        """Read the page again, off the UI thread; ``loaded`` is emitted once it is shown."""
        self._dirty = False
        scope = None if self.everyone() else self.ctx.staff_id
        self.jobs.run("page", partial(load_snapshot, scope, self.ctx.staff_id))

    def update_badge(self) -> None:
        if self._opening_page is None:
            # The first call comes while the window decides where to open. The count is read off the
            # UI thread too (it can take a while on a big database), so when it arrives and something
            # is due, the page asks to be shown, unless the user has already moved on.
            self._opening_page = self.ctx.state.get("window/page")
            self._opening = True
        if self.isVisible():
            self.refresh()  # the page's answer carries the badge
        else:
            self.jobs.run("badge", partial(count_due, self.ctx.staff_id))

    def _badge_counted(self, count: int) -> None:
        self.badge_changed.emit(count)
        if self._opening:
            self._opening = False
            moved_on = self.ctx.state.get("window/page") != self._opening_page
            if count > 0 and not self.isVisible() and not moved_on:
                self.ctx.show_page(self.page_id)

    def shutdown(self) -> None:
        self.jobs.shutdown()

    def focus_default(self) -> None:
        if not self.list.focus_first() and self.empty.buttons:
            self.empty.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def customer_in_view(self) -> int | None:
        """The customer of the card that has the keyboard focus."""
        focus = QApplication.focusWidget()
        for card in self.card_widgets():
            if focus is not None and (focus is card or card.isAncestorOf(focus)):
                return card.card.followup.customer_id
        return None

    def next_record(self) -> None:
        self.list.move_focus(1)

    def previous_record(self) -> None:
        self.list.move_focus(-1)

    # -- what is shown ---------------------------------------------------------------------------
    def card_widgets(self) -> list[FollowupCardWidget]:
        """The cards in the order shown."""
        return self.list.card_widgets()

    def _job_done(self, key: str, result: object) -> None:
        if key == "badge" and isinstance(result, int):
            self._badge_counted(result)
        elif key == "page" and isinstance(result, TodaySnapshot):
            self._show(result)
            self._badge_counted(result.badge)
            self._answer_filling = self.list.is_filling()
            if not self._answer_filling:
                self.loaded.emit()  # else once the last card is built (``_cards_filled``)

    def _cards_filled(self) -> None:
        """The last card of an answer is built (not of "Show N more" or a rebuild: no new answer)."""
        if self._answer_filling:
            self._answer_filling = False
            self.loaded.emit()

    def _job_failed(self, _key: str, message: str) -> None:
        self.ctx.status(message)

    def _show(self, snapshot: TodaySnapshot) -> None:
        self.snapshot = snapshot
        self._update_heading(snapshot.today)
        self._update_empty_text(snapshot.upcoming)
        self.contacts_tile.set_value(snapshot.contacts_today)
        self.open_tile.set_value(snapshot.open_contacts)
        self.overdue_tile.set_value(snapshot.overdue)
        self.overdue_tile.set_alert(snapshot.overdue > 0)
        self.due_tile.set_value(snapshot.due_today)
        self._show_birthdays(snapshot.birthdays, snapshot.today)
        self.upcoming.set_rows(snapshot.upcoming_rows, snapshot.today)
        totals = (snapshot.overdue_total, snapshot.due_today_total)
        lost_focus = self.list.set_cards(list(snapshot.cards), snapshot.today, self.ctx.staff_id, totals)
        self.stack.setCurrentWidget(self.list if snapshot.cards else self.empty)
        if lost_focus and self.empty.buttons:
            self.empty.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_birthdays(self, rows: tuple[BirthdayRow, ...], today: date) -> None:
        parts = []
        for row in rows:
            when = words.short_date(row.on, today) if row.on == today else words.long_date(row.on)
            link = f'<a href="{row.customer_id}">{html.escape(row.name)}</a>'
            parts.append(self.tr("{0} ({1}, turns {2})").format(link, html.escape(when), row.age))
        self.birthdays_label.setText(self.tr("Birthdays this week: {0}").format(", ".join(parts)))
        self.birthdays_label.setVisible(bool(rows))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.snapshot is not None:
            # the links take the palette's link colour only when the text is laid out again
            self.birthdays_label.clear()
            self._show_birthdays(self.snapshot.birthdays, self.snapshot.today)

    def birthday_names(self) -> list[str]:
        """The names the birthdays line shows, in its order."""
        snapshot = self.snapshot
        return (
            [row.name for row in snapshot.birthdays]
            if snapshot and self.birthdays_label.isVisibleTo(self)
            else []
        )

    def _update_heading(self, today: date) -> None:
        person = self.ctx.staff
        if self.everyone() or person is None:
            scope = self.tr("everyone's follow-ups")
        else:
            scope = self.tr("follow-ups for {0} and unassigned ones").format(person.name)
        self.subtitle_label.setText(f"{words.long_date(today)} · {scope}")
        self.subtitle_label.setVisible(True)
        mine = not self.everyone()
        self.contacts_tile.set_caption(
            self.tr("Your contacts today") if mine else self.tr("Contacts today"),
            self.tr("Contacts logged today"),
        )
        self.open_tile.set_caption(
            self.tr("Your open contacts") if mine else self.tr("Open contacts"),
            self.tr("Contacts not resolved yet, of any day"),
        )
        self.overdue_tile.set_caption(self.tr("Overdue"), self.tr("Follow-ups past their due date or time"))
        self.due_tile.set_caption(self.tr("Due today"), self.tr("Follow-ups due later today"))

    def _update_empty_text(self, upcoming: int) -> None:
        text = self.tr(
            "No follow-up is overdue or due today. Log a contact when a customer calls or comes by."
        )
        if upcoming:
            text += " " + (
                self.tr("1 follow-up is coming up in the next 7 days.")
                if upcoming == 1
                else self.tr("{0} follow-ups are coming up in the next 7 days.").format(upcoming)
            )
        if not self.everyone():
            text += " " + self.tr("Switch to Everyone's to see your colleagues' follow-ups.")
        self.empty.set_text(self.tr("Nothing due — well done"), text)

    def _upcoming_folded(self, folded: bool) -> None:
        self.ctx.state.set("today/upcoming_open", not folded)

    # -- scope, time and staff changes -----------------------------------------------------------
    def _sync_scope_buttons(self) -> None:
        nobody = self.ctx.staff_id is None
        self.mine_button.setEnabled(not nobody)
        self.mine_button.setToolTip(
            self.tr("Choose who is at the counter to see only their follow-ups")
            if nobody
            else self.tr("Show the follow-ups of {0} and unassigned ones").format(self.ctx.staff.name)  # type: ignore[union-attr]
        )
        button = self.everyone_button if self.everyone() else self.mine_button
        button.blockSignals(True)
        button.setChecked(True)
        button.blockSignals(False)

    def _scope_toggled(self, everyone: bool) -> None:
        if self.ctx.staff_id is not None and everyone != self.everyone():
            self.set_everyone(everyone)

    def _staff_changed(self, _row: object = None) -> None:
        self._sync_scope_buttons()
        if self.isVisible():
            self.refresh()  # the answer carries the new person's badge
        else:
            self._dirty = True
            self.update_badge()

    def _minute_passed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()
