"""Open dialogs the one way: ``show_dialog`` (window-modal ``open()``, never ``exec()``).

Contract for a dialog class: ``Dialog(ctx, parent=None, **kwargs)``, a ``QDialog`` (usually a
``ui.dialogs.base.BaseDialog``) that calls ``accept()`` only after its save succeeded. ``show_dialog``
then emits ``ctx.data_changed`` so every page refreshes, and deletes the dialog once it is closed.

The record dialogs are looked up by module name, so the pages and the main window can offer them
before they exist: ``open_customer_dialog(ctx, parent, customer_id=None)``,
``open_contact_dialog(ctx, parent, customer_id=None, followup_id=None)`` and
``open_followup_dialog(ctx, parent, customer_id=None)`` import ``ui.dialogs.customer_dialog.
CustomerDialog``, ``ui.dialogs.contact_dialog.ContactDialog`` and ``ui.dialogs.followup_dialog.
FollowupDialog``; a missing module shows a plain "not available yet" message. They return the dialog
(or None), so a test can fill it in and click ``dialog.save_button``.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from ui import msgbox
from ui.context import AppContext

D = TypeVar("D", bound=QDialog)

RECORD_DIALOGS: dict[str, tuple[str, str]] = {
    "customer": ("ui.dialogs.customer_dialog", "CustomerDialog"),
    "contact": ("ui.dialogs.contact_dialog", "ContactDialog"),
    "followup": ("ui.dialogs.followup_dialog", "FollowupDialog"),
}


def show_dialog(ctx: AppContext, dialog: D, *, notify: bool = True) -> D:
    """Show ``dialog`` window-modally; after an accepted save emit ``ctx.data_changed``."""
    if notify:
        dialog.accepted.connect(ctx.notify_data_changed)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def dialog_class(kind: str) -> type[QDialog] | None:
    """The class of a record dialog, or None when its module is not part of this version."""
    module_name, class_name = RECORD_DIALOGS[kind]
    if importlib.util.find_spec(module_name) is None:
        return None
    module = importlib.import_module(module_name)
    cls: type[QDialog] = getattr(module, class_name)
    return cls


def open_record_dialog(ctx: AppContext, parent: QWidget | None, kind: str, **kwargs: Any) -> QDialog | None:
    cls = dialog_class(kind)
    if cls is None:
        msgbox.information(
            parent,
            QCoreApplication.translate("launcher", "Not available yet"),
            QCoreApplication.translate(
                "launcher", "This part of Carebook is not available in this version yet."
            ),
        )
        return None
    return show_dialog(ctx, cls(ctx, parent, **kwargs))  # type: ignore[arg-type]  # record dialogs take ctx first


def open_customer_dialog(
    ctx: AppContext, parent: QWidget | None, customer_id: int | None = None
) -> QDialog | None:
    return open_record_dialog(ctx, parent, "customer", customer_id=customer_id)


def open_contact_dialog(
    ctx: AppContext, parent: QWidget | None, customer_id: int | None = None, followup_id: int | None = None
) -> QDialog | None:
    return open_record_dialog(ctx, parent, "contact", customer_id=customer_id, followup_id=followup_id)


def open_followup_dialog(
    ctx: AppContext, parent: QWidget | None, customer_id: int | None = None
) -> QDialog | None:
    return open_record_dialog(ctx, parent, "followup", customer_id=customer_id)
