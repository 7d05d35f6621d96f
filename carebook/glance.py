"""A first glance at a Carebook file before the database layer loads: what the window's first frame shows.

``glance(target, *, staff_name=None, remembered_id=0) -> Glance | None`` reads the shop's name and the
person who will be at the counter straight from the SQLite file, read-only, with ``sqlite3`` alone (no
peewee, no service, no migration). The desktop app paints its main window with them while peewee, the
services and the database itself load (``ui.app``), then opens the database as usual and checks
everything again: a glance is shown, never trusted for a write.

The person is chosen as the full start chooses (``staff_row.counter_person``): the active staff member
called ``staff_name`` (any case), else the remembered one if still active, else the only active one.
The answer is None whenever that full start has something to decide or to say first: a server
database, a file that is missing, unreadable or damaged, a file to upgrade (or written by a newer
Carebook), nobody active to put at the counter, or a name that matches nobody active.

``connect_read_only(path)`` opens an SQLite file without writing anything (``carebook.migrations`` reads
the schema version with it too).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from carebook.migration_files import latest_version
from carebook.paths import EmptyTarget, is_server_url, resolve_db_target
from carebook.services.staff_row import StaffRow, counter_person


@dataclass(frozen=True)
class Glance:
    where: str  # the database file, as the status bar shows it
    shop_name: str
    staff: StaffRow


def connect_read_only(path: Path) -> sqlite3.Connection:
    """``path`` opened read-only. A cleanly closed file (no -wal beside it) is read as immutable, so no
    -wal or -shm file is created beside it either."""
    clean = not Path(f"{path}-wal").exists()
    mode = "mode=ro&immutable=1" if clean else "mode=ro"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)


def glance(
    target: str | None = None, *, staff_name: str | None = None, remembered_id: int = 0
) -> Glance | None:
    """The shop's name and who is at the counter, or None when the full start must decide (see above)."""
    try:
        resolved = resolve_db_target(target)
    except EmptyTarget:
        return None  # the full start says why
    if is_server_url(resolved):
        return None
    path = Path(resolved).expanduser()
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        conn = connect_read_only(path)
    except (OSError, sqlite3.Error):
        return None
    try:
        version = conn.execute("SELECT max(version) FROM schema_migration").fetchone()[0]
        if version != latest_version():
            return None  # the full start upgrades it first (or refuses a newer one), with the window closed
        shop = conn.execute("SELECT value FROM setting WHERE key = 'shop_name'").fetchone()
        active = [
            StaffRow(int(row[0]), str(row[1]), str(row[2]), True)
            for row in conn.execute("SELECT id, name, role FROM staff WHERE active ORDER BY id")
        ]
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    person = counter_person(active, staff_name, remembered_id)
    if person is None:
        return None
    return Glance(where=str(path), shop_name=str(shop[0]).strip() if shop else "", staff=person)
