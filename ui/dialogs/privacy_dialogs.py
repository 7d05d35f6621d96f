"""Privacy: export everything about a customer, and erase a customer for good.

For the customer detail pane (and anyone else): ``open_export_person(ctx, parent, customer_id)`` and
``open_erase(ctx, parent, customer_id)`` open the dialogs window-modally and return them.

``ExportPersonDialog``: the folder to write into; "Export" calls
``carebook.exchange.privacy_export.export_person``, which makes a new owner-only folder holding the
record, contacts, follow-ups and scores as JSON and CSV; the dialog then names the folder and offers
to open it.

``EraseDialog``: says what erasing does (personal fields and free text blanked, the record renamed
"Erased customer #id", contacts and scores kept so the monthly figures still add up) and that it cannot
be undone; "Erase" stays disabled until "I understand" is ticked. It warns that older backups still hold
the data, and after the erase (``privacy.erase``) it lists those backups and offers to delete them
(``privacy.delete_backups``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from carebook.backup import BackupInfo
from carebook.clock import utc_now
from carebook.conflicts import ConflictError
from carebook.errors import CarebookError
from carebook.exchange import privacy_export
from carebook.services import customers, privacy
from carebook.services.customer_rows import CustomerRow
from ui import files, icons, msgbox
from ui.context import AppContext
from ui.dialogs import launcher
from ui.dialogs.backups_dialog import kind_text, made_text
from ui.dialogs.base import BaseDialog, Form
from ui.dialogs.conflict_flow import refused


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("dialogTitle")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # a name in a right-to-left script stays where the other titles are
    label.setAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
    )
    return label


def _text(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class ExportPersonDialog(BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, customer_id: int = 0) -> None:
        super().__init__(ctx, parent)
        self.customer: CustomerRow = privacy.resolve_customer(customer_id)
        self.setWindowTitle(self.tr("Export everything about a customer"))
        self.setMinimumWidth(560)
        self.exported: privacy_export.PersonExport | None = None

        intro = _text(
            self.tr(
                "Carebook writes everything it holds about {0}: the customer record and tags, every "
                "contact, follow-up and score. Each as JSON (for a data request) and as CSV files that a "
                "spreadsheet opens. The files go into a new folder that only you can read."
            ).format(self.customer.name),
            "mutedLabel",
        )
        self.form = Form(self)
        self.folder = QLineEdit(self.ctx.state.get("folders/person-export") or str(Path.home()))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.folder, 1)
        row_layout.addWidget(self.browse_button)
        self.form.add_row("folder", self.tr("&Into the folder:"), row, focus=self.folder)
        self.result_label = _text("", "importStatus")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.open_button = QPushButton(icons.icon("folder"), self.tr("&Open the folder"))
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(_title(self.customer.name))
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.form.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.add_buttons(self.tr("&Export"), layout)
        assert self.save_button is not None
        self.save_button.setIcon(icons.icon("export"))

    def browse(self) -> None:
        chosen = files.choose_folder(
            self, self.ctx.state, "person-export", self.tr("Export into which folder?"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def try_save(self) -> bool:
        """Export; the dialog stays open to show where the files are."""
        self.form.clear_errors()
        text = self.folder.text().strip()
        if not text:
            self.form.show_errors({"folder": self.tr("Choose the folder to export into.")})
            return False
        try:
            exported = privacy_export.export_person(self.customer.id, text)
        except CarebookError as error:
            self.form.show_errors({"folder": str(error)})
            return False
        self.exported = exported
        self.ctx.state.set("folders/person-export", text)
        self.result_label.setText(
            self.tr("Saved in {1} — files: {0}, contacts: {2}, follow-ups: {3}, scores: {4}.").format(
                len(exported.files), exported.folder, exported.contacts, exported.followups, exported.scores
            )
        )
        self.result_label.show()
        self.open_button.show()
        assert self.save_button is not None and self.cancel_button is not None
        self.save_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setDefault(True)
        self.ctx.status(self.tr("Exported everything about {0}").format(self.customer.name))
        return True

    def open_folder(self) -> bool:
        if self.exported is None:
            return False
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported.folder))))


class EraseDialog(BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, customer_id: int = 0) -> None:
        super().__init__(ctx, parent)
        self.customer: CustomerRow = privacy.resolve_customer(customer_id)
        self.setWindowTitle(self.tr("Erase a customer"))
        self.setMinimumWidth(580)
        self.erased: privacy.EraseResult | None = None
        self.old_backups: list[BackupInfo] = privacy.backups_holding_data(utc_now())

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_question())
        self.pages.addWidget(self._build_done())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        buttons = QDialogButtonBox()
        self.erase_button = buttons.addButton(
            self.tr("&Erase for good"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.erase_button.setObjectName("dangerButton")
        self.erase_button.setIcon(icons.icon("erase"))
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setDefault(True)
        self.delete_button = buttons.addButton(
            self.tr("&Delete these backups"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.delete_button.setIcon(icons.icon("trash"))
        self.delete_button.clicked.connect(self.delete_old_backups)
        self.delete_button.hide()
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        layout.addWidget(buttons)

    def _build_question(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_title(self.tr("Erase {0}?").format(self.customer.name)))
        layout.addWidget(
            _text(
                self.tr(
                    "Erasing removes this customer's personal data for good:\n"
                    "• name, company, email, phone, address, notes and tags are removed; the record is "
                    "renamed “{0}”;\n"
                    "• the text of their contacts, follow-ups and score comments is blanked;\n"
                    "• the contacts, follow-ups and scores themselves stay, without personal data, so "
                    "the monthly figures still add up."
                ).format(privacy.erased_name(self.customer.id))
            )
        )
        warning = _text(self.tr("This cannot be undone."), "formBanner")
        layout.addWidget(warning)
        if self.old_backups:
            layout.addWidget(
                _text(
                    self.tr(
                        "Older backups still hold this customer's data ({0}). After erasing, you can "
                        "delete them."
                    ).format(len(self.old_backups)),
                    "readOnlyNote",
                )
            )
        self.confirm = QCheckBox(self.tr("I understand: erase {0} for good").format(self.customer.name))
        self.confirm.toggled.connect(lambda on: self.erase_button.setEnabled(on))
        layout.addSpacing(6)
        layout.addWidget(self.confirm)
        layout.addStretch(1)
        return page

    def _build_done(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.done_title = _title("")
        self.done_text = _text("")
        self.backups_note = _text("", "readOnlyNote")
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("oldBackups")
        self.backup_list.setAccessibleName(self.tr("Backups that still hold the erased data"))
        layout.addWidget(self.done_title)
        layout.addWidget(self.done_text)
        layout.addSpacing(6)
        layout.addWidget(self.backups_note)
        layout.addWidget(self.backup_list, 1)
        return page

    # -- actions ----------------------------------------------------------------------------------------
    def erase(self) -> bool:
        if not self.confirm.isChecked():
            return False
        try:  # as shown: one changed at another counter since is not erased (``refused``)
            result = privacy.erase(self.customer.id, customers.seen(self.customer))
        except ConflictError as error:
            refused(self, error)
            return False
        except CarebookError as error:
            msgbox.error(self, self.tr("Not erased"), str(error))
            return False
        self.erased = result
        self.ctx.notify_data_changed()
        self.ctx.status(self.tr("Customer erased"))
        self.done_title.setText(self.tr("{0} is erased").format(self.customer.name))
        self.done_text.setText(
            self.tr(
                "The record is now “{0}”. Kept without personal data — contacts: {1}, follow-ups: {2}, "
                "scores: {3}."
            ).format(result.name, result.contacts_kept, result.followups_kept, result.scores_kept)
        )
        self.old_backups = list(result.backups)
        self._show_backups()
        self.pages.setCurrentIndex(1)
        self.erase_button.hide()
        self.cancel_button.hide()  # type: ignore[union-attr]  # a standard button is always added
        self.close_button.show()
        self.close_button.setDefault(True)
        return True

    def _show_backups(self) -> None:
        self.backup_list.clear()
        for info in self.old_backups:
            self.backup_list.addItem(
                f"{made_text(info.made_at)}  ·  {kind_text(info.tag)}  ·  {info.path.name}"
            )
        if self.old_backups:
            self.backups_note.setText(
                self.tr(
                    "Made before the erase, these backups still hold this customer's data ({0}). Delete "
                    "them to remove it everywhere (newer backups will not have it)."
                ).format(len(self.old_backups))
            )
        else:
            self.backups_note.setText(self.tr("No backup holds this customer's data."))
        self.backup_list.setVisible(bool(self.old_backups))
        self.delete_button.setVisible(bool(self.old_backups))

    def delete_old_backups(self) -> int:
        if not self.old_backups:
            return 0
        if not msgbox.question(
            self,
            self.tr("Delete these backups?"),
            self.tr(
                "Delete the backups made before the erase ({0})? You cannot restore them afterwards; "
                "the next backup will be made without this customer's data."
            ).format(len(self.old_backups)),
            self.tr("Delete"),
            self.tr("Keep them"),
        ):
            return 0
        try:
            deleted = privacy.delete_backups(self.old_backups)
        except CarebookError as error:
            msgbox.error(self, self.tr("Not all backups were deleted"), str(error))
            deleted = 0
        self.old_backups = [info for info in self.old_backups if info.path.exists()]
        self._show_backups()
        if not self.old_backups:
            self.backups_note.setText(self.tr("The older backups are deleted: no backup holds this data."))
        return deleted


def open_export_person(ctx: AppContext, parent: QWidget | None, customer_id: int) -> ExportPersonDialog:
    """ "Export everything about this customer": the dialog, shown window-modally."""
    return launcher.show_dialog(ctx, ExportPersonDialog(ctx, parent, customer_id=customer_id), notify=False)


def open_erase(ctx: AppContext, parent: QWidget | None, customer_id: int) -> EraseDialog:
    """ "Erase…": the dialog, shown window-modally (it refreshes the pages itself after the erase)."""
    return launcher.show_dialog(ctx, EraseDialog(ctx, parent, customer_id=customer_id), notify=False)
