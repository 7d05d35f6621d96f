"""Opening the data-in-and-out dialogs from the File menu, the welcome dialog and the pages.

``open_import(ctx, parent, kind="customers")``, ``open_export(ctx, parent, kind="customers",
customer_ids=None)``,
``open_backups(ctx, parent, scheduler=None)``, ``back_up_now(ctx, parent, scheduler)``,
``open_move_shop(ctx, parent, scheduler=None)`` and
``open_duplicates(ctx, parent)`` return the dialog they opened (shown window-modally with
``launcher.show_dialog``; never ``exec()``), so tests can drive it. These dialogs write through the
services and call ``ctx.notify_data_changed()`` themselves at the moment they write (an import can be
undone before the wizard closes), so ``show_dialog`` is asked not to notify again.

The customer detail pane offers ``ui.dialogs.privacy_dialogs.open_export_person(ctx, parent, id)`` and
``open_erase(ctx, parent, id)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from carebook.backup import BackupInfo
from ui import msgbox
from ui.context import AppContext
from ui.dialogs import launcher

if TYPE_CHECKING:
    from ui.backup_scheduler import BackupScheduler

# The page shown when Export… is chosen -> the table offered first.
PAGE_TABLES = {"customers": "customers", "contacts": "interactions", "followups": "followups"}


def open_import(ctx: AppContext, parent: QWidget | None, kind: str = "customers") -> QDialog:
    from ui.dialogs.import_wizard import ImportWizard

    return launcher.show_dialog(ctx, ImportWizard(ctx, parent, kind=kind), notify=False)


def open_export(
    ctx: AppContext,
    parent: QWidget | None,
    kind: str = "customers",
    customer_ids: Sequence[int] | None = None,
) -> QDialog:
    """Export…; ``customer_ids`` (the customers selected on a page) lets the vCard hold only those."""
    from ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(ctx, parent, kind=kind, customer_ids=customer_ids)
    return launcher.show_dialog(ctx, dialog, notify=False)


def open_backups(
    ctx: AppContext, parent: QWidget | None, scheduler: BackupScheduler | None = None
) -> QDialog:
    from ui.dialogs.backups_dialog import BackupsDialog

    return launcher.show_dialog(ctx, BackupsDialog(ctx, parent, scheduler=scheduler), notify=False)


def open_move_shop(
    ctx: AppContext, parent: QWidget | None, scheduler: BackupScheduler | None = None
) -> QDialog:
    """File › Move this shop to a server…"""
    from ui.dialogs.move_dialog import MoveShopDialog

    return launcher.show_dialog(ctx, MoveShopDialog(ctx, parent, scheduler=scheduler), notify=False)


def open_duplicates(ctx: AppContext, parent: QWidget | None) -> QDialog:
    from ui.dialogs.merge_dialog import MergeDialog

    return launcher.show_dialog(ctx, MergeDialog(ctx, parent), notify=False)


def back_up_now(ctx: AppContext, parent: QWidget | None, scheduler: BackupScheduler) -> bool:
    """File › Back up now: a copy off the UI thread; the status bar says when it is saved, a message box
    when it failed. False when no copy was started (one is running, or no shop is open)."""

    if not scheduler.available():
        msgbox.information(
            parent,
            QCoreApplication.translate("data_dialogs", "Back up now"),
            QCoreApplication.translate("data_dialogs", "No shop is open, so there is nothing to back up."),
        )
        return False

    def finished() -> None:
        scheduler.backed_up.disconnect(saved)
        scheduler.failed.disconnect(failed)

    def saved(info: BackupInfo) -> None:
        finished()
        ctx.status(QCoreApplication.translate("data_dialogs", "Backup saved: {0}").format(info.path.name))

    def failed(kind: str, message: str) -> None:
        if kind == "now":
            finished()
            msgbox.error(parent, QCoreApplication.translate("data_dialogs", "No backup made"), message)

    if not scheduler.back_up_now():
        ctx.status(QCoreApplication.translate("data_dialogs", "A backup is being made already."))
        return False
    scheduler.backed_up.connect(saved)
    scheduler.failed.connect(failed)
    ctx.status(QCoreApplication.translate("data_dialogs", "Making a backup…"))
    return True
