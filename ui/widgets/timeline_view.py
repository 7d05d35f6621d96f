"""A customer's history as a readable list: an icon per kind, a bold title with the date on the right,
and the summary, note or comment underneath (``ui.models.timeline_model`` gives the words).

``TimelineView(parent=None)``: ``set_entries(entries)`` shows them (an empty history shows a short
note instead); ``entry_activated(TimelineEntry)`` is emitted on Enter or a double-click, so the page
can open the contact or follow-up. Open contacts and overdue follow-ups are marked in the warning
colour, low and high scores in the error and success colours, in words as well as in colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from carebook.services.timeline import TimelineEntry
from ui import style
from ui.models.timeline_model import ACCENT_ROLE, DETAIL_ROLE, ENTRY_ROLE, WHEN_ROLE, TimelineModel

ICON = 20
PAD = 8
Index = QModelIndex | QPersistentModelIndex


class TimelineDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(200, 2 * line + 2 * PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        widget = option.widget
        style_ = widget.style() if widget is not None else None
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if style_ is not None:
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.text = ""
            opt.icon = QIcon()
            style_.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        palette = option.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        scheme = style.current_scheme()
        muted = QColor(text_color) if selected else QColor(scheme.muted)
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
            icon.paint(
                painter, QRect(rect.left(), rect.top(), ICON, ICON), Qt.AlignmentFlag.AlignCenter, mode
            )
        left = rect.left() + ICON + PAD
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        line = QFontMetrics(option.font).lineSpacing()
        when = str(index.data(WHEN_ROLE) or "")
        when_width = QFontMetrics(option.font).horizontalAdvance(when) + 4
        painter.setFont(option.font)
        painter.setPen(muted)
        painter.drawText(
            QRect(rect.right() - when_width, rect.top(), when_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            when,
        )
        accent = str(index.data(ACCENT_ROLE) or "")
        title_color = text_color
        if not selected and accent in ("open", "overdue"):
            title_color = QColor(scheme.warning)
        elif not selected and accent == "low":
            title_color = QColor(scheme.error)
        elif not selected and accent == "high":
            title_color = QColor(scheme.success)
        painter.setFont(bold)
        painter.setPen(title_color)
        title_width = max(0, rect.right() - when_width - PAD - left)
        title = QFontMetrics(bold).elidedText(
            str(index.data() or ""), Qt.TextElideMode.ElideRight, title_width
        )
        painter.drawText(QRect(left, rect.top(), title_width, line), Qt.AlignmentFlag.AlignVCenter, title)
        detail = str(index.data(DETAIL_ROLE) or "")
        if detail:
            painter.setFont(option.font)
            painter.setPen(muted)
            width = max(0, rect.right() - left)
            shown = QFontMetrics(option.font).elidedText(detail, Qt.TextElideMode.ElideRight, width)
            painter.drawText(
                QRect(left, rect.top() + line + 2, width, line), Qt.AlignmentFlag.AlignVCenter, shown
            )
        painter.restore()


class TimelineView(QWidget):
    entry_activated = Signal(object)  # TimelineEntry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.model = TimelineModel(self)
        self.list = QListView(self)
        self.list.setObjectName("timelineList")
        self.list.setAccessibleName(self.tr("History of contacts, follow-ups and scores"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(TimelineDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.activated.connect(self._activated)
        self.empty_label = QLabel(self.tr("No contacts, follow-ups or scores yet."), self)
        self.empty_label.setObjectName("timelineEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def set_entries(self, entries: Sequence[TimelineEntry], *, in_place: bool = False) -> None:
        """Show ``entries``; ``in_place``: the same history read again, it keeps its place."""
        self.model.set_entries(entries, in_place=in_place and self.stack.currentWidget() is self.list)
        self.stack.setCurrentWidget(self.list if entries else self.empty_label)

    def set_message(self, text: str) -> None:
        """Show a note instead of the history (nobody selected, or it could not be read)."""
        self.model.set_entries(())
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)

    def _activated(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if entry is not None:
            self.entry_activated.emit(entry)
