"""Vector charts for the PDF (reportlab.graphics shapes), readable when printed in black and white.

Every bar and point carries its value as a direct label; series differ by grey level, hatching and
marker rather than by colour alone. Months without data are gaps marked "n/a", never zeros.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors

from carebook.i18n import _
from carebook.i18n import current as language
from carebook.reports import direction
from carebook.reports.figures import signed
from carebook.reports.fonts import BOLD, REGULAR, string_width
from carebook.reports.rtl import visual

INK = colors.black
DARK = colors.Color(0.25, 0.25, 0.25)
MID = colors.Color(0.55, 0.55, 0.55)
LIGHT = colors.Color(0.8, 0.8, 0.8)
FAINT = colors.Color(0.9, 0.9, 0.9)
LABEL_SIZE = 6.5
AXIS_SIZE = 6.5


def _drawing(width: float, height: float) -> Drawing:
    """An empty chart whose graphics state starts in the embedded font (reportlab's default is
    Helvetica, which the PDF would name without embedding it)."""
    drawing = Drawing(width, height)
    # reportlab's renderer starts the graphics state from a drawing's ``initial*`` attributes
    drawing.initialFontName = REGULAR  # type: ignore[attr-defined]  # not in types-reportlab
    return drawing


def _box(x: float, y: float, width: float, height: float, fill: colors.Color, stroke: float) -> Rect:
    """A filled rectangle outlined in ink."""
    # Ignored: types-reportlab 5.0 types Rect's **kw as the TypedDict itself, not as Unpack[...] of it
    return Rect(x, y, width, height, fillColor=fill, strokeColor=INK, strokeWidth=stroke)  # type: ignore[arg-type]


def _text(
    x: float,
    y: float,
    text: str,
    *,
    size: float = LABEL_SIZE,
    anchor: Literal["start", "middle", "end"] = "middle",
    bold: bool = False,
    color: colors.Color = INK,
) -> String:
    return String(
        x,
        y,
        visual(text),
        fontName=BOLD if bold else REGULAR,
        fontSize=size,
        textAnchor=anchor,
        fillColor=color,
    )


def _month_labels(drawing: Drawing, labels: Sequence[tuple[str, str]], x_of: list[float], y: float) -> None:
    for x, (month, year) in zip(x_of, labels, strict=True):
        drawing.add(_text(x, y, month, size=AXIS_SIZE))
        if year:
            drawing.add(_text(x, y - AXIS_SIZE - 1.5, year, size=AXIS_SIZE, color=DARK))


def _frame(width: float, height: float, n: int) -> tuple[float, float, float, float, list[float]]:
    """Plot area (left, bottom, right, top) and the x centre of each of ``n`` slots."""
    left, bottom, right, top = 34.0, 20.0, width - 6.0, height - 10.0
    slot = (right - left) / n
    return left, bottom, right, top, [left + slot * (i + 0.5) for i in range(n)]


def _grid(
    drawing: Drawing,
    left: float,
    right: float,
    ticks: Sequence[tuple[float, str]],
    emphasise: float | None = None,
) -> None:
    for y, label in ticks:
        strong = emphasise is not None and abs(y - emphasise) < 0.01
        drawing.add(
            Line(left, y, right, y, strokeColor=DARK if strong else LIGHT, strokeWidth=0.8 if strong else 0.4)
        )
        drawing.add(_text(left - 4, y - 2.2, label, size=AXIS_SIZE, anchor="end", color=DARK))


def trend_line(
    values: Sequence[float | None],
    labels: Sequence[tuple[str, str]],
    *,
    width: float,
    height: float,
    low: float,
    high: float,
    step: float,
    unit: str = "",
) -> Drawing:
    """A line over the months with a gap (and "n/a") where a month has no data; the last month,
    the report's own, has a larger filled marker."""
    drawing = _drawing(width, height)
    left, bottom, right, top, xs = _frame(width, height, len(values))

    def y_of(value: float) -> float:
        return bottom + (value - low) / (high - low) * (top - bottom)

    ticks = []
    tick = low
    while tick <= high + 1e-9:
        label = language().percent(tick, 0) if unit == "%" else language().count(int(tick))
        ticks.append((y_of(tick), signed(label)))
        tick += step
    _grid(drawing, left, right, ticks, emphasise=y_of(0) if low < 0 < high else None)
    run: list[float] = []
    for x, value in [*zip(xs, values, strict=True), (0.0, None)]:
        if value is None:
            if len(run) >= 4:
                drawing.add(PolyLine(run, strokeColor=DARK, strokeWidth=1.4))
            run = []
        else:
            run += [x, y_of(value)]
    for index, (x, value) in enumerate(zip(xs, values, strict=True)):
        if value is None:
            drawing.add(_text(x, bottom + 3, _("n/a"), color=DARK))
            continue
        y = y_of(value)
        last = index == len(values) - 1
        drawing.add(
            Circle(
                x,
                y,
                3.0 if last else 2.2,
                fillColor=INK if last else colors.white,
                strokeColor=INK,
                strokeWidth=0.9,
            )
        )
        label_y = y + 5 if y + 12 < top + 8 else y - 10
        drawing.add(_text(x, label_y, signed(language().decimal(value, 0)), bold=last))
    _month_labels(drawing, labels, xs, bottom - 9)
    return direction.drawing(drawing)


def _nice_max(value: int) -> tuple[int, int]:
    """An axis maximum >= value and a tick step giving about four gridlines."""
    if value <= 4:
        return 4, 1
    raw = value / 4
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        step = int(factor * magnitude) or 1
        if step >= raw:
            return step * 4, step
    return int(10 * magnitude) * 4, int(10 * magnitude)


def trend_bars(
    values: Sequence[int], labels: Sequence[tuple[str, str]], *, width: float, height: float
) -> Drawing:
    """Vertical bars per month with the count above each; the report's month in dark grey."""
    drawing = _drawing(width, height)
    left, bottom, right, top, xs = _frame(width, height, len(values))
    high, step = _nice_max(max(values, default=0))
    ticks = [(bottom + t / high * (top - bottom), language().count(t)) for t in range(0, high + 1, step)]
    _grid(drawing, left, right, ticks)
    bar = (right - left) / len(values) * 0.6
    for index, (x, value) in enumerate(zip(xs, values, strict=True)):
        last = index == len(values) - 1
        h = value / high * (top - bottom)
        drawing.add(_box(x - bar / 2, bottom, bar, h, DARK if last else LIGHT, 0.4))
        drawing.add(_text(x, bottom + h + 2.5, language().count(value), bold=last))
    drawing.add(Line(left, bottom, right, bottom, strokeColor=INK, strokeWidth=0.6))
    _month_labels(drawing, labels, xs, bottom - 9)
    return direction.drawing(drawing)


def horizontal_bars(items: Sequence[tuple[str, int]], *, width: float, row: float = 13.0) -> Drawing:
    """One labelled bar per item with "count (share %)" after it; zero rows keep their label."""
    total = sum(count for _label, count in items)
    label_width = (
        max((string_width(label, REGULAR, LABEL_SIZE + 0.5) for label, _count in items), default=0) + 6
    )
    value_width = 58.0
    height = row * len(items) + 4
    drawing = _drawing(width, height)
    left, right = label_width, width - value_width
    biggest = max((count for _label, count in items), default=0) or 1
    for index, (label, count) in enumerate(items):
        y = height - (index + 1) * row
        drawing.add(_text(left - 5, y + row * 0.3, label, size=LABEL_SIZE + 0.5, anchor="end"))
        length = count / biggest * (right - left)
        if count:
            drawing.add(_box(left, y + 2, length, row - 5, MID, 0.4))
        text = language().count(count)
        if total:
            text = _("{0} ({1})").format(text, language().percent(100 * count / total, 0))
        drawing.add(_text(left + length + 4, y + row * 0.3, text, anchor="start"))
    drawing.add(Line(left, 2, left, height - 2, strokeColor=INK, strokeWidth=0.6))
    return direction.drawing(drawing)


def _hatch(x: float, y: float, w: float, h: float, gap: float = 3.0) -> Group:
    group = Group()
    position = x + gap / 2
    while position < x + w:
        group.add(Line(position, y, position, y + h, strokeColor=DARK, strokeWidth=0.5))
        position += gap
    return group


def nps_breakdown(promoters: int, passives: int, detractors: int, *, width: float) -> Drawing:
    """One stacked bar of promoters (dark), passives (hatched) and detractors (light), with a legend
    giving each group's count and share."""
    height = 44.0
    drawing = _drawing(width, height)
    total = promoters + passives + detractors
    parts = (
        (_("Promoters (9-10)"), promoters, DARK, False),
        (_("Passives (7-8)"), passives, colors.white, True),
        (_("Detractors (0-6)"), detractors, FAINT, False),
    )
    x, bar_y, bar_h = 0.0, 24.0, 14.0
    for _label, count, fill, hatched in parts:
        w = width * count / total if total else 0
        if w > 0:
            drawing.add(_box(x, bar_y, w, bar_h, fill, 0.6))
            if hatched:
                drawing.add(_hatch(x, bar_y, w, bar_h))
        x += w
    column = width / 3
    for index, (label, count, fill, hatched) in enumerate(parts):
        lx = index * column
        drawing.add(_box(lx, 6, 10, 10, fill, 0.6))
        if hatched:
            drawing.add(_hatch(lx, 6, 10, 10))
        share = language().percent(100 * count / total, 0) if total else _("n/a")
        text = _("{0}: {1} ({2})").format(label, language().count(count), share)
        drawing.add(_text(lx + 14, 8, text, size=7.5, anchor="start"))
    return direction.drawing(drawing)
