"""A PDF shown in the window (QtPdf's ``QPdfView``) with zoom and page controls.

    viewer = PdfViewer(parent)
    viewer.load_bytes(data, keep_position=False) -> bool   show a PDF held in memory
    viewer.clear()
    viewer.document                 the QPdfDocument (print it with ui.pdf_printing)
    viewer.page_count(), viewer.current_page()             0-based current page
    viewer.go_to_page(index)
    viewer.zoom_in(), zoom_out(), fit_width(), fit_page(); zoom_mode() -> "fit_width" | "fit_page" | "custom"
    viewer.set_zoom_mode(name, factor=1.0)
    viewer.controls                 a widget with  [−] 100% [+] [fit width] [fit page]  ◀ Page 3 of 12 ▶
                                    for the caller to place (usually in its toolbar row)

The bytes live in a ``QBuffer`` kept as long as the document uses it. ``zoom_changed(mode, factor)``
tells the owner to remember the zoom. ``view`` takes the keyboard focus (arrows, Page Up/Down scroll);
every control is a focusable button or spin box with an accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QAbstractSpinBox, QHBoxLayout, QLabel, QSpinBox, QToolButton, QWidget

from ui import icons

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
translate = QCoreApplication.translate


class PdfViewer(QWidget):
    zoom_changed = Signal(str, float)  # "fit_width" | "fit_page" | "custom", factor
    page_changed = Signal(int, int)  # current page (0-based), page count

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfViewer")
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._showing_page = False
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(translate("PdfViewer", "Report preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocumentMargins(self.view.documentMargins() * 2)
        self.view.setPageSpacing(12)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        self.controls = QWidget(self)
        self.controls.setObjectName("pdfControls")
        row = QHBoxLayout(self.controls)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.zoom_out_button = self._button(
            "zoom-out", translate("PdfViewer", "Zoom out"), "Ctrl+-", self.zoom_out
        )
        self.zoom_label = QLabel("", self.controls)
        self.zoom_label.setObjectName("pdfZoomLabel")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("8888%") + 8)
        self.zoom_in_button = self._button(
            "zoom-in", translate("PdfViewer", "Zoom in"), "Ctrl++", self.zoom_in
        )
        self.fit_width_button = self._button(
            "fit-width", translate("PdfViewer", "Fit to width"), "", self.fit_width
        )
        self.fit_page_button = self._button(
            "fit-page", translate("PdfViewer", "Whole page"), "", self.fit_page
        )
        for button in (self.fit_width_button, self.fit_page_button):
            button.setCheckable(True)
        self.previous_page_button = self._button(
            "previous", translate("PdfViewer", "Previous page"), "", self.previous_page
        )
        self.page_spin = QSpinBox(self.controls)
        self.page_spin.setObjectName("pdfPageSpin")
        self.page_spin.setAccessibleName(translate("PdfViewer", "Page number"))
        self.page_spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.page_spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setRange(0, 0)
        self.page_spin.setPrefix(translate("PdfViewer", "Page "))
        self.next_page_button = self._button("next", translate("PdfViewer", "Next page"), "", self.next_page)
        widget: QWidget
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            row.addWidget(widget)
        row.addSpacing(4)
        row.addWidget(self.fit_width_button)
        row.addWidget(self.fit_page_button)
        row.addSpacing(12)
        for widget in (self.previous_page_button, self.page_spin, self.next_page_button):
            row.addWidget(widget)

        self.page_spin.valueChanged.connect(self._page_typed)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self.document.pageCountChanged.connect(self._show_page)
        self.view.zoomModeChanged.connect(self._show_zoom)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self._show_page()
        self._show_zoom()

    def _button(self, icon_name: str, text: str, shortcut: str, slot) -> QToolButton:  # type: ignore[no-untyped-def]
        button = QToolButton(self.controls)
        button.setObjectName("pdfControl")
        button.setIcon(icons.icon(icon_name))
        button.setIconSize(QSize(18, 18))
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAccessibleName(text)
        button.setToolTip(f"{text} ({shortcut})" if shortcut else text)
        button.clicked.connect(slot)
        return button

    # -- document --------------------------------------------------------------------------------
    def load_bytes(self, data: bytes, *, keep_position: bool = False) -> bool:
        """Show the PDF ``data``; with ``keep_position`` stay on the same page. False when unreadable."""
        page = self.current_page() if keep_position else 0
        old = self._buffer
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer  # the document reads from it for as long as it is open
        self.document.load(buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        ready = self.document.status() == QPdfDocument.Status.Ready and self.document.pageCount() > 0
        if ready:
            self.go_to_page(min(page, self.document.pageCount() - 1))
        self._show_page()
        return ready

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._show_page()

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    # -- pages -----------------------------------------------------------------------------------
    def go_to_page(self, index: int) -> None:
        count = self.page_count()
        if count <= 0:
            return
        index = min(max(index, 0), count - 1)
        navigator = self.view.pageNavigator()
        if index != navigator.currentPage() or not navigator.currentLocation().isNull():
            navigator.jump(index, QPointF(), navigator.currentZoom())
        self._show_page()

    def _page_typed(self, value: int) -> None:
        if value > 0 and not self._showing_page:
            self.go_to_page(value - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def _show_page(self, *_args: object) -> None:
        count = self.page_count()
        current = self.current_page() if count else -1
        self._showing_page = True
        try:
            self.page_spin.setSpecialValueText(
                "" if count else translate("PdfViewer", "No pages")
            )  # shown at the minimum
            self.page_spin.setRange(1 if count else 0, max(count, 0))
            self.page_spin.setSuffix(translate("PdfViewer", " of {0}").format(count) if count else "")
            self.page_spin.setValue(current + 1 if count else 0)
        finally:
            self._showing_page = False
        width = self.page_spin.fontMetrics().horizontalAdvance(
            translate("PdfViewer", "Page ")
            + str(max(count, 1))
            + translate("PdfViewer", " of {0}").format(max(count, 1))
        )
        self.page_spin.setMinimumWidth(width + 20)
        self.page_spin.setEnabled(count > 1)
        self.previous_page_button.setEnabled(count > 0 and current > 0)
        self.next_page_button.setEnabled(count > 0 and current < count - 1)
        self.fit_width_button.setEnabled(count > 0)
        self.fit_page_button.setEnabled(count > 0)
        self._show_zoom()
        self.page_spin.setToolTip(
            translate("PdfViewer", "Page {0} of {1}").format(current + 1, count) if count else ""
        )
        self.page_changed.emit(current, count)

    # -- zoom ------------------------------------------------------------------------------------
    def zoom_mode(self) -> str:
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.FitToWidth:
            return "fit_width"
        if mode == QPdfView.ZoomMode.FitInView:
            return "fit_page"
        return "custom"

    def set_zoom_mode(self, name: str, factor: float = 1.0) -> None:
        if name == "fit_page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif name == "custom":
            self.view.setZoomFactor(min(max(factor, ZOOM_STEPS[0]), ZOOM_STEPS[-1]))
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()
        self.zoom_changed.emit(self.zoom_mode(), self.view.zoomFactor())

    def fit_width(self) -> None:
        self.set_zoom_mode("fit_width")

    def fit_page(self) -> None:
        self.set_zoom_mode("fit_page")

    def zoom_in(self) -> None:
        current = self.effective_zoom()
        self.set_zoom_mode(
            "custom", next((step for step in ZOOM_STEPS if step > current + 0.005), ZOOM_STEPS[-1])
        )

    def zoom_out(self) -> None:
        current = self.effective_zoom()
        smaller = [step for step in ZOOM_STEPS if step < current - 0.005]
        self.set_zoom_mode("custom", smaller[-1] if smaller else ZOOM_STEPS[0])

    def effective_zoom(self) -> float:
        """The zoom factor on screen, also in the fit modes (where QPdfView keeps its factor to itself)."""
        mode = self.zoom_mode()
        if mode == "custom" or self.page_count() <= 0:
            return self.view.zoomFactor()
        size = self.document.pagePointSize(self.current_page())
        screen = QGuiApplication.primaryScreen()
        scale = (screen.logicalDotsPerInch() if screen is not None else 96.0) / 72.0
        margins = self.view.documentMargins()
        viewport = self.view.viewport().size()
        width = (viewport.width() - margins.left() - margins.right()) / (size.width() * scale)
        if mode == "fit_width":
            return max(width, 0.01)
        height = (viewport.height() - margins.top() - margins.bottom()) / (size.height() * scale)
        return max(min(width, height), 0.01)

    def _show_zoom(self, *_args: object) -> None:
        mode = self.zoom_mode()
        self.fit_width_button.setChecked(mode == "fit_width")
        self.fit_page_button.setChecked(mode == "fit_page")
        if self.page_count() > 0:
            percent = round(self.effective_zoom() * 100)
            self.zoom_label.setText(translate("PdfViewer", "{0}%").format(percent))
            self.zoom_label.setAccessibleName(translate("PdfViewer", "Zoom {0}%").format(percent))
        else:
            self.zoom_label.setText("")
            self.zoom_label.setAccessibleName("")
        self.zoom_out_button.setEnabled(
            self.page_count() > 0 and self.effective_zoom() > ZOOM_STEPS[0] + 0.005
        )
        self.zoom_in_button.setEnabled(
            self.page_count() > 0 and self.effective_zoom() < ZOOM_STEPS[-1] - 0.005
        )

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.zoom_mode() != "custom":
            self._show_zoom()
