"""Column widths from what the columns hold: ``content_width(view, column)`` is the width the header and
the rows in view need; ``fit_to_contents(view, caps=...)`` gives each column that width (up to its cap,
at least ``LEAST``), leaving a column that stretches alone. Pages call it once, on their first rows,
when the table has no widths remembered (``Page.remember_header`` keeps them per table in LocalState).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

LEAST = 40
PAD = 6  # a little air after the longest text
MOST_ROWS = 60  # rows measured at most: those in view (Qt's own measure reads up to 1,000 rows)


def content_width(view: QTableView, column: int) -> int:
    """The width the column's title and its rows in view need (only they are read: a lazy model loads no
    other page for it)."""
    header = view.horizontalHeader()
    title = _title_width(header, column)
    model = view.model()
    rows = model.rowCount() if model is not None else 0
    first = max(0, view.rowAt(0))
    last = view.rowAt(view.viewport().height() - 1)
    last = min(rows - 1 if last < 0 else last, first + MOST_ROWS - 1)
    widest = max(
        (view.sizeHintForIndex(model.index(row, column)).width() for row in range(first, last + 1)),
        default=0,
    )
    return max(title, widest) + PAD


def _title_width(header: QHeaderView, column: int) -> int:
    """The header's words, with room for the sort arrow only on the column sorted by (Qt keeps that
    room on every column, which makes a column of short numbers wide)."""
    model = header.model()
    text = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model is not None else ""
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    width = header.fontMetrics().horizontalAdvance(text) + 4 * margin
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
        width += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
    return width


def fit_to_contents(view: QTableView, caps: Mapping[int, int] | None = None) -> None:
    header = view.horizontalHeader()
    for column in range(header.count()):
        fixed_by_qt = header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive
        if header.isSectionHidden(column) or fixed_by_qt:
            continue
        width = content_width(view, column)
        if caps and column in caps:
            width = min(width, caps[column])
        header.resizeSection(column, max(LEAST, width))
