"""The checks every Save as… of the app makes before writing (export, report): never a database or a
backup (``carebook.safe_write.refusal``, shown in a message box), and a file replaced only when the
user said so. The save dialog asks about the name it returns; when the app then adds the extension,
the resulting file was never asked about, so it is asked here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from carebook import safe_write
from ui import msgbox

translate = QCoreApplication.translate


def refused(parent: QWidget | None, target: Path, title: str) -> bool:
    """True (after saying why in a message box) when ``target`` must never be written."""
    reason = safe_write.refusal(target)
    if reason is None:
        return False
    text = translate("SaveTarget", "{0} was not replaced: {1}. Choose another file.").format(target, reason)
    msgbox.error(parent, title, text)
    return True


def replace_allowed(parent: QWidget | None, chosen: str, target: Path) -> bool | None:
    """The ``force`` to write ``target`` with: True when the save dialog asked about this very name or
    the user agrees now, False for a new file, None when the user would rather not replace it."""
    if target == Path(chosen) or not target.exists():
        return target == Path(chosen)
    agreed = msgbox.question(
        parent,
        translate("SaveTarget", "Replace the file?"),
        translate("SaveTarget", "{0} already exists. Replace it?").format(target.name),
        translate("SaveTarget", "&Replace"),
        translate("SaveTarget", "Cancel"),
    )
    return True if agreed else None
