"""Layout pieces of the Satisfaction page that adapt to the window's width.

``TileGrid``: the figure tiles in as many equal columns as fit (two to five). ``PairRow``: two cards
side by side, or stacked when the page is narrow. ``ChartCard``: a card with a title, a muted caption
(both elided with a tooltip when short of room) and a chart.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.widgets.charts import ChartWidget
from ui.widgets.metric_tile import MetricTile

TILE_MIN_WIDTH = 190
CARD_MIN_WIDTH = 330  # narrower than this, the chart cards stack
MAX_COLUMNS = 5


class TileGrid(QWidget):
    """Tiles in as many equal columns as fit (at most five)."""

    def __init__(self, tiles: list[MetricTile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = tiles
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(10)
        self._columns = 0
        self._place(MAX_COLUMNS)

    def columns(self) -> int:
        return self._columns

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles:
            self._grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles):
            self._grid.addWidget(tile, index // columns, index % columns)
        for column in range(MAX_COLUMNS):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._place(max(2, min(MAX_COLUMNS, (self.width() + 10) // (TILE_MIN_WIDTH + 10))))


class PairRow(QWidget):
    """Two widgets side by side, or one above the other when there is no room for both."""

    def __init__(
        self, first: QWidget, second: QWidget, min_width: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._min_width = min_width
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(12)
        self._box.addWidget(first, 1)
        self._box.addWidget(second, 1)

    def side_by_side(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        wide = self.width() >= 2 * self._min_width + self._box.spacing()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if direction != self._box.direction():
            self._box.setDirection(direction)


class ChartCard(QFrame):
    """A card with a title, a muted caption on the right and a chart below."""

    def __init__(self, chart: ChartWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.chart = chart
        self.title_label = QLabel(chart.title(), self)
        self.title_label.setObjectName("chartTitle")
        self.caption_label = QLabel("", self)
        self.caption_label.setObjectName("chartCaption")
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for label in (self.title_label, self.caption_label):  # a narrow card wraps them, never cuts them
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.caption_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(chart, 1)

    def set_caption(self, text: str) -> None:
        self.caption_label.setText(text)
