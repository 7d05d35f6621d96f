"""Accessible (issue 20): every focusable control of every page and dialog has a name a screen reader
can say, labels are buddies of their fields, colour is never the only signal, and the focus ring shows
in the light and the dark palette."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tests.ui.screenshots import SHOTS, Harness
from ui import style
from ui.focus_style import RING, FocusStyle


def _describe(widget: QWidget) -> str:
    parents = []
    parent = widget.parentWidget()
    while parent is not None and len(parents) < 3:
        parents.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {widget.objectName()!r} {text!r} in {' < '.join(parents)}"


def unnamed_controls(root: QWidget) -> list[str]:
    """Every control under ``root`` that Tab can reach and a screen reader cannot name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if not widget.isEnabled() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None:
            continue  # the focus goes to the proxy, checked on its own
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not name.strip():
            missing.append(_describe(widget))
    return missing


def labels_without_buddies(root: QWidget) -> list[str]:
    """Labels of form rows that do not name their field (a screen reader then says nothing, and the
    underlined letter moves the focus nowhere)."""
    lonely = []
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = label.widget() if label is not None else None
            if isinstance(widget, QLabel) and widget.text() and field is not None and widget.buddy() is None:
                lonely.append(_describe(widget))
    return lonely


@pytest.fixture
def harness(qapp: QApplication, data_dir: Path) -> Iterator[Harness]:
    from carebook.shop import close_shop

    h = Harness(qapp, data_dir)
    try:
        yield h
    finally:
        h.close_dialogs()
        h.window.close()
        h.window.shutdown()
        close_shop()
        h.window.deleteLater()  # no hidden main window is left for the next test to find
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_every_focusable_control_of_every_page_and_dialog_has_a_name(harness: Harness) -> None:
    """The pages and dialogs of ``make screenshots`` (tests/ui/screenshots.py), in every state listed."""
    missing: dict[str, list[str]] = {}
    lonely: dict[str, list[str]] = {}
    seen = 0
    for shot in SHOTS:
        widget = shot.factory(harness)
        if widget is None:
            continue
        harness.settle()
        seen += 1
        if found := unnamed_controls(widget):
            missing[shot.name] = found
        if found := labels_without_buddies(widget):
            lonely[shot.name] = found
        harness.close_dialogs()
        harness.window.search_box.clear()
    assert seen > 50
    assert missing == {}
    assert lonely == {}


def test_the_check_finds_a_control_without_a_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    named = QPushButton("Save")
    icon_only = QToolButton()
    icon_only.setObjectName("mystery")
    icon_only.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    layout.addWidget(named)
    layout.addWidget(icon_only)
    assert unnamed_controls(box) == [f"QToolButton 'mystery' '' in {type(box).__name__}"]
    icon_only.setAccessibleName("Delete")
    assert unnamed_controls(box) == []


# -- the focus ring -----------------------------------------------------------------------------------


def _ring_contrast(image: QImage, colour: QColor) -> int:
    """How many pixels of ``colour`` (give or take) the picture has."""
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red()) < 40
                and abs(pixel.green() - colour.green()) < 40
                and abs(pixel.blue() - colour.blue()) < 40
            ):
                count += 1
    return count


@pytest.mark.parametrize("palette", ["light", "dark"])
@pytest.mark.parametrize("kind", ["push", "tool", "radio", "check", "cell"])
def test_the_focused_control_has_a_clear_ring(qapp: QApplication, qtbot, palette: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    qapp.setStyle(FocusStyle())
    scheme = style.apply_theme(qapp, palette)
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    control: QWidget
    if kind == "push":
        control = QPushButton("Save")
    elif kind == "tool":
        control = QToolButton()
        control.setText("Log contact")  # type: ignore[attr-defined]
        control.setAutoRaise(True)  # type: ignore[attr-defined]
        control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    elif kind == "radio":
        control = QRadioButton("Inbound")
    elif kind == "check":
        control = QCheckBox("Resolved")
    else:
        control = QTableWidget(2, 2)
        for row in range(2):
            for column in range(2):
                control.setItem(row, column, QTableWidgetItem(f"cell {row} {column}"))  # type: ignore[attr-defined]
    other = QPushButton("Other")
    layout.addWidget(control)
    layout.addWidget(other)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    if isinstance(control, QTableWidget):
        control.setCurrentCell(0, 1)
        control.clearSelection()  # the ring on a cell that is not selected, in the highlight colour
    ring = QColor(scheme.highlight)
    other.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    without = _ring_contrast(control.grab().toImage(), ring)
    control.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    image = control.grab().toImage()
    with_focus = _ring_contrast(image, ring)
    # at least a ring of RING pixels around a text of some 40 by 12 pixels: clearly more than without
    assert with_focus - without >= RING * 2 * (40 + 12), (kind, palette, without, with_focus)
    assert image.pixelColor(QPoint(0, 0)).isValid()


# -- colour is never the only signal ------------------------------------------------------------------


def test_what_a_colour_marks_in_the_customers_table_has_an_icon_and_words(db, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon

    from carebook.services import customers, feedback
    from ui.models.customers_model import COLUMNS, CustomersModel

    unhappy = customers.create("Una Happy", phone="12345").row
    happy = customers.create("Hap Py", phone="020 7946 0018").row
    feedback.record(unhappy.id, kind="csat", score=1)
    feedback.record(happy.id, kind="nps", score=10)
    model = CustomersModel()
    model.region = "GB"
    model.set_loader(lambda o, n, s, d: customers.list_customers(offset=o, limit=n, sort=s, descending=d))
    model.reload()
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}

    def cell(name: str, column: str, role: Qt.ItemDataRole) -> object:
        return model.index(rows[name], COLUMNS.index(column)).data(role)

    decoration, words = Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.AccessibleTextRole
    assert cell("Una Happy", "last_score", Qt.ItemDataRole.ForegroundRole) is not None  # the colour...
    assert isinstance(cell("Una Happy", "last_score", decoration), QIcon)  # ...an icon...
    assert cell("Una Happy", "last_score", words) == "CSAT 1, a low score"  # ...and words
    assert "(a low score)" in str(cell("Una Happy", "last_score", Qt.ItemDataRole.ToolTipRole))
    assert cell("Hap Py", "last_score", words) == "NPS 10, a high score"
    assert isinstance(cell("Hap Py", "last_score", decoration), QIcon)
    assert isinstance(cell("Una Happy", "phone", decoration), QIcon)
    assert cell("Una Happy", "phone", words) == "12345, not a valid number"
    assert cell("Hap Py", "phone", decoration) is None and cell("Hap Py", "phone", words) == "020 7946 0018"
