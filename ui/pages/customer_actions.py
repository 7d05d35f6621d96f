"""Bulk actions of the Customers page on the selected customers, or on all that match ("select all").

``CustomerActions(page)`` owns the QActions (buttons and the table's context menu use them):
``add_tag`` (Ctrl+T), ``followup`` (plan one follow-up each), ``trash`` (Delete; asks first) and
``restore`` (in the trash view). Trashing and restoring can be undone from the page's undo bar.
``update(count, trash_view)`` enables them for a selection of ``count`` customers. The page provides
``selected_ids()`` (reading the ids of every selected row, or ``customers.ids_matching`` when every
matching customer is selected) and ``undo_bar``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QSizePolicy, QToolButton, QWidget

from carebook.conflicts import ConflictError
from carebook.errors import CarebookError, StorageError
from carebook.services import customers
from carebook.versions import Seen
from ui import icons, msgbox
from ui.demo import load_demo_data
from ui.dialogs import launcher
from ui.dialogs.bulk_dialogs import AddTagDialog, BulkFollowupDialog
from ui.dialogs.conflict_flow import refused
from ui.widgets.bulk_bar import BulkBar
from ui.widgets.relative_time import count_text

if TYPE_CHECKING:
    from ui.pages.customers import CustomersPage

_CTX = "CustomerActions"
ASK_FOLLOWUPS_OVER = 100  # planning more follow-ups than this at once is confirmed first


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def customers_text(count: int) -> str:
    return (
        QCoreApplication.translate("CustomerActions", "1 customer")
        if count == 1
        else QCoreApplication.translate("CustomerActions", "{0} customers").format(count_text(count))
    )


class CustomerActions:
    def __init__(self, page: CustomersPage) -> None:
        self.page = page
        self.last_dialog: object = None  # for tests
        self.add_tag = self._action(
            "tag",
            QCoreApplication.translate("CustomerActions", "Add &tag…"),
            self.add_tag_to_selection,
            "Ctrl+T",
        )
        self.followup = self._action(
            "new-followup",
            QCoreApplication.translate("CustomerActions", "Plan &follow-ups…"),
            self.plan_followups,
        )
        self.trash = self._action(
            "trash",
            QCoreApplication.translate("CustomerActions", "Move to t&rash"),
            self.trash_selection,
            QKeySequence.StandardKey.Delete,
        )
        self.restore = self._action(
            "restore", QCoreApplication.translate("CustomerActions", "&Restore"), self.restore_selection
        )
        self.add_tag.setToolTip(
            QCoreApplication.translate("CustomerActions", "Add a tag to the selected customers (Ctrl+T)")
        )
        self.followup.setToolTip(
            QCoreApplication.translate("CustomerActions", "Plan one follow-up for each selected customer")
        )
        self.trash.setToolTip(
            QCoreApplication.translate("CustomerActions", "Move the selected customers to the trash (Delete)")
        )
        self.restore.setToolTip(
            QCoreApplication.translate("CustomerActions", "Take the selected customers out of the trash")
        )

    def _action(
        self,
        icon_name: str,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(icons.icon(icon_name), text, self.page)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the table's keys, not the form's
        self.page.table.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        return [self.add_tag, self.followup, self.trash, self.restore]

    def build_bar(self) -> QWidget:
        """The bar above the table: how many are selected, "Select all N", and the actions."""
        bar = BulkBar(self.page)
        bar.setObjectName("bulkBar")
        self.bar = bar
        self.selection_label = bar.note
        # a flat tool button: as wide as its words (a push button's style minimum would cut them short at
        # 800x600 in the languages with longer words)
        self.select_all_button = QToolButton(bar)
        self.select_all_button.setObjectName("selectAllButton")
        self.select_all_button.setAutoRaise(True)
        self.select_all_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.select_all_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.select_all_button.clicked.connect(self.page.select_all)
        bar.add_left(self.select_all_button)
        self.buttons: dict[QAction, QToolButton] = {}
        for action in self.actions():
            self.buttons[action] = bar.add_action(action)
        return bar

    def update(self, count: int, total: int, trash_view: bool) -> None:
        """Enable the actions for ``count`` selected of ``total`` listed customers."""
        self.select_all_button.setText(
            QCoreApplication.translate("CustomerActions", "Select all {0}").format(count_text(total))
        )
        self.bar.show_left(self.select_all_button, 0 < count < total and total > 1)
        for action in (self.add_tag, self.followup):
            action.setEnabled(count > 0 and not trash_view)
            action.setVisible(not trash_view)
        self.trash.setEnabled(count > 0 and not trash_view)
        self.trash.setVisible(not trash_view)
        self.restore.setEnabled(count > 0 and trash_view)
        self.restore.setVisible(trash_view)
        for action, button in self.buttons.items():
            button.setVisible(action.isVisible())
        if count > 1:
            self.bar.set_note(
                QCoreApplication.translate("CustomerActions", "{0} selected").format(count_text(count))
            )
        else:
            self.bar.set_note(
                QCoreApplication.translate("CustomerActions", "Select several with Shift or Ctrl")
                if total > 1
                else "",
                hint=True,
            )

    def load_demo(self) -> None:
        """Fill an empty shop with the demo data (the welcome dialog's choice)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            load_demo_data()
        except CarebookError as error:
            msgbox.warning(
                self.page, QCoreApplication.translate("CustomerActions", "No demo data"), str(error)
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.page.ctx.status(QCoreApplication.translate("CustomerActions", "Demo data loaded"))
        self.page.ctx.notify_data_changed()

    def context_menu(self) -> QMenu:
        menu = QMenu(self.page)
        detail = self.page.detail
        if detail.row is not None and not detail.row.trashed:
            menu.addAction(
                icons.icon("log-contact"),
                QCoreApplication.translate("CustomerActions", "&Log contact…"),
                detail.log_contact,
            )
            menu.addAction(
                icons.icon("edit"),
                QCoreApplication.translate("CustomerActions", "&Edit in a window…"),
                self.edit_current,
            )
            menu.addSeparator()
        for action in self.actions():
            if action.isVisible():
                menu.addAction(action)
        return menu

    # -- the actions -----------------------------------------------------------------------------
    def _ids(self) -> tuple[int, ...]:
        try:
            return tuple(self.page.selected_ids())
        except CarebookError as error:
            msgbox.error(self.page, QCoreApplication.translate("CustomerActions", "Not done"), str(error))
            return ()

    def edit_current(self) -> None:
        row = self.page.detail.row
        if row is not None:
            self.last_dialog = launcher.open_customer_dialog(self.page.ctx, self.page, customer_id=row.id)

    def add_tag_to_selection(self) -> None:
        ids = self._ids()
        if ids:
            self.last_dialog = launcher.show_dialog(
                self.page.ctx, AddTagDialog(self.page.ctx, self.page, customer_ids=ids)
            )

    def plan_followups(self) -> None:
        ids = self._ids()
        if not ids:
            return
        if len(ids) > ASK_FOLLOWUPS_OVER and not msgbox.question(
            self.page,
            QCoreApplication.translate("CustomerActions", "Plan many follow-ups?"),
            QCoreApplication.translate(
                "CustomerActions", "This plans a separate follow-up for each of {0}."
            ).format(customers_text(len(ids))),
            QCoreApplication.translate("CustomerActions", "Continue"),
            QCoreApplication.translate("CustomerActions", "Cancel"),
        ):
            return
        self.last_dialog = launcher.show_dialog(
            self.page.ctx, BulkFollowupDialog(self.page.ctx, self.page, customer_ids=ids)
        )

    def trash_selection(self) -> None:
        self.move_to_trash(self._ids())

    def move_to_trash(self, ids: Sequence[int]) -> None:
        if not ids:
            return
        if len(ids) == 1:
            name = self.page.name_of(ids[0])
            text = QCoreApplication.translate(
                "CustomerActions", "Move {0} to the trash? Their contacts and scores stay in the figures."
            ).format(name)
        else:
            text = QCoreApplication.translate(
                "CustomerActions", "Move {0} to the trash? Their contacts and scores stay in the figures."
            ).format(customers_text(len(ids)))
        if not msgbox.question(
            self.page,
            QCoreApplication.translate("CustomerActions", "Move to the trash"),
            text,
            QCoreApplication.translate("CustomerActions", "Move to trash"),
            QCoreApplication.translate("CustomerActions", "Cancel"),
        ):
            return
        seen = self._seen(ids)  # as shown when asked: one changed at another counter since is not moved
        moved = self._write(lambda chosen: customers.trash(chosen, seen), ids)
        if moved is None:
            return
        self.page.undo_bar.show_message(
            QCoreApplication.translate("CustomerActions", "{0} moved to the trash").format(
                customers_text(moved)
            ),
            lambda: self._undo(customers.restore, ids),
        )
        self.page.ctx.status(
            QCoreApplication.translate("CustomerActions", "{0} moved to the trash").format(
                customers_text(moved)
            )
        )

    def restore_selection(self) -> None:
        self.restore_ids(self._ids())

    def restore_ids(self, ids: Sequence[int]) -> None:
        if not ids:
            return
        restored = self._write(customers.restore, ids)
        if restored is None:
            return
        self.page.undo_bar.show_message(
            QCoreApplication.translate("CustomerActions", "{0} restored").format(customers_text(restored)),
            lambda: self._undo(customers.trash, ids),
        )
        self.page.ctx.status(
            QCoreApplication.translate("CustomerActions", "{0} restored").format(customers_text(restored))
        )

    def _seen(self, ids: Sequence[int]) -> dict[int, Seen]:
        """The versions of the customers shown (the open form's, else the table's loaded rows)."""
        detail, model = self.page.detail, self.page.model
        seen: dict[int, Seen] = {}
        for customer_id in ids:
            if detail.row is not None and detail.row.id == customer_id and detail.seen is not None:
                seen[customer_id] = detail.seen
                continue
            index = model.row_of(customer_id)
            row = model.peek(index) if index >= 0 else None
            if row is not None:
                seen[customer_id] = customers.seen(row)
        return seen

    def _write(self, write: object, ids: Sequence[int]) -> int | None:
        try:
            done = int(write(ids))  # type: ignore[operator]
        except StorageError as error:
            msgbox.error(self.page, QCoreApplication.translate("CustomerActions", "Not done"), str(error))
            return None
        except ConflictError as error:
            refused(self.page, error)
            self.page.ctx.notify_data_changed()  # show it as it is now
            return None
        except CarebookError as error:
            msgbox.warning(self.page, QCoreApplication.translate("CustomerActions", "Not done"), str(error))
            return None
        self.page.table.clearSelection()
        self.page.ctx.notify_data_changed()
        return done

    def _undo(self, write: object, ids: Sequence[int]) -> None:
        if self._write(write, ids) is not None:
            self.page.ctx.status(QCoreApplication.translate("CustomerActions", "Undone"))
