"""What every page and dialog is handed: the ``AppContext`` (no global singletons).

API for pages and dialogs (``self.ctx``):

- ``ctx.staff`` -> ``StaffRow | None``: who is at the counter; ``ctx.staff_id`` -> ``int | None``.
- ``ctx.set_staff(row)``: change it (remembered in LocalState); emits ``staff_changed(row)``.
- ``ctx.is_owner`` -> bool: the person at the counter is an owner (may manage staff and settings).
- ``ctx.state``: the ``LocalState`` of this computer (declared keys only, see ``ui.state``).
- ``ctx.where``: where the data lives (the database file, or the server's host for PostgreSQL).
- ``ctx.drafts``: the ``carebook.drafts.DraftStore`` of this shop (dialogs keep typed work there).
- ``ctx.notify_data_changed()``: call after any write; emits ``data_changed`` so pages refresh.
  Dialogs opened with ``ui.dialogs.launcher`` get this for free after an accepted save.
- ``ctx.notify_records_changed(changes)``: another seat or program changed records (a
  ``carebook.changes.ChangeSet``); emits ``records_changed`` so pages refresh what they show of them.
- ``ctx.notify_settings_changed()``: after the shop settings changed (title bar, reports).
- ``ctx.show_customer(customer_id)``: ask the window to show a customer (emits ``customer_requested``).
- ``ctx.show_page(page_id)``: ask the window to switch page (emits ``page_requested``).
- ``ctx.status(text)``: a short message in the status bar ("Contact saved").
- ``minute_tick``: emitted once a minute while the window is open (for "falls due" checks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from carebook.drafts import DraftStore
from ui.state import LocalState

if TYPE_CHECKING:
    from carebook.changes import ChangeSet
    from carebook.services.staff import StaffRow


class AppContext(QObject):
    data_changed = Signal()
    records_changed = Signal(object)  # carebook.changes.ChangeSet
    settings_changed = Signal()
    staff_changed = Signal(object)  # StaffRow | None
    customer_requested = Signal(int)
    page_requested = Signal(str)
    status_message = Signal(str)
    minute_tick = Signal()

    def __init__(
        self,
        state: LocalState,
        *,
        staff: StaffRow | None = None,
        where: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.where = where
        self.drafts = DraftStore(shop=where)  # typed work kept for later (ui.dialogs.draft_keeper)
        self._staff: StaffRow | None = staff

    @property
    def staff(self) -> StaffRow | None:
        return self._staff

    @property
    def staff_id(self) -> int | None:
        return self._staff.id if self._staff is not None else None

    @property
    def is_owner(self) -> bool:
        return self._staff is not None and self._staff.role == "owner"

    def set_staff(self, row: StaffRow | None, *, remember: bool = True) -> None:
        changed = row != self._staff
        self._staff = row
        if remember:
            self.state.set("counter/staff_id", row.id if row is not None else 0)
        if changed:
            self.staff_changed.emit(row)

    def reload_staff(self) -> None:
        """Re-read the person at the counter (after their name, role or status changed)."""
        if self._staff is None:
            return
        from carebook.errors import NotFound
        from carebook.services import staff as staff_service

        try:
            row: Any = staff_service.get(self._staff.id)
        except NotFound:
            row = None
        if row is not None and not row.active:
            row = None
        self.set_staff(row)

    def notify_data_changed(self) -> None:
        self.data_changed.emit()

    def notify_records_changed(self, changes: ChangeSet) -> None:
        self.records_changed.emit(changes)

    def notify_settings_changed(self) -> None:
        self.settings_changed.emit()

    def show_customer(self, customer_id: int) -> None:
        self.customer_requested.emit(int(customer_id))

    def show_page(self, page_id: str) -> None:
        self.page_requested.emit(page_id)

    def status(self, text: str) -> None:
        self.status_message.emit(text)
