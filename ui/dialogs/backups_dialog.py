"""Backups and restore: the copies Carebook keeps, "Back up now", "Restore…" and "Open folder".

``BackupsDialog(ctx, parent=None, scheduler=None)`` lists ``carebook.backup.list_backups()`` newest
first (when made, size, kind) plus the file kept by the last restore. "Back up now" copies the database
off the UI thread (through the window's ``BackupScheduler``, so an automatic copy never runs at the same
time). "Restore…" asks first (saying so when the copy holds far less than the shop), then
``server_restore.restore_shop``: the current data is kept as a new ``*.before-restore-<time>`` beside the
file (every earlier one stays, and each is listed), or for a server shop as a "before a restore" copy in
the backup folder; the database is reopened and every page refreshes. "From a file…" restores any
Carebook backup file. The backup folder itself is chosen in the shop settings.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QCursor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carebook import backup, backup_files, db, restore
from carebook.errors import CarebookError
from carebook.server_restore import restore_shop
from ui import files, icons, msgbox
from ui.backup_scheduler import BackupScheduler
from ui.context import AppContext
from ui.dialogs.base import BaseDialog
from ui.models.followup_format import format_clock, format_day

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def made_text(when: datetime) -> str:
    """A local moment as the app shows them: "Mon 23 Nov 2026  08:33"."""
    return f"{format_day(when.date())}  {format_clock(when.time())}"


class BackupsDialog(BaseDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, scheduler: BackupScheduler | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Backups and restore"))
        self.setMinimumSize(620, 420)
        self.scheduler = scheduler if scheduler is not None else BackupScheduler(ctx, self)
        self.scheduler.backed_up.connect(self._backed_up)
        self.scheduler.failed.connect(self._backup_failed)

        title = QLabel(self.tr("Backups"))
        title.setObjectName("dialogTitle")
        intro = QLabel(
            self.tr(
                "Carebook copies your data by itself: when you quit, and every 30 minutes while you work. "
                "It keeps the newest copy of each of the last 12 days, 10 weeks and 9 months."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("mutedLabel")
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backupFolder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Made"), self.tr("Size"), self.tr("Kind")])
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item, _col: self.restore_selected())
        self.empty_label = QLabel(
            self.tr("No backups yet. Click “Back up now”, or let Carebook make one when you quit.")
        )
        self.empty_label.setObjectName("mutedLabel")
        self.empty_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("mutedLabel")
        self.status_label.setWordWrap(True)

        self.backup_button = QPushButton(icons.icon("save"), self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(icons.icon("refresh"), self.tr("&Restore…"))
        self.restore_button.setToolTip(self.tr("Replace the current data with the chosen backup"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from a &file…"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.folder_button = QPushButton(icons.icon("folder"), self.tr("&Open folder"))
        self.folder_button.clicked.connect(self.open_folder)
        actions = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.folder_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addSpacing(4)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(actions)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.refresh()

    # -- the list ---------------------------------------------------------------------------------
    def available(self) -> bool:
        return self.scheduler.available()

    def folder(self) -> Path:
        return backup_files.backup_folder()

    def refresh(self) -> None:
        self.list.clear()
        folder = self.folder()
        self.folder_label.setText(self.tr("Folder: {0} (change it in Shop settings)").format(folder))
        locale = QLocale()
        for info in backup.list_backups(folder):
            self._add(
                made_text(info.made_at), locale.formattedDataSize(info.size), kind_text(info.tag), info.path
            )
        for number, kept in enumerate(kept_before_restore()):
            when = datetime.fromtimestamp(kept.stat().st_mtime).replace(microsecond=0)
            size = locale.formattedDataSize(kept.stat().st_size)
            kind = (
                self.tr("Your data before the last restore")
                if number == 0
                else self.tr("Your data before an earlier restore")
            )
            self._add(made_text(when), size, kind, kept)
        self.empty_label.setVisible(self.list.topLevelItemCount() == 0)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))  # type: ignore[arg-type]  # counted above
        self._update_buttons()

    def _add(self, made: str, size: str, kind: str, path: Path) -> None:
        item = QTreeWidgetItem([made, size, kind])
        item.setData(0, PATH_ROLE, str(path))
        item.setToolTip(0, str(path))
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.list.addTopLevelItem(item)

    def selected_path(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(0, PATH_ROLE)) if item is not None and item.isSelected() else None

    def _update_buttons(self) -> None:
        usable = self.available()
        busy = self.scheduler.busy()
        self.backup_button.setEnabled(usable and not busy)
        self.restore_button.setEnabled(usable and self.selected_path() is not None)
        self.restore_file_button.setEnabled(usable)
        self.folder_button.setEnabled(usable)

    # -- actions ----------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        if self.scheduler.back_up_now():
            self.status_label.setText(self.tr("Making a backup…"))
        self._update_buttons()

    def _backed_up(self, info: backup.BackupInfo) -> None:
        self.status_label.setText(self.tr("Backup saved: {0}").format(info.path.name))
        self.refresh()

    def _backup_failed(self, _kind: str, message: str) -> None:
        self.status_label.setText(self.tr("No backup made: {0}").format(message))
        self._update_buttons()

    def restore_selected(self) -> bool:
        path = self.selected_path()
        return path is not None and self.restore(path)

    def restore_from_file(self) -> bool:
        chosen = files.choose_file(
            self,
            self.ctx.state,
            "backups",
            self.tr("Restore a backup"),
            self.tr("Carebook backups (*.sqlite3 *.before-restore*);;All files (*)"),
            str(self.folder()),
        )
        return bool(chosen) and self.restore(Path(chosen))

    def restore(self, source: Path) -> bool:
        """Ask, then replace the data with ``source``; True when restored."""
        current = db.db_path()
        if current is None:  # a server shop: every counter's data, kept as a backup first
            text = self.tr(
                "Replace the shop on the server, which every counter uses, with the backup {0}?\n\n"
                "Everything entered since that backup is set aside: the current data is first kept as "
                "a backup in {1}, so you can go back to it."
            ).format(source.name, self.folder())
        else:
            text = self.tr(
                "Replace all of Carebook's data with the backup {0}?\n\n"
                "Everything entered since that backup is set aside: the current data is kept as {1} "
                "in {2}, so you can go back to it."
            ).format(source.name, current.name + ".before-restore-…", current.parent)
        try:
            comparison: restore.Comparison | None = restore.compare(source)
        except CarebookError:
            comparison = None  # restore.restore says what is wrong with the file
        if comparison is not None and comparison.much_smaller:
            text += "\n\n" + self.tr("This backup holds far less than the current data: {0}.").format(
                self.tr("{0} customers -> {1}, {2} contacts -> {3}").format(
                    comparison.current.customers,
                    comparison.incoming.customers,
                    comparison.current.contacts,
                    comparison.incoming.contacts,
                )
            )
        if not msgbox.question(
            self,
            self.tr("Restore this backup?"),
            text,
            self.tr("Restore"),
            self.tr("Cancel"),
        ):
            return False
        self.scheduler.wait()
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            kept = restore_shop(source)
        except CarebookError as error:
            QApplication.restoreOverrideCursor()
            msgbox.error(self, self.tr("Not restored"), str(error))
            self.refresh()
            return False
        QApplication.restoreOverrideCursor()
        self.ctx.reload_staff()
        self.ctx.notify_settings_changed()
        self.ctx.notify_data_changed()
        self.refresh()
        self.status_label.setText(
            self.tr("Restored {0}. The data as it was before is kept in {1}.").format(source.name, kept.name)
        )
        self.ctx.status(self.tr("Backup restored"))
        return True

    def open_folder(self) -> bool:
        folder = self.folder()
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as error:
            msgbox.error(self, self.tr("Cannot open the folder"), f"{folder}: {error.strerror}")
            return False
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))


def kept_before_restore() -> list[Path]:
    """The copies earlier restores kept beside the open file, newest first."""
    current = db.db_path()
    return [] if current is None else restore.kept_copies(current)


def kind_text(tag: str) -> str:
    if not tag:
        return QCoreApplication.translate("BackupsDialog", "Regular backup")
    if tag.startswith("pre-migration"):
        return QCoreApplication.translate("BackupsDialog", "Before an upgrade")
    if tag == "before-restore":
        return QCoreApplication.translate("BackupsDialog", "Before a restore")
    return tag.replace("-", " ").capitalize()
