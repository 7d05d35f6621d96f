"""Restoring a backup file into a server shop, all or nothing, keeping a copy of what it replaces.

``restore_into_server(source)`` checks the file as a restore into a file does (``carebook.restore``: full
integrity check, a Carebook database, not from a newer Carebook), then:

1. keeps the server shop as it is now as a backup file (``carebook-before-restore-<time>.sqlite3`` in the
   backup folder, never thinned), made and verified before anything changes;
2. copies the file to a private temporary folder and brings that copy to the current schema (an older
   backup is upgraded there, never in place);
3. in one transaction on the server empties every table of the shop and copies every row of the file in
   (``carebook.copy_shop.copy_rows``: ids, sequences, search index, row counts and every month's figures
   verified). Any error rolls the whole transaction back: the shop is then as it was.

The other counters keep their connections; their next read shows the restored shop.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from carebook import backup, copy_shop, db, migrations, restore, settings, shop_backups
from carebook.errors import CarebookError
from carebook.translation import _


def restore_into_server(source: Path) -> Path:
    """Replace the open server shop's rows with those of the backup file ``source``; returns the copy
    kept of what it replaced."""
    source = Path(source).expanduser()
    restore.verify_source(source)
    target = db.database.obj
    if target is None or db.is_sqlite():
        raise CarebookError(_("no server shop is open"))
    kept = shop_backups.backup_now(tag=backup.KEPT_TAG).path
    with tempfile.TemporaryDirectory(prefix="carebook-restore-") as folder:
        staged = Path(folder) / "restoring.sqlite3"
        backup.backup_file(source, staged)  # copied first: ``source`` may be a file about to change
        incoming = db.connect_sqlite(staged)
        try:
            with db.storage_errors():
                migrations.upgrade(incoming)
            tables = ", ".join(f'"{model._meta.table_name}"' for model in copy_shop.TABLES)
            with db.storage_errors(), target.atomic():
                target.execute_sql(f"TRUNCATE {tables} RESTART IDENTITY")
                copy_shop.copy_rows(incoming, target)
        finally:
            incoming.close()
    settings.load()
    return kept


def restore_shop(source: Path) -> Path:
    """Restore the backup file ``source`` into the open shop, a file (``carebook.restore``) or a server;
    returns the copy kept of what it replaced."""
    if db.is_sqlite():
        return restore.restore(source)
    return restore_into_server(source)
