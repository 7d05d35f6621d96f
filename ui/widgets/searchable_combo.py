"""An editable combo box to pick from a long list by typing part of a name ("Nor" -> Norway).

``SearchableCombo(items=[(value, label) or (value, label, also), ...])``: typing shows the matching items
in a popup, best first (a name that starts with the text, then a word that does, then any that contains
it; shorter names first), found by label, value or the ``also`` words, case- and accent-blind
(``carebook.text.fold``). Down/Up and Enter or a click pick one. Clicking into the box or tabbing to it
selects its text, so typing replaces the shown choice instead of adding to it.

``value()`` is the value of the item the text names (its label, its label without the "(CODE)" tail,
its value or an ``also`` word, exactly), else of the only item that matches, else the typed text as it
is, so a validator can name the bad input and the text stays in the box. ``set_value(value)`` selects
an item or shows the text. ``known(value)`` says whether a value is one of the items.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from carebook.text import fold

MAX_SHOWN = 14
_TAIL = re.compile(r"\s*\([^()]*\)\s*$")


class SearchableCombo(QComboBox):
    def __init__(self, items: Sequence[tuple[str, ...]] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(MAX_SHOWN)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self._names: list[list[str]] = []  # per item: the folded words that name it exactly
        for value, label, *also in items:
            self.addItem(label, value)
            words = [label, _TAIL.sub("", label), value, *(word for word in also if word)]
            self._names.append([fold(word) for word in words if word])
        # the default completer completes inline, from the start of a label only
        self.setCompleter(None)  # type: ignore[arg-type]  # None removes it; PySide6's stub omits None
        self.matches = QStringListModel(self)
        self.finder = QCompleter(self.matches, self)
        self.finder.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.finder.setMaxVisibleItems(MAX_SHOWN)
        line = self.lineEdit()
        assert line is not None  # editable
        self.line = line
        self.finder.setWidget(line)
        self.finder.activated.connect(self._picked)
        line.textEdited.connect(self._search)

    # -- searching -------------------------------------------------------------------------------
    def ranked(self, text: str) -> list[int]:
        """The rows matching ``text``, best first."""
        typed = fold(text)
        if not typed:
            return []
        found: list[tuple[int, int, int]] = []
        for row, names in enumerate(self._names):
            rank = min((_rank(name, typed) for name in names), default=3)
            if rank < 3:
                found.append((rank, len(names[0]), row))
        return [row for _rank_, _length, row in sorted(found)]

    def _search(self, text: str) -> None:
        rows = self.ranked(text)
        self.matches.setStringList([self.itemText(row) for row in rows])
        popup = self.finder.popup()
        assert popup is not None  # a completer always has one
        if not rows:
            popup.hide()
            return
        self.finder.complete()
        popup.setCurrentIndex(self.finder.completionModel().index(0, 0))  # Enter takes the best match

    def _picked(self, label: str) -> None:
        row = self.findText(label, Qt.MatchFlag.MatchExactly)
        if row >= 0:
            self.setCurrentIndex(row)
            self.setEditText(self.itemText(row))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)  # the combo is its line edit's focus proxy: focus arrives here
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # not back from its own popup
            # later, so it comes after the click that placed the cursor
            QTimer.singleShot(0, self.line, self.line.selectAll)

    # -- the value -------------------------------------------------------------------------------
    def value(self) -> str:
        text = self.currentText().strip()
        if not text:
            return ""
        typed = fold(text)
        for row, names in enumerate(self._names):
            if typed in names:
                return str(self.itemData(row) or "")
        rows = self.ranked(text)
        if len(rows) == 1:
            return str(self.itemData(rows[0]) or "")
        return text

    def known(self, value: str) -> bool:
        return self.findData(value) >= 0

    def set_value(self, value: str) -> None:
        row = self.findData(value)
        if row >= 0:
            self.setCurrentIndex(row)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(value)


def _rank(name: str, typed: str) -> int:
    """0: the name starts with the text; 1: one of its words does; 2: it contains it; 3: no match."""
    if name.startswith(typed):
        return 0
    if any(word.startswith(typed) for word in re.split(r"[\s/()\-]+", name)):
        return 1
    return 2 if typed in name else 3
