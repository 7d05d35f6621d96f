"""One customer's history for the detail pane: ``TimelineEntry`` rows (newest first) as list items.

``TimelineModel(parent=None)``; ``set_entries(entries, now_local, in_place=False)`` replaces them (in
place: only the entries that differ change, ``entry_key`` matches them). Each item gives a translated
title (DisplayRole: "Phone from the customer · Problem", "Follow-up due Fri 27 Nov",
"CSAT 4 of 5"), ``DETAIL_ROLE`` (summary, note or comment, with who), ``WHEN_ROLE`` (a short local date),
an icon per kind (the channel's for contacts), ``ACCENT_ROLE`` ("open", "overdue", "low", "high" or ""),
a tooltip with everything and the full local time, and ``ENTRY_ROLE`` (the ``TimelineEntry``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from carebook import clock, vocab
from carebook.services.feedback import FeedbackRow
from carebook.services.followups import FollowupRow
from carebook.services.interactions import InteractionRow
from carebook.services.timeline import TimelineEntry
from ui import icons, labels
from ui.models.customer_cells import score_mood
from ui.models.row_sync import sync_rows
from ui.widgets.relative_time import ago, local_stamp, short_stamp

DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
WHEN_ROLE = Qt.ItemDataRole.UserRole + 2
ACCENT_ROLE = Qt.ItemDataRole.UserRole + 3
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 4
Index = QModelIndex | QPersistentModelIndex

_CTX = "Timeline"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _day(value: Any) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), "ddd d MMM yyyy")


def title(entry: TimelineEntry) -> str:
    row = entry.row
    if isinstance(row, InteractionRow):
        parts = [labels.channel(row.channel), labels.reason(row.reason)]
        if row.direction == "outbound":
            parts.append(QCoreApplication.translate("Timeline", "we got in touch"))
        if row.is_open:
            parts.append(QCoreApplication.translate("Timeline", "open"))
        return " · ".join(parts)
    if isinstance(row, FollowupRow):
        due = _day(row.due_on)
        if row.due_time is not None:
            due = QCoreApplication.translate("Timeline", "{0} at {1}").format(
                due, row.due_time.strftime("%H:%M")
            )
        if row.done_at is not None:
            return QCoreApplication.translate("Timeline", "Follow-up done")
        if row.state == "overdue":
            return QCoreApplication.translate("Timeline", "Follow-up overdue since {0}").format(due)
        if row.state == "due_today":
            return QCoreApplication.translate("Timeline", "Follow-up due today")
        return QCoreApplication.translate("Timeline", "Follow-up due {0}").format(due)
    if isinstance(row, FeedbackRow):
        high = vocab.SCORE_RANGES.get(row.kind, (0, 0))[1]
        return QCoreApplication.translate("Timeline", "{0} {1} of {2}").format(
            labels.kind(row.kind), row.score, high
        )
    return entry.title


def detail(entry: TimelineEntry) -> str:
    row = entry.row
    if isinstance(row, InteractionRow):
        text = " ".join((row.summary or row.notes.split("\n", 1)[0]).split())
        if row.staff_name:
            return (
                QCoreApplication.translate("Timeline", "{0} — {1}").format(text, row.staff_name)
                if text
                else row.staff_name
            )
        return text
    if isinstance(row, FollowupRow):
        note = " ".join(row.note.split())
        if row.done_at is not None and row.done_by_name:
            who = QCoreApplication.translate("Timeline", "done by {0}").format(row.done_by_name)
        elif row.assignee_name:
            who = QCoreApplication.translate("Timeline", "for {0}").format(row.assignee_name)
        else:
            who = ""
        return (
            QCoreApplication.translate("Timeline", "{0} — {1}").format(note, who)
            if note and who
            else (note or who[:1].upper() + who[1:])  # not capitalize(): it lowers the name
        )
    if isinstance(row, FeedbackRow):
        return " ".join(row.comment.split())
    return entry.detail


def accent(entry: TimelineEntry) -> str:
    row = entry.row
    if isinstance(row, InteractionRow):
        return "open" if row.is_open else ""
    if isinstance(row, FollowupRow):
        return "overdue" if row.state == "overdue" and row.done_at is None else ""
    if isinstance(row, FeedbackRow):
        return score_mood(row.kind, row.score)
    return ""


def icon_name(entry: TimelineEntry) -> str:
    row = entry.row
    if isinstance(row, InteractionRow):
        return labels.channel_icon_name(row.channel)
    if isinstance(row, FollowupRow):
        return "done" if row.done_at is not None else "followups"
    return "satisfaction"


def tooltip(entry: TimelineEntry, now_local: datetime) -> str:
    row = entry.row
    parts = [title(entry)]
    if isinstance(row, InteractionRow):
        parts.append(local_stamp(row.occurred_at) + " · " + ago(row.occurred_at, now_local))
        parts.extend(text for text in (row.summary.strip(), row.notes.strip()[:800]) if text)
        if row.staff_name:
            parts.append(QCoreApplication.translate("Timeline", "Logged by {0}").format(row.staff_name))
    elif isinstance(row, FollowupRow):
        if row.note.strip():
            parts.append(row.note.strip()[:800])
        parts.append(QCoreApplication.translate("Timeline", "Due {0}").format(_day(row.due_on)))
        if row.done_at is not None:
            parts.append(QCoreApplication.translate("Timeline", "Done {0}").format(local_stamp(row.done_at)))
        if row.assignee_name:
            parts.append(QCoreApplication.translate("Timeline", "For {0}").format(row.assignee_name))
    elif isinstance(row, FeedbackRow):
        parts.append(local_stamp(row.received_at) + " · " + ago(row.received_at, now_local))
        parts.append(labels.kind_question(row.kind))
        if row.comment.strip():
            parts.append(row.comment.strip()[:800])
    return "\n".join(parts)


def when_text(entry: TimelineEntry, now_local: datetime) -> str:
    row = entry.row
    if isinstance(row, FollowupRow):
        shown = QDate(row.due_on.year, row.due_on.month, row.due_on.day)
        return QLocale().toString(shown, "d MMM" if row.due_on.year == now_local.year else "d MMM yyyy")
    return short_stamp(entry.when, now_local.date())


def entry_key(entry: TimelineEntry) -> tuple[str, int]:
    """One entry of a history, whatever changed in it: the kind of record and its id."""
    return type(entry.row).__name__, entry.row.id


class TimelineModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []
        self._now = clock.local_now()

    def set_entries(
        self, entries: Sequence[TimelineEntry], now_local: datetime | None = None, *, in_place: bool = False
    ) -> None:
        """Show ``entries``; ``in_place`` (the same customer's history read again): only the entries that
        differ change, so the list keeps its place and selection (``ui.models.row_sync``)."""
        self._now = now_local or clock.local_now()
        if in_place:
            sync_rows(self, self._entries, entries, columns=1, key=entry_key)
            return
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> tuple[TimelineEntry, ...]:
        return tuple(self._entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries) or index.column() != 0:
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return title(entry)
        if role == DETAIL_ROLE:
            return detail(entry)
        if role == WHEN_ROLE:
            return when_text(entry, self._now)
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon(icon_name(entry))
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(entry, self._now)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{when_text(entry, self._now)}: {title(entry)}. {detail(entry)}"
        if role == ACCENT_ROLE:
            return accent(entry)
        if role == ENTRY_ROLE:
            return entry
        return None
