"""Saving the contact dialog: one logical action, checked as a whole before anything is written.

``ContactDraft`` is everything the dialog holds, as plain values. ``check(draft)`` returns every bad
field at once (the dialog's field names, below) using the core's own checks, without writing.
``ContactSaver.save(draft)`` then writes in order: the new customer (if any), the contact, the scores,
the follow-up, and completes the follow-up the contact was logged for — all in one transaction
(``carebook.services.together``), so a failure half-way keeps none of it and Save can simply be pressed
again. When editing, only the changed fields of the stored contact are written.

Field names (``ValidationError.errors`` keys the dialog's form knows): customer, customer_name,
customer_phone, customer_email, channel, direction, reason, summary, notes, waited_minutes,
duration_minutes, staff, occurred_at, csat, nps, ces, comment, due_on, assignee, followup_note.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from carebook import clock, vocab
from carebook.errors import ValidationError
from carebook.services import customer_fields, customers, feedback, followups, interactions, record_checks
from carebook.services.interactions import InteractionRow
from carebook.services.together import together

SCORE_KINDS = vocab.FEEDBACK_KINDS

_CUSTOMER_FIELDS = {"name": "customer_name", "phone": "customer_phone", "email": "customer_email"}
_CONTACT_FIELDS = {"customer_id": "customer", "resolved": "status"}
_FOLLOWUP_FIELDS = {"note": "followup_note", "due_time": "due_on", "interaction": "due_on"}


@dataclass(frozen=True)
class NewCustomer:
    name: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class FollowupPlan:
    due_on: date
    assignee_id: int | None
    note: str = ""


@dataclass(frozen=True)
class ContactDraft:
    customer_id: int | None
    channel: str
    direction: str = "inbound"
    reason: str = "other"
    summary: str = ""
    notes: str = ""
    resolved_first_contact: bool = False
    waited_minutes: int | None = None
    duration_minutes: int | None = None
    staff_id: int | None = None
    occurred_at: datetime | None = None  # naive UTC; None = the moment of saving
    new_customer: NewCustomer | None = None
    scores: Mapping[str, int] = field(default_factory=dict)  # kind -> score
    comment: str = ""
    followup: FollowupPlan | None = None
    resolved: bool | None = None  # editing: resolved or open; None leaves the status as it is
    complete_followup_id: int | None = None
    completed_by: int | None = None

    def contact_fields(self) -> dict[str, Any]:
        return {
            "channel": self.channel,
            "direction": self.direction,
            "reason": self.reason,
            "summary": self.summary,
            "notes": self.notes,
            "resolved_first_contact": self.resolved_first_contact,
            "waited_minutes": self.waited_minutes,
            "duration_minutes": self.duration_minutes,
            "staff_id": self.staff_id,
            "occurred_at": self.occurred_at,
        }


@contextmanager
def _collect(errors: dict[str, str], names: Mapping[str, str] | None = None) -> Iterator[None]:
    try:
        yield
    except ValidationError as error:
        for name, message in error.errors.items():
            errors.setdefault((names or {}).get(name, name), message)


def remapped(error: ValidationError, names: Mapping[str, str]) -> ValidationError:
    return ValidationError({names.get(name, name): message for name, message in error.errors.items()})


def check(draft: ContactDraft, *, today: date | None = None) -> dict[str, str]:
    """Every problem of the draft, by field name; empty when it can be saved. Writes nothing."""
    errors: dict[str, str] = {}
    if draft.new_customer is not None:
        fields = {"name": draft.new_customer.name, "phone": draft.new_customer.phone}
        fields["email"] = draft.new_customer.email
        with _collect(errors, _CUSTOMER_FIELDS):
            customer_fields.check(fields)
    elif draft.customer_id is None:
        errors["customer"] = QCoreApplication.translate(
            "ContactDialog", "Choose a customer, or create a new one with “New customer”"
        )
    with _collect(errors):
        vocab.check_choice(draft.channel, vocab.CHANNELS, "channel")
    with _collect(errors):
        vocab.check_choice(draft.direction, vocab.DIRECTIONS, "direction")
    with _collect(errors):
        vocab.check_choice(draft.reason, vocab.REASONS, "reason")
    with _collect(errors):
        record_checks.text(draft.summary, "summary", interactions.SUMMARY_LIMIT, multiline=False)
    with _collect(errors):
        record_checks.text(draft.notes, "notes", interactions.NOTES_LIMIT)
    for name in ("waited_minutes", "duration_minutes"):
        with _collect(errors):
            record_checks.minutes(getattr(draft, name), name)
    if draft.occurred_at is not None:
        with _collect(errors):
            record_checks.instant(draft.occurred_at, "occurred_at")
    for kind, score in draft.scores.items():
        with _collect(errors, {"score": kind}):
            vocab.check_score(kind, score)
    if draft.comment.strip() and not draft.scores:
        errors["comment"] = QCoreApplication.translate(
            "ContactDialog", "Pick a score for this comment, or leave it empty"
        )
    with _collect(errors):
        record_checks.text(draft.comment, "comment", feedback.COMMENT_LIMIT)
    if draft.followup is not None:
        if draft.followup.due_on < (today or clock.today()):
            errors["due_on"] = QCoreApplication.translate(
                "ContactDialog", "Is in the past; choose today or a later day"
            )
        with _collect(errors, _FOLLOWUP_FIELDS):
            record_checks.text(draft.followup.note, "note", followups.NOTE_LIMIT)
    return errors


@dataclass
class Progress:
    """What one dialog has written so far (kept across failed attempts)."""

    customer_id: int | None = None  # created in this dialog
    customer_row: Any = None  # its CustomerRow
    interaction_id: int | None = None
    scores: set[str] = field(default_factory=set)
    followup_id: int | None = None
    completed: bool = False
    warnings: list[str] = field(default_factory=list)


class ContactSaver:
    """Writes a draft as new contact (``interaction_id=None``) or as changes to an existing one."""

    def __init__(self, interaction_id: int | None = None, original: InteractionRow | None = None) -> None:
        self.editing = interaction_id is not None
        self.original = original
        self.progress = Progress(interaction_id=interaction_id)

    def save(self, draft: ContactDraft) -> InteractionRow:
        """Write everything as one transaction: if any part fails, nothing of it is kept."""
        errors = check(draft)
        if errors:
            raise ValidationError(errors)
        progress = self.progress
        before = replace(progress, scores=set(progress.scores), warnings=list(progress.warnings))
        try:
            return together(lambda: self._write(draft))
        except BaseException:
            self.progress = before  # the transaction rolled back: what it wrote is gone too
            raise

    def _write(self, draft: ContactDraft) -> InteractionRow:
        customer_id = self._customer(draft)
        row = self._contact(draft, customer_id)
        self._scores(draft, row)
        self._followup(draft, row)
        if draft.complete_followup_id is not None and not self.progress.completed:
            followups.complete(draft.complete_followup_id, by_staff_id=draft.completed_by)
            self.progress.completed = True
        return row

    def _customer(self, draft: ContactDraft) -> int:
        if draft.new_customer is None:
            assert draft.customer_id is not None
            return draft.customer_id
        if self.progress.customer_id is None:
            new = draft.new_customer
            try:
                saved = customers.create(new.name, phone=new.phone, email=new.email)
            except ValidationError as error:
                raise remapped(error, _CUSTOMER_FIELDS) from None
            self.progress.customer_id = saved.row.id
            self.progress.customer_row = saved.row
            self.progress.warnings.extend(saved.warnings)
        return self.progress.customer_id

    def _contact(self, draft: ContactDraft, customer_id: int) -> InteractionRow:
        values = draft.contact_fields()
        try:
            if self.progress.interaction_id is None:
                row = interactions.log(customer_id, **values)
                self.progress.interaction_id = row.id
                return row
            changes = self._changes(values, customer_id, draft.resolved)
            return interactions.edit(self.progress.interaction_id, **changes)
        except ValidationError as error:
            raise remapped(error, _CONTACT_FIELDS) from None

    def _changes(self, values: dict[str, Any], customer_id: int, resolved: bool | None) -> dict[str, Any]:
        """Only what differs from the stored contact, so untouched fields (seconds of the time) stay."""
        values = {**values, "customer_id": customer_id}
        if values["occurred_at"] is None:
            del values["occurred_at"]
        before = self.original
        if before is None:
            return values
        changes = {name: value for name, value in values.items() if getattr(before, name) != value}
        if resolved is not None and resolved != (before.status == "resolved"):
            changes["resolved"] = resolved
        return changes

    def _scores(self, draft: ContactDraft, row: InteractionRow) -> None:
        comment_given = False
        for kind in SCORE_KINDS:
            if kind not in draft.scores or kind in self.progress.scores:
                comment_given = comment_given or kind in self.progress.scores
                continue
            comment = "" if comment_given else draft.comment
            try:
                feedback.record(
                    row.customer_id,
                    kind=kind,
                    score=draft.scores[kind],
                    comment=comment,
                    interaction_id=row.id,
                    received_at=row.occurred_at,
                )
            except ValidationError as error:
                names = {"score": kind, "received_at": "occurred_at", "interaction": kind}
                raise remapped(error, names) from None
            comment_given = True
            self.progress.scores.add(kind)

    def _followup(self, draft: ContactDraft, row: InteractionRow) -> None:
        plan = draft.followup
        if plan is None or self.progress.followup_id is not None:
            return
        try:
            created = followups.create(
                row.customer_id,
                due_on=plan.due_on,
                note=plan.note or row.summary,
                assignee_id=plan.assignee_id,
                interaction_id=row.id,
            )
        except ValidationError as error:
            raise remapped(error, _FOLLOWUP_FIELDS) from None
        self.progress.followup_id = created.id
