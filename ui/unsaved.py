"""Before the window closes (Ctrl+Q, its close button): unsaved work anywhere is named once, in one question.

``confirm_quit(window)`` looks for unsaved edits: the customer detail pane ("Unsaved changes") and every
open dialog with unsaved input (``BaseDialog.has_unsaved_input``). A dialog that keeps its draft (logging
a contact) writes it and needs no question. If anything else is unsaved it asks once, listing them:
"Save and quit" saves each (a save that fails keeps the window open, with its message shown), "Quit
without saving" throws them away, "Keep editing" cancels the quit. Returns True when the window may close.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui import msgbox
from ui.dialogs.base import BaseDialog

SAVE_AND_QUIT, QUIT_WITHOUT_SAVING, KEEP_EDITING = range(3)


@dataclass(frozen=True)
class Unsaved:
    what: str
    save: Callable[[], bool]
    discard: Callable[[], None]


def _dialog_save(dialog: BaseDialog) -> bool:
    return dialog.try_save()


def _dialog_discard(dialog: BaseDialog) -> None:
    if dialog.draft_keeper is not None:
        dialog.draft_keeper.discard()


def unsaved_work(window: QWidget) -> list[Unsaved]:
    """What would be lost if ``window`` closed now (drafts that keep themselves are written, not listed)."""
    from ui.pages.customer_detail import CustomerDetail

    found: list[Unsaved] = []
    for detail in window.findChildren(CustomerDetail):
        if detail.is_dirty() and detail.row is not None:
            what = QCoreApplication.translate("Unsaved", "Changes to {0}'s details").format(detail.row.name)
            found.append(Unsaved(what, detail.save, detail.revert))
    for dialog in window.findChildren(BaseDialog):
        if not dialog.isVisible() or not dialog.has_unsaved_input():
            continue
        if dialog.keeps_draft:
            assert dialog.draft_keeper is not None
            dialog.draft_keeper.flush()  # comes back the next time it is opened
            continue
        found.append(
            Unsaved(
                dialog.unsaved_description(),
                lambda d=dialog: _dialog_save(d),  # type: ignore[misc]
                lambda d=dialog: _dialog_discard(d),  # type: ignore[misc]
            )
        )
    return found


def question(items: list[Unsaved]) -> tuple[str, str, list[str]]:
    """The title, text and answers of the question asked before quitting with ``items`` unsaved."""
    listing = "\n".join(f"• {item.what}" for item in items)
    return (
        QCoreApplication.translate("Unsaved", "Unsaved changes"),
        QCoreApplication.translate("Unsaved", "Not saved yet:\n{0}\n\nSave before quitting?").format(listing),
        [
            QCoreApplication.translate("Unsaved", "Save and quit"),
            QCoreApplication.translate("Unsaved", "Quit without saving"),
            QCoreApplication.translate("Unsaved", "Keep editing"),
        ],
    )


def confirm_quit(window: QWidget) -> bool:
    items = unsaved_work(window)
    if not items:
        return True
    answer = msgbox.choose(window, *question(items), default=SAVE_AND_QUIT, escape=KEEP_EDITING)
    if answer == SAVE_AND_QUIT:
        return all(item.save() for item in items)  # stops at the first that could not be saved
    if answer == QUIT_WITHOUT_SAVING:
        for item in items:
            item.discard()
        return True
    return False
