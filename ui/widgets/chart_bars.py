"""Bar charts drawn with QPainter: ``BarChart`` (labelled horizontal bars) and ``ShareChart`` (one
stacked bar split into parts, with a legend).

    bars = BarChart("Contacts per channel")
    bars.set_bars([Bar(labels.channel("phone"), 120, "120 · 40.0%", "Phone: 120 contacts"), ...])

    share = ShareChart("Promoters, passives and detractors")
    share.set_parts([Part("Promoters (9–10)", 45, "good", "45 · 56.3%", "56%"), ...])

Every bar carries its label and its number, so nothing depends on telling colours apart; the "bad"
part of a ShareChart is also hatched. With nothing to show (all zero) the chart writes its
``empty_text()`` instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ui.widgets.charts import ChartColors, ChartWidget, readable_on, small_font, translate

ROW = 24.0
TONES = ("good", "neutral", "bad", "series")


@dataclass(frozen=True)
class Bar:
    label: str  # "Phone"
    value: int
    text: str = ""  # "120 · 40.0%" written after the bar
    tooltip: str = ""


@dataclass(frozen=True)
class Part:
    label: str  # "Promoters (9–10)"
    value: int
    tone: str = "series"  # one of TONES
    text: str = ""  # "45 · 56.3%" in the legend
    inside: str = ""  # "56%" written inside the bar when it fits


def _tone_color(colors: ChartColors, tone: str) -> QColor:
    return {"good": colors.good, "neutral": colors.neutral, "bad": colors.bad}.get(tone, colors.series)


class BarChart(ChartWidget):
    _bars: tuple[Bar, ...] = ()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.set_empty_text(translate("charts", "Nothing to show yet"))

    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = tuple(bars)
        self.data_changed()

    def is_empty(self) -> bool:
        return not any(bar.value > 0 for bar in self._bars)

    def summary(self) -> str:
        if self.is_empty():
            return self.empty_text()
        return "; ".join(f"{bar.label}: {bar.text or bar.value}" for bar in self._bars)

    def _row(self) -> float:
        return max(ROW, QFontMetricsF(self.font()).height() + 8)

    def sizeHint(self) -> QSize:
        return QSize(360, int(self._row() * max(3, len(self._bars)) + 8))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, int(self._row() * max(3, len(self._bars)) + 8))

    def paint_chart(self, painter: QPainter, area: QRectF, colors: ChartColors) -> None:
        font = self.font()
        metrics = QFontMetricsF(font)
        row = self._row()
        label_width = min(
            max(metrics.horizontalAdvance(bar.label) for bar in self._bars) + 12, area.width() * 0.4
        )
        text_width = max(metrics.horizontalAdvance(bar.text or str(bar.value)) for bar in self._bars) + 10
        track = QRectF(
            area.left() + label_width, area.top(), area.width() - label_width - text_width, area.height()
        )
        if track.width() < 10:
            return
        biggest = max(bar.value for bar in self._bars)
        painter.setFont(font)
        top = area.top() + max(0.0, (area.height() - row * len(self._bars)) / 2)
        for index, bar in enumerate(self._bars):
            y = top + row * index
            label_box = QRectF(area.left(), y, label_width - 10, row)
            painter.setPen(colors.text)
            shown = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_box.width())
            painter.drawText(
                label_box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), shown
            )
            length = track.width() * bar.value / biggest if biggest else 0.0
            if bar.value > 0:
                length = max(length, 2.0)  # a small count stays visible
                height = row * 0.6
                rect = QRectF(track.left(), y + (row - height) / 2, length, height)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colors.series)
                painter.drawRoundedRect(rect, 2, 2)
            painter.setPen(colors.text if bar.value else colors.muted)
            value_box = QRectF(track.left() + length + 6, y, text_width, row)
            painter.drawText(
                value_box,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                bar.text or str(bar.value),
            )
            self._hits.append(
                (QRectF(area.left(), y, area.width(), row), bar.tooltip or f"{bar.label}: {bar.text}")
            )


class ShareChart(ChartWidget):
    _parts: tuple[Part, ...] = ()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.set_empty_text(translate("charts", "Nothing to show yet"))

    def parts(self) -> tuple[Part, ...]:
        return self._parts

    def set_parts(self, parts: Sequence[Part]) -> None:
        self._parts = tuple(parts)
        self.data_changed()

    def total(self) -> int:
        return sum(part.value for part in self._parts)

    def is_empty(self) -> bool:
        return self.total() <= 0

    def summary(self) -> str:
        if self.is_empty():
            return self.empty_text()
        return "; ".join(f"{part.label}: {part.text or part.value}" for part in self._parts)

    def _bar_height(self) -> float:
        return max(28.0, QFontMetricsF(self.font()).height() + 12)

    def _legend_row(self) -> float:
        return QFontMetricsF(self.font()).height() + 8

    def sizeHint(self) -> QSize:
        return QSize(360, int(self._bar_height() + 14 + self._legend_row() * max(3, len(self._parts))))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paint_chart(self, painter: QPainter, area: QRectF, colors: ChartColors) -> None:
        total = self.total()
        font = self.font()
        bold = QFont(font)
        bold.setBold(True)
        inside = small_font(bold)
        metrics = QFontMetricsF(font)
        bar_height = self._bar_height()
        bar = QRectF(area.left() + 2, area.top() + 4, area.width() - 4, bar_height)
        gap = 2.0
        visible = [part for part in self._parts if part.value > 0]
        room = bar.width() - gap * (len(visible) - 1)
        x = bar.left()
        for part in self._parts:
            if part.value <= 0:
                continue
            width = room * part.value / total
            rect = QRectF(x, bar.top(), max(width, 2.0), bar.height())
            fill = _tone_color(colors, part.tone)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 3, 3)
            if part.tone == "bad":
                hatch = QBrush(readable_on(fill), Qt.BrushStyle.BDiagPattern)
                painter.setOpacity(0.35)
                painter.setBrush(hatch)
                painter.drawRoundedRect(rect, 3, 3)
                painter.setOpacity(1.0)
            if part.inside and QFontMetricsF(inside).horizontalAdvance(part.inside) + 8 < rect.width():
                painter.setFont(inside)
                painter.setPen(readable_on(fill))
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), part.inside)
            self._hits.append((rect, f"{part.label}: {part.text or part.value}"))
            x += width + gap

        # legend: one row per part (swatch, label, count and share)
        painter.setFont(font)
        row = self._legend_row()
        top = bar.bottom() + 10
        swatch = metrics.height() * 0.7
        bold_metrics = QFontMetricsF(bold)
        value_width = (
            max(bold_metrics.horizontalAdvance(part.text or str(part.value)) for part in self._parts) + 2
        )
        for index, part in enumerate(self._parts):
            y = top + row * index
            fill = _tone_color(colors, part.tone)
            painter.setPen(QPen(colors.surface, 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(area.left() + 2, y + (row - swatch) / 2, swatch, swatch), 2, 2)
            label_box = QRectF(area.left() + swatch + 10, y, area.width() - swatch - value_width - 24, row)
            painter.setPen(colors.text)
            shown = metrics.elidedText(part.label, Qt.TextElideMode.ElideRight, label_box.width())
            painter.drawText(
                label_box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown
            )
            value_box = QRectF(area.right() - value_width - 4, y, value_width, row)
            painter.setFont(bold)
            painter.drawText(
                value_box,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                part.text or str(part.value),
            )
            painter.setFont(font)
            self._hits.append(
                (QRectF(area.left(), y, area.width(), row), f"{part.label}: {part.text or part.value}")
            )
