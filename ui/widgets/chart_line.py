"""``TrendChart``: one value per month as a line with point markers; gaps where a month has no data.

    chart = TrendChart("CSAT %", minimum=0, maximum=100, step=25, unit="%")
    chart.set_points([TrendPoint("Apr", "2025", "April 2025", 86.4, "86.4%", "35 responses"), ...],
                     selected=11)

The y axis has a fixed range (so months compare at a glance) with labels at every ``step``; a zero line
is drawn stronger when the range crosses zero. The selected month gets a shaded band, a larger marker,
a bold axis label and its value written above the point. Month labels thin out when the chart is
narrow; the year is written under the first label and wherever it changes. Hovering a month shows
"March 2026: 86.4% (35 responses)".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from ui.widgets.charts import ChartColors, ChartWidget, small_font, translate


@dataclass(frozen=True)
class TrendPoint:
    axis_label: str  # "Mar"
    group: str  # "2026": written under the axis label where it changes
    name: str  # "March 2026" (tooltip, description)
    value: float | None  # None: no data that month (a gap, never a zero)
    text: str = ""  # "86.4%" as the page displays it
    detail: str = ""  # "35 responses"


class TrendChart(ChartWidget):
    _points: tuple[TrendPoint, ...] = ()
    _selected: int | None = None

    def __init__(
        self,
        title: str,
        *,
        minimum: float,
        maximum: float,
        step: float,
        unit: str = "",
        parent: QWidget | None = None,
    ) -> None:
        if maximum <= minimum or step <= 0:
            raise ValueError("the axis needs minimum < maximum and a positive step")
        self._minimum, self._maximum, self._step, self._unit = minimum, maximum, step, unit
        super().__init__(title, parent)
        self.set_empty_text(translate("charts", "No data in these months"))

    def points(self) -> tuple[TrendPoint, ...]:
        return self._points

    def selected(self) -> int | None:
        return self._selected

    def set_points(self, points: Sequence[TrendPoint], selected: int | None = None) -> None:
        self._points = tuple(points)
        self._selected = selected if selected is not None and 0 <= selected < len(self._points) else None
        self.data_changed()

    def hit_rect(self, index: int) -> QRectF:
        """The column of month ``index``: where hovering shows its tooltip."""
        plot, slot = self._frame(QRectF(self.rect()))
        return self.on_widget(QRectF(plot.left() + slot * index, 0, slot, self.height()))

    def hit_text(self, point: QPointF) -> str:
        if not self._points:
            return ""
        plot, slot = self._frame(QRectF(self.rect()))
        point = self.drawn_at(point)
        if slot <= 0 or not plot.left() <= point.x() < plot.right():
            return ""
        index = min(len(self._points) - 1, int((point.x() - plot.left()) // slot))
        return self._tooltip(self._points[index])

    def is_empty(self) -> bool:
        return all(point.value is None for point in self._points)

    def summary(self) -> str:
        if not self._points:
            return self.empty_text()
        parts = []
        for point in self._points:
            shown = (
                translate("charts", "no data") if point.value is None else point.text or f"{point.value:g}"
            )
            parts.append(f"{point.name}: {shown}")
        return "; ".join(parts)

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 170)

    # -- drawing ---------------------------------------------------------------------------------
    def paint_empty(self, painter: QPainter, area: QRectF, colors: ChartColors) -> None:
        if not self._points:
            self.draw_empty_text(painter, area, colors)
            return
        plot = self.paint_chart(painter, area, colors)  # axes and months, no line
        self.draw_empty_text(painter, plot, colors)

    def _y_labels(self) -> list[tuple[float, str]]:
        labels = []
        value = self._minimum
        while value <= self._maximum + 1e-9:
            # LRM: a number keeps its sign in front in a right-to-left layout ("−50", not "50−")
            text = "\u200e" + f"{value:g}".replace("-", "\u2212") + self._unit
            labels.append((value, text))
            value += self._step
        return labels

    def _frame(self, area: QRectF) -> tuple[QRectF, float]:
        """The plot area inside ``area`` (room left for the axis labels) and one month's width."""
        metrics = QFontMetricsF(small_font(self.font()))
        line = metrics.height()
        left = max(metrics.horizontalAdvance(text) for _v, text in self._y_labels()) + 10
        top = line + 6  # room for the selected value above its point
        bottom = 2 * line + 8  # month and year
        plot = QRectF(
            area.left() + left, area.top() + top, area.width() - left - 10, area.height() - top - bottom
        )
        return plot, plot.width() / max(1, len(self._points))

    def paint_chart(self, painter: QPainter, area: QRectF, colors: ChartColors) -> QRectF:
        font = small_font(self.font())
        bold = QFont(font)
        bold.setBold(True)
        line = QFontMetricsF(font).height()
        y_labels = self._y_labels()
        left = max(QFontMetricsF(font).horizontalAdvance(text) for _v, text in y_labels) + 10
        plot, slot = self._frame(area)
        if plot.width() < 20 or plot.height() < 20:
            return plot

        def y_of(value: float) -> float:
            share = (value - self._minimum) / (self._maximum - self._minimum)
            return plot.bottom() - share * plot.height()

        def x_of(index: int) -> float:
            return plot.left() + slot * (index + 0.5)

        # selected band (behind everything)
        if self._selected is not None:
            painter.fillRect(
                QRectF(plot.left() + slot * self._selected, plot.top(), slot, plot.height()), colors.selected
            )

        # grid and y labels
        painter.setFont(font)
        for value, text in y_labels:
            y = round(y_of(value)) + 0.5
            strong = value == 0 and self._minimum < 0
            painter.setPen(QPen(colors.axis if strong else colors.grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colors.muted)
            label = QRectF(area.left(), y - line / 2, left - 6, line)
            painter.drawText(label, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        baseline = round(plot.bottom()) + 0.5
        painter.setPen(QPen(colors.axis, 1))
        painter.drawLine(QPointF(plot.left(), baseline), QPointF(plot.right(), baseline))

        self._draw_month_labels(painter, plot, slot, font, bold, colors)
        if self.is_empty():
            return plot

        # the line, broken where a month has no data
        painter.setPen(
            QPen(colors.series, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        )
        path = QPainterPath()
        drawing = False
        for index, point in enumerate(self._points):
            if point.value is None:
                drawing = False
                continue
            target = QPointF(x_of(index), y_of(self._clamped(point.value)))
            if drawing:
                path.lineTo(target)
            else:
                path.moveTo(target)
                drawing = True
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

        # markers; the selected one larger, with its value above
        for index, point in enumerate(self._points):
            if point.value is None:
                continue
            centre = QPointF(x_of(index), y_of(self._clamped(point.value)))
            chosen = index == self._selected
            radius = 5.0 if chosen else 3.5
            painter.setPen(QPen(colors.surface, 1.5))
            painter.setBrush(colors.series)
            painter.drawEllipse(centre, radius, radius)
            if chosen and point.text:
                painter.setFont(bold)
                painter.setPen(colors.text)
                width = QFontMetricsF(bold).horizontalAdvance(point.text) + 8
                box = QRectF(centre.x() - width / 2, centre.y() - radius - line - 2, width, line)
                box.moveLeft(min(max(box.left(), area.left()), area.right() - width))
                box.moveTop(max(box.top(), area.top()))
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), point.text)
                painter.setFont(font)
        return plot

    def _clamped(self, value: float) -> float:
        return min(max(value, self._minimum), self._maximum)

    def _label_every(self, metrics: QFontMetricsF, slot: float) -> int:
        widest = max((metrics.horizontalAdvance(p.axis_label) for p in self._points), default=0.0)
        widest = max(widest, max((metrics.horizontalAdvance(p.group) for p in self._points), default=0.0))
        every = 1
        while every < len(self._points) and widest + 6 > slot * every:
            every += 1
        return every

    def _draw_month_labels(
        self, painter: QPainter, plot: QRectF, slot: float, font: QFont, bold: QFont, colors: ChartColors
    ) -> None:
        metrics = QFontMetricsF(bold)
        line = metrics.height()
        every = self._label_every(metrics, slot)
        anchor = self._selected if self._selected is not None else len(self._points) - 1
        last_group = None
        for index, point in enumerate(self._points):
            if (index - anchor) % every:
                continue
            chosen = index == self._selected
            x = plot.left() + slot * index
            width = slot * every
            box = QRectF(x + slot / 2 - width / 2, plot.bottom() + 4, width, line)
            painter.setFont(bold if chosen else font)
            painter.setPen(colors.text if chosen else colors.muted)
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), point.axis_label
            )
            if point.group and point.group != last_group:
                painter.setFont(font)
                painter.setPen(colors.muted)
                painter.drawText(
                    box.translated(0, line),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                    point.group,
                )
                last_group = point.group
        painter.setFont(font)

    def _tooltip(self, point: TrendPoint) -> str:
        if point.value is None:
            return translate("charts", "{0}: no data").format(point.name)
        text = f"{point.name}: {point.text}"
        return f"{text} ({point.detail})" if point.detail else text
