"""A month picker: ◀ [March ▾] [2026 ▾] ▶, emitting ``monthChanged(carebook.clock.Month)``.

Self-contained and reusable (the Satisfaction and Reports pages use it)::

    picker = MonthPicker(Month.current(), maximum=Month.current())
    picker.monthChanged.connect(load)
    picker.month()            # -> Month
    picker.set_month(Month(2026, 3))   # emits monthChanged when it changes
    picker.set_range(minimum=None, maximum=Month.current())

``previous_button``, ``next_button``, ``month_combo`` and ``year_combo`` are public for tests and
keyboard focus. Month names come from the user's locale (``QLocale``); ``month_label(month)`` gives the
same "March 2026" text for headings. A month outside the range is clamped into it; the arrows are
disabled at the ends. The year list spans ``YEARS_BACK`` years before the newest year shown, and grows
to include any month that is set.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSizePolicy, QToolButton, QWidget

from carebook.clock import Month
from ui import icons

YEARS_BACK = 10
translate = QCoreApplication.translate


def month_label(month: Month, locale: QLocale | None = None) -> str:
    """ "March 2026" in the user's language."""
    loc = locale or QLocale()
    name = loc.standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
    return translate("MonthPicker", "{0} {1}").format(name, month.year)


def short_month_label(month: Month, locale: QLocale | None = None) -> str:
    """ "Mar" in the user's language (for chart axes)."""
    loc = locale or QLocale()
    return loc.standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)


class MonthPicker(QWidget):
    monthChanged = Signal(object)  # carebook.clock.Month

    def __init__(
        self,
        month: Month | None = None,
        parent: QWidget | None = None,
        *,
        minimum: Month | None = None,
        maximum: Month | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("monthPicker")
        self._minimum = minimum
        self._maximum = maximum
        self._month = self._clamp(month or Month.current())
        self._updating = False

        self.previous_button = self._arrow("chevron-left", translate("MonthPicker", "Previous month"))
        self.next_button = self._arrow("chevron-right", translate("MonthPicker", "Next month"))
        self.month_combo = QComboBox(self)
        self.month_combo.setObjectName("monthPickerMonth")
        self.month_combo.setAccessibleName(translate("MonthPicker", "Month"))
        locale = QLocale()
        for number in range(1, 13):
            self.month_combo.addItem(
                locale.standaloneMonthName(number, QLocale.FormatType.LongFormat), number
            )
        self.month_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("monthPickerYear")
        self.year_combo.setAccessibleName(translate("MonthPicker", "Year"))
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.month_combo)
        layout.addWidget(self.year_combo)
        layout.addWidget(self.next_button)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.month_combo)

        self.previous_button.clicked.connect(lambda: self.set_month(self._month.prev()))
        self.next_button.clicked.connect(lambda: self.set_month(self._month.next()))
        self.month_combo.activated.connect(self._combo_chosen)
        self.year_combo.activated.connect(self._combo_chosen)
        self._show()

    def _arrow(self, icon_name: str, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("monthPickerArrow")
        button.setIcon(icons.icon(icon_name))
        button.setIconSize(QSize(16, 16))
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    # -- API -------------------------------------------------------------------------------------
    def month(self) -> Month:
        return self._month

    def set_month(self, month: Month) -> None:
        """Show ``month`` (clamped into the range); emits ``monthChanged`` when it changed."""
        month = self._clamp(month)
        changed = month != self._month
        self._month = month
        self._show()
        if changed:
            self.monthChanged.emit(month)

    def set_range(self, minimum: Month | None = None, maximum: Month | None = None) -> None:
        self._minimum, self._maximum = minimum, maximum
        self.set_month(self._month)

    def minimum(self) -> Month | None:
        return self._minimum

    def maximum(self) -> Month | None:
        return self._maximum

    def label(self) -> str:
        return month_label(self._month)

    # -- internals -------------------------------------------------------------------------------
    def _clamp(self, month: Month) -> Month:
        if self._maximum is not None and month > self._maximum:
            month = self._maximum
        if self._minimum is not None and month < self._minimum:
            month = self._minimum
        return month

    def _years(self) -> range:
        newest = max(self._month.year, Month.current().year)
        if self._maximum is not None:
            newest = max(self._maximum.year, self._month.year)
        oldest = min(self._month.year, newest - YEARS_BACK)
        if self._minimum is not None:
            oldest = max(self._minimum.year, min(oldest, self._month.year))
        return range(newest, oldest - 1, -1)  # newest first, like most recent months

    def _show(self) -> None:
        self._updating = True
        try:
            years = list(self._years())
            if [self.year_combo.itemData(i) for i in range(self.year_combo.count())] != years:
                self.year_combo.clear()
                for year in years:
                    self.year_combo.addItem(str(year), year)
            self.year_combo.setCurrentIndex(years.index(self._month.year))
            self.month_combo.setCurrentIndex(self._month.month - 1)
        finally:
            self._updating = False
        self.previous_button.setEnabled(self._minimum is None or self._month > self._minimum)
        self.next_button.setEnabled(self._maximum is None or self._month < self._maximum)
        label = self.label()
        self.previous_button.setToolTip(
            translate("MonthPicker", "Previous month: {0}").format(month_label(self._month.prev()))
        )
        self.next_button.setToolTip(
            translate("MonthPicker", "Next month: {0}").format(month_label(self._month.next()))
        )
        self.setAccessibleName(translate("MonthPicker", "Month shown: {0}").format(label))

    def _combo_chosen(self, _index: int) -> None:
        if self._updating:
            return
        year = self.year_combo.currentData()
        number = self.month_combo.currentData()
        if year is None or number is None:
            return
        self.set_month(Month(int(year), int(number)))
