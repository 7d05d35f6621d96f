"""Today's "Upcoming" section: the follow-ups due in the next days, folded under a heading by default.

``UpcomingSection(parent)``; ``set_rows(rows, today)`` shows the heading "Upcoming in the next 7 days (N)"
(hidden when there are none) and, unfolded, one line per follow-up: when it is due, the customer (a link
that opens the customer: ``customer_clicked(customer_id)``) and its note. ``toggle`` is the heading's
button (checkable; ``folded_changed(bool)`` tells the page, which remembers the choice).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from carebook.services.followup_rows import FollowupRow
from ui.widgets import followup_text as words

NOTE_CHARS = 80  # of a follow-up's note on its line


class UpcomingSection(QWidget):
    customer_clicked = Signal(int)
    folded_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, days: int = 7) -> None:
        super().__init__(parent)
        self.days = days
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("upcomingToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.toggled.connect(self._toggled)
        self.body = QLabel(self)
        self.body.setObjectName("upcomingList")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.body.linkActivated.connect(lambda link: self.customer_clicked.emit(int(link)))
        self.body.setAccessibleName(self.tr("Upcoming follow-ups"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self._count = 0
        self._show_fold(folded=True)
        self.hide()

    def set_folded(self, folded: bool) -> None:
        self.toggle.setChecked(not folded)
        self._show_fold(folded)

    def folded(self) -> bool:
        return not self.toggle.isChecked()

    def set_rows(self, rows: Sequence[FollowupRow], today: date) -> None:
        self._count = len(rows)
        lines = []
        for row in rows:
            note = " ".join(row.note.split())
            note = note if len(note) <= NOTE_CHARS else note[: NOTE_CHARS - 1] + "…"
            line = self.tr("{0} · {1}").format(
                html.escape(words.due_when(row.due_on, row.due_time, today)),
                f'<a href="{row.customer_id}">{html.escape(row.customer_name)}</a>',
            )
            lines.append(f"{line} · {html.escape(note)}" if note else line)
        self.body.setText("<br>".join(lines))
        self._show_fold(self.folded())
        self.setVisible(bool(rows))

    def _toggled(self, unfolded: bool) -> None:
        self._show_fold(not unfolded)
        self.folded_changed.emit(not unfolded)

    def _show_fold(self, folded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.RightArrow if folded else Qt.ArrowType.DownArrow)
        text = self.tr("Upcoming in the next %n days ({0})", "", self.days).format(self._count)
        self.toggle.setText(text)
        self.toggle.setAccessibleName(text)
        self.toggle.setToolTip(self.tr("Show the follow-ups due soon") if folded else self.tr("Hide them"))
        self.body.setVisible(not folded)
