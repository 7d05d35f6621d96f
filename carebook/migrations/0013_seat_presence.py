"""Version 13: who is at the counters of a server shop, the table ``seat`` (``carebook.services.presence``);
SQLite untouched (there the registration files of ``carebook.seats`` say it, without writing the shop file).

One row per running desktop app: the computer's name and the process (the key), who is at its counter
(the staff member's id and name as that app knows them, no reference to ``staff``: a restore empties
``staff``, and a row outliving its app is ignored once stale anyway) and when it was last seen, by the
server's clock in UTC. Nothing else reads or copies it: it is not part of what a backup restores. A seat
coming, going or changing its person notifies the other seats (``change_triggers_pg.create_seat_triggers``);
its heartbeat does not.
"""

from __future__ import annotations

import peewee
from playhouse.migrate import SchemaMigrator

from carebook import change_triggers_pg


def upgrade(db: peewee.Database, migrator: SchemaMigrator) -> None:
    if isinstance(db, peewee.SqliteDatabase):
        return
    db.execute_sql(
        "CREATE TABLE IF NOT EXISTS seat ("
        "computer TEXT NOT NULL, pid INTEGER NOT NULL, staff_id INTEGER, "
        "staff_name TEXT NOT NULL DEFAULT '', seen_at TIMESTAMP NOT NULL, "
        "PRIMARY KEY (computer, pid))"
    )
    change_triggers_pg.create_seat_triggers(db)
