"""File › Move this shop to a server…: the whole shop copied into an empty database elsewhere (copy-to).

``MoveShopDialog(ctx, parent=None, scheduler=None)`` asks for the target: a server address
(``postgresql://shop@back-office/shop``) or a file ("Choose a file…"). "Copy the shop" runs
``carebook.copy_shop.copy_to`` off the UI thread (``ui.jobs.BackgroundJobs``) with a progress bar; the
outcome (what was copied and verified, or the one-line reason nothing was) is shown in the dialog. After a
copy that passed its checks, "Open the new shop" switches this window to it (``open_new_shop``); the shop
left behind stays as it was.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carebook import copy_shop, shop
from carebook.copy_shop import CopyResult
from carebook.errors import CarebookError
from carebook.paths import is_server_url
from ui import files, msgbox
from ui.backup_scheduler import BackupScheduler
from ui.context import AppContext
from ui.dialogs.base import BaseDialog
from ui.jobs import BackgroundJobs, report_progress


def _copy(target: str) -> CopyResult:
    """The job: copy the open shop to ``target``, reporting (rows copied, rows in all)."""
    return copy_shop.copy_to(target, progress=lambda done, total: report_progress(done, total))


class MoveShopDialog(BaseDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, scheduler: BackupScheduler | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.scheduler = scheduler
        self.copied_to = ""  # the target of the copy that passed its checks
        self.setWindowTitle(self.tr("Move this shop to a server"))
        self.setMinimumWidth(560)

        title = QLabel(self.tr("Move this shop"))
        title.setObjectName("dialogTitle")
        intro = QLabel(
            self.tr(
                "Copy every customer, contact, follow-up, score, setting and the import and merge history "
                "into an empty database: on the shop's server, so several counters can work together, "
                "or into a new file. This shop stays as it is."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("mutedLabel")

        self.target = QLineEdit()
        self.target.setObjectName("moveTarget")
        self.target.setPlaceholderText(self.tr("postgresql://shop@back-office/shop, or a file"))
        self.target.setAccessibleName(self.tr("Where to copy the shop"))
        self.target.textChanged.connect(self._update_buttons)
        self.target.returnPressed.connect(self.start)
        self.file_button = QPushButton(self.tr("Choose a &file…"))
        self.file_button.clicked.connect(self.choose_file)
        where = QHBoxLayout()
        where.addWidget(self.target, 1)
        where.addWidget(self.file_button)
        label = QLabel(self.tr("&Server address or file:"))
        label.setBuddy(self.target)
        hint = QLabel(
            self.tr("The database must be empty; your server's administrator creates it (see the README).")
        )
        hint.setObjectName("mutedLabel")
        hint.setWordWrap(True)

        self.progress = QProgressBar()
        self.progress.setObjectName("moveProgress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.result_label = QLabel()
        self.result_label.setObjectName("moveResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox()
        action, accept = QDialogButtonBox.ButtonRole.ActionRole, QDialogButtonBox.ButtonRole.AcceptRole
        self.copy_button = buttons.addButton(self.tr("&Copy the shop"), action)
        self.copy_button.setDefault(True)
        self.copy_button.clicked.connect(self.start)
        self.open_button = buttons.addButton(self.tr("&Open the new shop"), accept)
        self.open_button.clicked.connect(self.open_new_shop)
        self.open_button.hide()
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(label)
        layout.addLayout(where)
        layout.addWidget(hint)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.jobs = BackgroundJobs(self)
        self.jobs.busy_changed.connect(lambda _busy: self._update_buttons())
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.jobs.busy()
        self.copy_button.setEnabled(bool(self.target.text().strip()) and not busy and not self.copied_to)
        self.target.setEnabled(not busy and not self.copied_to)
        self.file_button.setEnabled(not busy and not self.copied_to)
        self.close_button.setEnabled(not busy)

    def choose_file(self) -> bool:
        chosen = files.choose_save_file(
            self,
            self.ctx.state,
            "move",
            self.tr("Copy the shop into a new file"),
            self.tr("Carebook files (*.sqlite3)"),
            "carebook.sqlite3",
        )
        if chosen:
            self.target.setText(chosen)
        return bool(chosen)

    def start(self) -> bool:
        """Start the copy; False when nothing was started."""
        target = self.target.text().strip()
        if not target or self.jobs.busy() or self.copied_to:
            return False
        self.result_label.setText(self.tr("Copying…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.jobs.run(
            "copy",
            lambda: _copy(target),
            done=lambda result: self._copied(target, result),
            failed=self._failed,
            progress=self._progress,
        )
        self._update_buttons()
        return True

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _copied(self, target: str, result: CopyResult) -> None:
        self.copied_to = target
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        rows = result.rows
        self.result_label.setText(
            self.tr(
                "Copied to {0}. Customers: {1}, contacts: {2}, follow-ups: {3}, scores: {4}. "
                "Checked: every table holds the same number of rows and the figures of all {5} months "
                "are the same."
            ).format(
                result.target,
                rows["customer"],
                rows["interaction"],
                rows["followup"],
                rows["feedback"],
                result.months,
            )
        )
        self.open_button.show()
        self.open_button.setDefault(True)
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.result_label.setText(self.tr("Nothing was copied: {0}").format(message))
        self._update_buttons()

    def open_new_shop(self) -> bool:
        """Switch this window to the copy; True when it is open."""
        if not self.copied_to:
            return False
        if self.scheduler is not None:
            self.scheduler.wait()
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            if is_server_url(self.copied_to):
                from ui.shop_switch import switch_shop

                switch_shop(self.ctx, self.copied_to)  # remembered for the next start, as Connect does
            else:
                before = shop.current_target()
                shop.close_shop()
                try:
                    shop.open_shop(self.copied_to)
                except CarebookError:
                    if before is not None:
                        shop.open_shop(before)
                    raise
        except CarebookError as error:
            QApplication.restoreOverrideCursor()
            msgbox.error(self, self.tr("The new shop could not be opened"), str(error))
            return False
        QApplication.restoreOverrideCursor()
        self.ctx.reload_staff()
        self.ctx.notify_settings_changed()
        self.ctx.notify_data_changed()
        where = copy_shop.shown_target(self.copied_to)
        kind = self.tr("the server") if is_server_url(self.copied_to) else self.tr("the file")
        self.ctx.status(self.tr("Carebook now works with the shop on {0}: {1}").format(kind, where))
        self.accept()
        return True
