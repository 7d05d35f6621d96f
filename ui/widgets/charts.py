"""Small charts drawn with QPainter (no QtCharts): the shared base and colours.

The charts themselves live in ``ui.widgets.chart_line`` (``TrendChart``: a monthly line with gaps) and
``ui.widgets.chart_bars`` (``BarChart``: labelled horizontal bars; ``ShareChart``: one stacked bar with a
legend, e.g. promoters / passives / detractors). They share ``ChartWidget``:

- colours come from the widget's palette (``chart_colors``), so a chart reads in light and dark;
- drawing is in logical coordinates with antialiasing, so it stays sharp on high-DPI screens;
- with no data a chart draws ``empty_text()`` inside itself instead of an empty frame;
- in a right-to-left layout (Arabic) a chart is mirrored, its text not (``ChartPainter``): bars grow to
  the left, months run from the right, labels sit on the other side;
- the accessible name is the chart's title and the accessible description lists every value, so a
  screen reader reads what the picture shows; hovering a mark shows its tooltip (``_hits``).

Charts are given plain, already formatted values (the page decides wording and rounding); they never
query anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui import style

translate = QCoreApplication.translate  # lupdate reads translate("charts", "...") calls


@dataclass(frozen=True)
class ChartColors:
    text: QColor
    muted: QColor
    grid: QColor
    axis: QColor
    series: QColor
    selected: QColor  # the band behind the selected month
    surface: QColor  # what the chart is drawn on (marker outlines)
    good: QColor
    neutral: QColor
    bad: QColor


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def chart_colors(palette: QPalette) -> ChartColors:
    """Colours for charts from ``palette`` (and the matching light or dark scheme for good/bad)."""
    dark = is_dark(palette)
    scheme = style.DARK if dark else style.LIGHT
    role = QPalette.ColorRole
    grid = QColor(palette.color(role.Mid))
    axis = QColor(palette.color(role.WindowText))
    axis.setAlphaF(0.45)
    selected = QColor(palette.color(role.Highlight))
    selected.setAlphaF(0.16 if dark else 0.10)
    return ChartColors(
        text=QColor(palette.color(role.WindowText)),
        muted=QColor(palette.color(role.PlaceholderText)),
        grid=grid,
        axis=axis,
        series=QColor(palette.color(role.Link)),
        selected=selected,
        surface=QColor(scheme.card),
        good=QColor(scheme.success),
        neutral=QColor(scheme.muted),
        bad=QColor(scheme.error),
    )


def readable_on(fill: QColor) -> QColor:
    """Black or white text, whichever reads better on ``fill``."""
    luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF()
    return QColor("#111111") if luminance > 0.45 else QColor("#ffffff")


class ChartPainter(QPainter):
    """A painter on a chart that draws it mirrored when the widget is laid out right to left: every
    shape is flipped left for right, while each text is put in the flipped place unflipped (its
    alignment then follows the painter's right-to-left direction, as Qt's own widgets' text does)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.mirrored = widget.isRightToLeft()
        self._width = float(widget.width())
        if self.mirrored:
            self.translate(self._width, 0)
            self.scale(-1, 1)

    def drawText(self, *args: object) -> None:  # type: ignore[override]
        rect = args[0] if args else None
        if self.mirrored and len(args) == 3 and isinstance(rect, QRectF):
            self.save()
            self.resetTransform()
            flipped = QRectF(self._width - rect.right(), rect.top(), rect.width(), rect.height())
            super().drawText(flipped, args[1], args[2])  # type: ignore[call-overload]
            self.restore()
            return
        super().drawText(*args)  # type: ignore[call-overload]


def small_font(base: QFont) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
    return font


class ChartWidget(QWidget):
    """Base of the charts: palette colours, the empty state, tooltips and the accessible summary."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self._title = title
        self._empty_text = translate("charts", "No data yet")
        self._hits: list[tuple[QRectF, str]] = []
        self.setAccessibleName(title)
        self._describe()

    # -- API for subclasses and pages ------------------------------------------------------------
    def title(self) -> str:
        return self._title

    def empty_text(self) -> str:
        return self._empty_text

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self._describe()
        self.update()

    def is_empty(self) -> bool:
        raise NotImplementedError

    def summary(self) -> str:
        """The data in words (the accessible description); subclasses list their values."""
        return self._empty_text

    def colors(self) -> ChartColors:
        return chart_colors(self.palette())

    def hit_text(self, point: QPointF) -> str:
        """The tooltip for a point of the chart ("" for none)."""
        point = self.drawn_at(point)
        for rect, text in self._hits:
            if rect.contains(point):
                return text
        return ""

    def drawn_at(self, point: QPointF) -> QPointF:
        """A point of the widget in the chart's drawing coordinates (mirrored right to left)."""
        return QPointF(self.width() - point.x(), point.y()) if self.isRightToLeft() else point

    def on_widget(self, rect: QRectF) -> QRectF:
        """A rectangle of the drawing where it shows on the widget (mirrored right to left)."""
        if not self.isRightToLeft():
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    # -- Qt --------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(360, 200)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 120)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = ChartPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self._hits = []
            area = QRectF(self.rect())
            colors = self.colors()
            if self.is_empty():
                self.paint_empty(painter, area, colors)
            else:
                self.paint_chart(painter, area, colors)
        finally:
            painter.end()

    def paint_chart(self, painter: QPainter, area: QRectF, colors: ChartColors) -> object:
        raise NotImplementedError

    def paint_empty(self, painter: QPainter, area: QRectF, colors: ChartColors) -> None:
        self.draw_empty_text(painter, area, colors)

    def draw_empty_text(self, painter: QPainter, area: QRectF, colors: ChartColors) -> None:
        """The empty-state text centred in ``area``, on a plate that hides grid lines behind it."""
        painter.setFont(self.font())
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        room = area.adjusted(12, 8, -12, -8)
        needed = painter.boundingRect(room, flags, self._empty_text)
        plate = needed.adjusted(-10, -4, 10, 4).intersected(area)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.surface)
        painter.drawRoundedRect(plate, 4, 4)
        painter.setPen(colors.muted)
        painter.drawText(room, flags, self._empty_text)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.hit_text(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.update()
        return super().event(event)

    def _describe(self) -> None:
        self.setAccessibleDescription(self.summary())

    def data_changed(self) -> None:
        """Subclasses call this after taking new data."""
        self._describe()
        self.updateGeometry()
        self.update()


def text_width(metrics: QFontMetricsF, text: str) -> float:
    return metrics.horizontalAdvance(text)
