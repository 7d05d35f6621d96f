"""Reminders that remind: while the app runs, follow-ups that fall due are announced.

``Reminders(ctx, banner, window=None, parent=None)``; ``start()`` remembers the time, plans the
stay-in-touch follow-ups (``followups.schedule_stay_in_touch()``, off the UI thread with ``ui.jobs``;
again on the first check of each new local day; ``ctx.data_changed`` when it planned any) and then
checks on every ``ctx.minute_tick`` with ``followups.falling_due(last, now)``.

Follow-ups that just fell due for the person at the counter (theirs and unassigned ones; everyone's
when nobody is at the counter) are shown once each in the ``ReminderBanner``, emitted as
``fell_due(rows)`` (the window updates the Today badge) and, where the desktop has a system tray that
shows messages, sent as a tray notification (the tray icon is created on first use). "Open Today" in
the banner shows the Today page; a click on the notification also brings the window to the front.
Follow-ups done, deleted or given to someone else, here or at another seat (``ctx.data_changed``,
``ctx.records_changed``), leave the banner (``followup_arrivals.still_due_for``, off the UI thread), as
do another person's when the person at the counter changes.
Follow-ups that arrive from another seat are checked like any other: ``falling_due`` reads the database
each minute, so one created elsewhere reminds at its due time as a local one does. ``notify(title, body)``
sends another tray notification (``ui.arrivals``: "New follow-up for you").
``stop()`` ends it all (idempotent).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from carebook import APP_NAME, clock
from carebook.changes import ChangeSet
from carebook.errors import CarebookError
from carebook.services import followup_arrivals, followups
from ui import icons
from ui.context import AppContext
from ui.jobs import BackgroundJobs
from ui.widgets.reminder_banner import ReminderBanner

if TYPE_CHECKING:
    from carebook.services.followups import FollowupRow

log = logging.getLogger(__name__)
TRAY_MESSAGE_MS = 15_000


def _gone(ids: frozenset[int], staff_id: int | None) -> frozenset[int]:
    """Of the banner's follow-ups ``ids``, those no longer due at the counter of ``staff_id``."""
    return ids - followup_arrivals.still_due_for(ids, staff_id)


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()


class Reminders(QObject):
    fell_due = Signal(list)  # list[FollowupRow]

    def __init__(
        self,
        ctx: AppContext,
        banner: ReminderBanner,
        window: QWidget | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.banner = banner
        self.window = window
        self.tray: QSystemTrayIcon | None = None
        self.make_tray: Callable[[], QSystemTrayIcon] = self._new_tray
        self._last_check: datetime | None = None
        self._scheduled_on: date | None = None
        self._announced: set[tuple[int, datetime]] = set()
        self._running = False
        self.jobs = BackgroundJobs(self)
        self.jobs.finished.connect(self._planned)
        self.jobs.failed.connect(self._not_planned)
        banner.open_today.connect(self.open_today)
        ctx.data_changed.connect(self.forget_gone)
        ctx.records_changed.connect(self._records_changed)
        ctx.staff_changed.connect(lambda _row: self.forget_gone())  # another person: only theirs stay

    # -- life cycle ------------------------------------------------------------------------------
    def start(self, plan_after_ms: int = 0) -> None:
        """Start watching; today's stay-in-touch planning (a write) runs ``plan_after_ms`` later."""
        if self._running:
            return
        self._running = True
        self._last_check = clock.local_now()
        self.ctx.minute_tick.connect(self.check)
        if plan_after_ms > 0:
            QTimer.singleShot(plan_after_ms, self.run_daily)
        else:
            self.run_daily()

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        self.ctx.minute_tick.disconnect(self.check)
        self.jobs.shutdown()
        if self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None

    # -- work ------------------------------------------------------------------------------------
    def run_daily(self) -> bool:
        """Plan today's stay-in-touch follow-ups (off the UI thread), once per local day.

        Returns whether planning started; when it made follow-ups, ``ctx.data_changed`` follows."""
        today = clock.today()
        if not self._running or self._scheduled_on == today:
            return False
        self._scheduled_on = today
        self.jobs.run("stay_in_touch", partial(followups.schedule_stay_in_touch, today))
        return True

    def _planned(self, key: str, result: object) -> None:
        if key == "stay_in_touch" and isinstance(result, int) and result > 0:
            self.ctx.notify_data_changed()
        elif key == "still_due" and isinstance(result, frozenset):
            self.banner.drop(result)

    def forget_gone(self) -> None:
        """Take the follow-ups no longer due at this counter off the banner (read off the UI thread)."""
        if not self._running or not self.banner.rows:
            return
        ids = frozenset(row.id for row in self.banner.rows)
        self.jobs.run("still_due", partial(_gone, ids, self.ctx.staff_id))

    def _records_changed(self, changes: ChangeSet) -> None:
        if changes.touches("followup", "customer"):
            self.forget_gone()

    def _not_planned(self, key: str, message: str) -> None:
        if key != "stay_in_touch":
            log.warning("could not read which reminders are still due: %s", message)
            return
        # ui.jobs logged it with its traceback; the status bar says so, the next day tries again
        self.ctx.status(self.tr("Stay-in-touch follow-ups were not planned: {0}").format(message))

    def check(self) -> list[FollowupRow]:
        """Announce the follow-ups that fell due since the last check; returns them."""
        if not self._running:
            return []
        now = clock.local_now()
        last = self._last_check or now
        self._last_check = now
        self.run_daily()
        if now <= last:
            return []  # the clock went back (or no time passed): nothing can have fallen due
        try:
            rows = followups.falling_due(last, now)
        except CarebookError as error:
            log.warning("could not check for follow-ups falling due: %s", error)
            return []
        staff_id = self.ctx.staff_id
        fresh = [
            row
            for row in rows
            if (staff_id is None or row.assignee_id in (None, staff_id))
            and (row.id, row.due_local) not in self._announced
        ]
        if fresh:
            self._announced.update((row.id, row.due_local) for row in fresh)
            self.announce(fresh)
        return fresh

    def announce(self, rows: list[FollowupRow]) -> None:
        self.banner.show_rows(rows)
        self.fell_due.emit(rows)
        self._tray_message(rows)

    def open_today(self) -> None:
        """Show the Today page (the banner's "Open Today")."""
        self.banner.dismiss()
        self.ctx.show_page("today")

    def bring_up_today(self) -> None:
        """A click on the tray notification: the window comes to the front, on the Today page."""
        self.open_today()
        window = self.window
        if window is not None:
            if window.isMinimized():
                window.showNormal()
            window.raise_()
            window.activateWindow()

    # -- the system tray -------------------------------------------------------------------------
    def _new_tray(self) -> QSystemTrayIcon:
        return QSystemTrayIcon(icons.app_icon(), self)

    def notify(self, title: str, body: str) -> bool:
        """A tray notification (a click brings up Today); False where the desktop has no tray for it."""
        if not self._running or not tray_available():
            return False
        if self.tray is None:
            self.tray = self.make_tray()
            self.tray.setToolTip(APP_NAME)
            self.tray.messageClicked.connect(self.bring_up_today)
            self.tray.activated.connect(lambda _reason: self.bring_up_today())
            self.tray.show()
        self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS)
        return True

    def _tray_message(self, rows: list[FollowupRow]) -> None:
        if len(rows) == 1:
            row = rows[0]
            title = QCoreApplication.translate("Reminders", "Follow-up due: {0}").format(row.customer_name)
            body = row.note.strip().splitlines()[0] if row.note.strip() else ""
        else:
            # %n: each language's plural form for the count (Polish and Arabic have several)
            title = self.tr("%n follow-ups are due", "", len(rows))
            body = ", ".join(row.customer_name for row in rows)
        self.notify(title, body)
