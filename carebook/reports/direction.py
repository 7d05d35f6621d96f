"""The report in a right-to-left language (``carebook.i18n.Language.right_to_left``, Arabic): text aligned
to the right, tables whose first column is at the right, and Carebook's own words in table cells put in
visual order (``rtl.visual``; paragraphs get it through ``fonts.markup``).

``table(rows, widths, style)`` builds every table of the report: in a left-to-right language it is
reportlab's Table as it stands; in a right-to-left one the columns are reversed, every style command's
columns with them, and "left" and "right" alignments swapped (a column of numbers keeps to the side of
the text it follows). ``mirrored(alignment)`` does the same for a paragraph style's alignment, and
``drawing(chart)`` mirrors a chart's geometry (not its text).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.platypus import Table, TableStyle

from carebook.i18n import current as language
from carebook.reports.rtl import visual

_SWAP = {"LEFT": "RIGHT", "RIGHT": "LEFT"}


def right_to_left() -> bool:
    return language().right_to_left


def mirrored(alignment: int) -> int:
    """A paragraph alignment for the report's language: left becomes right in a right-to-left one."""
    if not right_to_left():
        return alignment
    return {TA_LEFT: TA_RIGHT, TA_RIGHT: TA_LEFT}.get(alignment, alignment)


def _column(index: int, count: int) -> int:
    return count - 1 - (index + count if index < 0 else index)


def _mirror_command(command: tuple[Any, ...], count: int) -> tuple[Any, ...]:
    name, start, end, *rest = command
    first, last = _column(end[0], count), _column(start[0], count)
    if name == "ALIGN" and rest:
        rest = [_SWAP.get(str(rest[0]).upper(), rest[0]), *rest[1:]]
    return (name, (first, start[1]), (last, end[1]), *rest)


def _cell(value: Any) -> Any:
    return visual(value) if isinstance(value, str) else value


def table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    style: TableStyle | Sequence[tuple[Any, ...]],
    **options: Any,
) -> Table:
    """A Table of ``rows`` in ``widths``, read in the report's language's direction."""
    commands = list(style.getCommands() if isinstance(style, TableStyle) else style)
    if not right_to_left():
        return Table([list(row) for row in rows], colWidths=list(widths), style=commands, **options)
    count = len(widths)
    flipped = [("ALIGN", (0, 0), (-1, -1), "RIGHT"), *(_mirror_command(c, count) for c in commands)]
    cells = [[_cell(value) for value in reversed(row)] for row in rows]
    return Table(cells, colWidths=list(reversed(widths)), style=flipped, **options)


def restyle(table_: Table, commands: Sequence[tuple[Any, ...]]) -> None:
    """More style commands for a table made by ``table`` (mirrored like its own)."""
    count = len(table_._colWidths)  # type: ignore[attr-defined]  # reportlab keeps the widths there
    table_.setStyle([_mirror_command(c, count) for c in commands] if right_to_left() else list(commands))


def drawing(chart: Drawing) -> Drawing:
    """A chart as the report's language reads it: in a right-to-left one mirrored left for right (bars
    grow to the left, the months run from the right, labels end where they began), its text unmirrored."""
    if right_to_left():
        for shape in chart.contents:
            _mirror_shape(shape, float(chart.width))
    return chart


def _mirror_shape(shape: Any, width: float) -> None:
    if isinstance(shape, Group):
        for inner in shape.contents:
            _mirror_shape(inner, width)
    elif isinstance(shape, Rect):
        shape.x = width - shape.x - shape.width
    elif isinstance(shape, String):
        shape.x = width - shape.x
        anchor = shape.textAnchor
        shape.textAnchor = "end" if anchor == "start" else "start" if anchor == "end" else anchor
    elif isinstance(shape, Line):
        shape.x1, shape.x2 = width - shape.x1, width - shape.x2
    elif isinstance(shape, Circle):
        shape.cx = width - shape.cx
    elif isinstance(shape, PolyLine | Polygon):
        points = shape.points
        shape.points = [width - value if index % 2 == 0 else value for index, value in enumerate(points)]
