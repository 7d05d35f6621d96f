"""Who is at the other counters, in the status bar: "Also at the counters: Maria (Till 2), Tom (Office)".

``Colleagues(ctx, parent=None)`` owns ``label``, an ``ElidedLabel`` for the status bar: hidden when this
seat is alone, its tooltip says when each one was last seen. It also keeps this seat known to the others
(``carebook.services.presence``): ``start()`` says who is at this counter and reads the others. Then,
all off the UI thread:

- who is here: at once when the person at the counter changes (``ctx.staff_changed``) and, on a server,
  every ``presence.HEARTBEAT`` (60 s); SQLite needs no heartbeat (a registration file is locked exactly
  as long as its program runs) and gets no write into the shop file;
- who is there: every ``LOOK_MS`` (30 s), on a ChangeSet naming the seats' table (PostgreSQL's
  notifications, once they include it) and, on SQLite, when a registration file beside the shop changes
  (a ``QFileSystemWatcher`` on the folder: another app opened, closed or changed its person).

When the app moves to another shop (the shop's server, ``ui.shop_switch``), it watches that one instead.
``stop()``, before the database closes: the timers stop and the server forgets this seat at once (a seat
that crashed is left out once its heartbeat is ``presence.PRESENT_FOR`` old).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer

from carebook import clock, db, seats
from carebook.changes import ChangeSet
from carebook.errors import CarebookError
from carebook.services import presence
from carebook.services.presence import Colleague
from ui.context import AppContext
from ui.jobs import BackgroundJobs
from ui.widgets import followup_text as words
from ui.widgets.elided_label import ElidedLabel

log = logging.getLogger(__name__)
LOOK_MS = 30_000
WATCH_QUIET_MS = 200  # a burst of file changes (an app starting) is read once


class Colleagues(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shown: list[Colleague] = []
        self.label = ElidedLabel()
        self.label.setObjectName("statusColleagues")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.hide()
        self.jobs = BackgroundJobs(self)
        self.jobs.failed.connect(self._failed)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(int(presence.HEARTBEAT.total_seconds() * 1000))
        self._heartbeat.timeout.connect(self.announce)
        self._look = QTimer(self)
        self._look.setInterval(LOOK_MS)
        self._look.timeout.connect(self.look)
        self._watcher: QFileSystemWatcher | None = None
        self._running = False
        self._where = ""  # the shop watched (the app can move to its server: ``ui.shop_switch``)
        ctx.staff_changed.connect(self._staff_changed)
        ctx.records_changed.connect(self._records_changed)
        ctx.settings_changed.connect(self._shop_maybe_moved)

    # -- life cycle ------------------------------------------------------------------------------
    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self._where = self.ctx.where
        self.announce()
        self.look()
        self._look.start()
        path = db.db_path()
        if path is None:
            self._heartbeat.start()
        else:
            self._watcher = QFileSystemWatcher([str(seats.folder(path))], self)
            self._watcher.directoryChanged.connect(self._folder_changed)

    def _quiet(self) -> None:
        self._heartbeat.stop()
        self._look.stop()
        if self._watcher is not None:
            self._watcher.directoryChanged.disconnect(self._folder_changed)
            self._watcher = None

    def stop(self) -> None:
        """Stop, and take this seat off the server's list (call before the database closes)."""
        if not self._running:
            return
        self._running = False
        self._quiet()
        self.jobs.shutdown()
        try:
            presence.leave()
        except CarebookError as error:  # the server is gone: the row goes stale by itself
            log.warning("could not take this seat off the list: %s", error)

    # -- work ------------------------------------------------------------------------------------
    def announce(self) -> None:
        """Tell the others who is at this counter (off the UI thread)."""
        if not self._running:
            return
        person = self.ctx.staff
        name, staff_id = (person.name, person.id) if person is not None else ("", None)
        self.jobs.run("announce", lambda: presence.announce(name, staff_id))

    def look(self) -> None:
        """Read who is at the other counters (off the UI thread); the label follows."""
        if self._running:
            self.jobs.run("look", presence.others, done=self.show)

    def show(self, colleagues: list[Colleague]) -> None:
        self.shown = list(colleagues)
        if not colleagues:
            self.label.hide()
            return
        entries = [self._entry(colleague) for colleague in colleagues]
        self.label.setText(self.tr("Also at the counters: {0}").format(", ".join(entries)))
        self.label.set_tooltip("\n".join(self._seen(colleague) for colleague in colleagues))
        self.label.show()

    def _entry(self, colleague: Colleague) -> str:
        if not colleague.staff_name:
            return colleague.computer
        return self.tr("{0} ({1})").format(colleague.staff_name, colleague.computer)

    def _seen(self, colleague: Colleague) -> str:
        who = colleague.staff_name or self.tr("Nobody chosen")
        if colleague.seen_seconds_ago < 60:
            return self.tr("{0} at {1}: seen just now").format(who, colleague.computer)
        seen: datetime = clock.local_now() - timedelta(seconds=colleague.seen_seconds_ago)
        when = words.short_time(seen.time())
        return self.tr("{0} at {1}: last seen at {2}").format(who, colleague.computer, when)

    # -- what makes it look again ----------------------------------------------------------------
    def _staff_changed(self, _row: object) -> None:
        self.announce()

    def _records_changed(self, changes: ChangeSet) -> None:
        if changes.tables and presence.TABLE in changes.tables:  # not every "something changed"
            self.look()

    def _shop_maybe_moved(self) -> None:
        """The app moved to another shop (its server): watch that one, and show nobody from the last."""
        if self._running and self.ctx.where != self._where:
            self._quiet()
            self.jobs.forget()
            self._running = False
            self.show([])
            self.start()

    def _folder_changed(self, _path: str) -> None:
        if self._running:
            self.jobs.run_later("look", WATCH_QUIET_MS, presence.others, done=self.show)

    def _failed(self, key: str, message: str) -> None:
        # the next look or heartbeat tries again; the reconnecting bar speaks of a lost server
        log.warning("who is at the other counters (%s): %s", key, message)
        if key == "look":
            self.show([])  # not known any more: names shown could be long gone
