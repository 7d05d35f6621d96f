"""Plan a follow-up, or change one: ``FollowupDialog(ctx, parent=None, customer_id=None, followup_id=None)``.

New: pick the customer (preselected with ``customer_id``), a due date (Tomorrow / In 2 days / Next week
or the calendar), an optional time, who does it (the person at the counter by default), the priority and
a note. Edit (``followup_id``): the customer stays; a done follow-up keeps its date. Enter saves (in the
note too; Shift+Enter starts a new line). Bad input gets a message next to its field and keeps the text.
Changing a follow-up calls ``followups.change`` naming what the dialog loaded: one saved at another counter
since merges, or shows "Changed at another counter" (``ui.dialogs.conflict_flow``).
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QVBoxLayout, QWidget

from carebook import clock
from carebook.drafts import DraftValue
from carebook.errors import ValidationError
from carebook.services import followups
from carebook.services import staff as staff_service
from carebook.services.followups import FollowupRow
from carebook.versions import Seen
from ui import labels
from ui.context import AppContext
from ui.dialogs.base import BaseDialog, Form
from ui.dialogs.conflict_flow import Versioned, value_text
from ui.dialogs.field_checks import core_message
from ui.dialogs.followup_fields import CustomerPicker, DueDateField, NoteEdit, parse_time_text, time_edit
from ui.models.followup_format import done_when, format_day
from ui.widget_values import Probe, probe
from ui.widgets.search_runner import SearchFunc

NOBODY = -1  # the assignee combo's value for "nobody"


class FollowupDialog(Versioned, BaseDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        customer_id: int | None = None,
        followup_id: int | None = None,
        *,
        search_func: SearchFunc | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.followup: FollowupRow | None = followups.get(followup_id) if followup_id is not None else None
        editing = self.followup is not None
        self.seen = Seen.of(self.followup, followups.CHANGEABLE) if self.followup is not None else None
        self.setWindowTitle(self.tr("Edit follow-up") if editing else self.tr("New follow-up"))
        self.setMinimumWidth(600)
        today = clock.today()
        layout = QVBoxLayout(self)
        self.form = Form(self)

        self.customer = CustomerPicker(self, read_only=editing, search_func=search_func)
        self.customer.escaped.connect(self.reject)
        self.customer.customer_changed.connect(self._customer_chosen)
        self.form.add_row("customer", self.tr("&Customer:"), self.customer)
        if self.followup is not None:
            self.customer.show_customer(self.followup.customer_id, self.followup.customer_name)
        elif customer_id is not None:
            self.customer.choose(customer_id)

        self.due = DueDateField(today, self)
        self.form.add_row("due_on", self.tr("&Due on:"), self.due, focus=self.due.edit)
        self.time = time_edit()
        self.form.add_row(
            "due_time",
            self.tr("&Time:"),
            self.time,
            self.tr("Optional, e.g. 14:30. Empty: any time that day."),
            full_width=False,
        )
        self.time.setPlaceholderText(self.tr("Any time"))

        self.assignee = QComboBox()
        self.assignee.setObjectName("assigneeCombo")
        self.assignee.addItem(self.tr("Nobody yet"), NOBODY)
        for person in staff_service.list_staff():
            self.assignee.addItem(person.name, person.id)
        self.form.add_row("assignee", self.tr("&Assigned to:"), self.assignee, full_width=False)

        self.high_priority = QCheckBox(self.tr("&High priority: show it first"))
        self.form.add_row("priority", self.tr("Priority:"), self.high_priority)

        self.note = NoteEdit()
        self.note.setPlaceholderText(self.tr("What should be done, e.g. “Ring back with the repair quote”"))
        self.note.submitted.connect(self.try_save)
        self.form.add_row(
            "note", self.tr("&Note:"), self.note, self.tr("Enter saves; Shift+Enter starts a new line.")
        )

        self.done_note = QLabel()
        self.done_note.setObjectName("readOnlyNote")
        self.done_note.setWordWrap(True)
        self.done_note.hide()
        layout.addWidget(self.done_note)
        layout.addWidget(self.form.banner)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.add_buttons(self.tr("Save changes") if editing else self.tr("Plan follow-up"), layout)

        if self.followup is not None:
            self._fill(self.followup)
        else:
            self.due.set_date(today + timedelta(days=1))
            self._select_assignee(ctx.staff_id)
        self.finished.connect(lambda _result: self.customer.shutdown())
        self._watch_input(layout)
        self._add_checks()
        if self.customer.customer_id is None:
            self.customer.setFocus()
        else:
            self.due.edit.setFocus()

    def _watch_input(self, layout: QVBoxLayout) -> None:
        """Typed work is kept as a draft while typing; closing with some asks Save / Discard / Keep editing"""
        picker = self.customer

        def choose(value: DraftValue) -> None:
            if isinstance(value, int) and value != picker.customer_id and not picker.read_only:
                picker.choose(value)

        probes = {
            "customer": Probe(lambda: picker.customer_id, choose, picker.customer_changed),
            "due_on": probe(self.due.edit),
            "due_time": probe(self.time),
            "assignee": probe(self.assignee),
            "priority": probe(self.high_priority),
            "note": probe(self.note),
        }
        if self.followup is not None:
            key = f"followup/{self.followup.id}"
        else:
            key = f"followup/new/{picker.customer_id}" if picker.customer_id is not None else "followup/new"
        self.track_input(probes, key)
        self.restore_draft(layout)

    def _customer_chosen(self, customer_id: int | None) -> None:
        if customer_id is not None and self.isVisible():
            self.due.edit.setFocus(Qt.FocusReason.OtherFocusReason)  # next: when

    def _select_assignee(self, staff_id: int | None, name: str = "") -> None:
        wanted = NOBODY if staff_id is None else staff_id
        index = self.assignee.findData(wanted)
        if index < 0 and staff_id is not None:  # an inactive staff member still holds it
            self.assignee.addItem(self.tr("{0} (inactive)").format(name or staff_id), staff_id)
            index = self.assignee.count() - 1
        self.assignee.setCurrentIndex(max(index, 0))

    def _fill(self, row: FollowupRow) -> None:
        self.due.set_date(row.due_on)
        self.time.setText(row.due_time.strftime("%H:%M") if row.due_time is not None else "")
        self._select_assignee(row.assignee_id, row.assignee_name)
        self.high_priority.setChecked(row.priority == "high")
        self.note.setPlainText(row.note)
        if row.done_at is not None:
            self.due.setEnabled(False)
            self.time.setEnabled(False)
            text = self.tr("Done {0}; its due date ({1}) stays as it was.").format(
                done_when(row.done_at), format_day(row.due_on)
            )
            if row.done_by_name:
                text = self.tr("Done {0} by {1}; its due date ({2}) stays as it was.").format(
                    done_when(row.done_at), row.done_by_name, format_day(row.due_on)
                )
            self.done_note.setText(text)
            self.done_note.show()

    # -- values ----------------------------------------------------------------------------------
    def assignee_id(self) -> int | None:
        value = self.assignee.currentData()
        return None if value in (None, NOBODY) else int(value)

    def priority(self) -> str:
        return "high" if self.high_priority.isChecked() else "normal"

    def _add_checks(self) -> None:
        """Each field's check, used on Save and again as the field is edited after a message."""
        form = self.form
        form.add_check("customer", self._customer_message, self.customer.customer_changed)
        form.add_check("due_on", lambda: core_message(self.due.value, "due_on"), self.due.changed)
        due_time = lambda: core_message(lambda: parse_time_text(self.time.text()), "due_time")  # noqa: E731
        form.add_check("due_time", due_time)
        form.add_check("note", self._note_message)
        form.add_counter("note", followups.NOTE_LIMIT)

    def _customer_message(self) -> str:
        if self.customer.customer_id is not None:
            return ""
        typed = self.customer.typed_text().strip()
        if typed:
            return self.tr("Pick “{0}” from the list of matches, or type another name").format(typed)
        return self.tr("Choose a customer: type a name and pick them from the list")

    def _note_message(self) -> str:
        note = self.note.toPlainText().strip()
        if len(note) <= followups.NOTE_LIMIT:
            return ""
        return self.tr("is {0:,} characters long; the limit is {1:,}").format(len(note), followups.NOTE_LIMIT)

    def checked_values(self) -> tuple[date, time | None]:
        """The due date and time, or a ValidationError with every field's problem at once."""
        names = ("customer", "due_on", "due_time", "note")
        errors = {name: message for name in names if (message := self.form.checks.message(name))}
        if errors:
            raise ValidationError(errors)
        return self.due.value(), parse_time_text(self.time.text())

    def save(self) -> None:
        due_on, due_time = self.checked_values()
        note = self.note.toPlainText()
        if self.followup is None:
            assert self.customer.customer_id is not None
            created = followups.create(
                self.customer.customer_id,
                due_on=due_on,
                due_time=due_time,
                note=note,
                assignee_id=self.assignee_id(),
                priority=self.priority(),
            )
            self.ctx.status(
                self.tr("Follow-up planned for {0} on {1}").format(created.customer_name, format_day(due_on))
            )
            return
        values: dict[str, Any] = {"note": note.strip(), "priority": self.priority()}
        values["assignee_id"] = self.assignee_id()
        if self.followup.done_at is None:  # a done one keeps its due date
            values.update(due_on=due_on, due_time=due_time)
        self.save_again(values, self.seen)

    # -- changed at another counter (``ui.dialogs.conflict_flow``) -------------------------------
    def save_again(self, values: dict[str, Any], seen: Seen | None) -> None:
        assert self.followup is not None
        row = followups.change(self.followup.id, seen=seen, **values)
        self.followup = row
        self.ctx.status(self.tr("Follow-up for {0} saved").format(row.customer_name))

    def conflict_label(self, field: str) -> str:
        return super().conflict_label("assignee" if field == "assignee_id" else field)

    def conflict_text(self, field: str, value: Any) -> str:
        if field == "priority":
            return labels.priority(str(value))
        if field == "assignee_id":
            return self.assignee.itemText(self.assignee.findData(NOBODY if value is None else value))
        if field == "due_on" and isinstance(value, date):
            return format_day(value)
        return value_text(value)
