"""Add a customer (Ctrl+N) or change one: ``CustomerDialog(ctx, parent=None, customer_id=None)``.

The fields are the shared ``ui.widgets.customer_form.CustomerForm`` (the Customers page's detail pane
uses the same one), so the checks and messages are the same everywhere. Enter saves. A bad field gets
its message underneath and keeps what was typed; a phone number that is not valid for the shop's
region is saved as typed, with the warning under it and in the status bar.

Saving is the core use case ``carebook.usecases.customers`` (``add_customer`` / ``change_customer``).
An email address that another customer already has (``same_email``, the core's rule) is pointed out as
soon as it is typed and again on Save, with a button that opens that customer instead; pressing Save a
second time ("Save anyway") keeps both. After a new customer is added the window shows it.

What is typed is kept as a draft while typing (``customer/new`` or ``customer/<id>``); closing with
unsaved input asks Save / Discard / Keep editing (``BaseDialog.reject``).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from carebook import settings
from carebook.errors import CarebookError
from carebook.services import customers, tags
from carebook.services.customers import CustomerRow, Saved
from carebook.usecases import customers as customer_cases
from carebook.versions import Seen
from ui import field_labels, icons
from ui.context import AppContext
from ui.dialogs.base import BaseDialog
from ui.dialogs.conflict_flow import Versioned
from ui.widgets.customer_form import CustomerForm


class CustomerDialog(Versioned, BaseDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, customer_id: int | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.customer_id = customer_id
        self.row: CustomerRow | None = None
        self.saved: Saved | None = None
        self.duplicate: CustomerRow | None = None  # another customer with the typed email
        self._accepted_duplicate: int | None = None
        problem = ""
        try:
            self.row = customers.get(customer_id) if customer_id is not None else None
            tag_names = [tag.name for tag in tags.all_tags()]
        except CarebookError as error:
            problem, tag_names = str(error), []
        editing = customer_id is not None
        self.seen = customers.seen(self.row) if self.row is not None else None
        self.setWindowTitle(self.tr("Edit customer") if editing else self.tr("New customer"))
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        self.customer_form = CustomerForm(self)
        self.customer_form.set_region(settings.current().phone_region)
        self.customer_form.set_tag_names(tag_names)
        self.customer_form.load(self.row)
        self.form = self.customer_form.form  # BaseDialog.try_save shows ValidationError messages here
        self.customer_form.email.editingFinished.connect(self.check_duplicate)
        self.customer_form.email.textEdited.connect(self._email_edited)
        layout.addWidget(self.customer_form)

        self.duplicate_box = QFrame(self)
        self.duplicate_box.setObjectName("duplicateBanner")
        row = QHBoxLayout(self.duplicate_box)
        row.setContentsMargins(10, 6, 6, 6)
        self.duplicate_label = QLabel("", self.duplicate_box)
        self.duplicate_label.setObjectName("duplicateText")
        self.duplicate_label.setWordWrap(True)
        self.open_duplicate_button = QPushButton(icons.icon("person"), "", self.duplicate_box)
        self.open_duplicate_button.setAutoDefault(False)
        self.open_duplicate_button.clicked.connect(self.open_duplicate)
        row.addWidget(self.duplicate_label, 1)
        row.addWidget(self.open_duplicate_button)
        self.duplicate_box.hide()
        layout.addWidget(self.duplicate_box)

        self.problem_label = QLabel(problem, self)
        self.problem_label.setObjectName("formBanner")
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(bool(problem))
        layout.addWidget(self.problem_label)
        self.add_buttons(self.tr("Save") if editing else self.tr("Add customer"), layout)
        self._save_text = self.save_button.text() if self.save_button else ""
        if problem and self.save_button is not None:
            self.save_button.setEnabled(False)
        key = f"customer/{customer_id}" if editing else "customer/new"
        self.track_input(self.customer_form.probes(), key)
        if not problem:
            self.restore_draft(layout)
        self.customer_form.focus_first()

    # -- duplicate email -------------------------------------------------------------------------
    def _email_edited(self) -> None:
        if self.duplicate is not None:
            self._show_duplicate(None)

    def check_duplicate(self) -> CustomerRow | None:
        """Point out another customer with the typed address (trashed ones too); returns it."""
        try:
            found = customer_cases.same_email(self.customer_form.email.text(), self.customer_id)
        except CarebookError:
            found = None
        self._show_duplicate(found)
        return found

    def _show_duplicate(self, found: CustomerRow | None) -> None:
        self.duplicate = found
        if found is None:
            self.duplicate_box.hide()
            self._accepted_duplicate = None
            if self.save_button is not None:
                self.save_button.setText(self._save_text)
            return
        if found.trashed:
            text = self.tr("{0} (in the trash) already has this email address.").format(found.name)
        else:
            text = self.tr("{0} already has this email address.").format(found.name)
        self.duplicate_label.setText(text)
        self.open_duplicate_button.setText(self.tr("Open that customer"))
        self.open_duplicate_button.setAccessibleName(self.tr("Open {0}").format(found.name))
        self.duplicate_box.show()

    def open_duplicate(self) -> None:
        if self.duplicate is None:
            return
        customer_id = self.duplicate.id
        self.reject()
        if not self.isVisible():  # not "Keep editing"
            self.ctx.show_customer(customer_id)

    # -- saving ----------------------------------------------------------------------------------
    def try_save(self) -> bool:
        found = self.check_duplicate()
        if found is not None and self._accepted_duplicate != found.id:
            self._accepted_duplicate = found.id  # a second Save keeps both customers
            if self.save_button is not None:
                self.save_button.setText(self.tr("Save anyway"))
            self.customer_form.email.setFocus()
            return False
        return super().try_save()

    def save(self) -> None:
        form = self.customer_form
        same = self._accepted_duplicate
        if self.customer_id is None:
            values = form.values()
            name = str(values.pop("name"))
            self.saved = customer_cases.add_customer(name, same_email_as=same, **values)
        else:
            self.saved = customer_cases.change_customer(
                self.customer_id, same_email_as=same, seen=self.seen, **form.changes()
            )
        self._saved()

    # -- changed at another counter (``ui.dialogs.conflict_flow``) -------------------------------
    def save_again(self, values: dict[str, object], seen: Seen) -> None:
        assert self.customer_id is not None
        same = self._accepted_duplicate
        self.saved = customer_cases.change_customer(self.customer_id, same_email_as=same, seen=seen, **values)
        self._saved()

    def conflict_label(self, field: str) -> str:
        return field_labels.label(field)

    def conflict_text(self, field: str, value: object) -> str:
        return field_labels.value_text(field, value)

    def _saved(self) -> None:
        assert self.saved is not None
        form = self.customer_form
        form.show_warnings(self.saved.warnings)
        row = self.saved.row
        if self.saved.warnings:
            self.ctx.status(self.tr("{0} saved. {1}").format(row.name, " ".join(self.saved.warnings)))
        elif self.customer_id is None:
            self.ctx.status(self.tr("{0} added").format(row.name))
        else:
            self.ctx.status(self.tr("{0} saved").format(row.name))
        if self.customer_id is None:
            ctx = self.ctx  # the dialog may be gone when the window shows the new customer
            QTimer.singleShot(0, lambda: ctx.show_customer(row.id))
