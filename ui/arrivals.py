"""Follow-ups that reach the person at this counter from another seat: on Today at once, and told once.

``Arrivals(ctx, reminders, parent=None)``; ``start()`` reads what this seat knows: the open follow-ups
assigned to the person at the counter (``carebook.services.followup_arrivals``). When another seat or
program changed follow-ups or customers (``ctx.records_changed``: a ChangeSet from PostgreSQL's
notifications, or ``everything()`` from SQLite's ``data_version``) it reads them again, and each one that
is new for the person, created for them elsewhere or given to them, is told once: a tray notification
("New follow-up for you: Ava Evans, due tomorrow at 09:00") through ``reminders.notify``, the same words
in the status bar, and ``arrived(rows)``. The clerk's own writes here (``ctx.data_changed``) and a
change of person are read again quietly: what was done at this counter is no news to it. Today and the
badges refresh on the same ChangeSet (``ui.main_window``), and at its due time the follow-up reminds like
a local one (``ui.reminders``), which also takes follow-ups done or given away elsewhere off its banner.

When the app moves to another shop (``ui.shop_switch``), what it knew starts again from that shop, quietly.
Every read runs off the UI thread, one after the other in the order asked, each answering (no newer one
drops an older), so what this seat knew only moves forward in time; a read asked before a write here but
answering after it tells nothing (it may have read that write). ``stop()`` ends it (idempotent).
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QObject, Signal

from carebook import clock
from carebook.changes import ChangeSet
from carebook.services import followup_arrivals
from carebook.services.followup_arrivals import Assigned
from carebook.services.followup_rows import FollowupRow
from ui.context import AppContext
from ui.jobs import BackgroundJobs
from ui.reminders import Reminders
from ui.widgets import followup_text as words

log = logging.getLogger(__name__)


class Arrivals(QObject):
    arrived = Signal(list)  # list[FollowupRow]: new for the person at the counter, told just now

    def __init__(self, ctx: AppContext, reminders: Reminders, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reminders = reminders
        self.jobs = BackgroundJobs(self)
        self.jobs.failed.connect(self._not_read)
        self.known: Assigned | None = None
        self._told: set[int] = set()
        self._asked = 0
        self._quiet_asked = 0  # the number of the latest quiet read asked
        self._running = False
        self._where = ctx.where
        ctx.records_changed.connect(self._records_changed)
        ctx.data_changed.connect(self._read_quietly)
        ctx.staff_changed.connect(lambda _row: self._read_quietly())
        ctx.settings_changed.connect(self._shop_maybe_moved)

    def start(self) -> None:
        if not self._running:
            self._running = True
            self._read(tell=False)

    def stop(self) -> None:
        if self._running:
            self._running = False
            self.jobs.shutdown()

    def _records_changed(self, changes: ChangeSet) -> None:
        if changes.touches("followup", "customer"):
            self._read(tell=True)

    def _shop_maybe_moved(self) -> None:
        """The app moved to another shop (``ui.shop_switch``): what it knew of the last one means nothing."""
        if self.ctx.where != self._where:
            self._where = self.ctx.where
            self.jobs.forget()
            self.known = None
            self._told.clear()
            self._read_quietly()

    def _read_quietly(self) -> None:
        self._read(tell=False)

    def _next_key(self, kind: str) -> str:
        self._asked += 1
        return f"{kind}-{self._asked}"  # a key of its own: every read answers, in the order asked

    def _read(self, *, tell: bool) -> None:
        if not self._running:
            return
        read = partial(followup_arrivals.assigned_to, self.ctx.staff_id)
        key = self._next_key("assigned")
        if not tell:
            self._quiet_asked = self._asked
        self.jobs.run(key, read, done=partial(self._compare, tell, self._asked))

    def _compare(self, tell: bool, number: int, now: Assigned) -> None:
        before, self.known = self.known, now
        if not tell or before is None or self._quiet_asked > number:
            # A write here was made while this read was on its way: it may have read that write, which is
            # no news to this counter (a follow-up given here at that very moment is on Today, untold).
            return
        new = now.arrived(before) - self._told
        if new:
            self._told |= new
            read = partial(followup_arrivals.rows, new)
            self.jobs.run(self._next_key("rows"), read, done=partial(self._tell, len(new)))

    def _tell(self, count: int, rows: list[FollowupRow]) -> None:
        mine = [row for row in rows if row.assignee_id is not None and row.assignee_id == self.ctx.staff_id]
        if not mine or not self._running:
            return
        title, body = self.message(mine, count if count > followup_arrivals.MAX_ROWS else None)
        self.arrived.emit(mine)
        self.ctx.status(title)  # in the window too: not every desktop shows tray notifications
        self.reminders.notify(title, body)

    def message(self, rows: list[FollowupRow], count: int | None = None) -> tuple[str, str]:
        """The tray notification's title and text for follow-ups new for the person at the counter
        (``count`` of them when more than the rows read)."""
        today = clock.today()
        if len(rows) == 1 and count is None:
            row = rows[0]
            when = words.due_when(row.due_on, row.due_time, today)
            title = self.tr("New follow-up for you: {0}, due {1}").format(row.customer_name, when)
            lines = row.note.strip().splitlines()
            return title, lines[0] if lines else ""
        # %n: each language's plural form for the count (Polish and Arabic have several)
        title = self.tr("%n new follow-ups for you", "", count or len(rows))
        return title, ", ".join(row.customer_name for row in rows)

    def _not_read(self, _key: str, message: str) -> None:
        # ui.jobs logged it; the next change reads again, comparing with what this seat knew before
        log.warning("could not read the follow-ups assigned to the person at the counter: %s", message)
