"""Find duplicates and merge them: likely pairs, two records side by side, merge, undo a merge.

``MergeDialog(ctx, parent=None)`` has two tabs:

- "Likely duplicates": ``duplicates.find_duplicates`` runs off the UI thread and fills a table
  (``ui.models.duplicates_model``); choosing a pair shows both records side by side
  (``ui.dialogs.merge_compare.MergeCompare``): which record is kept and each field's value. "Merge"
  asks first, then the core use case ``usecases.merge.merge_customers(keep, other, choices)`` moves
  every contact, follow-up, score and tag to the record kept. The result line offers "Undo".
- "Merged earlier": ``merge.list_merges()`` with "Undo merge" (``merge.undo_merge``); the core refuses,
  with the reason, when the record kept was edited since.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carebook.clock import to_local
from carebook.conflicts import ConflictError
from carebook.errors import CarebookError
from carebook.services import customers, duplicates, merge, timeline
from carebook.services.duplicates import DuplicatePair
from carebook.usecases import merge as merge_cases
from ui import icons, msgbox
from ui.context import AppContext
from ui.dialogs.backups_dialog import made_text
from ui.dialogs.base import BaseDialog
from ui.dialogs.conflict_flow import refused
from ui.dialogs.merge_compare import History, MergeCompare
from ui.jobs import BackgroundJobs
from ui.models.duplicates_model import DuplicatesModel

PAIR_LIMIT = 500
MERGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def history(customer_id: int) -> History:
    kinds = Counter(entry.kind for entry in timeline.customer_timeline(customer_id))
    return History(kinds["contact"], kinds["followup"], kinds["feedback"])


class MergeDialog(BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Duplicates and merge"))
        self.setMinimumSize(900, 560)
        self.worker = BackgroundJobs(self)
        self.last_merge: merge.MergeResult | None = None

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_pairs_tab(), icons.icon("merge"), self.tr("Likely duplicates"))
        self.tabs.addTab(self._build_history_tab(), icons.icon("undo"), self.tr("Merged earlier"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.find()
        self.refresh_merges()

    # -- likely duplicates ----------------------------------------------------------------------------
    def _build_pairs_tab(self) -> QWidget:
        self.model = DuplicatesModel(self)
        self.table = QTableView()
        self.table.setObjectName("duplicatesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAccessibleName(self.tr("Likely duplicates, most likely first"))
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 150)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _old: self._show_pair(current.row())
        )
        self.list_state = QLabel()
        self.list_state.setObjectName("mutedLabel")
        self.list_state.setWordWrap(True)
        self.list_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list_state)
        self.list_stack.addWidget(self.table)
        self.rescan_button = QPushButton(icons.icon("refresh"), self.tr("Look &again"))
        self.rescan_button.clicked.connect(self.find)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_stack, 1)
        left_layout.addWidget(self.rescan_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.compare = MergeCompare()
        self.compare.changed.connect(self._update_merge_button)
        self.compare_state = QLabel(self.tr("Choose a pair on the left to compare the two records."))
        self.compare_state.setObjectName("mutedLabel")
        self.compare_state.setWordWrap(True)
        self.compare_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setObjectName("mergeCompareScroll")
        scroll.setAccessibleName(self.tr("The two customers side by side"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.compare)
        scroll.viewport().setAutoFillBackground(False)
        self.compare.setAutoFillBackground(False)
        self.compare_stack = QStackedWidget()
        self.compare_stack.addWidget(self.compare_state)
        self.compare_stack.addWidget(scroll)
        self.merge_button = QPushButton(icons.icon("merge"), self.tr("&Merge"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.merge_selected)
        self.result_label = QLabel()
        self.result_label.setObjectName("mergeResult")
        self.result_label.setWordWrap(True)
        self.undo_last_button = QPushButton(icons.icon("undo"), self.tr("&Undo"))
        self.undo_last_button.clicked.connect(self.undo_last)
        self.undo_last_button.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.result_label, 1)
        actions.addWidget(self.undo_last_button)
        actions.addWidget(self.merge_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.compare_stack, 1)
        right_layout.addLayout(actions)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mergeSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([360, 540])
        splitter.setChildrenCollapsible(False)
        tab = QWidget()
        tab_layout = QVBoxLayout(tab)
        tab_layout.addWidget(splitter)
        self._update_merge_button()
        return tab

    def find(self) -> None:  # type: ignore[override]  # not QWidget.find(window id), never used here
        """Look for likely duplicates off the UI thread."""
        self.list_state.setText(self.tr("Looking for customers entered twice…"))
        self.list_stack.setCurrentWidget(self.list_state)
        self.rescan_button.setEnabled(False)
        self.worker.run(  # a newer search drops this one's answer
            "find", lambda: duplicates.find_duplicates(PAIR_LIMIT), done=self._found, failed=self._find_failed
        )

    def busy(self) -> bool:
        return self.worker.busy()

    def _found(self, pairs: tuple[DuplicatePair, ...]) -> None:
        self.rescan_button.setEnabled(True)
        self.model.set_pairs(pairs)
        if not pairs:
            self.list_state.setText(
                self.tr(
                    "No likely duplicates: no two customers share an email, a phone or a very similar name."
                )
            )
            self._show_pair(-1)
            return
        self.list_stack.setCurrentWidget(self.table)
        self.select_pair(0)

    def _find_failed(self, message: str) -> None:
        self.rescan_button.setEnabled(True)
        self.list_state.setText(self.tr("Could not look for duplicates: {0}").format(message))

    def select_pair(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self._show_pair(row)

    def _show_pair(self, row: int) -> None:
        pair = self.model.pair(row)
        if pair is None:
            self.compare_stack.setCurrentWidget(self.compare_state)
            self._update_merge_button()
            return
        try:
            found = {c.id: c for c in customers.get_many([pair.a.id, pair.b.id])}
            a, b = found[pair.a.id], found[pair.b.id]
            self.compare.set_customers(a, b, history(a.id), history(b.id))
        except (CarebookError, KeyError):
            self.compare_state.setText(
                self.tr("One of these customers no longer exists. Click “Look again”.")
            )
            self.compare_stack.setCurrentWidget(self.compare_state)
            self._update_merge_button()
            return
        self.compare_stack.setCurrentIndex(1)
        self._update_merge_button()

    def _update_merge_button(self) -> None:
        ready = self.compare_stack.currentIndex() == 1 and self.compare.a is not None
        self.merge_button.setEnabled(ready)
        if ready:
            kept = self.compare.keep_id()
            self.merge_button.setToolTip(self.tr("Merge the other record into customer #{0}").format(kept))

    def merge_selected(self) -> bool:
        if not self.merge_button.isEnabled():
            return False
        keep_id, other_id = self.compare.keep_id(), self.compare.other_id()
        rows = {self.compare.a.id: self.compare.a, self.compare.b.id: self.compare.b}  # type: ignore[union-attr]
        kept, other = rows[keep_id], rows[other_id]
        assert kept is not None and other is not None  # the merge button needs both
        if not msgbox.question(
            self,
            self.tr("Merge these records?"),
            self.tr(
                "Merge “{0}” (#{1}) into “{2}” (#{3})?\n\nEvery contact, follow-up, score and tag moves to "
                "#{3}, which takes the values you chose; #{1} is removed. You can undo the merge later."
            ).format(other.name, other_id, kept.name, keep_id),
            self.tr("Merge"),
            self.tr("Cancel"),
        ):
            return False
        seen = {customer_id: customers.seen(row) for customer_id, row in rows.items() if row is not None}
        try:  # both as compared: one changed at another counter since is not merged (``refused``)
            result = merge_cases.merge_customers(keep_id, other_id, self.compare.choices(), seen)
        except ConflictError as error:
            refused(self, error)
            return False
        except CarebookError as error:
            msgbox.warning(self, self.tr("Not merged"), str(error))
            return False
        self.last_merge = result
        self.ctx.notify_data_changed()
        self.result_label.setText(
            self.tr("Merged into “{0}”. Moved — contacts: {1}, follow-ups: {2}, scores: {3}.").format(
                kept.name, result.contacts, result.followups, result.scores
            )
        )
        self.undo_last_button.show()
        row = max(self.table.currentIndex().row(), 0)
        self.model.drop_customers([other_id])
        self.refresh_merges()
        if self.model.rowCount():
            self.select_pair(min(row, self.model.rowCount() - 1))
        else:
            self.list_state.setText(self.tr("No more likely duplicates."))
            self.list_stack.setCurrentWidget(self.list_state)
            self._show_pair(-1)
        return True

    def undo_last(self) -> bool:
        if self.last_merge is None:
            return False
        done = self.undo(self.last_merge.merge_id)
        if done:
            self.last_merge = None
            self.undo_last_button.hide()
            self.find()
        return done

    # -- merged earlier -------------------------------------------------------------------------------
    def _build_history_tab(self) -> QWidget:
        self.merges = QTreeWidget()
        self.merges.setObjectName("mergesList")
        self.merges.setRootIsDecorated(False)
        self.merges.setAlternatingRowColors(True)
        self.merges.setUniformRowHeights(True)
        self.merges.setHeaderLabels(
            [self.tr("When"), self.tr("Kept"), self.tr("Merged into it"), self.tr("State")]
        )
        self.merges.setAccessibleName(self.tr("Merges, newest first"))
        self.merges.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.merges.header().setStretchLastSection(True)
        self.merges.itemSelectionChanged.connect(self._update_undo_button)
        self.merges_empty = QLabel(self.tr("No merges yet."))
        self.merges_empty.setObjectName("mutedLabel")
        self.undo_button = QPushButton(icons.icon("undo"), self.tr("Undo &merge"))
        self.undo_button.clicked.connect(self.undo_selected)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        intro = QLabel(
            self.tr(
                "Undoing a merge brings back the record merged away, with its own contacts, follow-ups, "
                "scores and tags, and puts the record kept back as it was."
            )
        )
        intro.setObjectName("mutedLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.merges, 1)
        layout.addWidget(self.merges_empty)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        return tab

    def refresh_merges(self) -> None:
        self.merges.clear()
        rows = merge.list_merges()
        names = {c.id: c.name for c in customers.get_many({row.keep_id for row in rows})}
        for row in rows:
            when = made_text(to_local(row.created_at))
            kept = names.get(row.keep_id, self.tr("#{0} (no longer exists)").format(row.keep_id))
            if row.undone_at is not None:
                state = self.tr("Undone {0}").format(made_text(to_local(row.undone_at)))
            else:
                state = self.tr("Merged")
            item = QTreeWidgetItem([when, kept, f"{row.other_name} (#{row.other_id})", state])
            item.setData(0, MERGE_ID_ROLE, row.id)
            item.setData(0, MERGE_ID_ROLE + 1, row.undone_at is None)
            self.merges.addTopLevelItem(item)
        self.merges_empty.setVisible(not rows)
        if rows:
            self.merges.setCurrentItem(self.merges.topLevelItem(0))  # type: ignore[arg-type]  # rows exist
        self._update_undo_button()

    def _update_undo_button(self) -> None:
        item = self.merges.currentItem()
        self.undo_button.setEnabled(item is not None and bool(item.data(0, MERGE_ID_ROLE + 1)))

    def undo_selected(self) -> bool:
        item = self.merges.currentItem()
        if item is None or not item.data(0, MERGE_ID_ROLE + 1):
            return False
        done = self.undo(int(item.data(0, MERGE_ID_ROLE)))
        if done:
            self.find()
        return done

    def undo(self, merge_id: int) -> bool:
        try:
            result = merge.undo_merge(merge_id)
        except CarebookError as error:
            msgbox.warning(self, self.tr("Merge not undone"), str(error))
            return False
        self.ctx.notify_data_changed()
        self.ctx.status(self.tr("Merge undone: both records are back"))
        self.result_label.setText(
            self.tr("Merge undone: customer #{0} is back (contacts: {1}).").format(
                result.other_id, result.contacts
            )
        )
        self.refresh_merges()
        return True

    def done(self, result: int) -> None:
        self.worker.shutdown()
        super().done(result)
