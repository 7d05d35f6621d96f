"""Open dialogs the one way: ``show_dialog`` (window-modal ``open()``, never ``exec()``).

Contract for a dialog class: ``Dialog(ctx, parent=None, **kwargs)``, a ``QDialog`` (usually a
``ui.dialogs.base.BaseDialog``) that calls ``accept()`` only after its save succeeded. ``show_dialog``
then emits ``ctx.data_changed`` so every page refreshes, and deletes the dialog once it is closed.

The record dialogs are imported when first opened (``RECORD_DIALOGS``):
``open_customer_dialog(ctx, parent, customer_id=None)``,
``open_contact_dialog(ctx, parent, customer_id=None, followup_id=None)`` and
``open_followup_dialog(ctx, parent, customer_id=None)`` show ``ui.dialogs.customer_dialog.
CustomerDialog``, ``ui.dialogs.contact_dialog.ContactDialog`` and ``ui.dialogs.followup_dialog.
FollowupDialog``. They return the dialog, so a test can fill it in and click ``dialog.save_button``.
"""

from __future__ import annotations

import importlib
from typing import Any, TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from ui.context import AppContext
from ui.dialogs import changed_notice

D = TypeVar("D", bound=QDialog)

RECORD_DIALOGS: dict[str, tuple[str, str]] = {
    "customer": ("ui.dialogs.customer_dialog", "CustomerDialog"),
    "contact": ("ui.dialogs.contact_dialog", "ContactDialog"),
    "followup": ("ui.dialogs.followup_dialog", "FollowupDialog"),
}


def show_dialog(ctx: AppContext, dialog: D, *, notify: bool = True) -> D:
    """Show ``dialog`` window-modally; after an accepted save emit ``ctx.data_changed``. A dialog that
    edits a record says when another counter changes it (``ui.dialogs.changed_notice``)."""
    changed_notice.watch_dialog(ctx, dialog)
    if notify:
        dialog.accepted.connect(ctx.notify_data_changed)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def dialog_class(kind: str) -> type[QDialog]:
    """The class of a record dialog (``RECORD_DIALOGS``), its module imported on first use."""
    module_name, class_name = RECORD_DIALOGS[kind]
    cls: type[QDialog] = getattr(importlib.import_module(module_name), class_name)
    return cls


def open_record_dialog(ctx: AppContext, parent: QWidget | None, kind: str, **kwargs: Any) -> QDialog:
    return show_dialog(ctx, dialog_class(kind)(ctx, parent, **kwargs))  # type: ignore[arg-type]  # record dialogs take ctx first


def open_customer_dialog(ctx: AppContext, parent: QWidget | None, customer_id: int | None = None) -> QDialog:
    return open_record_dialog(ctx, parent, "customer", customer_id=customer_id)


def open_contact_dialog(
    ctx: AppContext, parent: QWidget | None, customer_id: int | None = None, followup_id: int | None = None
) -> QDialog:
    return open_record_dialog(ctx, parent, "contact", customer_id=customer_id, followup_id=followup_id)


def open_followup_dialog(ctx: AppContext, parent: QWidget | None, customer_id: int | None = None) -> QDialog:
    return open_record_dialog(ctx, parent, "followup", customer_id=customer_id)
