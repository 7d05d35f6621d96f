"""An open form whose record changed at another counter says so, quietly, and keeps what was typed.

Nothing here writes or reloads a form: the clerk's typing stays as it is, and the save goes through the
conflict view (``carebook.conflicts``). This module only notices and tells.

- ``RecordWatch(ctx, table, record_id, parent)`` listens to ``ctx.records_changed``. ``record_id`` is
  an id, a callable giving the id of the record in the form now (None: none), or None for the whole
  table (the shop's settings). A ``ChangeSet`` that may touch the record makes it read the record's
  ``carebook.services.record_stamps.stamp`` and compare it with the one taken when the form was loaded
  (``rebase()``): ``changed(DELETED)`` when the record is gone (or a customer in the trash),
  ``changed(CHANGED)`` when what a person edits differs. A customer's recounted figures are no change.
  ``deletion_only``: only a deletion counts (a score recorded for a customer). ``active``: a callable
  saying whether the form is being edited (the customer detail: only with unsaved edits).
- ``ChangedNotice(parent)``: the note itself, hidden until ``show_for(kind)``; ``clear()`` hides it.
- ``attach(ctx, form, table, record_id, ...)`` makes both, puts the note at the top of ``form``'s layout
  (or ``layout`` at ``at``) and returns it (its ``watch`` too). ``watch_dialog(ctx, dialog)`` does that
  for the dialogs that edit a record (customer, contact, follow-up, score, staff, settings), by class:
  the dialogs themselves need no change; ``ui.dialogs.launcher.show_dialog`` calls it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QWidget

from carebook.changes import ChangeSet
from carebook.errors import CarebookError
from carebook.services import record_stamps
from ui import icons
from ui.context import AppContext

CHANGED, DELETED = "changed", "deleted"
RecordId = int | Callable[[], int | None] | None


class RecordWatch(QObject):
    changed = Signal(str)  # CHANGED or DELETED

    def __init__(
        self,
        ctx: AppContext,
        table: str,
        record_id: RecordId,
        parent: QObject | None = None,
        *,
        deletion_only: bool = False,
        active: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.table = table
        self._record_id = record_id
        self._whole_table = record_id is None
        self.deletion_only = deletion_only
        self._active = active
        self._baseline: record_stamps.Stamp | None = None
        self._baseline_id: int | None = None
        self.rebase()
        ctx.records_changed.connect(self._on_records_changed)

    def record_id(self) -> int | None:
        return self._record_id() if callable(self._record_id) else self._record_id

    def rebase(self) -> None:
        """The form (re)loaded its record: compare later changes with the record as it is now."""
        self._baseline_id = self.record_id()
        self._baseline = self._stamp(self._baseline_id)

    def _stamp(self, record_id: int | None) -> record_stamps.Stamp | None:
        if record_id is None and not self._whole_table:
            return None
        try:
            return record_stamps.stamp(self.table, record_id)
        except CarebookError:
            return self._baseline  # unreadable now (the server away): say nothing rather than guess

    def _on_records_changed(self, changes: ChangeSet) -> None:
        record_id = self.record_id()
        if record_id is None and not self._whole_table:
            return
        if record_id != self._baseline_id:  # another record in the form since (staff): start from it
            self.rebase()
            return
        ids = changes.ids_of(self.table)
        if ids is not None and (not ids or (record_id is not None and record_id not in ids)):
            return
        if self._active is not None and not self._active():
            return
        now = self._stamp(record_id)
        if now is None and self._baseline is not None:
            self.changed.emit(DELETED)
        elif now != self._baseline and not self.deletion_only:
            self.changed.emit(CHANGED)


class ChangedNotice(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedNotice")
        self.kind = ""
        self.watch: RecordWatch | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        self.icon = QLabel(self)
        self.icon.setPixmap(icons.icon("refresh").pixmap(16, 16))
        self.label = QLabel(self)
        self.label.setObjectName("changedNoticeText")
        self.label.setWordWrap(True)
        row.addWidget(self.icon)
        row.addWidget(self.label, 1)
        self.hide()

    def show_for(self, kind: str) -> None:
        self.kind = kind
        if kind == DELETED:
            text = self.tr(
                "Deleted at another counter. Your changes are kept on screen; "
                "saving will say what can be done."
            )
        else:
            text = self.tr("Changed at another counter. Your changes are kept; saving will compare them.")
        self.label.setText(text)
        self.setAccessibleName(text)
        self.show()

    def clear(self) -> None:
        self.kind = ""
        self.hide()


def attach(
    ctx: AppContext,
    form: QWidget,
    table: str,
    record_id: RecordId,
    *,
    layout: QBoxLayout | None = None,
    at: int = 0,
    deletion_only: bool = False,
    active: Callable[[], bool] | None = None,
) -> ChangedNotice:
    """A notice at the top of ``form`` (or in ``layout`` at ``at``) shown when its record changes."""
    notice = ChangedNotice(form)
    target = layout if layout is not None else form.layout()
    if isinstance(target, QBoxLayout):
        target.insertWidget(at, notice)
    notice.watch = RecordWatch(ctx, table, record_id, notice, deletion_only=deletion_only, active=active)
    notice.watch.changed.connect(notice.show_for)
    return notice


def _selected_staff(dialog: Any) -> Callable[[], int | None]:
    def staff_id() -> int | None:
        row = dialog.selected()
        return row.id if row is not None else None

    return staff_id


def watch_dialog(ctx: AppContext, dialog: QWidget) -> ChangedNotice | None:
    """Attach the notice to a dialog that edits a record (by its class); None for any other dialog."""
    name = type(dialog).__name__
    found: Any = dialog
    if name == "CustomerDialog" and found.customer_id is not None:
        return attach(ctx, dialog, "customer", found.customer_id)
    if name == "ContactDialog" and found.interaction_id is not None:
        return attach(ctx, dialog, "interaction", found.interaction_id)
    if name == "FollowupDialog" and found.followup is not None:
        return attach(ctx, dialog, "followup", found.followup.id)
    if name == "ScoreDialog":  # a new score: only its customer going matters
        return attach(ctx, dialog, "customer", found.customer_id, deletion_only=True)
    if name == "StaffDialog":
        notice = attach(ctx, dialog, "staff", _selected_staff(found))
        watch = notice.watch
        assert watch is not None

        def other_person(_row: int) -> None:
            notice.clear()
            watch.rebase()

        found.staff_list.currentRowChanged.connect(other_person)
        ctx.data_changed.connect(watch.rebase)  # its own saves (it stays open): the new baseline
        return notice
    if name == "SettingsDialog":
        return attach(ctx, dialog, "setting", None)
    return None
