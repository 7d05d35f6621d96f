"""The log-contact dialog's typed input: its draft, its checks as you type and its length counters.

- ``probes(dialog)``: every control of ``ContactDialog`` by name, for its draft (``BaseDialog.track_input``);
  the chosen customer is kept by id and chosen again when the draft comes back.
- ``add_checks(dialog)``: the customer, the new customer's name, phone and email and the summary are checked
  again as they are edited once a message shows, with the core's own words.
- ``add_counters(dialog)``: counters near the core's limits (summary, notes, feedback, follow-up note); past
  the summary's limit a "Move the rest to Notes" button appears (``move_rest_to_notes``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from carebook.drafts import DraftValue
from carebook.errors import NotFound
from carebook.services import customers, feedback, followups, interactions, record_checks
from carebook.translation import _
from carebook.usecases import log_contact
from ui.dialogs.field_checks import Check, core_message
from ui.widget_values import Probe, probe
from ui.widgets.customer_form import field_message

if TYPE_CHECKING:
    from ui.dialogs.contact_dialog import ContactDialog

WORD_BREAK_WINDOW = 60  # a cut looks this far back for a space, so no word is split


def probes(dialog: ContactDialog) -> dict[str, Probe]:
    picker = dialog.picker

    def choose(value: DraftValue) -> None:
        if isinstance(value, int) and value != picker.customer_id():
            try:
                picker.set_customer(customers.get(value))
            except NotFound:
                pass  # deleted since: the rest of the draft still comes back

    own = {
        "customer": Probe(picker.customer_id, choose, picker.customer_changed),
        "creating": Probe(picker.creating, lambda v: picker.set_creating(bool(v)), picker.create_toggled),
    }
    controls: dict[str, QWidget] = {
        "customer_name": dialog.new_name,
        "customer_phone": dialog.new_phone,
        "customer_email": dialog.new_email,
        "channel": dialog.channels,
        "inbound": dialog.inbound,
        "outbound": dialog.outbound,
        "reason": dialog.reason,
        "summary": dialog.summary,
        "notes": dialog.notes,
        "resolved_first_contact": dialog.resolved,
        "occurred_at": dialog.when,
        "staff": dialog.staff,
        "waited_minutes": dialog.waited,
        "duration_minutes": dialog.duration,
        "status": dialog.fields.status_check,
        "comment": dialog.comment,
        "followup_when": dialog.followup_when,
        "due_on": dialog.followup_date,
        "assignee": dialog.assignee,
        "followup_note": dialog.followup_note,
        **dialog.scores,
    }
    return own | {name: probe(widget) for name, widget in controls.items()}


def add_checks(dialog: ContactDialog) -> None:
    picker, form = dialog.picker, dialog.form

    def customer() -> str:
        return "" if picker.customer_id() is not None or picker.creating() else _(log_contact.NO_CUSTOMER)

    def summary() -> str:
        text, limit = dialog.summary.text(), interactions.SUMMARY_LIMIT
        return core_message(lambda: record_checks.text(text, "summary", limit, multiline=False), "summary")

    form.add_check("customer", customer, picker.customer_changed)
    form.add_check("summary", summary)
    for name, line in (("name", dialog.new_name), ("phone", dialog.new_phone), ("email", dialog.new_email)):
        form.add_check(log_contact.CUSTOMER_FIELDS[name], _line_check(name, line))


def _line_check(name: str, line: QLineEdit) -> Check:
    """A new customer's field in the contact dialog, checked as the customer form checks it."""
    return lambda: field_message(name, line.text())


def add_counters(dialog: ContactDialog) -> None:
    form = dialog.form
    dialog.summary_counter = form.add_counter("summary", interactions.SUMMARY_LIMIT)
    dialog.move_to_notes_button = dialog.summary_counter.add_action(
        QCoreApplication.translate("ContactDialog", "Move the rest to Notes")
    )
    dialog.move_to_notes_button.setToolTip(
        QCoreApplication.translate(
            "ContactDialog", "Keep the first {0} characters as the summary, the rest goes to the top of Notes"
        ).format(interactions.SUMMARY_LIMIT)
    )
    dialog.move_to_notes_button.clicked.connect(lambda: move_rest_to_notes(dialog))
    form.add_counter("notes", interactions.NOTES_LIMIT)
    form.add_counter("comment", feedback.COMMENT_LIMIT)
    form.add_counter("followup_note", followups.NOTE_LIMIT)


def split_summary(text: str, limit: int) -> tuple[str, str]:
    """``text`` cut to at most ``limit`` characters at a space where there is one near the limit, and
    the rest."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text, ""
    cut = text.rfind(" ", max(0, limit - WORD_BREAK_WINDOW), limit + 1)
    if cut <= 0:
        cut = limit
    return text[:cut].rstrip(), text[cut:].strip()


def move_rest_to_notes(dialog: ContactDialog) -> None:
    """The summary keeps what fits; the rest goes to the top of Notes (nothing typed is lost)."""
    head, rest = split_summary(dialog.summary.text(), interactions.SUMMARY_LIMIT)
    if not rest:
        return
    notes = dialog.notes.toPlainText()
    dialog.summary.setText(head)
    dialog.summary.setCursorPosition(0)
    dialog.notes.setPlainText(f"{rest}\n\n{notes}" if notes.strip() else rest)
    dialog.ctx.status(
        QCoreApplication.translate("ContactDialog", "Moved {0:,} characters to Notes").format(len(rest))
    )
    dialog.summary.setFocus()
