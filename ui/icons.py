"""Icons from ``resources/icons/*.svg``, drawn in the palette's colours and sharp at any scale.

The monochrome icons use ``currentColor``; ``SvgIconEngine`` renders them with ``QSvgRenderer`` at the
exact device size (high-DPI screens included), replacing ``currentColor`` with the text colour of the
application palette for the icon mode (normal, disabled, selected). Switching between the light and the
dark palette therefore recolours every icon on the next repaint. Fixed colours in an SVG stay as drawn
(the app icon ``carebook.svg``). Rendered pixmaps are kept in Qt's ``QPixmapCache`` by name, pixel size,
scale and colour, so the many widgets that show the same icon (every contact line on every Today card)
share one rendering instead of parsing the SVG each.

``icon("customers")`` -> QIcon; ``pixmap("today", 48)`` -> QPixmap; ``app_icon()``; ``names()``.
"""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
    QPixmapCache,
)
from PySide6.QtSvg import QSvgRenderer

from carebook.resources import resource_path

_TOKEN = b"currentColor"


def _mode_color(mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


def _device_scale(painter: QPainter) -> float:
    """Device pixels per logical pixel: the screen's ratio on a high-DPI screen, times any painter zoom.

    Read from the painter's device transform, not from ``painter.device()``: on its first call PySide turns
    the device into its most derived Python type and creates dozens of widget classes with their enums
    on the way (about 20 ms of start-up, spent before the first window could paint).
    """
    transform = painter.deviceTransform()
    return math.hypot(transform.m11(), transform.m12()) or 1.0


class SvgIconEngine(QIconEngine):
    """Renders one SVG source with the palette colour for the requested mode."""

    def __init__(self, name: str, source: bytes, color: QColor | None = None) -> None:
        super().__init__()
        self._name = name
        self._source = source
        self._color = color

    def _color_for(self, mode: QIcon.Mode) -> QColor:
        return QColor(self._color) if self._color is not None else _mode_color(mode)

    def _renderer(self, color: QColor) -> QSvgRenderer:
        data = self._source.replace(_TOKEN, color.name().encode())
        return QSvgRenderer(QByteArray(data))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Draw the cached pixmap for the painter's scale."""
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, _device_scale(painter)))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        color = self._color_for(mode)
        width = max(1, round(size.width() * scale))
        height = max(1, round(size.height() * scale))
        key = f"carebook-icon:{self._name}:{width}x{height}@{scale:g}:{color.rgba():08x}"
        # PySide6 returns the cached pixmap or None; its stub lists only find(key, pixmap)
        cached: QPixmap | None = QPixmapCache.find(key)  # type: ignore[call-overload]
        if cached is not None:
            return cached
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(color).render(painter, QRectF(0, 0, width, height))
        painter.end()
        result = QPixmap.fromImage(image)
        result.setDevicePixelRatio(scale)
        QPixmapCache.insert(key, result)
        return result

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def iconName(self) -> str:
        return self._name

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._name, self._source, self._color)


@cache
def _source(name: str) -> bytes:
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        raise KeyError(f"no icon named {name!r} in {path.parent}")
    return path.read_bytes()


def icon(name: str, color: QColor | str | None = None) -> QIcon:
    """A themed icon; ``color`` fixes its colour (e.g. an accent) instead of following the palette."""
    fixed = QColor(color) if color is not None else None
    return QIcon(SvgIconEngine(name, _source(name), fixed))


def pixmap(name: str, size: int, color: QColor | str | None = None, scale: float = 1.0) -> QPixmap:
    engine = SvgIconEngine(name, _source(name), QColor(color) if color is not None else None)
    return engine.scaledPixmap(QSize(size, size), QIcon.Mode.Normal, QIcon.State.Off, scale)


def app_icon() -> QIcon:
    """The application icon (fixed colours), for windows and the task bar."""
    return QIcon(str(resource_path("icons", "carebook.svg")))


def names() -> list[str]:
    return sorted(path.stem for path in resource_path("icons").glob("*.svg"))
