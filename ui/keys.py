"""Keyboard shortcuts that belong to dialogs rather than to the main window's actions.

A ``Binding`` is declared once here, with where it works, what it does and its keys; ``attach(host, slot)``
makes the ``QAction`` that binds those keys in a dialog. Help › Keyboard shortcuts (F1) lists the window's
and the pages' actions as they are, and these bindings: the list is read from the objects that bind the
keys, so it cannot miss one.

- ``DIALOG_SAVE``: Ctrl+Enter saves from any field of any dialog (``ui.dialogs.base.BaseDialog``).
- ``CHANNEL_KEYS``: Alt+1 ... Alt+7 choose a contact's channel (``ui.widgets.channel_buttons``).

``LOG_CONTACT_KEYS``, ``NEW_FOLLOWUP_KEYS`` and ``SCORE_KEYS`` are the window actions' keys
(``ui.main_actions``), named here too so the customer pane's buttons can say them in their tooltips.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from carebook import vocab
from ui import labels
from ui.translate_noop import QT_TRANSLATE_NOOP

_CONTEXT = "keys"


def native(keys: str) -> str:
    """A key sequence as this platform writes it ("Ctrl+Return")."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


@dataclass(frozen=True)
class Binding:
    where: str  # untranslated (QT_TRANSLATE_NOOP in the "keys" context)
    text: Callable[[], str]
    keys: tuple[str, ...]

    def place(self) -> str:
        return QCoreApplication.translate(_CONTEXT, self.where)

    def key_text(self) -> str:
        return native(self.keys[0])

    def attach(self, host: QWidget, slot: Callable[[], object]) -> QAction:
        """The action that binds these keys anywhere inside ``host``."""
        action = QAction(self.text(), host)
        action.setShortcuts([QKeySequence(keys) for keys in self.keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        host.addAction(action)
        return action


BINDINGS: list[Binding] = []


def _binding(where: str, text: Callable[[], str], *keys: str) -> Binding:
    binding = Binding(where, text, keys)
    BINDINGS.append(binding)
    return binding


LOG_CONTACT_KEYS = "Ctrl+L"
NEW_FOLLOWUP_KEYS = "Ctrl+Shift+N"
SCORE_KEYS = "Ctrl+Shift+S"

ANY_DIALOG = QT_TRANSLATE_NOOP("keys", "Any dialog")
LOG_CONTACT = QT_TRANSLATE_NOOP("keys", "Log a contact")

DIALOG_SAVE = _binding(
    ANY_DIALOG,
    lambda: QCoreApplication.translate("keys", "Save, from any field"),
    "Ctrl+Enter",
    "Ctrl+Return",
)
CHANNEL_KEYS: dict[str, Binding] = {
    channel: _binding(
        LOG_CONTACT,
        lambda ch=channel: QCoreApplication.translate("keys", "Channel: {0}").format(  # type: ignore[misc]
            labels.channel(ch)
        ),
        f"Alt+{number}",
    )
    for number, channel in enumerate(vocab.CHANNELS, start=1)
}
