"""Restoring a backup over the open shop, keeping every earlier state.

``restore(source)`` checks the copy (full integrity check, a Carebook database, not from a newer
Carebook), refuses while another Carebook process has the shop open (``carebook.seats``), then, holding
the shop alone:

1. keeps the current data as a new ``<db>.before-restore-<time>`` beside the file (``-2``, ``-3``...
   when two restores fall in the same second): never overwritten, never thinned;
2. writes the copy into the shop file with SQLite's backup API. The file stays the same file (no rename
   under a process that may still hold it), and the copy carries a new restore mark (``PRAGMA
   user_version``, see ``carebook.db.atomic``): a process that opened the file before the restore refuses
   every later write with "the shop was restored by another program; reopen it" instead of reporting a
   save that is in no file.

``compare(source)`` counts customers and contacts on both sides, so the command line and the app can ask
before a restore that would replace a shop with an empty or much smaller one.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from carebook import backup, backup_files, clock, db, migrations, seats, shop
from carebook.errors import CarebookError, StorageError
from carebook.translation import _

KEPT_MARK = ".before-restore"


@dataclass(frozen=True)
class ShopSize:
    customers: int
    contacts: int


@dataclass(frozen=True)
class Comparison:
    current: ShopSize
    incoming: ShopSize

    @property
    def much_smaller(self) -> bool:
        """The copy holds less than half the customers or contacts of the shop (or nothing at all)."""
        now, then = self.current, self.incoming
        return then.customers * 2 < now.customers or then.contacts * 2 < now.contacts

    def describe(self) -> str:
        now, then = self.current, self.incoming
        customers = f"{now.customers:,} customers -> {then.customers:,}"
        return f"{customers}, {now.contacts:,} contacts -> {then.contacts:,}"


def size_of(conn: sqlite3.Connection) -> ShopSize:
    def count(table: str) -> int:
        try:
            return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        except sqlite3.DatabaseError:
            return 0

    return ShopSize(count("customer"), count("interaction"))


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def verify_source(source: Path) -> backup.CheckReport:
    """The copy is a sound Carebook database this Carebook can open, or CarebookError says why."""
    if not source.is_file():
        raise CarebookError(_("{source}: no such backup file").format(source=source))
    report = backup.check_file(source)
    if not report.ok:
        raise CarebookError(
            _("{source} is damaged ({integrity}); choose another backup").format(
                source=source, integrity=", ".join(report.integrity[:3])
            )
        )
    if report.schema_version == 0:
        raise CarebookError(_("{source} is not a Carebook database").format(source=source))
    migrations.refuse_if_newer(report.schema_version, str(source))
    return report


def compare(source: Path) -> Comparison:
    """Customers and contacts in the open shop and in ``source``."""
    source = Path(source).expanduser()
    verify_source(source)
    with db.storage_errors():
        current = size_of(db.database.connection())
        conn = _read_only(source)
        try:
            incoming = size_of(conn)
        finally:
            conn.close()
    return Comparison(current, incoming)


def kept_copies(current: Path) -> list[Path]:
    """The copies earlier restores kept beside ``current``, newest first."""
    found = [p for p in current.parent.glob(f"{current.name}{KEPT_MARK}*") if p.is_file()]
    found = [p for p in found if not p.name.endswith(".partial")]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def _reserve_kept_name(current: Path) -> Path:
    """A new, empty owner-only file ``<db>.before-restore-<time>[-N]``, created so no other takes it."""
    base = f"{current.name}{KEPT_MARK}-{clock.local_now().strftime(backup_files.STAMP_FORMAT)}"
    for n in range(1, 1000):
        target = current.with_name(base if n == 1 else f"{base}-{n}")
        try:
            os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            continue
        except OSError as error:
            raise StorageError(
                _("Cannot keep the current data beside {current}: {strerror}.").format(
                    current=current, strerror=error.strerror
                )
            ) from error
        return target
    raise StorageError(_("Too many restores of {current} in one second; try again.").format(current=current))


def _page_size(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA page_size").fetchone()[0])


def _prepare_copy(copy: Path, page_size: int) -> None:
    """Give the staged copy a new restore mark and the shop's page size (the backup API cannot change
    the page size of a file in WAL mode)."""
    conn = sqlite3.connect(copy)
    try:
        conn.execute(f"PRAGMA user_version = {secrets.randbelow(2**31 - 1) + 1}")
        conn.commit()
        if _page_size(conn) != page_size:
            conn.execute(f"PRAGMA page_size = {int(page_size)}")
            conn.execute("VACUUM")
    finally:
        conn.close()


def _replace_contents(current: Path, staged: Path) -> Path:
    """Keep the current data aside, then write ``staged`` into ``current``; returns the kept copy."""
    conn = sqlite3.connect(current, timeout=db.BUSY_TIMEOUT_SECONDS)
    try:
        _prepare_copy(staged, _page_size(conn))
        kept = _reserve_kept_name(current)
        try:
            backup.copy_with_backup_api(conn, kept)
        except BaseException:
            with contextlib.suppress(OSError):
                kept.unlink()
            raise
        source = sqlite3.connect(staged)
        try:
            source.backup(conn)
        finally:
            source.close()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as error:
        raise StorageError(
            _("The backup could not be restored: {error}").format(error=db.storage_message(error))
        ) from error
    finally:
        conn.close()
    return kept


def restore(source: Path) -> Path:
    """Replace the open shop's data with ``source``; returns the copy kept of the data it replaced.

    The database is reopened (and upgraded when the copy is older) afterwards.
    """
    source = Path(source).expanduser()
    verify_source(source)
    current = backup.require_sqlite()
    seats.refuse_if_others(current)  # before any copying; checked again with the shop held below
    staged = current.with_name(current.name + ".restoring")
    backup.backup_file(source, staged)  # copied first: ``source`` may be a file about to change
    try:
        shop.close_shop()
        try:
            with seats.restoring(current):
                return _replace_contents(current, staged)
        finally:
            shop.open_shop(current)
    finally:
        with contextlib.suppress(FileNotFoundError):
            staged.unlink()
