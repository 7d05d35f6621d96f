"""Online backups of the SQLite database: make, verify, thin, restore, check.

Copies are made with SQLite's backup API from a live connection (consistent even while the app
writes), verified, and kept like a careful desktop app keeps them: the newest copy of each of the last
12 days, of each of the last 10 weeks and of each of the last 9 months. A copy asked for by hand
(``carebook backup``, "Back up now") and the copies made before a migration or a restore get the full
``integrity_check``; the automatic copies (every 30 minutes and on quit) get ``quick_check``, which reads
every page and record but does not compare each index with its table: linear time, 4 s instead of 20 s
on a shop with a million contacts, all spent after the window has closed. Nothing is lost by it: a
restore runs the full check on the chosen copy before it replaces anything.
A damaged database is renamed, never deleted. This module and ``db.py`` are the ones that know SQLite.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from carebook import clock, db, migrations, safe_write
from carebook.backup_files import AUTO_PREFIX, BACKUP_NAME, STAMP_FORMAT, backup_folder, backup_folder_for
from carebook.errors import CarebookError, StorageError
from carebook.translation import _

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 12, 10, 9
AUTO_INTERVAL = timedelta(minutes=30)
KEPT_TAG = "before-restore"  # the copy a restore into a server shop keeps of what it replaced


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime  # local time, from the file name
    size: int
    tag: str  # "" for regular copies, "pre-migration", "before-restore", ...


@dataclass(frozen=True)
class CheckReport:
    path: Path
    integrity: tuple[str, ...]  # ("ok",) when sound
    foreign_key_problems: int
    schema_version: int

    @property
    def ok(self) -> bool:
        return self.integrity == ("ok",) and self.foreign_key_problems == 0


def require_sqlite() -> Path:
    path = db.db_path()
    if path is None:
        raise CarebookError(_("Backups of a server database are made on the server (pg_dump), not here."))
    return path


def copy_with_backup_api(
    source: sqlite3.Connection, target_path: Path, *, quick: bool = False, force: bool | None = None
) -> None:
    """Copy ``source`` into a new owner-only file at ``target_path``, verified with ``quick_check`` when
    ``quick`` else ``integrity_check``. The copy is written to an exclusive temporary file beside the
    target and renamed into place (``safe_write.atomic_path``). ``force`` None: a copy Carebook names
    itself (replaced, unchecked); True/False: a file the user named, checked like every export."""
    try:
        target_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        where = target_path.parent
        raise StorageError(
            _("The backup could not be written to {where}: {strerror}").format(
                where=where, strerror=error.strerror
            )
        ) from error
    checked = force is not None
    try:
        with safe_write.atomic_path(target_path, force=bool(force), checked=checked) as partial:
            target = sqlite3.connect(partial)  # its journal takes the file's owner-only mode
            try:
                source.backup(target, pages=4096)
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
            report = check_file(partial, quick=quick)
            if not report.ok:
                raise StorageError(
                    _("The backup copy failed its integrity check: {integrity}").format(
                        integrity=", ".join(report.integrity)
                    )
                )
    except sqlite3.Error as error:
        raise StorageError(
            _("The backup could not be written: {error}").format(error=db.storage_message(error))
        ) from error


def stamp_name(tag: str = "", when: datetime | None = None) -> str:
    stamp = (when or clock.local_now()).strftime(STAMP_FORMAT)
    return f"{AUTO_PREFIX}{tag + '-' if tag else ''}{stamp}.sqlite3"


def backup_now(
    to: Path | None = None, *, tag: str = "", quick: bool = False, force: bool = False
) -> BackupInfo:
    """Copy the open database to ``to`` or to a new file in the backup folder; verify it (``quick``: with
    ``quick_check``, as the automatic copies are). A file ``to`` names is checked like every export
    (``safe_write``): never a database or backup, an existing file only with ``force``."""
    require_sqlite()
    target = Path(to).expanduser() if to else backup_folder() / stamp_name(tag)
    if target.is_dir():
        target = target / stamp_name(tag)
    connection = db.database.connection()
    with db.storage_errors():
        # Move what the log holds into the file first (never waiting for readers): the file's time then
        # no longer moves when a later close checkpoints those same pages, see ``_last_written``.
        connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
        copy_with_backup_api(connection, target, quick=quick, force=force if to else None)
    info = info_of(target) or BackupInfo(target, clock.local_now(), target.stat().st_size, tag)
    if to is None:
        thin_backups(target.parent)
    return info


def backup_file(source: Path, target: Path) -> None:
    """Copy a database file that is not open here (used before migrations and restores)."""
    conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy_with_backup_api(conn, target)
    finally:
        conn.close()


def info_of(path: Path) -> BackupInfo | None:
    match = BACKUP_NAME.match(path.name)
    if not match:
        return None
    try:
        made = datetime.strptime(match.group("stamp"), STAMP_FORMAT)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, made, size, match.group("tag") or "")


def list_backups(folder: Path | None = None) -> list[BackupInfo]:
    """Carebook's own copies in the folder, newest first."""
    where = folder or backup_folder()
    if not where.is_dir():
        return []
    found = [info for p in where.iterdir() if (info := info_of(p)) is not None]
    return sorted(found, key=lambda i: i.made_at, reverse=True)


def copies_to_keep(made: list[datetime], today: date) -> set[datetime]:
    """The newest copy per day (12 days), per week (10 weeks) and per month (9 months)."""
    keep: set[datetime] = set()
    seen: set[tuple[str, object]] = set()
    this_monday = today - timedelta(days=today.weekday())
    for when in sorted(made, reverse=True):
        day = when.date()
        monday = day - timedelta(days=day.weekday())
        months_back = (today.year - day.year) * 12 + today.month - day.month
        rules = (
            ("day", day, (today - day).days < KEEP_DAILY),
            ("week", monday, (this_monday - monday).days // 7 < KEEP_WEEKLY),
            ("month", (day.year, day.month), months_back < KEEP_MONTHLY),
        )
        for kind, key, in_range in rules:
            if in_range and (kind, key) not in seen:
                seen.add((kind, key))
                keep.add(when)
    return keep


def thin_backups(folder: Path | None = None, today: date | None = None) -> list[Path]:
    """Delete regular copies no longer kept; tagged copies (pre-migration, ...) follow the same rule
    among themselves, but those a restore of a server shop kept (``KEPT_TAG``) are never thinned, like the
    ``.before-restore`` files beside a shop file. Returns the removed paths."""
    removed = []
    infos = list_backups(folder)
    for tag in {i.tag for i in infos} - {KEPT_TAG}:
        group = [i for i in infos if i.tag == tag]
        keep = copies_to_keep([i.made_at for i in group], today or clock.today())
        for info in group:
            if info.made_at not in keep:
                with contextlib.suppress(OSError):
                    info.path.unlink()
                    removed.append(info.path)
    return removed


def backup_if_due(interval: timedelta = AUTO_INTERVAL) -> BackupInfo | None:
    """Back up when the newest regular copy is older than ``interval`` and the data changed since."""
    path = require_sqlite()
    newest = next((i for i in list_backups() if i.tag == ""), None)
    if newest is not None:
        if clock.local_now() - newest.made_at < interval:
            return None
        if _last_written(path) <= newest.path.stat().st_mtime:
            return None
    return backup_now(quick=True)


def _last_written(path: Path) -> float:
    """When the data last changed: the file's time, or the write-ahead log's while it holds anything.

    Opening a database creates an empty log, so an empty one says nothing (a session that only read the
    data makes no copy on exit)."""
    times = [path.stat().st_mtime]
    with contextlib.suppress(FileNotFoundError):
        log = Path(f"{path}-wal").stat()
        if log.st_size > 0:
            times.append(log.st_mtime)
    return max(times)


def check_file(path: Path, *, quick: bool = False) -> CheckReport:
    """Integrity and foreign-key check of a database file, opened read-only."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise StorageError(
            _("Cannot open {path}: {error}").format(path=path, error=db.storage_message(error))
        ) from error
    try:
        pragma = "quick_check" if quick else "integrity_check"
        integrity = tuple(row[0] for row in conn.execute(f"PRAGMA {pragma}"))
        fk_problems = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = 0
        if "schema_migration" in tables:
            version = int(conn.execute("SELECT max(version) FROM schema_migration").fetchone()[0] or 0)
    except sqlite3.DatabaseError as error:
        return CheckReport(Path(path), (db.storage_message(error),), 0, 0)
    finally:
        conn.close()
    return CheckReport(Path(path), integrity, fk_problems, version)


def check() -> CheckReport:
    """Full check of the open database (``carebook check``)."""
    path = require_sqlite()
    db.database.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
    return check_file(path)


def quarantine(path: Path) -> Path:
    """Rename a damaged database (and its -wal/-shm) aside; never delete it. Returns the new path."""
    stamp = clock.local_now().strftime(STAMP_FORMAT)
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{target}{suffix}"))
    return target


def newest_good_backup(folder: Path | None = None) -> BackupInfo | None:
    for info in list_backups(folder):
        with contextlib.suppress(StorageError):
            report = check_file(info.path, quick=True)
            if report.ok and report.schema_version <= migrations.latest_version():
                return info
    return None


def before_migration(path: Path, from_version: int) -> Path | None:
    """Copy a database that is about to be upgraded; returns the copy's path."""
    if not path.exists() or from_version == 0:
        return None
    target = backup_folder_for(path) / stamp_name(f"pre-migration-v{from_version}")
    backup_file(path, target)
    return target
