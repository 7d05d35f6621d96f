"""What the Follow-ups page does with the selected follow-ups: its actions, menus and their writes.

``FollowupActions(page)`` builds the ``QAction``s (shown on the page's buttons and in the context menu,
shortcuts in their tooltips) and runs them on ``page.selected_rows()``:

- Mark done (Ctrl+D; only the open ones, done by the person at the counter), Reopen (done ones);
- Snooze (``ui.widgets.snooze_menu.SnoozeMenu``: 1 hour, tomorrow, next week, or "Pick a date…"
  through ``ui.dialogs.snooze_dialog.SnoozeDialog``; the others selected follow the first);
- Reassign to… (each active staff member, or nobody); Edit (Enter) and Log contact (one follow-up);
- Delete (the Delete key) after a confirmation; Show customer.

Ctrl+D is free in the main window (``ui.main_actions``): its shortcuts are Ctrl+N, Ctrl+L,
Ctrl+Shift+N, Ctrl+F/K, Ctrl+1..6, Ctrl+comma, Ctrl+Q, Alt+Up/Down, F1 and F5. After writing, the page
refreshes and ``ctx.notify_data_changed()`` tells the rest of the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu

from carebook import clock
from carebook.conflicts import ConflictError
from carebook.errors import CarebookError, StorageError
from carebook.services import followups
from carebook.services import staff as staff_service
from carebook.services.followups import FollowupRow
from carebook.usecases import followups as followup_cases
from carebook.versions import Seen
from ui import icons, msgbox
from ui.dialogs import launcher
from ui.dialogs.conflict_flow import refused
from ui.widgets.followup_text import due_when
from ui.widgets.snooze_menu import SnoozeMenu
from ui.widgets.undo_bar import UndoBar

if TYPE_CHECKING:
    from ui.pages.followups import FollowupsPage

_CONTEXT = "FollowupActions"
NOBODY = -1
T = TypeVar("T")


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, "", n)


def _count(n: int, one: str, many: str) -> str:
    """``one`` for a single item, else ``many`` with ``{0}`` for the number."""
    return one if n == 1 else many.replace("{0}", str(n))


def keys_hint(text: str, action: QAction) -> str:
    """ "Mark done (Ctrl+D)": the action's text with its shortcut, for tooltips."""
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    plain = text.replace("&", "").rstrip("…")
    return f"{plain} ({shortcut})" if shortcut else plain


class FollowupActions(QObject):
    def __init__(self, page: FollowupsPage) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        table = page.table

        self.complete = self._make(
            QCoreApplication.translate("FollowupActions", "Mark &done"),
            "done",
            self.complete_selected,
            "Ctrl+D",
        )
        self.complete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page.addAction(self.complete)
        self.reopen = self._make(
            QCoreApplication.translate("FollowupActions", "&Reopen"), "refresh", self.reopen_selected
        )

        self.snooze_menu = SnoozeMenu(page)
        self.snooze_menu.preset_chosen.connect(self.snooze_preset)
        self.snooze_menu.pick_requested.connect(self.pick_snooze_date)
        self.snooze = self._make(QCoreApplication.translate("FollowupActions", "&Snooze"), "snooze", None)
        self.snooze.setMenu(self.snooze_menu)

        self.reassign_menu = QMenu(page)
        self.reassign_menu.setObjectName("reassignMenu")
        self.reassign_menu.aboutToShow.connect(self._fill_reassign_menu)
        self.reassign = self._make(
            QCoreApplication.translate("FollowupActions", "Re&assign to"), "reassign", None
        )
        self.reassign.setMenu(self.reassign_menu)

        self.edit = self._make(
            QCoreApplication.translate("FollowupActions", "&Edit…"), "edit", self.edit_current, "Return"
        )
        self.edit.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        table.addAction(self.edit)
        self.log_contact = self._make(
            QCoreApplication.translate("FollowupActions", "&Log contact…"),
            "log-contact",
            self.log_contact_current,
        )
        self.log_contact.setToolTip(
            QCoreApplication.translate(
                "FollowupActions", "Log the contact for this follow-up; it is marked done on saving"
            )
        )
        self.delete = self._make(
            QCoreApplication.translate("FollowupActions", "De&lete…"), "trash", self.delete_selected, "Delete"
        )
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        table.addAction(self.delete)
        self.show_customer = self._make(
            QCoreApplication.translate("FollowupActions", "Show &customer"),
            "person",
            self.show_customer_current,
        )
        self.open_contact = self._make(
            QCoreApplication.translate("FollowupActions", "Open the c&ontact it came from"),
            "edit",
            self.open_contact_current,
        )

    def _make(
        self, text: str, icon_name: str, slot: Callable[[], object] | None, shortcut: str = ""
    ) -> QAction:
        action = QAction(icons.icon(icon_name), text, self.page)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(keys_hint(text, action))
        if slot is not None:
            action.triggered.connect(lambda _checked=False, s=slot: s())
        return action

    # -- state -----------------------------------------------------------------------------------
    def update(self, rows: Sequence[FollowupRow]) -> None:
        """Enable what makes sense for the selection."""
        open_rows = [row for row in rows if row.done_at is None]
        one = len(rows) == 1
        self.complete.setEnabled(bool(open_rows))
        self.reopen.setEnabled(any(row.done_at is not None for row in rows))
        self.snooze.setEnabled(bool(open_rows))
        self.reassign.setEnabled(bool(rows))
        self.edit.setEnabled(one)
        self.log_contact.setEnabled(one)
        self.delete.setEnabled(bool(rows))
        self.show_customer.setEnabled(one)
        self.open_contact.setEnabled(one and rows[0].interaction_id is not None)

    def context_menu(self) -> QMenu:
        menu = QMenu(self.page)
        menu.addActions([self.complete, self.reopen, self.snooze, self.reassign])
        menu.addSeparator()
        menu.addActions([self.edit, self.log_contact, self.show_customer, self.open_contact])
        menu.addSeparator()
        menu.addAction(self.delete)
        return menu

    # -- writing ---------------------------------------------------------------------------------
    def _each(self, rows: Sequence[FollowupRow], write: Callable[[FollowupRow], object]) -> int:
        """Write each row; stop at the first failure with a plain message. Returns how many were done."""
        done = 0
        try:
            for row in rows:
                write(row)
                done += 1
        except StorageError as error:
            msgbox.error(self.page, QCoreApplication.translate("FollowupActions", "Not saved"), str(error))
        except ConflictError as error:
            refused(self.page, error)
        except CarebookError as error:
            msgbox.warning(self.page, QCoreApplication.translate("FollowupActions", "Not saved"), str(error))
        return done

    def _attempt(self, write: Callable[[], T]) -> T | None:
        """One write (a use case, all or nothing); None after a failure, said plainly."""
        try:
            return write()
        except StorageError as error:
            msgbox.error(self.page, QCoreApplication.translate("FollowupActions", "Not saved"), str(error))
        except CarebookError as error:
            msgbox.warning(self.page, QCoreApplication.translate("FollowupActions", "Not saved"), str(error))
        return None

    def _finish(
        self,
        changed: int,
        message: str,
        undo: Callable[[], object] | None = None,
        extra: UndoBar.Extra | None = None,
    ) -> None:
        if changed:
            self.page.refresh()
            self.ctx.notify_data_changed()
            self.ctx.status(message)
            if undo is not None:
                self.page.undo_bar.show_message(message, undo, extra)

    def _undone(self, write: Callable[[], object]) -> None:
        if self._attempt(write) is not None:
            self._finish(1, QCoreApplication.translate("FollowupActions", "Undone"))

    def complete_selected(self) -> None:
        ids = [row.id for row in self.page.selected_rows()]
        staff_id = self.ctx.staff_id
        marked = self._attempt(lambda: followup_cases.mark_done(ids, by_staff_id=staff_id))
        if marked is None or not marked.done:
            return
        done = tuple(row.id for row in marked.done)
        message = _count(
            len(done),
            QCoreApplication.translate("FollowupActions", "Follow-up marked done"),
            QCoreApplication.translate("FollowupActions", "{0} follow-ups marked done"),
        )
        extra = None
        if marked.open_contacts:  # they came from contacts still open: offer to resolve them too
            contacts = marked.open_contacts
            label = (
                QCoreApplication.translate("FollowupActions", "Resolve its contact")
                if len(contacts) == 1
                else QCoreApplication.translate("FollowupActions", "Resolve their contacts")
            )
            extra = (label, lambda: self.resolve_contacts(contacts))
        self._finish(len(done), message, lambda: self._undone(lambda: followup_cases.reopen(done)), extra)

    def resolve_contacts(self, contacts: tuple[int, ...]) -> None:
        resolved = self._attempt(lambda: followup_cases.resolve_contacts(contacts))
        if resolved:
            message = _count(
                resolved,
                QCoreApplication.translate("FollowupActions", "Contact resolved"),
                QCoreApplication.translate("FollowupActions", "{0} contacts resolved"),
            )
            self._finish(
                resolved, message, lambda: self._undone(lambda: followup_cases.reopen_contacts(contacts))
            )

    def reopen_selected(self) -> None:
        rows = [row for row in self.page.selected_rows() if row.done_at is not None]
        changed = self._each(rows, lambda row: followups.reopen(row.id))
        self._finish(
            changed,
            _count(
                changed,
                QCoreApplication.translate("FollowupActions", "Follow-up reopened"),
                QCoreApplication.translate("FollowupActions", "{0} follow-ups reopened"),
            ),
        )

    def snooze_to(
        self,
        rows: Sequence[FollowupRow],
        due_on: object,
        due_time: object,
        before: Sequence[FollowupRow] = (),
    ) -> None:
        """Move the open ones of ``rows``; Undo puts them (and ``before``: rows already moved, with the
        days they had) back."""
        open_rows = [row for row in rows if row.done_at is None]
        changed = self._each(
            open_rows,
            lambda row: followups.snooze(row.id, due_on=due_on, due_time=due_time),  # type: ignore[arg-type]
        )
        when = due_when(due_on, due_time, clock.today())  # type: ignore[arg-type]
        message = _count(
            changed,
            QCoreApplication.translate("FollowupActions", "Follow-up snoozed until {1}"),
            QCoreApplication.translate("FollowupActions", "{0} follow-ups snoozed until {1}"),
        )
        moved = (*before, *open_rows)
        undo = lambda: self._undone(lambda: followup_cases.move_back(moved))  # noqa: E731
        self._finish(changed + len(before), message.replace("{1}", when), undo)

    def snooze_preset(self, preset: str) -> None:
        due_on, due_time = followups.snooze_preset(preset, clock.local_now())
        self.snooze_to(self.page.selected_rows(), due_on, due_time)

    def pick_snooze_date(self) -> None:
        from ui.dialogs.snooze_dialog import SnoozeDialog

        rows = [row for row in self.page.selected_rows() if row.done_at is None]
        if not rows:
            return
        dialog = SnoozeDialog(self.ctx, self.page, followup=rows[0])
        if len(rows) > 1:  # the others selected move to the same day as the first
            dialog.setWindowTitle(
                QCoreApplication.translate("FollowupActions", "Snooze %n follow-ups", "", len(rows))
            )
            intro = dialog.findChild(QLabel, "dialogIntro")
            if intro is not None:
                intro.setText(
                    QCoreApplication.translate(
                        "FollowupActions", "Bring back the %n selected follow-ups on:", "", len(rows)
                    )
                )

        def moved() -> None:
            first = dialog.result_row
            if first is None:
                return
            self.snooze_to(rows[1:], first.due_on, first.due_time, before=rows[:1])

        dialog.accepted.connect(moved)
        self.page.snooze_dialog = launcher.show_dialog(self.ctx, dialog)

    def _fill_reassign_menu(self) -> None:
        menu = self.reassign_menu
        menu.clear()
        try:
            people = staff_service.list_staff()
        except CarebookError as error:
            menu.addAction(str(error)).setEnabled(False)
            return
        assignees = {row.assignee_id for row in self.page.selected_rows()}
        for person in people:
            action = menu.addAction(icons.icon("person"), person.name)
            action.setCheckable(True)
            action.setChecked(assignees == {person.id})
            action.triggered.connect(lambda _checked=False, pid=person.id: self.reassign_to(pid))
        menu.addSeparator()
        nobody = menu.addAction(QCoreApplication.translate("FollowupActions", "Nobody (unassigned)"))
        nobody.setCheckable(True)
        nobody.setChecked(assignees == {None})
        nobody.triggered.connect(lambda _checked=False: self.reassign_to(None))

    def reassign_to(self, staff_id: int | None) -> None:
        rows = [row for row in self.page.selected_rows() if row.assignee_id != staff_id]
        changed = self._each(rows, lambda row: followups.reassign(row.id, staff_id))
        self._finish(
            changed,
            _count(
                changed,
                QCoreApplication.translate("FollowupActions", "Follow-up reassigned"),
                QCoreApplication.translate("FollowupActions", "{0} follow-ups reassigned"),
            ),
        )

    def delete_selected(self) -> None:
        rows = self.page.selected_rows()
        if not rows:
            return
        if len(rows) == 1:
            row = rows[0]
            what = (
                row.note.splitlines()[0]
                if row.note.strip()
                else QCoreApplication.translate("FollowupActions", "(no note)")
            )
            question = QCoreApplication.translate(
                "FollowupActions", "Delete the follow-up “{0}” for {1}?"
            ).format(what, row.customer_name)
        else:
            question = QCoreApplication.translate("FollowupActions", "Delete %n follow-ups?", "", len(rows))
        text = QCoreApplication.translate(
            "FollowupActions", "{0}\n\nThis cannot be undone. To keep it on record, mark it done instead."
        ).format(question)
        if not msgbox.question(
            self.page,
            QCoreApplication.translate("FollowupActions", "Delete follow-up"),
            text,
            QCoreApplication.translate("FollowupActions", "Delete"),
            QCoreApplication.translate("FollowupActions", "Keep"),
        ):
            return
        # as listed when asked: one changed or deleted at another counter since is kept (``refused``)
        changed = self._each(rows, lambda row: followups.delete(row.id, Seen.of(row, followups.CHANGEABLE)))
        self._finish(
            changed,
            _count(
                changed,
                QCoreApplication.translate("FollowupActions", "Follow-up deleted"),
                QCoreApplication.translate("FollowupActions", "{0} follow-ups deleted"),
            ),
        )

    # -- one follow-up ---------------------------------------------------------------------------
    def edit_current(self) -> None:
        row = self.page.current_row()
        if row is None:
            return
        try:
            self.page.edit_dialog = launcher.open_record_dialog(
                self.ctx, self.page, "followup", followup_id=row.id
            )
        except CarebookError as error:  # deleted on another seat meanwhile, or the database is busy
            msgbox.warning(
                self.page,
                QCoreApplication.translate("FollowupActions", "Cannot open this follow-up"),
                str(error),
            )
            self.page.refresh()

    def log_contact_current(self) -> None:
        row = self.page.current_row()
        if row is not None:
            launcher.open_contact_dialog(self.ctx, self.page, customer_id=row.customer_id, followup_id=row.id)

    def open_contact_current(self) -> None:
        """Open the contact a follow-up was made from (its Origin says "From a contact")."""
        row = self.page.current_row()
        if row is None or row.interaction_id is None:
            return
        try:
            self.page.edit_dialog = launcher.open_record_dialog(
                self.ctx, self.page, "contact", interaction_id=row.interaction_id
            )
        except CarebookError as error:  # deleted meanwhile, or the database is busy
            msgbox.warning(
                self.page,
                QCoreApplication.translate("FollowupActions", "Cannot open this contact"),
                str(error),
            )
            self.page.refresh()

    def show_customer_current(self) -> None:
        row = self.page.current_row()
        if row is not None:
            self.ctx.show_customer(row.customer_id)
