"""The QPainter charts: they draw with data, with months that have no data and with nothing at all,
keep gaps as gaps, follow the palette, stay sharp at 2x, and say their values to screen readers."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSize
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette, QRegion
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from ui import style
from ui.widgets.chart_bars import Bar, BarChart, Part, ShareChart
from ui.widgets.chart_line import TrendChart, TrendPoint
from ui.widgets.charts import ChartWidget, chart_colors

BACKGROUND = QColor("#fefefe")
SIZE = QSize(420, 220)


def render(chart: QWidget, scale: float = 1.0, background: QColor = BACKGROUND) -> QImage:
    chart.resize(SIZE)
    image = QImage(round(SIZE.width() * scale), round(SIZE.height() * scale), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(background)
    chart.render(image, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)  # no window background
    return image


def histogram(image: QImage) -> Counter[int]:
    """How many pixels of each colour (0xAARRGGBB) the image holds."""
    converted = image.convertToFormat(QImage.Format.Format_ARGB32)
    return Counter(memoryview(converted.constBits()).cast("I"))


def near(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def count_near(image: QImage, color: QColor, tolerance: int) -> int:
    return sum(n for value, n in histogram(image).items() if near(QColor.fromRgba(value), color, tolerance))


def painted(image: QImage) -> int:
    """Pixels that differ from the background."""
    return image.width() * image.height() - histogram(image)[BACKGROUND.rgba()]


def months(values: list[float | None]) -> list[TrendPoint]:
    names = ["January", "February", "March", "April", "May", "June", "July"]
    names += ["August", "September", "October", "November", "December"]
    return [
        TrendPoint(
            names[i % 12][:3],
            "2026",
            f"{names[i % 12]} 2026",
            value,
            "" if value is None else f"{value:.1f}%",
            "" if value is None else "4 responses",
        )
        for i, value in enumerate(values)
    ]


def csat_chart(qtbot) -> TrendChart:  # type: ignore[no-untyped-def]
    chart = TrendChart("CSAT %", minimum=0, maximum=100, step=25, unit="%")
    qtbot.addWidget(chart)
    return chart


def test_a_trend_draws_its_line_markers_and_axes(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = csat_chart(qtbot)
    chart.set_points(months([80.0, 85.5, 70.0, 90.0]), selected=3)
    image = render(chart)
    series = chart_colors(chart.palette()).series
    assert count_near(image, series, 20) > 100  # the line and markers
    assert painted(image) > 500
    assert chart.accessibleName() == "CSAT %"
    assert chart.accessibleDescription() == (
        "January 2026: 80.0%; February 2026: 85.5%; March 2026: 70.0%; April 2026: 90.0%"
    )
    assert chart.hit_text(QPointF(SIZE.width() - 20, SIZE.height() / 2)) == "April 2026: 90.0% (4 responses)"


def test_a_month_without_data_is_a_gap_not_a_zero(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = csat_chart(qtbot)
    chart.set_points(months([50.0, None, 50.0]), selected=2)
    image = render(chart)
    series = chart_colors(chart.palette()).series
    left, right = chart.hit_rect(0), chart.hit_rect(2)
    middle = round((chart.hit_rect(1).left() + chart.hit_rect(1).right()) / 2)
    assert left.right() < middle < right.left()
    column = [image.pixelColor(middle, y) for y in range(image.height())]
    assert not any(near(color, series, 30) for color in column)  # no line across, no marker at 0
    assert any(near(image.pixelColor(round(left.center().x()), y), series, 30) for y in range(image.height()))
    assert "February 2026: no data" in chart.accessibleDescription()
    assert chart.hit_text(chart.hit_rect(1).center()) == "February 2026: no data"


def test_a_trend_with_no_data_says_so_inside_the_chart(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = csat_chart(qtbot)
    chart.set_empty_text("No CSAT responses in these 12 months")
    chart.set_points(months([None] * 12), selected=11)
    assert chart.is_empty()
    image = render(chart)
    assert painted(image) > 200  # axes, month labels and the message
    series = chart_colors(chart.palette()).series
    assert count_near(image, series, 10) == 0
    assert chart.accessibleDescription().startswith("January 2026: no data;")
    chart.set_points([])
    assert painted(render(chart)) > 50  # just the message
    assert chart.accessibleDescription() == "No CSAT responses in these 12 months"


def test_a_negative_range_and_values_outside_it_draw(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = TrendChart("NPS", minimum=-100, maximum=100, step=50)
    qtbot.addWidget(chart)
    chart.set_points(months([-100.0, 0.0, 100.0, 250.0]), selected=None)
    assert painted(render(chart)) > 500
    with pytest.raises(ValueError):
        TrendChart("bad", minimum=5, maximum=5, step=1)


def test_bars_show_each_label_and_count(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = BarChart("Contacts per channel")
    qtbot.addWidget(chart)
    chart.set_bars([Bar("Phone", 30, "30 · 75.0%"), Bar("Email", 10, "10 · 25.0%"), Bar("SMS", 0, "0")])
    image = render(chart)
    series = chart_colors(chart.palette()).series
    assert count_near(image, series, 10) > 300
    assert chart.accessibleDescription() == "Phone: 30 · 75.0%; Email: 10 · 25.0%; SMS: 0"
    assert chart.sizeHint().height() >= 3 * 24


def test_all_zero_bars_show_the_empty_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = BarChart("Contacts per channel")
    qtbot.addWidget(chart)
    chart.set_empty_text("No contacts in this month")
    chart.set_bars([Bar("Phone", 0, "0"), Bar("Email", 0, "0")])
    assert chart.is_empty()
    image = render(chart)
    series = chart_colors(chart.palette()).series
    assert painted(image) > 50
    assert count_near(image, series, 10) == 0
    assert chart.accessibleDescription() == "No contacts in this month"
    chart.set_bars([])
    assert painted(render(chart)) > 50


def test_share_chart_parts_legend_and_empty_state(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = ShareChart("Promoters, passives and detractors")
    qtbot.addWidget(chart)
    chart.set_parts(
        [
            Part("Promoters (9–10)", 6, "good", "6 · 60.0%", "60%"),
            Part("Passives (7–8)", 1, "neutral", "1 · 10.0%", "10%"),
            Part("Detractors (0–6)", 3, "bad", "3 · 30.0%", "30%"),
        ]
    )
    image = render(chart)
    colors = chart_colors(chart.palette())
    for tone in (colors.good, colors.neutral, colors.bad):
        assert count_near(image, tone, 12) > 50
    assert chart.accessibleDescription() == (
        "Promoters (9–10): 6 · 60.0%; Passives (7–8): 1 · 10.0%; Detractors (0–6): 3 · 30.0%"
    )
    chart.set_parts([Part("Promoters (9–10)", 0, "good", "0"), Part("Detractors (0–6)", 0, "bad", "0")])
    assert chart.is_empty() and painted(render(chart)) > 50


def test_charts_follow_the_palette_and_stay_sharp_at_2x(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = csat_chart(qtbot)
    chart.set_points(months([60.0, 70.0, 80.0]), selected=2)
    chart.setPalette(style.palette_for(style.LIGHT))
    light = chart_colors(chart.palette())
    chart.setPalette(style.palette_for(style.DARK))
    dark = chart_colors(chart.palette())
    assert light.series != dark.series and light.text != dark.text
    assert dark.text.lightness() > 180 and light.text.lightness() < 80
    assert dark.good == QColor(style.DARK.success) and light.bad == QColor(style.LIGHT.error)
    image = render(chart, scale=2.0, background=QColor(style.DARK.card))
    assert image.width() == 2 * SIZE.width()
    assert count_near(image, dark.series, 20) > 400  # drawn at device size


@pytest.mark.parametrize("cls", [BarChart, ShareChart])
def test_a_chart_with_nothing_set_paints_its_empty_text(cls: type[ChartWidget], qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = cls("Empty")
    qtbot.addWidget(chart)
    assert chart.is_empty()
    assert painted(render(chart)) > 50
    assert chart.accessibleDescription() == chart.empty_text()


def test_chart_colors_pick_the_dark_scheme_for_a_dark_palette(qapp) -> None:  # type: ignore[no-untyped-def]
    palette = QPalette(style.palette_for(style.DARK))
    colors = chart_colors(palette)
    assert colors.surface == QColor(style.DARK.card)
    assert colors.muted == palette.color(QPalette.ColorRole.PlaceholderText)


# The offscreen platform (headless tests) cannot raise the tooltip window and says so; real ones can.
@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")
def test_hovering_a_month_shows_its_value(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = csat_chart(qtbot)
    chart.set_points(months([80.0, None, 90.0]), selected=2)
    chart.resize(SIZE)
    chart.show()
    qtbot.waitExposed(chart)
    for index, expected in ((0, "January 2026: 80.0% (4 responses)"), (1, "February 2026: no data")):
        centre = chart.hit_rect(index).center().toPoint()
        QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, centre, chart.mapToGlobal(centre)))
        qtbot.waitUntil(lambda text=expected: QToolTip.isVisible() and QToolTip.text() == text)
    QToolTip.hideText()


def test_a_right_to_left_chart_is_mirrored_but_its_text_is_not(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    images, charts = [], []
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        chart = BarChart("Contacts per channel")
        qtbot.addWidget(chart)
        chart.setLayoutDirection(direction)
        chart.set_bars([Bar("Phone", 30, "30"), Bar("Email", 10, "10")])
        images.append(render(chart))
        charts.append(chart)
    series = chart_colors(charts[0].palette()).series

    def bar_columns(image: QImage) -> list[int]:
        row = image.height() // 2 - 8  # through the first bar
        return [x for x in range(image.width()) if near(image.pixelColor(x, row), series, 10)]

    ltr, rtl = bar_columns(images[0]), bar_columns(images[1])
    assert ltr and rtl
    assert abs((SIZE.width() - 1 - max(rtl)) - min(ltr)) <= 2  # the bar starts at the mirrored place
    assert min(rtl) < SIZE.width() / 2 < min(ltr) + SIZE.width() / 2
    # the text reads the same: the mirrored image differs from a pixel flip (the labels are not flipped)
    assert images[1] != images[0].flipped(Qt.Orientation.Horizontal)
    # tooltips follow the marks
    assert charts[1].hit_text(QPointF(SIZE.width() - 5, SIZE.height() / 2 - 8)).startswith("Phone")


def test_a_right_to_left_trend_runs_from_the_right(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    chart = csat_chart(qtbot)
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    chart.set_points(months([80.0, 85.5, 70.0, 90.0]), selected=3)
    chart.resize(SIZE)
    assert chart.hit_rect(0).left() > chart.hit_rect(3).left()  # the first month at the right
    assert chart.hit_text(chart.hit_rect(0).center()).startswith("January")
    assert chart.hit_text(QPointF(20, SIZE.height() / 2)) == "April 2026: 90.0% (4 responses)"


def test_axis_numbers_keep_their_sign_in_front_right_to_left(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = TrendChart("NPS", minimum=-100, maximum=100, step=50)
    qtbot.addWidget(chart)
    labels = [text for _value, text in chart._y_labels()]
    assert labels[0] == "\u200e\u2212100"  # a left-to-right mark: "−100" also in an Arabic window
