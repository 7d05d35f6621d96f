"""Finding text that does not fit: ``cut_texts(root)`` names every visible label, button, check box and
combo box under ``root`` whose words are cut off or elided ("C…s"), for the layout tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

from ui.widgets.elided_label import ElidedLabel

SLACK = 2  # pixels of rounding


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget, text: str) -> str:
    return f"{type(widget).__name__} {widget.objectName() or ''} {text!r} ({widget.width()} px)"


def _label_cut(label: QLabel) -> bool:
    if isinstance(label, ElidedLabel):
        return label.is_elided()
    text = label.text()
    if not text or label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
        return False
    metrics = QFontMetrics(label.font())
    widest = max(metrics.horizontalAdvance(_plain(line)) for line in text.splitlines() or [""])
    return widest > label.contentsRect().width() - 2 * label.margin() + SLACK


def _button_cut(button: QAbstractButton) -> bool:
    if not button.text():
        return False
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return False
    if isinstance(button, QToolButton | QPushButton | QCheckBox | QRadioButton):
        return button.sizeHint().width() > button.width() + SLACK
    return False


def _combo_cut(combo: QComboBox) -> bool:
    text = combo.currentText()
    if not text or combo.isEditable():
        return False
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)  # type: ignore[attr-defined]  # protected in C++, public in PySide6
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    return QFontMetrics(combo.font()).horizontalAdvance(text) + icon > field.width() + SLACK


def cut_texts(root: QWidget) -> list[str]:
    """Every visible control under ``root`` whose text does not fit it."""
    cut: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QComboBox) and _combo_cut(widget):
            cut.append(_name(widget, widget.currentText()))
        elif (isinstance(widget, QLabel) and _label_cut(widget)) or (
            isinstance(widget, QAbstractButton) and _button_cut(widget)
        ):
            cut.append(_name(widget, widget.text()))
    return cut
