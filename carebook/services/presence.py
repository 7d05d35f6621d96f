"""Who is at the other counters: the people at the other seats of the open shop, seen in the last minutes.

``announce(staff_name, staff_id)`` says who is at this seat's counter ("" / None: nobody chosen): the app
calls it at start, every ``HEARTBEAT`` (off the UI thread) and at once when the person changes;
``leave()`` on a clean exit; ``others()`` -> the ``Colleague``s at the other seats, by name.

- PostgreSQL: the table ``seat`` (migration 0013), one row per running app keyed by computer and process.
  Ages are counted by the server's clock, so computers whose clocks differ still agree; a row not seen for
  ``PRESENT_FOR`` (its app crashed or lost the network) is ignored, and one older than ``FORGOTTEN_AFTER``
  is removed by the next app that starts. ``server_integrity.write_count`` leaves the table out: a
  heartbeat is not a change worth a backup.
- SQLite: nothing is written into the shop file (each write would make every other seat refresh its pages
  through ``data_version``): the per-process registration files of ``carebook.seats`` carry the computer
  and the person (``seats.at_counter``), and a registration still locked belongs to a program running
  now, so it is seen now. Command-line runs are not seats.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import timedelta

from carebook import seats, settings
from carebook.db import atomic, database, db_path, reads, storage_errors

TABLE = "seat"
HEARTBEAT = timedelta(seconds=60)
PRESENT_FOR = timedelta(minutes=3)  # three heartbeats missed: that seat is gone
FORGOTTEN_AFTER = timedelta(hours=1)
_UTC_NOW = "(now() AT TIME ZONE 'UTC')"


@dataclass(frozen=True)
class Colleague:
    computer: str
    staff_name: str  # "" when nobody is chosen at that counter
    seen_seconds_ago: int  # 0: seen now


def announce(staff_name: str, staff_id: int | None = None) -> None:
    """This seat is open, with ``staff_name`` at its counter: seen now."""
    if db_path() is not None:
        seats.at_counter(staff_name)
        return
    with storage_errors(), atomic():
        database.execute_sql(
            f"DELETE FROM seat WHERE seen_at < {_UTC_NOW} - %s * interval '1 second'",
            (int(FORGOTTEN_AFTER.total_seconds()),),
        )
        database.execute_sql(
            "INSERT INTO seat (computer, pid, staff_id, staff_name, seen_at) "
            f"VALUES (%s, %s, %s, %s, {_UTC_NOW}) ON CONFLICT (computer, pid) DO UPDATE SET "
            "staff_id = EXCLUDED.staff_id, staff_name = EXCLUDED.staff_name, seen_at = EXCLUDED.seen_at",
            (settings.this_computer(), os.getpid(), staff_id, staff_name),
        )


def leave() -> None:
    """This seat closes: the others stop showing it at once (on SQLite closing the shop does it)."""
    if db_path() is not None:
        return
    with storage_errors(), atomic():
        database.execute_sql(
            "DELETE FROM seat WHERE computer = %s AND pid = %s", (settings.this_computer(), os.getpid())
        )


@reads
def others() -> list[Colleague]:
    """The other seats of the shop seen in the last ``PRESENT_FOR``, by person and computer; one entry per
    person and computer (two windows of one clerk are one seat)."""
    path = db_path()
    if path is not None:
        found = [
            Colleague(seat.computer, seat.staff_name, 0)
            for seat in seats.others(path)
            if seat.program == seats.DESKTOP_APP and not seat.restoring
        ]
    else:
        rows = database.execute_sql(
            "SELECT computer, staff_name, "
            f"GREATEST(0, EXTRACT(EPOCH FROM {_UTC_NOW} - seen_at))::integer FROM seat "
            f"WHERE seen_at > {_UTC_NOW} - %s * interval '1 second' AND NOT (computer = %s AND pid = %s)",
            (int(PRESENT_FOR.total_seconds()), settings.this_computer(), os.getpid()),
        ).fetchall()
        found = [Colleague(str(computer), str(name), int(age)) for computer, name, age in rows]
    newest: dict[tuple[str, str], Colleague] = {}
    for colleague in sorted(found, key=lambda c: c.seen_seconds_ago, reverse=True):
        newest[(colleague.computer, colleague.staff_name)] = colleague
    return sorted(
        newest.values(),
        key=lambda c: (c.staff_name == "", c.staff_name.casefold(), c.computer.casefold()),
    )
