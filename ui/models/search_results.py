"""A list model over search hits (``carebook.services.search.SearchHit`` rows), for the search popup.

Display: the customer's name; ``DETAIL_ROLE``: "company · email · phone" (the phone as the customers
table shows it: ``shown_phone``) or the matched snippet;
``ID_ROLE``: the customer id. The model never queries: it holds the rows it was given.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from carebook import settings
from carebook.contact_info import display_phone
from ui.bidi import left_to_right

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def detail_text(hit: Any) -> str:
    parts = [str(getattr(hit, name, "") or "") for name in ("company", "email")]
    parts.append(shown_phone(hit))
    detail = " · ".join(part for part in parts if part)
    matched = str(getattr(hit, "matched", "") or "")
    snippet = str(getattr(hit, "snippet", "") or "")
    if snippet and matched not in ("", "name", "company", "email", "phone"):
        return f"{detail} — {snippet}" if detail else snippet
    return detail


def shown_phone(hit: Any) -> str:
    """A hit's (or a picked customer's) number as the customers table shows it, for the shop's country."""
    return left_to_right(display_phone(str(getattr(hit, "phone", "") or ""), settings.current().phone_region))


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Any] = []

    def set_hits(self, hits: Sequence[Any]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> Any:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(hit.name)
        if role == DETAIL_ROLE:
            return detail_text(hit)
        if role == ID_ROLE:
            return int(hit.customer_id)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            detail = detail_text(hit)
            return f"{hit.name}, {detail}" if detail else str(hit.name)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
