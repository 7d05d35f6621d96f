"""A radio button whose text wraps onto several lines (a plain QRadioButton never wraps).

``WrapRadio(text)``: the text is a word-wrapped label inside the button, after the indicator; a click
anywhere on it checks the button. ``text()`` returns the full text (the label shows at most
``max_lines`` lines, the tooltip everything).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QRadioButton, QSizePolicy, QStyle, QWidget

_BREAKABLE = re.compile(r"\S{18,}")


def breakable(text: str) -> str:
    """Long words (an email address, a web address) may break after ``@ . / - _`` when wrapped."""
    return _BREAKABLE.sub(lambda m: re.sub(r"([@./_-])", "\\1\u200b", m.group(0)), text)


class WrapRadio(QRadioButton):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, max_lines: int = 4) -> None:
        super().__init__(parent)
        self._full = text
        self.label = QLabel(self)
        self.label.setObjectName("wrapRadioText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        lines = text.splitlines() or [""]
        shown = "\n".join(lines[:max_lines]) + ("\n…" if len(lines) > max_lines else "")
        if len(shown) > 240:
            shown = shown[:239] + "…"
        self.label.setText(breakable(shown))
        self.setToolTip(text if shown != text or len(text) > 40 else "")
        self.setAccessibleName(text)
        style = self.style()
        indent = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, self)
        indent += style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(indent + 2, 1, 0, 1)
        layout.addWidget(self.label)
        self._row = layout
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        hint = self._row.sizeHint()
        return QSize(hint.width(), max(hint.height(), super().sizeHint().height()))

    def minimumSizeHint(self) -> QSize:
        indent = self._row.contentsMargins().left()
        return QSize(indent + 60, super().minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._row.totalHeightForWidth(width), super().sizeHint().height())

    def hitButton(self, pos) -> bool:  # type: ignore[no-untyped-def]
        return self.rect().contains(pos)
