"""Fusion with a focus ring that can be seen: ``FocusStyle()`` (``ui.app.application`` sets it).

Fusion marks the focused control with a faint tint. Here every control with the keyboard focus gets a
``RING``-pixel ring in the palette's highlight colour, in the light and the dark palette alike: push and
tool buttons around their frame, check boxes and radio buttons around their text (Fusion's focus frame,
drawn stronger), and the current cell of a table or list (in the highlighted text colour on a selected
row, where the highlight colour would not show).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

RING = 2


def ring_colour(option: QStyleOption, widget: QWidget | None) -> QColor:
    """The highlight colour; on a selected item, the text colour drawn on the highlight."""
    if isinstance(widget, QAbstractItemView) and option.state & QStyle.StateFlag.State_Selected:
        return option.palette.color(QPalette.ColorRole.HighlightedText)
    return option.palette.color(QPalette.ColorRole.Highlight)


def draw_ring(painter: QPainter, option: QStyleOption, widget: QWidget | None, radius: float = 3.0) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(ring_colour(option, widget), RING)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING / 2
    painter.drawRoundedRect(QRectF(option.rect).adjusted(half, half, -half, -half), radius, radius)
    painter.restore()


def _has_focus(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


class FocusStyle(QProxyStyle):
    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            draw_ring(painter, option, widget, radius=2.0)
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and _has_focus(option):
            draw_ring(painter, option, widget)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_ToolButton and _has_focus(option):
            draw_ring(painter, option, widget)
