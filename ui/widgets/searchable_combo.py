"""An editable combo box with a "contains" completer: pick from a long list or type.

``SearchableCombo(items=[(value, label), ...])``; ``value()`` returns the value of the item whose label
(or value) matches what is shown, else the typed text as it is, so a validator can name the bad input
and the text stays in the box. ``set_value(value)`` selects an item or shows the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class SearchableCombo(QComboBox):
    def __init__(self, items: Sequence[tuple[str, str]] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        for value, label in items:
            self.addItem(label, value)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def value(self) -> str:
        text = self.currentText().strip()
        if not text:
            return ""
        folded = text.casefold()
        for row in range(self.count()):
            value = str(self.itemData(row) or "")
            if folded == self.itemText(row).casefold() or (value and folded == value.casefold()):
                return value
        return text

    def set_value(self, value: str) -> None:
        row = self.findData(value)
        if row >= 0:
            self.setCurrentIndex(row)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(value)
