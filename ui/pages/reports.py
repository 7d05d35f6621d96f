"""The Reports page: the monthly summary PDF, shown in the window, saved, printed or opened elsewhere.

- A month picker (last month by default: month end is when the owner prints the summary).
- The PDF of ``carebook.reports.build_monthly_report_bytes(month)``, the very file ``carebook report``
  writes, built off the UI thread (``ui.jobs.BackgroundJobs``): a new month supersedes the one being
  built, and a busy state names the month meanwhile. A build error (a ``StorageError`` included) shows
  as a plain message in the page with "Try again".
- The PDF in a ``QPdfView`` (``ui.widgets.pdf_viewer``) with zoom (fit width, whole page, −/+) and
  page navigation; the zoom is remembered.
- Save as… (Ctrl+S; the last folder remembered, ``carebook-report-YYYY-MM.pdf`` proposed, written
  atomically), Print… (Ctrl+P; ``ui.pdf_printing``), Open in PDF viewer (a copy in the data folder's
  cache, opened with ``QDesktopServices``).
- Stale data: ``ctx.data_changed`` and ``ctx.settings_changed`` mark the PDF stale; it is rebuilt when the
  page is shown again (the main window calls ``refresh()``), never while hidden. Alt+Up / Alt+Down go to
  the previous / next month.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from carebook.clock import Month
from ui import icons
from ui.context import AppContext
from ui.jobs import BackgroundJobs
from ui.pages import report_actions
from ui.pages.base import Page, standard_layout
from ui.state import declare
from ui.widgets.action_bar import ActionBar
from ui.widgets.empty_state import EmptyState
from ui.widgets.month_picker import MonthPicker, month_label
from ui.widgets.pdf_viewer import PdfViewer

translate = QCoreApplication.translate
UPDATING_DELAY_MS = 150

declare("folders/reports", str, "", "the folder the last monthly summary PDF was saved in")
declare("reports/zoom", str, "fit_width", "zoom of the report preview: fit_width, fit_page or a percentage")


def _build(month: Month) -> bytes:
    """Runs in the worker thread; looked up at call time so tests can replace the core function."""
    from carebook import reports

    return reports.build_monthly_report_bytes(month)


class ReportsPage(Page):
    page_id = "reports"
    icon_name = "reports"
    tables = frozenset({"interaction", "followup", "feedback", "customer", "staff"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: bytes | None = None  # the PDF shown
        self.shown_month: Month | None = None
        self.built_at: QDateTime | None = None
        self.stale = False
        self.builds = 0  # builds started (tests check that a hidden page does not build)

        self.picker = MonthPicker(Month.current().prev(), self, maximum=Month.current())
        self.updating_label = QLabel("", self)
        self.updating_label.setObjectName("updatingLabel")
        self.updating_label.setMinimumWidth(
            self.updating_label.fontMetrics().horizontalAdvance(translate("ReportsPage", "Updating…")) + 12
        )
        self.updating_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = standard_layout(self)
        layout.addWidget(self.header(" ", self.updating_label, self.picker))
        self.subtitle_label.setWordWrap(True)  # a narrow window wraps it rather than growing

        self.viewer = PdfViewer(self)
        self.save_action = self._action(
            translate("ReportsPage", "&Save as…"), "save", QKeySequence.StandardKey.Save, self.save_as
        )
        self.print_action = self._action(
            translate("ReportsPage", "&Print…"), "print", QKeySequence.StandardKey.Print, self.print_report
        )
        self.open_action = self._action(
            translate("ReportsPage", "&Open in PDF viewer"),
            "open-external",
            "Ctrl+Shift+O",
            self.open_in_viewer,
        )
        self.zoom_in_action = self._action(
            translate("ReportsPage", "Zoom in"), "", QKeySequence.StandardKey.ZoomIn, self.viewer.zoom_in
        )
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out_action = self._action(
            translate("ReportsPage", "Zoom out"), "", QKeySequence.StandardKey.ZoomOut, self.viewer.zoom_out
        )
        self.action_bar = ActionBar(self)
        self.action_bar.setObjectName("reportActions")
        self.save_button = self.action_bar.add_action(self.save_action)
        self.print_button = self.action_bar.add_action(self.print_action)
        self.open_button = self.action_bar.add_action(self.open_action)
        self.action_bar.add_widget(self.viewer.controls)
        layout.addWidget(self.action_bar)

        self.busy_state = EmptyState("reports", "", "", (), self)
        self.busy_bar = QProgressBar(self.busy_state)
        self.busy_bar.setObjectName("reportBusyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedWidth(260)
        busy_row = QHBoxLayout()
        busy_row.addStretch(1)
        busy_row.addWidget(self.busy_bar)
        busy_row.addStretch(1)
        busy_layout = self.busy_state.layout()
        assert isinstance(busy_layout, QBoxLayout)  # EmptyState lays itself out in a QVBoxLayout
        busy_layout.insertLayout(busy_layout.count() - 1, busy_row)
        self.error_state = EmptyState(
            "warning", "", "", [(translate("ReportsPage", "Try again"), "refresh", self.refresh)], self
        )
        self.error_state.setObjectName("reportError")
        self.error_state.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("reportStack")
        for widget in (self.viewer, self.busy_state, self.error_state):
            self.stack.addWidget(widget)
        layout.addWidget(self.stack, 1)

        self.runner = BackgroundJobs(self)
        self.runner.busy_changed.connect(self._busy_changed)
        self._updating_timer = QTimer(self)
        self._updating_timer.setSingleShot(True)
        self._updating_timer.setInterval(UPDATING_DELAY_MS)
        self._updating_timer.timeout.connect(self._show_updating)
        self.picker.monthChanged.connect(self._month_chosen)
        self.viewer.zoom_changed.connect(self._remember_zoom)
        self.viewer.page_changed.connect(self._show_heading)
        ctx.data_changed.connect(self._mark_stale)
        ctx.settings_changed.connect(self._settings_changed)
        self._restore_zoom()
        self.show_busy(self.picker.month())  # until the first refresh() builds it
        self._update_actions()

    def title(self) -> str:
        return translate("pages", "Reports")

    # -- building blocks ---------------------------------------------------------------------------
    def _action(self, text: str, icon_name: str, shortcut: object, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icons.icon(icon_name))
        action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        plain = text.replace("&", "")
        action.setToolTip(f"{plain.rstrip('…')} ({keys})" if keys else plain)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- page contract -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """(Re)build the PDF of the month shown (first show, after a change, F5)."""
        self.picker.blockSignals(True)
        try:
            self.picker.set_range(maximum=Month.current())  # the month may have turned since
        finally:
            self.picker.blockSignals(False)
        self.build(self.picker.month())

    def focus_default(self) -> None:
        self.picker.month_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def next_record(self) -> None:
        self.picker.set_month(self.picker.month().next())

    def previous_record(self) -> None:
        self.picker.set_month(self.picker.month().prev())

    def shutdown(self) -> None:
        self._updating_timer.stop()
        self.runner.shutdown()

    def month(self) -> Month:
        return self.picker.month()

    # -- building ----------------------------------------------------------------------------------
    def build(self, month: Month) -> None:
        """Build ``month``'s PDF off the UI thread; a build asked for earlier is dropped."""
        self.stale = False
        self.builds += 1
        if month != self.shown_month or self.data is None:
            self.show_busy(month)
        self.runner.run(
            "report",
            partial(_build, month),
            done=partial(self._built, month),
            failed=partial(self._failed, month),
        )
        self._update_actions()

    def _month_chosen(self, month: Month) -> None:
        self.build(month)

    def _mark_stale(self) -> None:
        self.stale = True

    def _settings_changed(self) -> None:
        self.stale = True  # the shop's name and paper size are in the PDF
        if self.isVisible():
            QTimer.singleShot(0, self._rebuild_if_stale)

    def _rebuild_if_stale(self) -> None:
        if self.stale and self.isVisible():
            self.build(self.picker.month())

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self.stale:
            # The main window calls refresh() right after showing a stale page; this covers the rest.
            QTimer.singleShot(0, self._rebuild_if_stale)

    def _built(self, month: object, data: object) -> None:
        if month != self.picker.month() or not isinstance(data, bytes):
            return
        same = month == self.shown_month
        if not self.viewer.load_bytes(data, keep_position=same):
            self._failed(month, translate("ReportsPage", "The PDF that was made cannot be shown."))
            return
        self.data = data
        self.shown_month = month
        self.built_at = QDateTime.currentDateTime()
        self.stack.setCurrentWidget(self.viewer)
        self._update_actions()
        self._show_heading()

    def _failed(self, month: object, message: str) -> None:
        if not isinstance(month, Month) or month != self.picker.month():
            return
        self.data = None
        self.shown_month = None
        self.viewer.clear()
        self.error_state.set_text(
            translate("ReportsPage", "The summary for {0} could not be made").format(month_label(month)),
            message,
        )
        self.stack.setCurrentWidget(self.error_state)
        self._update_actions()
        self._show_heading()

    def show_busy(self, month: Month) -> None:
        self.busy_state.set_text(
            translate("ReportsPage", "Making the summary for {0}…").format(month_label(month)),
            translate(
                "ReportsPage",
                "Counting the month's contacts, scores and follow-ups. A busy month takes a few seconds.",
            ),
        )
        self.busy_state.setAccessibleName(
            translate("ReportsPage", "Making the summary for {0}").format(month_label(month))
        )
        self.stack.setCurrentWidget(self.busy_state)
        self.data = None
        self.shown_month = None
        self.viewer.clear()
        self._update_actions()
        self._show_heading()

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._updating_timer.start()
        else:
            self._updating_timer.stop()
            self.updating_label.setText("")
            self.updating_label.setAccessibleName("")

    def _show_updating(self) -> None:
        if self.stack.currentWidget() is self.viewer:
            self.updating_label.setText(translate("ReportsPage", "Updating…"))
            self.updating_label.setAccessibleName(translate("ReportsPage", "Updating…"))

    def _show_heading(self, *_args: object) -> None:
        month = self.picker.month()
        count = self.viewer.page_count()
        if self.data is not None and self.shown_month == month and self.built_at is not None and count:
            made = QLocale().toString(self.built_at.time(), QLocale.FormatType.ShortFormat)
            pages = (
                translate("ReportsPage", "1 page")
                if count == 1
                else translate("ReportsPage", "{0} pages").format(count)
            )
            text = translate("ReportsPage", "Monthly summary for {0} · {1} · made at {2}").format(
                month_label(month), pages, made
            )
        else:
            text = translate("ReportsPage", "Monthly summary for {0}").format(month_label(month))
        self.subtitle_label.setText(text)
        self.subtitle_label.setVisible(True)

    def _update_actions(self) -> None:
        ready = self.data is not None and self.stack.currentWidget() is self.viewer
        for action in (self.save_action, self.print_action, self.open_action):
            action.setEnabled(ready)
        self.zoom_in_action.setEnabled(ready)
        self.zoom_out_action.setEnabled(ready)

    # -- zoom --------------------------------------------------------------------------------------
    def _restore_zoom(self) -> None:
        saved = str(self.ctx.state.get("reports/zoom") or "fit_width")
        if saved in ("fit_width", "fit_page"):
            self.viewer.set_zoom_mode(saved)
            return
        try:
            percent = int(saved)
        except ValueError:
            percent = 0
        if percent > 0:
            self.viewer.set_zoom_mode("custom", percent / 100)
        else:
            self.viewer.set_zoom_mode("fit_width")

    def _remember_zoom(self, mode: str, factor: float) -> None:
        self.ctx.state.set("reports/zoom", mode if mode != "custom" else str(round(factor * 100)))

    # -- save, print, open (ui.pages.report_actions) ---------------------------------------------------
    def report_title(self) -> str:
        return report_actions.report_title(self.shown_month or self.picker.month())

    def save_as(self) -> None:
        if self.data is not None and self.shown_month is not None:
            report_actions.save_report(self, self.ctx, self.shown_month, self.data)

    def print_report(self) -> None:
        if self.data is not None and self.shown_month is not None:
            report_actions.print_report(
                self, self.ctx, self.viewer.document, self.shown_month, self.viewer.current_page()
            )

    def open_in_viewer(self) -> None:
        if self.data is not None and self.shown_month is not None:
            report_actions.open_report(self, self.shown_month, self.data)
