"""A table model over ``carebook.metrics.StaffFigures`` rows: the month's figures per staff member.

Columns: name, contacts, inbound, FCR %, CSAT %, CSAT responses, follow-ups done on time / due. Numbers
are rounded as ``carebook stats`` rounds them, written in the counter's language (``ui.numbers``; "n/a"
for no data), and sort by their value through ``SORT_ROLE`` (no data sorts below 0), so a
``QSortFilterProxyModel`` with ``setSortRole(SORT_ROLE)`` sorts numerically. The model never queries:
``set_rows`` hands it the rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from carebook.metrics import NO_STAFF, StaffFigures
from ui import numbers
from ui.models.rows_table import Index, RowsTableModel
from ui.translate_noop import QT_TRANSLATE_NOOP

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STAFF_ID_ROLE = Qt.ItemDataRole.UserRole + 2
_CONTEXT = "StaffFiguresModel"
_NO_DATA = -1.0  # sorts below every percentage

COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("StaffFiguresModel", "Staff member")),
    ("contacts", QT_TRANSLATE_NOOP("StaffFiguresModel", "Contacts")),
    ("inbound", QT_TRANSLATE_NOOP("StaffFiguresModel", "Inbound")),
    ("fcr_pct", QT_TRANSLATE_NOOP("StaffFiguresModel", "FCR %")),
    ("csat_pct", QT_TRANSLATE_NOOP("StaffFiguresModel", "CSAT %")),
    ("csat_responses", QT_TRANSLATE_NOOP("StaffFiguresModel", "CSAT responses")),
    ("followups", QT_TRANSLATE_NOOP("StaffFiguresModel", "Follow-ups on time")),
)
_TIPS = {
    "fcr_pct": QT_TRANSLATE_NOOP(
        "StaffFiguresModel", "First-contact resolution: inbound contacts resolved at once ÷ inbound contacts"
    ),
    "csat_pct": QT_TRANSLATE_NOOP(
        "StaffFiguresModel", "Satisfied customers: CSAT scores of 4 or 5 ÷ CSAT responses on their contacts"
    ),
    "followups": QT_TRANSLATE_NOOP(
        "StaffFiguresModel", "Follow-ups assigned to them and due this month: done on time of due"
    ),
}


translate = QCoreApplication.translate


def _tr(source: str) -> str:
    """A source text declared with QT_TRANSLATE_NOOP above, translated."""
    return translate(_CONTEXT, source)


def staff_name(row: StaffFigures) -> str:
    return (
        translate("StaffFiguresModel", "(no staff)")
        if row.staff_id is None and row.name == NO_STAFF
        else row.name
    )


def on_time_pct(row: StaffFigures) -> float | None:
    return None if row.followups_due == 0 else 100.0 * row.followups_done_on_time / row.followups_due


def _percent(value: float | None) -> str:
    return numbers.percent(value)


class StaffFiguresModel(RowsTableModel):
    CONTEXT = _CONTEXT
    COLUMNS = tuple(title for _key, title in COLUMNS)

    def set_rows(self, rows: Sequence[StaffFigures]) -> None:
        self._set_rows(rows)

    def rows(self) -> list[StaffFigures]:
        return list(self._rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section][0]
        if role == Qt.ItemDataRole.ToolTipRole and key in _TIPS:
            return _tr(_TIPS[key])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if section == 0 else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: StaffFigures | None = self._row_of(index)
        if row is None or not 0 <= index.column() < len(COLUMNS):
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == SORT_ROLE:
            return self._sort_key(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() == 0:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{_tr(COLUMNS[index.column()][1])}: {self._text(row, key)}"
        if role == STAFF_ID_ROLE:
            return row.staff_id
        return None

    # -- cells -----------------------------------------------------------------------------------
    def _text(self, row: StaffFigures, key: str) -> str:
        if key == "name":
            return staff_name(row)
        if key in ("fcr_pct", "csat_pct"):
            return _percent(getattr(row, key))
        if key == "followups":
            if row.followups_due == 0:
                return "—"
            return translate("StaffFiguresModel", "{0} of {1}").format(
                row.followups_done_on_time, row.followups_due
            )
        return f"{int(getattr(row, key)):,}"

    def _sort_key(self, row: StaffFigures, key: str) -> Any:
        if key == "name":
            return staff_name(row).casefold()
        if key in ("fcr_pct", "csat_pct"):
            value = getattr(row, key)
            return _NO_DATA if value is None else float(value)
        if key == "followups":
            pct = on_time_pct(row)
            return _NO_DATA if pct is None else pct
        return float(getattr(row, key))

    def _tooltip(self, row: StaffFigures, key: str) -> str:
        name = staff_name(row)
        if key == "name":
            return name
        if key == "fcr_pct":
            if row.fcr_pct is None:
                return translate("StaffFiguresModel", "{0}: no inbound contacts this month").format(name)
            return translate(
                "StaffFiguresModel", "{0}: {1} of {2} inbound contacts resolved at the first contact"
            ).format(name, _percent(row.fcr_pct), row.inbound)
        if key == "csat_pct":
            if row.csat_pct is None:
                return translate("StaffFiguresModel", "{0}: no CSAT responses this month").format(name)
            return translate("StaffFiguresModel", "{0}: {1} satisfied, from {2} responses").format(
                name, _percent(row.csat_pct), row.csat_responses
            )
        if key == "followups":
            if row.followups_due == 0:
                return translate("StaffFiguresModel", "{0}: no follow-ups due this month").format(name)
            return translate("StaffFiguresModel", "{0}: {1} of {2} follow-ups done on time ({3})").format(
                name, row.followups_done_on_time, row.followups_due, _percent(on_time_pct(row))
            )
        return ""
