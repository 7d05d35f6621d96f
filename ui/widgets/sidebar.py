"""The navigation list on the left: icon, page title and a badge count per page.

``Sidebar.add_page(title, icon, accessible_hint)`` appends a row; ``set_badge(row, count)`` shows a
red count pill (0 hides it); ``page_selected(row)`` is emitted when the user moves to a row with the
mouse or the arrow keys. Screen readers hear "Today, 3 due" (``accessible_hint`` formats the count).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui import style

BADGE_ROLE = Qt.ItemDataRole.UserRole + 1
HINT_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_HEIGHT = 38
ICON_SIZE = 20

Index = QModelIndex | QPersistentModelIndex


class SidebarDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(180, ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(option.rect).adjusted(6, 2, -6, -2)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(QRectF(rect), 6, 6)
        elif hovered:
            hover = QColor(palette.color(QPalette.ColorRole.Highlight))
            hover.setAlpha(40)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(hover)
            painter.drawRoundedRect(QRectF(rect), 6, 6)
        if focused:  # keyboard focus: a ring inside the row, visible on the highlight and off it
            ring = QColor(
                palette.color(
                    QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
                )
            )
            ring.setAlpha(200)
            pen = QPen(ring)
            pen.setWidthF(1.5)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(2.5, 2.5, -2.5, -2.5), 4, 4)

        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.WindowText
        )
        icon: QIcon = index.data(Qt.ItemDataRole.DecorationRole)
        icon_rect = QRect(rect.left() + 10, rect.center().y() - ICON_SIZE // 2 + 1, ICON_SIZE, ICON_SIZE)
        if isinstance(icon, QIcon) and not icon.isNull():
            mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
            icon.paint(painter, icon_rect, Qt.AlignmentFlag.AlignCenter, mode)

        badge = int(index.data(BADGE_ROLE) or 0)
        right = rect.right() - 8
        if badge > 0:
            badge_font = QFont(option.font)
            badge_font.setBold(True)
            badge_font.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
            metrics = QFontMetrics(badge_font)
            label = str(badge) if badge < 1000 else "999+"
            height = metrics.height() + 2
            width = max(height, metrics.horizontalAdvance(label) + 12)
            pill = QRectF(right - width, rect.center().y() - height / 2 + 1, width, height)
            scheme = style.current_scheme()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(scheme.badge))
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(QColor(scheme.badge_text))
            painter.setFont(badge_font)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
            right = int(pill.left()) - 6

        text_rect = QRect(icon_rect.right() + 10, rect.top(), right - icon_rect.right() - 10, rect.height())
        painter.setFont(option.font)
        painter.setPen(text_color)
        text = QFontMetrics(option.font).elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        painter.restore()


class Sidebar(QListWidget):
    page_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAccessibleName(self.tr("Pages"))
        self.setItemDelegate(SidebarDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setUniformItemSizes(True)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.currentRowChanged.connect(self._on_row)

    def add_page(self, title: str, icon: QIcon, accessible_hint: str = "") -> QListWidgetItem:
        item = QListWidgetItem(icon, title)
        item.setData(BADGE_ROLE, 0)
        item.setData(HINT_ROLE, accessible_hint)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        item.setToolTip(title)
        self.addItem(item)
        return item

    def set_badge(self, row: int, count: int) -> None:
        item = self.item(row)
        if item is None:
            return
        item.setData(BADGE_ROLE, max(0, int(count)))
        hint = str(item.data(HINT_ROLE) or "")
        title = item.text()
        spoken = f"{title}, {hint.format(count)}" if count > 0 and hint else title
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        item.setToolTip(spoken)

    def badge(self, row: int) -> int:
        item = self.item(row)
        return int(item.data(BADGE_ROLE) or 0) if item is not None else 0

    def _on_row(self, row: int) -> None:
        if row >= 0:
            self.page_selected.emit(row)
