"""Dialogs for the Customers page's bulk actions on the selected (or all matching) customers.

- ``AddTagDialog(ctx, parent=None, *, customer_ids)``: pick a tag of the shop or type a new one;
  ``tags.add_tag``. ``added`` is how many customers newly got it.
- ``BulkFollowupDialog(ctx, parent=None, *, customer_ids)``: one follow-up for each customer with the
  same due date (Tomorrow / In 2 days / Next week / a date), optional time, assignee (the person at the
  counter by default), priority and note; ``customer_bulk.create_followups`` writes all or none.
  ``created`` is how many were planned.

Both keep what was typed when a value is refused (the message sits next to its field). Enter saves.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QVBoxLayout, QWidget

from carebook import clock
from carebook.errors import CarebookError, ValidationError
from carebook.services import customer_bulk, followups, tags
from carebook.services import staff as staff_service
from ui.context import AppContext
from ui.dialogs.base import BaseDialog, Form
from ui.dialogs.followup_fields import DueDateField, NoteEdit, parse_time_text, time_edit
from ui.widget_values import probe
from ui.widgets.relative_time import count_text

NOBODY = -1  # the assignee combo's value for "nobody"


def _tr(text: str) -> str:
    return QCoreApplication.translate("BulkDialogs", text)


def _customers_text(count: int) -> str:
    return (
        QCoreApplication.translate("BulkDialogs", "1 customer")
        if count == 1
        else QCoreApplication.translate("BulkDialogs", "{0} customers").format(count_text(count))
    )


def _intro_and_form(dialog: BaseDialog, intro_text: str) -> tuple[QVBoxLayout, Form]:
    """The dialog's layout: a wrapped intro line, then a form with its error banner above it."""
    layout = QVBoxLayout(dialog)
    intro = QLabel(intro_text, dialog)
    intro.setObjectName("dialogIntro")
    intro.setWordWrap(True)
    layout.addWidget(intro)
    form = Form(dialog)
    layout.addWidget(form.banner)
    layout.addLayout(form)
    return layout, form


class AddTagDialog(BaseDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, customer_ids: Sequence[int]
    ) -> None:
        super().__init__(ctx, parent)
        self.customer_ids = tuple(customer_ids)
        self.added: int | None = None
        count = len(self.customer_ids)
        self.setWindowTitle(self.tr("Add a tag"))
        self.setMinimumWidth(440)
        layout, self.form = _intro_and_form(self, self.tr("Add a tag to {0}.").format(_customers_text(count)))
        self.tag = QComboBox(self)
        self.tag.setObjectName("tagCombo")
        self.tag.setEditable(True)
        self.tag.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        try:
            for row in tags.all_tags():
                self.tag.addItem(row.name)
        except CarebookError:
            pass
        self.tag.setCurrentIndex(-1)
        self.tag.setEditText("")
        line = self.tag.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Choose or type a tag, e.g. VIP"))
        self.form.add_row(
            "tag", self.tr("&Tag:"), self.tag, self.tr("A new name creates the tag."), focus=self.tag
        )
        self.add_buttons(self.tr("Add tag"), layout)
        self.track_input({"tag": probe(self.tag)})  # closing with a typed tag asks first
        self.tag.setFocus()

    def save(self) -> None:
        name = self.tag.currentText()
        self.added = tags.add_tag(self.customer_ids, name)
        had = len(self.customer_ids) - self.added
        text = self.tr("Tag “{0}” added to {1}").format(name.strip(), _customers_text(self.added))
        if had:
            text += self.tr(" ({0} had it already)").format(count_text(had))
        self.ctx.status(text)


class BulkFollowupDialog(BaseDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, customer_ids: Sequence[int]
    ) -> None:
        super().__init__(ctx, parent)
        self.customer_ids = tuple(customer_ids)
        self.created: int | None = None
        count = len(self.customer_ids)
        self.setWindowTitle(self.tr("Plan follow-ups"))
        self.setMinimumWidth(560)
        layout, self.form = _intro_and_form(
            self, self.tr("Plan one follow-up for each of {0}.").format(_customers_text(count))
        )
        today = clock.today()
        self.due = DueDateField(today, self)
        self.due.set_date(today + timedelta(days=1))
        self.form.add_row("due_on", self.tr("&Due on:"), self.due, focus=self.due.edit)
        self.time = time_edit()
        self.time.setPlaceholderText(self.tr("Any time"))
        self.form.add_row(
            "due_time", self.tr("&Time:"), self.time, self.tr("Optional, e.g. 14:30."), full_width=False
        )
        self.assignee = QComboBox(self)
        self.assignee.setObjectName("assigneeCombo")
        self.assignee.addItem(self.tr("Nobody yet"), NOBODY)
        try:
            for person in staff_service.list_staff():
                self.assignee.addItem(person.name, person.id)
        except CarebookError:
            pass
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(ctx.staff_id)))
        self.form.add_row("assignee", self.tr("&Assigned to:"), self.assignee, full_width=False)
        self.high_priority = QCheckBox(self.tr("&High priority: show them first"), self)
        self.form.add_row("priority", self.tr("Priority:"), self.high_priority)
        self.note = NoteEdit(self)
        self.note.setPlaceholderText(self.tr("What should be done, e.g. “Tell them about the spring sale”"))
        self.note.submitted.connect(self.try_save)
        self.form.add_row(
            "note", self.tr("&Note:"), self.note, self.tr("Enter saves; Shift+Enter starts a new line.")
        )
        self.add_buttons(self.tr("Plan {0}").format(self._plural(count)), layout)
        self.form.add_counter("note", followups.NOTE_LIMIT)
        controls: dict[str, QWidget] = {
            "due_on": self.due.edit,
            "due_time": self.time,
            "assignee": self.assignee,
            "priority": self.high_priority,
            "note": self.note,
        }
        self.track_input({name: probe(widget) for name, widget in controls.items()})  # closing asks first
        self.due.edit.setFocus()

    def _plural(self, count: int) -> str:
        return self.tr("1 follow-up") if count == 1 else self.tr("{0} follow-ups").format(count_text(count))

    def save(self) -> None:
        errors: dict[str, str] = {}
        due_on = due_time = None
        try:
            due_on = self.due.value()
        except ValidationError as error:
            errors.update(error.errors)
        try:
            due_time = parse_time_text(self.time.text())
        except ValidationError as error:
            errors.update(error.errors)
        if errors or due_on is None:
            raise ValidationError(errors)
        value = self.assignee.currentData()
        self.created = customer_bulk.create_followups(
            self.customer_ids,
            due_on=due_on,
            due_time=due_time,
            note=self.note.toPlainText(),
            assignee_id=None if value in (None, NOBODY) else int(value),
            priority="high" if self.high_priority.isChecked() else "normal",
        )
        self.ctx.status(self.tr("{0} planned").format(self._plural(self.created)))
