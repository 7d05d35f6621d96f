"""The filter bar of the Contacts page: period, channel, reason, staff and status.

``ContactFilters()``: ``query()`` -> ``ContactQuery`` (UTC bounds and vocabulary values ready for
``interactions.list_interactions``); ``changed`` is emitted whenever the user changes a filter;
``set_staff(rows)`` fills the staff list (the page calls it on refresh: constructors never query);
``reset()`` goes back to "This month, everything"; ``is_default()``.
Periods: this month, last month, the last 7 days (today included), or a custom range of local days.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from carebook import clock, vocab
from carebook.clock import Month
from ui import icons, labels
from ui.widgets.date_edits import DateEdit
from ui.widgets.flow_layout import FlowLayout

PERIODS = ("this_month", "last_month", "last_7_days", "custom")
ANY = ""
EVERYONE = 0
MIN_COMBO_WIDTH = 72


@dataclass(frozen=True)
class ContactQuery:
    start: datetime | None  # naive UTC, inclusive
    end: datetime | None  # naive UTC, exclusive
    channel: str | None = None
    reason: str | None = None
    staff_id: int | None = None
    status: str | None = None

    def as_kwargs(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "channel": self.channel,
            "reason": self.reason,
            "staff_id": self.staff_id,
            "status": self.status,
        }


def day_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """[start of ``first``, start of the day after ``last``) in the shop's days, as naive UTC."""
    return clock.to_utc(datetime.combine(first, time())), clock.to_utc(
        datetime.combine(last, time()) + timedelta(days=1)
    )


def period_days(period: str, today: date, first: date, last: date) -> tuple[date, date]:
    """The first and last local day of a period (``first``/``last`` are the custom range)."""
    if period == "this_month":
        month = Month.of(today)
        return month.first_day, month.last_day
    if period == "last_month":
        month = Month.of(today).prev()
        return month.first_day, month.last_day
    if period == "last_7_days":
        return today - timedelta(days=6), today
    return min(first, last), max(first, last)


class ContactFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactFilters")
        self.period = QComboBox(self)
        names = {
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "last_7_days": self.tr("Last 7 days"),
            "custom": self.tr("Custom range"),
        }
        for period in PERIODS:
            self.period.addItem(names[period], period)
        self.period.setAccessibleName(self.tr("Period"))
        self.date_from = DateEdit(self)
        self.date_to = DateEdit(self)
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        today = clock.today()
        self.date_from.setDate(QDate(today - timedelta(days=30)))  # type: ignore[call-overload]  # PySide6 converts a datetime.date; its stub lists Qt types only
        self.date_to.setDate(QDate(today))  # type: ignore[call-overload]  # PySide6 converts a datetime.date; its stub lists Qt types only
        self.dash = QLabel("–", self)
        self.channel = self._combo(self.tr("All channels"), labels.choices(vocab.CHANNELS, labels.channel))
        self.channel.setAccessibleName(self.tr("Channel"))
        for index, value in enumerate(vocab.CHANNELS, start=1):
            self.channel.setItemIcon(index, icons.icon(labels.channel_icon_name(value)))
        self.reason = self._combo(self.tr("All reasons"), labels.choices(vocab.REASONS, labels.reason))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.staff = QComboBox(self)
        self.staff.addItem(self.tr("All staff"), EVERYONE)
        self.staff.setAccessibleName(self.tr("Staff"))
        self.status = self._combo(self.tr("Open and resolved"), labels.choices(vocab.STATUSES, labels.status))
        self.status.setAccessibleName(self.tr("Status"))

        flow = FlowLayout(self, spacing=6)  # wraps in a narrow window: no choice is cut short
        flow.add_group(self.period, self.date_from, self.dash, self.date_to)
        for widget in (self.channel, self.reason, self.staff, self.status):
            flow.addWidget(widget)
        for combo in (self.period, self.channel, self.reason, self.staff, self.status):
            combo.currentIndexChanged.connect(self._on_changed)
            combo.setMinimumWidth(MIN_COMBO_WIDTH)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._on_changed)
        self._show_range()

    def _combo(self, everything: str, choices: Sequence[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(everything, ANY)
        for value, text in choices:
            combo.addItem(text, value)
        return combo

    def set_staff(self, rows: Sequence[Any]) -> None:
        """Offer these staff members (StaffRow), keeping the current choice when it is still there."""
        current = self.staff.currentData()
        with QSignalBlocker(self.staff):
            self.staff.clear()
            self.staff.addItem(self.tr("All staff"), EVERYONE)
            for row in rows:
                text = row.name if row.active else self.tr("{0} (inactive)").format(row.name)
                self.staff.addItem(text, row.id)
            index = self.staff.findData(current)
            self.staff.setCurrentIndex(max(0, index))
        if index < 0 and current != EVERYONE:
            self.changed.emit()

    def set_period(self, period: str) -> None:
        self.period.setCurrentIndex(self.period.findData(period))

    def set_value(self, combo: QComboBox, value: Any) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def query(self, today: date | None = None) -> ContactQuery:
        first, last = period_days(
            str(self.period.currentData()),
            today or clock.today(),
            self.date_from.date().toPython(),  # type: ignore[arg-type]  # QDate.toPython() is a datetime.date; PySide6's stub says object
            self.date_to.date().toPython(),  # type: ignore[arg-type]  # QDate.toPython() is a datetime.date; PySide6's stub says object
        )
        start, end = day_bounds(first, last)
        return ContactQuery(
            start=start,
            end=end,
            channel=self.channel.currentData() or None,
            reason=self.reason.currentData() or None,
            staff_id=self.staff.currentData() or None,
            status=self.status.currentData() or None,
        )

    def describe_period(self, today: date | None = None) -> str:
        first, last = period_days(
            str(self.period.currentData()),
            today or clock.today(),
            self.date_from.date().toPython(),  # type: ignore[arg-type]  # QDate.toPython() is a datetime.date; PySide6's stub says object
            self.date_to.date().toPython(),  # type: ignore[arg-type]  # QDate.toPython() is a datetime.date; PySide6's stub says object
        )
        if first == last:
            return first.strftime("%Y-%m-%d")
        return f"{first:%Y-%m-%d} – {last:%Y-%m-%d}"

    def is_default(self) -> bool:
        narrowed = (self.channel, self.reason, self.staff, self.status)
        return self.period.currentData() == "this_month" and all(c.currentIndex() == 0 for c in narrowed)

    def narrowed(self) -> bool:
        """A filter other than the period is set."""
        return any(c.currentIndex() != 0 for c in (self.channel, self.reason, self.staff, self.status))

    def reset(self) -> None:
        blockers = [
            QSignalBlocker(w) for w in (self.period, self.channel, self.reason, self.staff, self.status)
        ]
        for combo in (self.period, self.channel, self.reason, self.staff, self.status):
            combo.setCurrentIndex(0)
        del blockers
        self._show_range()
        self.changed.emit()

    def _on_changed(self) -> None:
        self._show_range()
        self.changed.emit()

    def _show_range(self) -> None:
        custom = self.period.currentData() == "custom"
        for widget in (self.date_from, self.dash, self.date_to):
            widget.setVisible(custom)
