"""Today's one-click actions on a follow-up card: Done (offering to resolve the contact it came from),
Snooze, "Log this follow-up", and the Undo of each through the page's undo bar. A mixin of ``TodayPage``,
which provides ``ctx``, ``list``, ``snapshot``, ``undo_bar``, ``refresh`` and ``_show``; its texts keep the
page's translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from carebook import clock
from carebook.errors import CarebookError
from carebook.services import followups
from carebook.usecases import followups as followup_cases
from ui import msgbox
from ui.dialogs import launcher
from ui.widgets import followup_text as words
from ui.widgets.undo_bar import UndoBar

if TYPE_CHECKING:
    from carebook.services.followups import FollowupRow
    from ui.context import AppContext
    from ui.pages.today_loader import TodaySnapshot
    from ui.widgets.followup_list import FollowupCardList


class TodayActions:
    """The card actions (see the module's docstring); ``TodayPage`` sets the attributes below."""

    ctx: AppContext
    list: FollowupCardList
    snapshot: TodaySnapshot | None
    undo_bar: UndoBar

    def refresh(self) -> None:
        raise NotImplementedError

    def _widget(self) -> QWidget:
        """The page itself, as dialogs and message boxes take it for their parent."""
        return cast(QWidget, self)

    def _show(self, snapshot: TodaySnapshot) -> None:
        raise NotImplementedError

    def _row(self, followup_id: int) -> FollowupRow | None:
        widget = self.list.cards.get(followup_id)
        return widget.card.followup if widget is not None else None

    def mark_done(self, followup_id: int) -> None:
        row = self._row(followup_id)
        if row is None:
            return
        try:
            marked = followup_cases.mark_done([followup_id], by_staff_id=self.ctx.staff_id)
        except CarebookError as error:
            self._failed(error)
            return
        self._drop(followup_id)
        message = QCoreApplication.translate("TodayPage", "Marked done: {0}").format(self._what(row))
        resolve = None
        if marked.open_contacts:  # it came from a contact that is still open: offer to resolve it
            contacts = marked.open_contacts
            resolve = (
                QCoreApplication.translate("TodayPage", "Resolve its contact"),
                lambda: self._resolve(contacts),
            )
        self._after_change(message, lambda: self._reopen(row), resolve)

    def snooze(self, followup_id: int, preset: str) -> None:
        row = self._row(followup_id)
        if row is None:
            return
        try:
            due_on, due_time = followups.snooze_preset(preset, clock.local_now())
            moved = followups.snooze(followup_id, due_on=due_on, due_time=due_time)
        except CarebookError as error:
            self._failed(error)
            return
        self._snoozed(row, moved)

    def pick_snooze_date(self, followup_id: int) -> QWidget | None:
        """Open the date (and time) picker; returns the dialog (tests fill it in)."""
        from ui.dialogs.snooze_dialog import SnoozeDialog

        row = self._row(followup_id)
        if row is None:
            return None
        dialog = SnoozeDialog(self.ctx, self._widget(), followup=row)
        dialog.accepted.connect(lambda: self._snoozed(row, dialog.result_row) if dialog.result_row else None)
        return launcher.show_dialog(self.ctx, dialog)

    def log_followup(self, followup_id: int) -> None:
        row = self._row(followup_id)
        if row is not None:
            launcher.open_contact_dialog(
                self.ctx, self._widget(), customer_id=row.customer_id, followup_id=row.id
            )

    def _snoozed(self, before: FollowupRow, after: FollowupRow) -> None:
        if after.state == "upcoming":
            self._drop(before.id)  # gone from today at once; back later today stays (refreshed)
        when = words.due_when(after.due_on, after.due_time, clock.today())
        text = QCoreApplication.translate("TodayPage", "Snoozed until {0}: {1}").format(
            when, self._what(before)
        )
        self._after_change(text, lambda: self._move_back(before))

    def _drop(self, followup_id: int) -> None:
        """Take a card away at once, before the page is read again."""
        if self.snapshot is not None:
            self._show(self.snapshot.without(followup_id))

    def _after_change(self, message: str, undo: object, extra: UndoBar.Extra | None = None) -> None:
        self.refresh()
        self.undo_bar.show_message(message, undo, extra)  # type: ignore[arg-type]
        self.ctx.status(message)
        self.ctx.notify_data_changed()

    def _resolve(self, contact_ids: tuple[int, ...]) -> None:
        try:
            followup_cases.resolve_contacts(contact_ids)
        except CarebookError as error:
            self._failed(error)
            return
        self._after_change(
            QCoreApplication.translate("TodayPage", "Contact resolved"),
            lambda: self._reopen_contacts(contact_ids),
        )

    def _reopen_contacts(self, contact_ids: tuple[int, ...]) -> None:
        try:
            followup_cases.reopen_contacts(contact_ids)
        except CarebookError as error:
            self._failed(error)
            return
        self._after_undo()

    def _reopen(self, row: FollowupRow) -> None:
        try:
            followups.reopen(row.id)
        except CarebookError as error:
            self._failed(error)
            return
        self._after_undo()

    def _move_back(self, row: FollowupRow) -> None:
        try:
            followups.snooze(row.id, due_on=row.due_on, due_time=row.due_time)
        except CarebookError as error:
            self._failed(error)
            return
        self._after_undo()

    def _after_undo(self) -> None:
        self.refresh()
        self.ctx.status(QCoreApplication.translate("TodayPage", "Undone"))
        self.ctx.notify_data_changed()

    def _failed(self, error: CarebookError) -> None:
        msgbox.warning(
            self._widget(), QCoreApplication.translate("TodayPage", "Follow-up not changed"), str(error)
        )
        self.refresh()

    @staticmethod
    def _what(row: FollowupRow) -> str:
        note = row.note.strip().splitlines()[0] if row.note.strip() else ""
        if len(note) > 60:
            note = note[:59] + "…"
        return f"{row.customer_name} — {note}" if note else row.customer_name
