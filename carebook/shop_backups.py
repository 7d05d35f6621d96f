"""Backups of a shop on either engine, for ``carebook backup`` and ``check`` and the automatic copies.

On an SQLite file they are ``carebook.backup``'s (SQLite's backup API). A server shop is copied with
``carebook.copy_shop`` into a new Carebook SQLite file, written to a temporary file beside its place and
renamed there once the copy passed its checks: the same ``carebook-YYYYmmdd-HHMMSS.sqlite3`` files, in the
same backup folder, thinned the same way, which open anywhere and restore into either engine.

Automatic copies of a server shop are made by one seat, not by every counter: the computer the shop's
``backup_seat`` setting names (``copy_to`` into a server sets it to the computer that moved the shop, the
owner's); when it names none, the seat where an owner is at the counter. Such a copy is due when the newest
one is older than the interval and the server counted writes to the shop's tables since this program's
last copy.
"""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

from carebook import backup, clock, copy_shop, db, safe_write, server_integrity, settings
from carebook.backup import BackupInfo, CheckReport
from carebook.backup_files import backup_folder
from carebook.errors import StorageError
from carebook.translation import _

_last_changes: dict[str, int] = {}  # per server shop: its write count when this program last copied it


def makes_copies_here(owner_at_counter: bool) -> bool:
    """Whether this seat makes the automatic copies: always for a file; for a server shop, the seat the
    ``backup_seat`` setting names, or (when it names none) a seat where an owner is at the counter."""
    if db.is_sqlite():
        return True
    seat = settings.get("backup_seat").strip()
    if seat:
        return seat.casefold() == settings.this_computer().casefold()
    return owner_at_counter


def _shop_key() -> str:
    params = db.database.obj.connect_params
    return f"{db.database.obj.database}@{params.get('host', '')}:{params.get('port', '')}"


def _new_name(folder: Path, tag: str) -> Path:
    """A copy's name in ``folder`` that no file has (names are stamped to the second): a copy kept by a
    restore is never written over, even by a second restore in the same second."""
    while (target := folder / backup.stamp_name(tag)).exists():
        time.sleep(0.1)
    return target


def _server_copy(to: Path | None, *, tag: str, quick: bool, force: bool) -> BackupInfo:
    target = Path(to).expanduser() if to else _new_name(backup_folder(), tag)
    if target.is_dir():
        target = _new_name(target, tag)
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        where = target.parent
        raise StorageError(
            _("The backup could not be written to {where}: {strerror}").format(
                where=where, strerror=error.strerror
            )
        ) from error
    changes = server_integrity.write_count()
    with safe_write.atomic_path(target, force=force, checked=to is not None) as partial:
        copy_shop.copy_to(str(partial), own_file=True)
        report = backup.check_file(partial, quick=quick)
        if not report.ok:
            raise StorageError(
                _("The backup copy failed its integrity check: {integrity}").format(
                    integrity=", ".join(report.integrity)
                )
            )
    _last_changes[_shop_key()] = changes
    if to is None:
        backup.thin_backups(target.parent)
    info = backup.info_of(target)
    return info or BackupInfo(target, clock.local_now(), target.stat().st_size, tag)


def backup_now(
    to: Path | None = None, *, tag: str = "", quick: bool = False, force: bool = False
) -> BackupInfo:
    """A verified copy of the open shop (either engine) to ``to`` or into the backup folder."""
    if db.is_sqlite():
        return backup.backup_now(to, tag=tag, quick=quick, force=force)
    return _server_copy(to, tag=tag, quick=quick, force=force)


def backup_if_due(
    interval: timedelta = backup.AUTO_INTERVAL, *, owner_at_counter: bool = False
) -> BackupInfo | None:
    """An automatic copy when one is due and this seat makes them (see the module notes)."""
    if db.is_sqlite():
        return backup.backup_if_due(interval)
    if not makes_copies_here(owner_at_counter):
        return None
    newest = next((i for i in backup.list_backups() if i.tag == ""), None)
    if newest is not None and clock.local_now() - newest.made_at < interval:
        return None
    if server_integrity.write_count() == _last_changes.get(_shop_key()):
        return None
    return backup_now(quick=True)


def check() -> CheckReport:
    """Integrity and links of the open shop, on either engine (``carebook check``)."""
    if db.is_sqlite():
        return backup.check()
    return server_integrity.check()
