"""The Satisfaction page: a month's service and satisfaction figures, their trend and who did what.

- A month picker (this month by default; the choice is remembered in ``satisfaction/month``).
- Tiles for CSAT %, NPS, CES, FCR %, self-service share, median resolution time, median wait,
  follow-ups done on time, contacts and new customers, each with the change from the previous month
  and its formula (and what "good" is) in the tooltip; see ``ui.pages.satisfaction_figures``.
- QPainter charts: the 12-month CSAT % and NPS lines, contacts per channel, promoters / passives /
  detractors (``ui.widgets.chart_line`` and ``chart_bars``).
- A sortable table of the month's figures per staff member (``ui.models.staff_figures_model``).

The figures come from ``carebook.metrics`` (``month_summary``, ``staff_figures``, ``trend``), the
functions ``carebook stats`` uses, shown with the same ``display_number`` rounding. They are computed
off the UI thread (``ui.pages.satisfaction_loader``) while a muted "Updating…" shows; answers for a
month the user has already left are dropped. Alt+Up / Alt+Down go to the previous / next month.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carebook.clock import Month
from carebook.errors import ValidationError
from ui.context import AppContext
from ui.models.staff_figures_model import SORT_ROLE, StaffFiguresModel
from ui.pages import satisfaction_charts as charts
from ui.pages.base import Page, standard_layout
from ui.pages.satisfaction_figures import TILES, tile_content, tr
from ui.pages.satisfaction_layout import CARD_MIN_WIDTH, ChartCard, PairRow, TileGrid
from ui.pages.satisfaction_loader import FiguresLoader, MonthFigures, MonthTrend
from ui.state import declare
from ui.widgets.chart_bars import BarChart, ShareChart
from ui.widgets.chart_line import TrendChart
from ui.widgets.metric_tile import MetricTile
from ui.widgets.month_picker import MonthPicker, month_label

translate = QCoreApplication.translate
UPDATING_DELAY_MS = 150

declare("satisfaction/month", str, "", "the month the Satisfaction page shows (YYYY-MM; empty: this month)")


class SatisfactionPage(Page):
    scroll: QScrollArea  # type: ignore[assignment]  # hides QWidget.scroll(dx, dy), which nothing calls here
    page_id = "satisfaction"
    icon_name = "satisfaction"
    tables = frozenset({"feedback", "customer", "staff", "interaction"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.figures: MonthFigures | None = None
        self.trend: MonthTrend | None = None
        self.picker = MonthPicker(self._remembered_month(), self, maximum=Month.current())
        self.updating_label = QLabel("", self)
        self.updating_label.setObjectName("updatingLabel")
        updating = translate("SatisfactionPage", "Updating…")
        self.updating_label.setMinimumWidth(
            self.updating_label.fontMetrics().horizontalAdvance(updating) + 12
        )
        self.updating_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = standard_layout(self)
        layout.addWidget(self.header("", self.updating_label, self.picker))
        self.subtitle_label.setWordWrap(True)  # a narrow window wraps it instead of growing

        self.error_label = QLabel("", self)
        self.error_label.setObjectName("satisfactionError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        body = QWidget()
        body.setObjectName("satisfactionBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 4, 8)
        column.setSpacing(12)
        self.note_label = QLabel("", body)
        self.note_label.setObjectName("satisfactionNote")
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        column.addWidget(self.note_label)

        self.tiles: dict[str, MetricTile] = {}
        for spec in TILES:
            tile = MetricTile(spec.key, tr(spec.caption), body)
            tile.set_tooltip(tr(spec.formula))
            self.tiles[spec.key] = tile
        self.tile_grid = TileGrid(list(self.tiles.values()), body)
        column.addWidget(self.tile_grid)

        self.csat_chart = TrendChart(
            translate("SatisfactionPage", "CSAT % by month"), minimum=0, maximum=100, step=25, unit="%"
        )
        self.nps_chart = TrendChart(
            translate("SatisfactionPage", "NPS by month"), minimum=-100, maximum=100, step=50
        )
        self.channel_chart = BarChart(translate("SatisfactionPage", "Contacts per channel"))
        self.nps_share = ShareChart(translate("SatisfactionPage", "Promoters, passives and detractors"))
        for chart in (self.csat_chart, self.nps_chart, self.channel_chart, self.nps_share):
            chart.set_empty_text(translate("SatisfactionPage", "Working out the figures…"))  # until they come
        self.cards = {
            name: ChartCard(chart, body)
            for name, chart in (
                ("csat", self.csat_chart),
                ("nps", self.nps_chart),
                ("channels", self.channel_chart),
                ("nps_share", self.nps_share),
            )
        }
        self.chart_rows = [
            PairRow(self.cards[first], self.cards[second], CARD_MIN_WIDTH, body)
            for first, second in (("csat", "nps"), ("channels", "nps_share"))
        ]
        for row in self.chart_rows:
            column.addWidget(row)

        self.staff_model = StaffFiguresModel(self)
        self.staff_proxy = QSortFilterProxyModel(self)
        self.staff_proxy.setSourceModel(self.staff_model)
        self.staff_proxy.setSortRole(SORT_ROLE)
        self.staff_view = self._staff_table(body)
        staff_card = QFrame(body)
        staff_card.setObjectName("chartCard")
        staff_layout = QVBoxLayout(staff_card)
        staff_layout.setContentsMargins(14, 10, 14, 12)
        staff_title = QLabel(translate("SatisfactionPage", "By staff member"), staff_card)
        staff_title.setObjectName("chartTitle")
        staff_layout.addWidget(staff_title)
        staff_layout.addWidget(self.staff_view)
        column.addWidget(staff_card)
        column.addStretch(1)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("satisfactionScroll")
        self.scroll.setAccessibleName(translate("SatisfactionPage", "Satisfaction figures and charts"))
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        layout.addWidget(self.scroll, 1)

        self.loader = FiguresLoader(self)
        self.loader.figures_ready.connect(self._show_figures)
        self.loader.trend_ready.connect(self._show_trend)
        self.loader.failed.connect(self._show_failure)
        self.loader.busy_changed.connect(self._busy_changed)
        self._updating_timer = QTimer(self)
        self._updating_timer.setSingleShot(True)
        self._updating_timer.setInterval(UPDATING_DELAY_MS)
        self._updating_timer.timeout.connect(self._show_updating)
        self.picker.monthChanged.connect(self._month_chosen)
        self._show_heading()

    def title(self) -> str:
        return translate("pages", "Satisfaction")

    # -- page contract ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.picker.blockSignals(True)
        try:
            self.picker.set_range(maximum=Month.current())  # the month may have turned since
        finally:
            self.picker.blockSignals(False)
        self._show_heading()
        self.loader.load(self.picker.month())

    def focus_default(self) -> None:
        self.picker.month_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def next_record(self) -> None:
        self.picker.set_month(self.picker.month().next())

    def previous_record(self) -> None:
        self.picker.set_month(self.picker.month().prev())

    def shutdown(self) -> None:
        self._updating_timer.stop()
        self.loader.shutdown()

    def month(self) -> Month:
        return self.picker.month()

    # -- building --------------------------------------------------------------------------------
    def _staff_table(self, parent: QWidget) -> QTableView:
        view = QTableView(parent)
        view.setObjectName("staffFigures")
        view.setAccessibleName(translate("SatisfactionPage", "Figures per staff member"))
        view.setModel(self.staff_proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.verticalHeader().hide()
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # most contacts first, as the service
        self.remember_header(header, "satisfaction-staff")
        view.setSortingEnabled(True)
        return view

    def _fit_staff_table(self) -> None:
        view = self.staff_view
        rows = self.staff_proxy.rowCount()
        height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        height += (
            sum(view.rowHeight(row) for row in range(rows))
            if rows
            else view.verticalHeader().defaultSectionSize()
        )
        scrollbar = view.horizontalScrollBar()
        if scrollbar.isVisible():
            height += scrollbar.sizeHint().height()
        view.setFixedHeight(height + 2)

    # -- month -----------------------------------------------------------------------------------
    def _remembered_month(self) -> Month:
        saved = self.ctx.state.get("satisfaction/month")
        current = Month.current()
        if not saved:
            return current
        try:
            month = Month.parse(saved)
        except ValidationError:
            return current
        return min(month, current)

    def _month_chosen(self, month: Month) -> None:
        self.ctx.state.set("satisfaction/month", "" if month == Month.current() else str(month))
        self._show_heading()
        self.loader.load(month)

    def _show_heading(self) -> None:
        month = self.picker.month()
        figures = self.figures if self.figures is not None and self.figures.month == month else None
        days = figures.days_so_far if figures is not None else None
        if days is None:
            text = translate("SatisfactionPage", "{0}, compared with {1}").format(
                month_label(month), month_label(month.prev())
            )
        else:
            text = translate(
                "SatisfactionPage", "{0} so far (days 1–{2}), compared with the same days of {1}"
            ).format(month_label(month), month_label(month.prev()), days)
        self.subtitle_label.setText(text)
        self.subtitle_label.setVisible(True)

    # -- answers from the loader -----------------------------------------------------------------
    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._updating_timer.start()
        else:
            self._updating_timer.stop()
            self.updating_label.setText("")
            self.updating_label.setAccessibleName("")

    def _show_updating(self) -> None:
        text = translate("SatisfactionPage", "Updating…")
        self.updating_label.setText(text)
        self.updating_label.setAccessibleName(text)

    def _show_figures(self, figures: MonthFigures) -> None:
        self.figures = figures
        self.error_label.hide()
        current, previous = figures.summary, figures.previous
        previous_name = month_label(figures.month.prev())
        in_progress = figures.days_so_far is not None
        if in_progress:
            previous_name = translate("SatisfactionPage", "the same days of {0}").format(previous_name)
        for spec in TILES:
            content = tile_content(spec, current, previous, previous_name, in_progress=in_progress)
            self.tiles[spec.key].set_figure(content.value, content.change, content.hint)
        self.channel_chart.set_empty_text(translate("SatisfactionPage", "No contacts in this month"))
        self.nps_share.set_empty_text(translate("SatisfactionPage", "No NPS responses in this month"))
        self.channel_chart.set_bars(charts.channel_bars(current))
        self.cards["channels"].set_caption(charts.contacts_caption(current))
        self.nps_share.set_parts(charts.nps_parts(current))
        self.cards["nps_share"].set_caption(charts.nps_caption(current))
        self.staff_model.set_rows(figures.staff)
        self._fit_staff_table()
        quiet = (
            current.contacts == 0
            and current.csat_responses + current.nps_responses + current.ces_responses == 0
            and current.followups_due == 0
        )
        self.note_label.setText(
            translate(
                "SatisfactionPage",
                "Nothing was recorded in {0} yet. Log contacts with Ctrl+L and record the customer's "
                "score there; the figures and charts fill in as you go.",
            ).format(month_label(figures.month))
        )
        self.note_label.setVisible(quiet)
        self._show_heading()

    def _show_trend(self, trend: MonthTrend) -> None:
        self.trend = trend
        last = len(trend.months) - 1
        self.csat_chart.set_empty_text(translate("SatisfactionPage", "No CSAT responses in these 12 months"))
        self.nps_chart.set_empty_text(translate("SatisfactionPage", "No NPS responses in these 12 months"))
        self.csat_chart.set_points(charts.trend_points(trend, "csat_pct"), selected=last)
        self.nps_chart.set_points(charts.trend_points(trend, "nps"), selected=last)
        span = translate("SatisfactionPage", "{0} – {1}").format(
            month_label(trend.months[0]), month_label(trend.months[-1])
        )
        self.cards["csat"].set_caption(span)
        self.cards["nps"].set_caption(span)

    def _show_failure(self, message: str) -> None:
        self.error_label.setText(
            translate("SatisfactionPage", "The figures could not be read: {0}").format(message)
        )
        self.error_label.show()
