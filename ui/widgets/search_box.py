"""The global customer search: type, see matching customers under the box, Enter opens one.

``SearchBox(parent, search_func=None)`` is a line edit. Typing asks a ``SearchRunner`` (debounced,
off the UI thread); the answers appear in a popup list drawn inside the window under the box. Up/Down
move through it, Enter (or a click) emits ``customer_chosen(customer_id)`` and clears the box, Esc
closes the list (a second Esc clears the text). Enter pressed before the answer arrives opens the
first match as soon as it does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ui import icons
from ui.models.search_results import DETAIL_ROLE, ID_ROLE, SearchResultsModel
from ui.widgets.search_runner import SearchFunc, SearchRunner

MAX_VISIBLE_ROWS = 8
POPUP_MIN_WIDTH = 420

Index = QModelIndex | QPersistentModelIndex


class _HitDelegate(QStyledItemDelegate):
    """Paints one hit: the name in bold over its details."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(200, 2 * line + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        palette = option.palette
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        detail_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        inner = rect.adjusted(12, 6, -12, -6)
        line = QFontMetrics(option.font).height()
        bold = QFont(option.font)
        bold.setBold(True)
        name = QFontMetrics(bold).elidedText(
            str(index.data() or ""), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), line), Qt.AlignmentFlag.AlignLeft, name
        )
        detail = QFontMetrics(option.font).elidedText(
            str(index.data(DETAIL_ROLE) or ""), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.setFont(option.font)
        painter.setPen(palette.color(detail_role))
        painter.drawText(
            QRect(inner.left(), inner.top() + line, inner.width(), line), Qt.AlignmentFlag.AlignLeft, detail
        )
        painter.restore()


class SearchPopup(QFrame):
    """The list of matches, a child of the top-level window laid over the page."""

    def __init__(self, model: SearchResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.list = QListView(self)
        self.list.setObjectName("searchResults")
        self.list.setAccessibleName(self.tr("Matching customers"))
        self.list.setModel(model)
        self.list.setItemDelegate(_HitDelegate(self.list))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        self.list.setMouseTracking(True)
        self.message = QLabel(self)
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 4, 1, 4)
        layout.setSpacing(0)
        layout.addWidget(self.list)
        layout.addWidget(self.message)
        self.hide()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.list.setVisible(not text)

    def preferred_height(self, width: int) -> int:
        if not self.message.isHidden():
            return self.message.heightForWidth(max(200, width - 2)) + 12
        rows = min(self.list.model().rowCount(), MAX_VISIBLE_ROWS)
        row_height = self.list.sizeHintForRow(0) if rows else 0
        return rows * row_height + 10


class SearchBox(QLineEdit):
    customer_chosen = Signal(int)
    escaped = Signal()

    def __init__(self, parent: QWidget | None = None, *, search_func: SearchFunc | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("globalSearch")
        self.setPlaceholderText(self.tr("Find a customer (Ctrl+K)"))
        self.setAccessibleName(self.tr("Find a customer"))
        self.setAccessibleDescription(
            self.tr("Type a name, company, email or phone number; use the arrow keys and Enter to open one.")
        )
        self.setClearButtonEnabled(True)
        self.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(260)
        self.setMaximumWidth(380)
        self.model = SearchResultsModel(self)
        self.runner = SearchRunner(self, search_func=search_func)
        self.runner.results.connect(self._on_results)
        self.runner.failed.connect(self._on_failed)
        self.popup: SearchPopup | None = None
        self._host: QWidget | None = None
        self._enter_pending = False
        self._typing = False
        self.textEdited.connect(self._on_edited)
        self.textChanged.connect(self._on_text_changed)

    # -- popup -----------------------------------------------------------------------------------
    def _ensure_popup(self) -> SearchPopup:
        host = self.window()
        if self.popup is None or self._host is not host:
            if self.popup is not None:
                self.popup.deleteLater()
            if self._host is not None:
                self._host.removeEventFilter(self)
            self.popup = SearchPopup(self.model, host)
            self.popup.list.clicked.connect(self._choose_index)
            self._host = host
            host.installEventFilter(self)
        return self.popup

    def popup_visible(self) -> bool:
        return self.popup is not None and self.popup.isVisible()

    def _place_popup(self) -> None:
        popup = self._ensure_popup()
        host = popup.parentWidget()
        assert host is not None  # the popup is made with the window as its parent
        below = self.mapTo(host, QPoint(0, self.height() + 2))
        width = min(max(self.width(), POPUP_MIN_WIDTH), host.width() - 16)
        right = self.mapTo(host, QPoint(self.width(), 0)).x()
        left = max(8, min(below.x(), right - width))
        height = min(popup.preferred_height(width), max(60, host.height() - below.y() - 8))
        popup.setGeometry(left, below.y(), width, height)
        popup.raise_()

    def show_popup(self) -> None:
        self._place_popup()
        assert self.popup is not None
        self.popup.show()
        self.popup.raise_()

    def hide_popup(self) -> None:
        if self.popup is not None:
            self.popup.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize and self.popup_visible():
            self._place_popup()
        return super().eventFilter(watched, event)

    # -- searching -------------------------------------------------------------------------------
    def _on_edited(self, text: str) -> None:
        self._typing = True
        self.runner.request(text)
        if not text.strip():
            self._enter_pending = False
            self.model.set_hits([])
            self.hide_popup()

    def _on_text_changed(self, text: str) -> None:
        if not text:  # the clear button or setText("")
            self.runner.cancel()
            self._enter_pending = False
            self.hide_popup()

    def _on_results(self, query: str, hits: Sequence[Any]) -> None:
        if query != self.text().strip():
            return
        self.model.set_hits(hits)
        if self._enter_pending:
            self._enter_pending = False
            if hits:
                self._choose_row(0)
                return
        if not self._typing and not self.hasFocus():
            return
        popup = self._ensure_popup()
        if hits:
            popup.show_message("")
            popup.list.setCurrentIndex(self.model.index(0, 0))
        else:
            popup.show_message(
                self.tr("No customer matches “{0}”. Press Ctrl+N to add a new customer.").format(query)
            )
        self.show_popup()

    def _on_failed(self, query: str, message: str) -> None:
        self._enter_pending = False
        if query != self.text().strip():
            return
        self.model.set_hits([])
        self._ensure_popup().show_message(self.tr("Search failed: {0}").format(message))
        self.show_popup()

    # -- choosing --------------------------------------------------------------------------------
    def current_row(self) -> int:
        if self.popup is None:
            return -1
        index = self.popup.list.currentIndex()
        return index.row() if index.isValid() else -1

    def _move(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        if not self.popup_visible():
            self._ensure_popup().show_message("")
            self.show_popup()
        row = min(max(self.current_row() + step, 0), rows - 1)
        assert self.popup is not None
        self.popup.list.setCurrentIndex(self.model.index(row, 0))

    def _choose_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self._choose_row(index.row())

    def _choose_row(self, row: int) -> None:
        customer_id = int(self.model.index(row, 0).data(ID_ROLE))
        self.hide_popup()
        self.runner.cancel()
        self.clear()
        self.model.set_hits([])
        self.customer_chosen.emit(customer_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(key), MAX_VISIBLE_ROWS)
            if key == Qt.Key.Key_PageUp:
                step = -MAX_VISIBLE_ROWS
            self._move(step)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_enter()
            return
        if key == Qt.Key.Key_Escape:
            if self.popup_visible():
                self.hide_popup()
            elif self.text():
                self.clear()
            else:
                self.escaped.emit()
            return
        super().keyPressEvent(event)

    def _on_enter(self) -> None:
        if not self.text().strip():
            return
        if self.runner.busy:
            self._enter_pending = True
            if self.runner.debouncing:  # no need to wait for the pause: search now
                self.runner.run_now(self.text())
            return
        row = self.current_row() if self.popup_visible() else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self._choose_row(row)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._typing = False
            self.hide_popup()

    def shutdown(self) -> None:
        self.runner.shutdown()
