"""Labels for every stored value, icons that exist and follow the palette, readable colour schemes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette

from carebook import vocab
from ui import icons, labels, style

REQUIRED_ICONS = [
    "today", "customers", "contacts", "followups", "satisfaction", "reports", "search", "add",
    "log-contact", "done", "snooze", "settings", "staff", "trash", "tag", "carebook",
    *(labels.channel_icon_name(channel) for channel in vocab.CHANNELS),
]  # fmt: skip


@pytest.mark.parametrize(
    ("values", "label"),
    [
        (vocab.CHANNELS, labels.channel),
        (vocab.DIRECTIONS, labels.direction),
        (vocab.REASONS, labels.reason),
        (vocab.STATUSES, labels.status),
        (vocab.PRIORITIES, labels.priority),
        (vocab.ROLES, labels.role),
        (vocab.FEEDBACK_KINDS, labels.kind),
        (vocab.FEEDBACK_KINDS, labels.kind_question),
    ],
)
def test_every_vocabulary_value_has_a_label(values, label, qapp) -> None:  # type: ignore[no-untyped-def]
    shown = [label(value) for value in values]
    assert all(text and text != value for text, value in zip(shown, values, strict=True) if "_" in value)
    assert len(set(shown)) == len(values)
    assert labels.channel("in_person") == "In person"
    assert labels.channel("fax") == "fax"  # unknown values are shown as stored


def test_every_required_icon_exists_and_draws(qapp) -> None:  # type: ignore[no-untyped-def]
    assert set(REQUIRED_ICONS) <= set(icons.names())
    for name in REQUIRED_ICONS:
        image = icons.pixmap(name, 24, "#000000").toImage()
        assert any(image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24)), name
    assert not icons.app_icon().isNull()


def _ink(pixmap) -> QColor:  # type: ignore[no-untyped-def]
    image = pixmap.toImage()
    for y in range(image.height()):
        for x in range(image.width()):
            color = image.pixelColor(x, y)
            if color.alpha() == 255:
                return color
    raise AssertionError("no opaque pixel")


def test_icons_follow_the_palette_and_scale_sharply(qapp) -> None:  # type: ignore[no-untyped-def]
    icon = icons.icon("customers")
    qapp.setPalette(style.palette_for(style.LIGHT))
    dark_ink = _ink(icon.pixmap(32, 32))
    qapp.setPalette(style.palette_for(style.DARK))
    light_ink = _ink(icon.pixmap(32, 32))
    assert dark_ink.lightness() < 80 < 180 < light_ink.lightness()
    hidpi = icon.pixmap(icons.QSize(24, 24), 2.0)
    assert hidpi.width() == 48 and hidpi.devicePixelRatio() == 2.0  # drawn at device size, not scaled up


@pytest.mark.parametrize("ratio", [1.0, 2.0, 3.0])
def test_icons_painted_by_views_are_drawn_at_the_screen_resolution(ratio: float, qapp) -> None:  # type: ignore[no-untyped-def]
    """A list or sidebar paints its icons with ``QIcon.paint``: on a high-DPI screen the icon is rendered
    at device size (sharp), the same pixels as asking for a pixmap at that ratio, not a 1x one blown up."""
    qapp.setPalette(style.palette_for(style.LIGHT))
    icon = icons.icon("customers")
    side = round(24 * ratio)
    canvas = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.setDevicePixelRatio(ratio)
    canvas.fill(0)
    painter = QPainter(canvas)
    icon.paint(painter, QRect(0, 0, 24, 24))
    painter.end()
    expected = icon.pixmap(QSize(24, 24), ratio).toImage().convertToFormat(canvas.format())
    canvas.setDevicePixelRatio(1.0)
    expected.setDevicePixelRatio(1.0)
    assert canvas == expected


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", [style.LIGHT, style.DARK], ids=["light", "dark"])
def test_schemes_are_readable(scheme: style.Scheme) -> None:
    for foreground, background in [
        (scheme.text, scheme.window),
        (scheme.text, scheme.base),
        (scheme.muted, scheme.window),
        (scheme.muted, scheme.card),
        (scheme.error, scheme.window),
        (scheme.highlighted_text, scheme.highlight),
        (scheme.link, scheme.base),
        (scheme.badge_text, scheme.badge),
        (scheme.warning, scheme.window),
    ]:
        assert _contrast(QColor(foreground), QColor(background)) >= 4.5, (foreground, background)


def test_stylesheet_tokens_are_all_filled() -> None:
    for scheme in (style.LIGHT, style.DARK):
        sheet = style.stylesheet(scheme)
        assert "@" not in sheet
        assert scheme.error in sheet


def test_apply_theme_sets_palette_and_stylesheet(qapp) -> None:  # type: ignore[no-untyped-def]
    assert style.apply_theme(qapp, "dark") is style.DARK
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window) == QColor(style.DARK.window)
    assert "#fieldError" in qapp.styleSheet()
    assert style.current_scheme() is style.DARK
    assert style.apply_theme(qapp, "light") is style.LIGHT
