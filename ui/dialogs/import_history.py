"""Earlier imports and undoing one: a list for the wizard's last page and the "Earlier imports" dialog.

``ImportHistory(ctx, parent=None)`` lists ``carebook.exchange.undo.list_imports()`` newest first (when,
file, what, rows created and updated, undone or not). ``undo(batch_id)`` asks first, then runs
``undo.undo_import`` off the UI thread: the rows the import created are removed and the fields it
updated get their earlier values. The core refuses, with the reason, when that would lose later work;
the reason is shown as it is. ``undone(UndoResult)`` is emitted after an undo, and the pages refresh.

``ImportsDialog(ctx, parent=None)`` shows the same list on its own (from the wizard's first page).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carebook.clock import to_local
from carebook.exchange import undo
from carebook.exchange.undo import ImportRow, UndoResult
from ui import icons, msgbox
from ui.context import AppContext
from ui.dialogs.backups_dialog import made_text
from ui.dialogs.base import BaseDialog
from ui.jobs import BackgroundJobs

ID_ROLE = Qt.ItemDataRole.UserRole + 1
OPEN_ROLE = Qt.ItemDataRole.UserRole + 2


class ImportHistory(QWidget):
    undone = Signal(object)  # UndoResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker = BackgroundJobs(self)
        self.list = QTreeWidget()
        self.list.setObjectName("importsList")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("File"),
                self.tr("What"),
                self.tr("Created"),
                self.tr("Updated"),
                self.tr("State"),
            ]
        )
        self.list.setAccessibleName(self.tr("Earlier imports, newest first"))
        header = self.list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.list.itemSelectionChanged.connect(self._update_button)
        self.empty = QLabel(self.tr("No imports yet."))
        self.empty.setObjectName("mutedLabel")
        self.undo_button = QPushButton(icons.icon("undo"), self.tr("&Undo the chosen import"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.status = QLabel()
        self.status.setObjectName("mutedLabel")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.refresh()

    # -- the list ---------------------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        self.list.clear()
        rows = undo.list_imports()
        for row in rows:
            item = QTreeWidgetItem(
                [
                    str(row.id),
                    made_text(to_local(row.created_at)),
                    row.file_name,
                    kind_text(row.kind),
                    f"{row.created_rows:,}",
                    f"{row.updated_rows:,}",
                    self.state_text(row),
                ]
            )
            item.setToolTip(2, row.file_name)
            item.setData(0, ID_ROLE, row.id)
            item.setData(0, OPEN_ROLE, not row.undone)
            for column in (0, 4, 5):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
            if row.id == select or (select is None and self.list.topLevelItemCount() == 1):
                self.list.setCurrentItem(item)
        self.empty.setVisible(not rows)
        self.list.setVisible(bool(rows))
        self._update_button()

    def state_text(self, row: ImportRow) -> str:
        if row.undone_at is not None:
            return self.tr("Undone {0}").format(made_text(to_local(row.undone_at)))
        return self.tr("Imported")

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(0, ID_ROLE)) if item is not None and item.data(0, OPEN_ROLE) else None

    def _update_button(self) -> None:
        self.undo_button.setEnabled(self.selected_id() is not None and not self.worker.busy())

    # -- undoing ----------------------------------------------------------------------------------------
    def undo_selected(self) -> bool:
        batch_id = self.selected_id()
        return batch_id is not None and self.undo(batch_id)

    def undo(self, batch_id: int) -> bool:
        """Ask, then take back import ``batch_id`` off the UI thread; False when not started."""
        if self.worker.busy():
            return False
        if not msgbox.question(
            self,
            self.tr("Undo this import?"),
            self.tr(
                "Undo import {0}? The rows it created are removed and the fields it changed get their "
                "earlier values. If anything was added or changed since, Carebook says so and changes "
                "nothing."
            ).format(batch_id),
            self.tr("Undo the import"),
            self.tr("Keep it"),
        ):
            return False
        self.status.setText(self.tr("Undoing import {0}…").format(batch_id))
        self.undo_button.setEnabled(False)
        self.worker.run(
            "undo",
            lambda: undo.undo_import(batch_id),
            done=partial(self._undone, batch_id),
            failed=self._refused,
        )
        return True

    def busy(self) -> bool:
        return self.worker.busy()

    def _undone(self, batch_id: int, result: UndoResult) -> None:
        parts = [self.tr("rows removed: {0:,}").format(result.removed)]
        if result.customers_restored:
            parts.append(
                self.tr("customers given back their earlier values: {0:,}").format(result.customers_restored)
            )
        text = self.tr("Import {0} undone — {1}.").format(result.batch_id, ", ".join(parts))
        if result.kept:
            text += " " + self.tr("Kept: {0}.").format("; ".join(result.kept))
        self.status.setText(text)
        self.refresh(select=batch_id)
        self.ctx.notify_data_changed()
        self.ctx.status(self.tr("Import {0} undone").format(result.batch_id))
        self.undone.emit(result)

    def _refused(self, message: str) -> None:
        self.status.setText("")
        self._update_button()
        msgbox.warning(self, self.tr("Import not undone"), message)

    def shutdown(self) -> None:
        self.worker.shutdown()


def kind_text(kind: str) -> str:
    from ui.dialogs.import_pages import kind_label

    if kind == "vcard":
        return QCoreApplication.translate("ImportHistory", "Customers (vCard)")
    return kind_label(kind).split(" (")[0]


class ImportsDialog(BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Earlier imports"))
        self.setMinimumSize(680, 380)
        self.history = ImportHistory(ctx, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.history, 1)
        layout.addWidget(buttons)

    def done(self, result: int) -> None:
        self.history.shutdown()
        super().done(result)
