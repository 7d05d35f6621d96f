"""The tags line of the customer form: names separated by ``;``, completed from the shop's tags."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class TagsEdit(QLineEdit):
    """Tags separated by ``;``; the word being typed is completed from the shop's tags.
    ``entered`` is emitted when it gets the focus (time to read the shop's tags afresh)."""

    entered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setWidget(self)
        completer.activated.connect(self._insert)
        self.completer_ = completer
        self.textEdited.connect(self._complete)

    def set_names(self, names: Iterable[str]) -> None:
        self._names.setStringList(list(names))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.entered.emit()

    def _current_word(self) -> str:
        return self.text()[: self.cursorPosition()].split(";")[-1].strip()

    def _complete(self) -> None:
        word = self._current_word()
        if not word:
            self._hide_popup()
            return
        self.completer_.setCompletionPrefix(word)
        if self.completer_.completionCount():
            self.completer_.complete()
        else:
            self._hide_popup()

    def _hide_popup(self) -> None:
        popup = self.completer_.popup()
        if popup is not None:
            popup.hide()

    def _insert(self, name: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head = before.rsplit(";", 1)[0] + "; " if ";" in before else ""
        self.setText(f"{head}{name}; {after.lstrip('; ')}".rstrip())
        self.setCursorPosition(len(head) + len(name) + 2)
