"""Log a contact (or edit one): keyboard-first, everything in one dialog, Enter saves.

``ContactDialog(ctx, parent=None, *, customer_id=None, followup_id=None, interaction_id=None,
search_func=None)``:
- ``customer_id`` preselects the customer; ``followup_id`` logs a follow-up from Today: the customer and
  the summary come from the follow-up, and saving marks it done (by the person at the counter);
  ``interaction_id`` edits an existing contact (the scores and follow-up sections are then hidden and
  the scores already linked to the contact are listed).
- The widgets are ``dialog.fields`` (``ui.dialogs.contact_sections.ContactFields``), also reachable as
  attributes of the dialog (``dialog.picker``, ``dialog.summary``, ``dialog.scores["csat"]`` ...).
- Enter saves from any one-line field, Ctrl+Enter from any field; Alt+1 ... Alt+7 choose the channel.
- Closing it with typed input keeps a draft for that customer, restored next time with a "Draft restored"
  note; messages clear as fields are fixed; counters show near the limits, and a summary past its limit
  offers "Move the rest to Notes" (``ui.dialogs.contact_input``).
- Saving is the core use case ``carebook.usecases.log_contact`` (``edit_contact`` when editing): it checks
  the whole contact first, every message appears next to its field and nothing typed is lost; it writes in
  one transaction, so a database failure keeps nothing, shows a plain message and keeps the dialog open
  for saving again. ``dialog.saved`` holds the saved contact.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from carebook import clock
from carebook.errors import NotFound
from carebook.services import customers, feedback, followups, interactions, staff
from carebook.services.interactions import InteractionRow
from carebook.usecases import log_contact
from carebook.versions import Seen
from ui import labels
from ui.context import AppContext
from ui.dialogs import contact_input
from ui.dialogs.base import BaseDialog
from ui.dialogs.conflict_flow import Versioned, value_text
from ui.dialogs.contact_sections import ContactFields
from ui.dialogs.form_group import FormGroup
from ui.state import declare
from ui.widgets.length_counter import LengthCounter
from ui.widgets.search_runner import SearchFunc

declare("contact_dialog/channel", str, "phone", "the channel chosen in the last contact logged here")

SUMMARY_FROM_NOTE = 200
NOBODY = 0  # combo data for "no staff member" (staff ids start at 1)


def _local(instant: datetime) -> QDateTime:
    # PySide6 converts a naive datetime as local time; its stub lists Qt types only
    return QDateTime(clock.to_local(instant))  # type: ignore[call-overload]


# What an edited contact's save names as loaded (``carebook.versions``): the fields the dialog saves.
SEEN = (
    "customer_id", "channel", "direction", "reason", "summary", "notes", "resolved_first_contact",
    "waited_minutes", "duration_minutes", "staff_id", "occurred_at", "status",
)  # fmt: skip
_VOCAB_LABELS = {
    "channel": labels.channel,
    "direction": labels.direction,
    "reason": labels.reason,
    "status": labels.status,
}


class ContactDialog(Versioned, BaseDialog):
    keeps_draft = True  # a clerk closing it mid-call expects the text back next time, not a question

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        customer_id: int | None = None,
        followup_id: int | None = None,
        interaction_id: int | None = None,
        search_func: SearchFunc | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.followup_id = followup_id
        self.interaction_id = interaction_id
        self.original: InteractionRow | None = None
        self.saved: InteractionRow | None = None
        self.summary_counter: LengthCounter | None = None  # with "Move the rest to Notes" (contact_input)
        self.move_to_notes_button: QPushButton | None = None
        self.fields = ContactFields(self, search_func=search_func)
        self.form = FormGroup(self.fields.left, self.fields.right)
        missing = ""
        if interaction_id is not None:
            try:
                self.original = interactions.get(interaction_id)
                self.seen = Seen.of(self.original, SEEN)
            except NotFound as error:
                missing = str(error)
        self._expose_fields()
        self._build_layout()
        self._fill_staff()
        self.fields.picker.create_toggled.connect(self._on_create_toggled)
        self.fields.channels.install_shortcuts(self)

        now = clock.local_now().replace(second=0)
        self._initial_when = QDateTime(now)  # type: ignore[call-overload]  # as above: a naive datetime
        self.when.setDateTime(self._initial_when)
        self.channels.set_value(ctx.state.get("contact_dialog/channel"))
        try:
            if self.original is not None:
                self._load_contact(self.original)
            elif followup_id is not None and not missing:
                self._load_followup(followup_id)
            elif customer_id is not None and not missing:
                self._load_customer(customer_id)
        except NotFound as error:  # deleted meanwhile (another seat, the trash emptied)
            missing = str(error)
        if missing:
            self.followup_id = None
            self.form.banner.setText(missing)
            self.form.banner.show()
            if interaction_id is not None:
                assert self.save_button is not None
                self.save_button.setEnabled(False)
        self.track_input(contact_input.probes(self), self._draft_key())
        if not missing:
            self.restore_draft(self.layout_box)
        self.picker.customer_changed.connect(self._customer_changed)
        contact_input.add_checks(self)
        contact_input.add_counters(self)
        self._focus_first()

    def _expose_fields(self) -> None:
        f = self.fields
        self.picker, self.new_name = f.picker, f.new_name
        self.new_phone, self.new_email = f.new_phone, f.new_email
        self.channels, self.inbound, self.outbound, self.reason = f.channels, f.inbound, f.outbound, f.reason
        self.summary, self.notes, self.resolved = f.summary, f.notes, f.resolved
        self.when, self.staff, self.waited, self.duration = f.when, f.staff, f.waited, f.duration
        self.scores, self.comment = f.scores, f.comment
        self.followup_when, self.followup_date = f.followup_when, f.followup_date
        self.assignee, self.followup_note = f.assignee, f.followup_note

    def _build_layout(self) -> None:
        editing = self.interaction_id is not None
        self.setWindowTitle(self.tr("Edit contact") if editing else self.tr("Log a contact"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.layout_box = layout
        self.followup_banner = QLabel(self)
        self.followup_banner.setObjectName("followupBanner")
        self.followup_banner.setWordWrap(True)
        self.followup_banner.hide()
        layout.addWidget(self.followup_banner)
        layout.addWidget(self.form.banner)
        columns = QHBoxLayout()
        columns.setSpacing(0)
        columns.addLayout(self.fields.left, 3)
        columns.addSpacing(28)
        right = QVBoxLayout()
        right.setSpacing(0)
        right.addLayout(self.fields.right)
        right.addStretch(1)
        columns.addLayout(right, 2)
        layout.addLayout(columns, 1)
        self.add_buttons(self.tr("Save changes") if editing else self.tr("Save contact"), layout)
        assert self.save_button is not None
        self.save_button.setToolTip(self.tr("Enter saves; Ctrl+Enter saves from any field, the notes too"))
        self.fields.set_extras_visible(not editing)

    # -- filling ---------------------------------------------------------------------------------
    def _fill_staff(self) -> None:
        rows = list(staff.list_staff())
        keep = self.original.staff_id if self.original is not None else None
        if keep is not None and all(row.id != keep for row in rows):
            try:
                rows.append(staff.get(keep))
            except NotFound:
                pass  # a removed staff member simply is not offered
        for row in rows:
            text = row.name if row.active else self.tr("{0} (inactive)").format(row.name)
            self.staff.addItem(text, row.id)
        self.staff.addItem(self.tr("Nobody"), NOBODY)
        for row in rows:
            if row.active:
                self.assignee.addItem(row.name, row.id)
        self.assignee.addItem(self.tr("Anyone (unassigned)"), NOBODY)
        default = self.ctx.staff_id or NOBODY
        _select(self.staff, default)
        _select(self.assignee, default)

    def _load_customer(self, customer_id: int) -> None:
        row = customers.get(customer_id)
        self.picker.set_customer(row)
        if row.preferred_channel:
            self.channels.set_value(row.preferred_channel)

    def _load_followup(self, followup_id: int) -> None:
        followup = followups.get(followup_id)
        self._load_customer(followup.customer_id)
        self.outbound.setChecked(True)
        note = " ".join(followup.note.split())
        if len(note) > SUMMARY_FROM_NOTE or "\n" in followup.note.strip():
            first_line = followup.note.strip().splitlines()[0] if followup.note.strip() else ""
            self.summary.setText(first_line[:SUMMARY_FROM_NOTE])
            self.notes.setPlainText(followup.note.strip())
        else:
            self.summary.setText(note)
        due = followup.due_on.strftime("%Y-%m-%d")
        if followup.done_at is not None:
            text = self.tr("This follow-up (due {0}) is already done.").format(due)
        else:
            text = self.tr("Logging the follow-up due {0}. Saving marks it done.").format(due)
        self.followup_banner.setText(text)
        self.followup_banner.show()

    def _load_contact(self, row: InteractionRow) -> None:
        self.picker.set_customer(customers.get(row.customer_id))
        self.channels.set_value(row.channel)
        (self.outbound if row.direction == "outbound" else self.inbound).setChecked(True)
        _select(self.reason, row.reason)
        self.summary.setText(row.summary)
        self.summary.setCursorPosition(0)
        self.notes.setPlainText(row.notes)
        self.resolved.setChecked(row.resolved_first_contact)
        self.waited.set_number(row.waited_minutes)
        self.duration.set_number(row.duration_minutes)
        _select(self.staff, row.staff_id or NOBODY)
        self._initial_when = _local(row.occurred_at)
        self.when.setDateTime(self._initial_when)
        self.fields.status_check.setChecked(row.status == "resolved")
        if row.status == "resolved" and row.resolved_at is not None:
            when = clock.to_local(row.resolved_at).strftime("%Y-%m-%d %H:%M")
            self.fields.status_label.setText(self.tr("on {0}").format(when))
        self.fields.right.setRowVisible(self.fields.status_box, True)
        linked = [score for score in feedback.for_customer(row.customer_id) if score.interaction_id == row.id]
        if linked:
            self.fields.linked_scores.setText(", ".join(score.label for score in linked))
            self.fields.right.setRowVisible(self.fields.linked_box, True)

    # -- drafts --------------------------------------------------------------------------------
    def _draft_key(self) -> str:
        if self.interaction_id is not None:
            return f"contact/edit/{self.interaction_id}"
        if self.followup_id is not None:
            return f"contact/followup/{self.followup_id}"
        customer_id = self.picker.customer_id()
        return f"contact/customer/{customer_id}" if customer_id is not None else "contact/new"

    def _customer_changed(self) -> None:
        if self.draft_keeper is not None and self.draft_keeper.active:
            self.draft_keeper.set_key(self._draft_key())

    def unsaved_description(self) -> str:
        picked = self.picker.customer()
        if picked is None:
            return self.windowTitle()
        return self.tr("{0} for {1}").format(self.windowTitle(), picked.name)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.draft_note is not None:  # restored text is continued, not replaced by the next key
            QTimer.singleShot(0, self, self._continue_restored)

    def _continue_restored(self) -> None:
        for line in (self.summary, self.picker.edit, self.new_name):
            if line.hasSelectedText():
                line.deselect()
                line.end(False)

    def _focus_first(self) -> None:
        if self.picker.customer() is None:
            self.picker.edit.setFocus()
        else:
            self.summary.setFocus()

    # -- new customer ----------------------------------------------------------------------------
    def _on_create_toggled(self, creating: bool, typed: str) -> None:
        self.fields.show_new_customer(creating)
        if creating:
            if typed and not self.new_name.text().strip():
                self.new_name.setText(typed)
            target = self.new_phone if self.new_name.text().strip() else self.new_name
            target.setFocus()
        else:
            self.picker.edit.setFocus()
        self.adjustSize()

    # -- saving ----------------------------------------------------------------------------------
    def contact_values(self) -> dict[str, Any]:
        """The contact's own fields as plain values, by the names ``carebook.usecases.log_contact`` takes."""
        when = self.when.dateTime()
        # Untouched, a new contact happened at the moment of saving and an edited one keeps its time. A
        # time the clocks skipped is refused, naming the gap; a repeated one is its first occurrence.
        occurred_at = None
        if when != self._initial_when:
            picked = when.toPython()
            occurred_at = clock.checked_to_utc(picked, "occurred_at")  # type: ignore[arg-type]  # a datetime
        return {
            "customer_id": None if self.picker.creating() else self.picker.customer_id(),
            "channel": self.channels.value(),
            "direction": "outbound" if self.outbound.isChecked() else "inbound",
            "reason": str(self.reason.currentData()),
            "summary": self.summary.text(),
            "notes": self.notes.toPlainText(),
            "resolved_first_contact": self.resolved.isChecked(),
            "waited_minutes": self.waited.number(),
            "duration_minutes": self.duration.number(),
            "staff_id": self.staff.currentData() or None,
            "occurred_at": occurred_at,
        }

    def save(self) -> None:
        values = self.contact_values()
        if self.original is not None:
            status = "resolved" if self.fields.status_check.isChecked() else "open"
            row = log_contact.edit_contact(self.original.id, status=status, seen=self.seen, **values).contact
            warnings: tuple[str, ...] = ()
        else:
            logged = log_contact.log_contact(**values, **self._extras())
            row, warnings = logged.contact, logged.warnings
            self.ctx.state.set("contact_dialog/channel", row.channel)
        self.saved = row
        message = self.tr("Contact saved") if self.original is None else self.tr("Contact updated")
        self.ctx.status(" ".join([message + ".", *warnings]) if warnings else message)

    # -- changed at another counter (``ui.dialogs.conflict_flow``) -------------------------------
    def save_again(self, values: dict[str, Any], seen: Seen) -> None:
        assert self.original is not None
        self.saved = log_contact.edit_contact(self.original.id, seen=seen, **values).contact
        self.ctx.status(self.tr("Contact updated"))

    def conflict_label(self, field: str) -> str:
        return super().conflict_label({"customer_id": "customer", "staff_id": "staff"}.get(field, field))

    def conflict_text(self, field: str, value: Any) -> str:
        if field in _VOCAB_LABELS and isinstance(value, str):
            return _VOCAB_LABELS[field](value)
        if field == "staff_id":
            return self.staff.itemText(self.staff.findData(value or NOBODY))
        if field == "customer_id" and value is not None:
            try:
                return customers.get(value).name
            except NotFound:
                return ""
        return value_text(value)

    def _extras(self) -> dict[str, Any]:
        """The new customer, scores, follow-up and the follow-up being logged, for a new contact."""
        extras: dict[str, Any] = {kind: picker.value() for kind, picker in self.scores.items()}
        extras["comment"] = self.comment.text()
        if self.picker.creating():
            extras["customer_name"] = self.new_name.text()
            extras["customer_phone"] = self.new_phone.text()
            extras["customer_email"] = self.new_email.text()
        due_on = self.fields.followup_due_on()
        if due_on is not None:
            extras["due_on"] = due_on
            extras["assignee_id"] = self.assignee.currentData() or None
            extras["followup_note"] = self.followup_note.text()
        extras["complete_followup_id"] = self.followup_id
        extras["completed_by"] = self.ctx.staff_id
        return extras

    def done(self, result: int) -> None:
        self.picker.shutdown()
        super().done(result)


def _select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
