"""When the data file is damaged: set it aside (renamed, never deleted) and bring back the newest good backup.

Two moments find damage:

- ``recover_unopenable(target)`` at start-up, when the file cannot even be opened: if a quick check
  confirms damage and a good backup exists, the user is asked; on yes the damaged file is renamed
  (``carebook.backup.quarantine``) and the backup copied into its place. The caller then opens it again.
- ``offer_after_check(ctx, window, report, scheduler)`` when the background check that follows start-up
  (``ui.backup_scheduler``) reports problems in the open file: the same question, then the window's
  pages refresh over the restored data.

Without a good backup nothing is renamed (that would leave the shop with an empty file); the user is told
what was found and where the backups would be.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QWidget

from carebook import backup, backup_files, db, shop
from carebook.errors import CarebookError, StorageError
from carebook.paths import data_dir, is_server_url, resolve_db_target
from ui import msgbox
from ui.context import AppContext

if TYPE_CHECKING:
    from ui.backup_scheduler import BackupScheduler


def backup_folders(path: Path) -> list[Path]:
    """Where backups of ``path`` may be: the configured folder (when the database is open), the default
    folder, and the folder used beside a database outside the data folder."""
    found: list[Path] = []
    if db.database.obj is not None:
        with contextlib.suppress(CarebookError):
            found.append(backup_files.backup_folder())
    for folder in (data_dir() / "backups", backup_files.backup_folder_for(path)):
        if folder not in found:
            found.append(folder)
    return found


def newest_good(path: Path) -> backup.BackupInfo | None:
    candidates = []
    for folder in backup_folders(path):
        with contextlib.suppress(CarebookError, OSError):
            good = backup.newest_good_backup(folder)
            if good is not None:
                candidates.append(good)
    return max(candidates, key=lambda info: info.made_at, default=None)


def describe(info: backup.BackupInfo) -> str:
    from ui.models.followup_format import format_clock, format_long_day

    return f"{format_long_day(info.made_at.date())} {format_clock(info.made_at.time())}"


def _problem(report: backup.CheckReport | None) -> str:
    if report is None:
        return QCoreApplication.translate("db_recovery", "it cannot be opened")
    if report.integrity != ("ok",):
        return report.integrity[0]
    return QCoreApplication.translate("db_recovery", "{0} links between records point nowhere").format(
        report.foreign_key_problems
    )


def _ask(parent: QWidget | None, path: Path, problem: str, good: backup.BackupInfo) -> bool:
    text = QCoreApplication.translate(
        "db_recovery",
        "Carebook found problems in its data file {0} ({1}).\n\n"
        "It can set this file aside (renamed, not deleted) and continue with the newest good backup, "
        "made {2}. Anything entered after that backup is in the set-aside file only.",
    ).format(path, problem, describe(good))
    return msgbox.question(
        parent,
        QCoreApplication.translate("db_recovery", "The data file is damaged"),
        text,
        QCoreApplication.translate("db_recovery", "Set it aside and use the backup"),
        QCoreApplication.translate("db_recovery", "Keep the damaged file for now"),
    )


def _no_backup(parent: QWidget | None, path: Path, problem: str) -> None:
    msgbox.warning(
        parent,
        QCoreApplication.translate("db_recovery", "The data file is damaged"),
        QCoreApplication.translate(
            "db_recovery",
            "Carebook found problems in its data file {0} ({1}) and no good backup to replace it. "
            "Make a copy of the file before changing anything, and ask for help.",
        ).format(path, problem),
    )


def _backup_to_restore(
    parent: QWidget | None, path: Path, report: backup.CheckReport | None
) -> backup.BackupInfo | None:
    """The newest good backup of ``path`` when the user agrees to restore it; None (after saying why when
    there is none) otherwise."""
    good = newest_good(path)
    if good is None:
        _no_backup(parent, path, _problem(report))
        return None
    return good if _ask(parent, path, _problem(report), good) else None


def swap_in(path: Path, good: backup.BackupInfo) -> Path:
    """With the database closed: rename the damaged file aside and copy ``good`` into its place."""
    kept = backup.quarantine(path)
    try:
        backup.backup_file(good.path, path)
    except BaseException:
        for suffix in ("", "-wal", "-shm"):  # put the damaged file back rather than leave no file
            with contextlib.suppress(OSError):
                os.replace(f"{kept}{suffix}", f"{path}{suffix}")
        raise
    return kept


def recover_unopenable(target: str | None, parent: QWidget | None = None) -> bool:
    """The file ``target`` could not be opened: True when a good backup now stands in its place."""
    resolved = resolve_db_target(target)
    if is_server_url(resolved):
        return False
    path = Path(resolved).expanduser()
    if not path.is_file():
        return False
    try:
        report: backup.CheckReport | None = backup.check_file(path, quick=True)
    except StorageError:
        report = None
    if report is not None and report.ok:
        return False  # not damage (locked, permissions...): the caller shows the error
    good = _backup_to_restore(parent, path, report)
    if good is None:
        return False
    kept = swap_in(path, good)
    msgbox.information(
        parent,
        QCoreApplication.translate("db_recovery", "Backup restored"),
        QCoreApplication.translate(
            "db_recovery", "The damaged file was kept as {0}. Carebook now starts with the backup made {1}."
        ).format(kept, describe(good)),
    )
    return True


def offer_after_check(
    ctx: AppContext, parent: QWidget | None, report: backup.CheckReport, scheduler: BackupScheduler | None
) -> bool:
    """The open file failed its start-up check: offer the newest good backup; True when it was restored."""
    path = Path(report.path)
    good = _backup_to_restore(parent, path, report)
    if good is None:
        return False
    if scheduler is not None:
        scheduler.wait()
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        shop.close_shop(checkpoint=False)
        try:
            kept = swap_in(path, good)
        finally:
            shop.open_shop(path)
    except CarebookError as error:
        QApplication.restoreOverrideCursor()
        msgbox.error(parent, QCoreApplication.translate("db_recovery", "Not restored"), str(error))
        return False
    QApplication.restoreOverrideCursor()
    ctx.reload_staff()
    ctx.notify_settings_changed()
    ctx.notify_data_changed()
    msgbox.information(
        parent,
        QCoreApplication.translate("db_recovery", "Backup restored"),
        QCoreApplication.translate(
            "db_recovery", "The damaged file was kept as {0}. Carebook now works with the backup made {1}."
        ).format(kept, describe(good)),
    )
    return True
