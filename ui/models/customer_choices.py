"""The list under the contact dialog's customer field: search hits, then "Create new customer “…”".

Rows are ``SearchHit``-like objects (``customer_id``, ``name``, ``company``, ``email``, ``phone``)
followed by one create row when ``create_text`` is set. Roles follow ``ui.models.search_results``:
DisplayRole the name, ``DETAIL_ROLE`` "company · phone · email", ``ID_ROLE`` the customer id (0 for the
create row), ``CREATE_ROLE`` True on the create row. The model never queries.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui import icons
from ui.models.search_results import DETAIL_ROLE, ID_ROLE, shown_phone

CREATE_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def detail_of(hit: Any) -> str:
    parts = [str(getattr(hit, "company", "") or ""), shown_phone(hit), str(getattr(hit, "email", "") or "")]
    return " · ".join(part for part in parts if part)


class CustomerChoicesModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Any] = []
        self._create_text = ""

    def set_choices(self, hits: Sequence[Any], create_text: str) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._create_text = create_text.strip()
        self.endResetModel()

    def hit(self, row: int) -> Any | None:
        """The hit on ``row``, or None for the create row."""
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def is_create_row(self, row: int) -> bool:
        return bool(self._create_text) and row == len(self._hits)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._hits) + (1 if self._create_text else 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = index.row()
        if self.is_create_row(row):
            return self._create_data(role)
        hit = self._hits[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(hit.name)
        if role == DETAIL_ROLE:
            return detail_of(hit)
        if role == ID_ROLE:
            return int(hit.customer_id)
        if role == CREATE_ROLE:
            return False
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            detail = detail_of(hit)
            return f"{hit.name}, {detail}" if detail else str(hit.name)
        return None

    def _create_data(self, role: int) -> Any:
        title = self.tr("Create new customer “{0}”").format(self._create_text)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return title
        if role == DETAIL_ROLE:
            return self.tr("Add a phone number or email in this dialog; saved with the contact")
        if role == ID_ROLE:
            return 0
        if role == CREATE_ROLE:
            return True
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon("add")
        if role == Qt.ItemDataRole.ToolTipRole:
            return title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
