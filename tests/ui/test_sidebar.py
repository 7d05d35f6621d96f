"""The sidebar paints the selected row, the row under the mouse and the focus ring."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest

from ui import icons
from ui.widgets.sidebar import ROW_HEIGHT, Sidebar


def _sidebar(qtbot) -> Sidebar:  # type: ignore[no-untyped-def]
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    for title in ("Today", "Customers", "Contacts"):
        sidebar.add_page(title, icons.icon("today"))
    sidebar.resize(200, 3 * ROW_HEIGHT + 10)
    sidebar.show()
    qtbot.waitExposed(sidebar)
    return sidebar


def _fill(sidebar: Sidebar, row: int) -> QColor:
    """The colour painted near the left edge of ``row``, where neither icon nor text is drawn."""
    image: QImage = sidebar.viewport().grab().toImage()
    rect = sidebar.visualRect(sidebar.model().index(row, 0))
    return image.pixelColor(rect.left() + 9, rect.center().y())


def test_selected_row_is_filled_with_the_highlight(qtbot) -> None:  # type: ignore[no-untyped-def]
    sidebar = _sidebar(qtbot)
    sidebar.setCurrentRow(1)
    highlight = sidebar.palette().color(QPalette.ColorRole.Highlight)
    assert _fill(sidebar, 1) == highlight
    assert _fill(sidebar, 0) != highlight and _fill(sidebar, 2) != highlight
    sidebar.setCurrentRow(2)
    assert _fill(sidebar, 2) == highlight and _fill(sidebar, 1) != highlight


def test_the_row_under_the_mouse_is_tinted_until_the_mouse_leaves(qtbot) -> None:  # type: ignore[no-untyped-def]
    sidebar = _sidebar(qtbot)
    sidebar.setCurrentRow(0)
    plain = _fill(sidebar, 2)
    centre = sidebar.visualRect(sidebar.model().index(2, 0)).center()
    highlight = sidebar.palette().color(QPalette.ColorRole.Highlight)
    QTest.mouseMove(sidebar.viewport(), centre)
    qtbot.waitUntil(lambda: _fill(sidebar, 2) not in (plain, highlight))  # tinted
    QTest.mouseMove(sidebar.viewport(), QPoint(5, sidebar.viewport().height() - 2))  # below the rows
    qtbot.waitUntil(lambda: _fill(sidebar, 2) == plain)


def test_keyboard_focus_draws_a_ring_on_the_current_row_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    sidebar = _sidebar(qtbot)
    sidebar.setCurrentRow(1)
    rect = sidebar.visualRect(sidebar.model().index(1, 0))
    ring_at = QPoint(rect.center().x(), rect.top() + 2 + 3)  # on the ring's top edge, inside the row
    before = sidebar.viewport().grab().toImage().pixelColor(ring_at)
    sidebar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(sidebar.hasFocus)
    after = sidebar.viewport().grab().toImage().pixelColor(ring_at)
    assert after != before
    other = sidebar.visualRect(sidebar.model().index(2, 0))
    image = sidebar.viewport().grab().toImage()
    assert image.pixelColor(QPoint(other.center().x(), other.top() + 5)) == _fill(sidebar, 2)
