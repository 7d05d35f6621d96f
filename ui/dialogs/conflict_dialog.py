""" "Changed at another counter": what a save met when the record was saved elsewhere since it was loaded.

``ConflictDialog(conflict, base, label, text, parent)`` lists each field both counters changed: its label
(the form's own), the clerk's value and the other counter's side by side, and per field a choice between
them (the clerk's is chosen at first). "Keep all mine", "Take all theirs" and "Save my choices" close it
with ``choices`` set (field -> the value to save); Cancel goes back to the form with everything typed.
A line names the fields that merged by themselves (changed only at the other counter, or only here).
``label(field)`` and ``text(field, value)`` are the form's: how it names a field and shows a value.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from carebook.conflicts import Conflict
from ui import bidi

MINE, THEIRS = 0, 1


class ConflictDialog(QDialog):
    def __init__(
        self,
        conflict: Conflict,
        base: Mapping[str, Any],
        label: Callable[[str], str],
        text: Callable[[str, Any], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictDialog")
        self.conflict = conflict
        self.choices: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Changed at another counter"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.windowTitle(), self)
        heading.setObjectName("conflictTitle")
        _bold(heading, 1.2)
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "Someone saved this record at another counter while you were editing it. "
                "Choose which value to keep for each field both of you changed."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        headings = (self.tr("Field"), self.tr("Yours"), self.tr("At the other counter"))
        for column, caption in enumerate(headings):
            title = QLabel(caption, self)
            title.setObjectName("conflictHeading")
            _bold(title)
            grid.addWidget(title, 0, column)
        self.groups: dict[str, QButtonGroup] = {}
        for row, clash in enumerate(conflict.clashes, start=1):
            name = label(clash.field)
            grid.addWidget(QLabel(name, self), row, 0)
            group = QButtonGroup(self)
            for column, value in ((MINE, clash.mine), (THEIRS, clash.theirs)):
                shown = text(clash.field, value) or self.tr("(empty)")
                # isolated: a phone number keeps its order in a right-to-left window, a name its own
                button = QRadioButton(bidi.isolated(shown).replace("&", "&&"), self)  # an "&" is no shortcut
                button.setToolTip(shown)
                button.setObjectName(f"conflict_{clash.field}_{'mine' if column == MINE else 'theirs'}")
                whose = self.tr("{0}: yours") if column == MINE else self.tr("{0}: at the other counter")
                button.setAccessibleName(whose.format(name))
                group.addButton(button, column)
                grid.addWidget(button, row, column + 1)
            group.button(MINE).setChecked(True)
            self.groups[clash.field] = group
        layout.addLayout(grid)

        clashing = {clash.field for clash in conflict.clashes}
        merged = [
            label(name)
            for name, value in conflict.theirs.items()
            if name not in clashing and name in base and value != base[name] and _shown(name, label)
        ]
        self.merged_label = QLabel(self)
        self.merged_label.setObjectName("conflictMerged")
        self.merged_label.setWordWrap(True)
        if merged:
            self.merged_label.setText(self.tr("Merged by themselves: {0}").format(", ".join(merged)))
        self.merged_label.setVisible(bool(merged))
        layout.addWidget(self.merged_label)

        buttons = QDialogButtonBox(self)
        self.mine_button = self._add(buttons, self.tr("Keep all mine"), self.keep_mine)
        self.theirs_button = self._add(buttons, self.tr("Take all theirs"), self.take_theirs)
        self.save_button = self._add(buttons, self.tr("Save my choices"), self.save_choices)
        self.save_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Back to the form"))
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _add(self, buttons: QDialogButtonBox, caption: str, slot: Callable[[], None]) -> QPushButton:
        button = buttons.addButton(caption, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def pick(self, field: str, side: int) -> None:
        self.groups[field].button(side).setChecked(True)

    def keep_mine(self) -> None:
        self._finish({clash.field: clash.mine for clash in self.conflict.clashes})

    def take_theirs(self) -> None:
        self._finish({clash.field: clash.theirs for clash in self.conflict.clashes})

    def save_choices(self) -> None:
        self._finish(
            {
                clash.field: clash.mine if self.groups[clash.field].checkedId() == MINE else clash.theirs
                for clash in self.conflict.clashes
            }
        )

    def _finish(self, choices: dict[str, Any]) -> None:
        self.choices = choices
        self.accept()


def _bold(label: QLabel, scale: float = 1.0) -> None:
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)


def _shown(name: str, label: Callable[[str], str]) -> bool:
    """A field the form shows (bookkeeping such as ``deleted_at`` has no label of its own)."""
    return label(name) != name
