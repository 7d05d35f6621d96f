"""Log a contact: the contact, an optional new customer, scores and follow-up, as one action.

``log_contact(customer_id, channel, ...)`` checks every field first and raises one ValidationError
naming each bad field; then, in one transaction (``services.together``), it writes the new customer
(when ``customer_name`` is given instead of ``customer_id``), the contact, the scores (the comment goes
with the first), the follow-up (its note defaults to the summary) and marks done the follow-up the
contact was logged for (``complete_followup_id``). A failure anywhere keeps none of it.

``edit_contact(contact_id, ...)`` changes a stored contact by the same checks, writing only the fields
that differ from what is stored (so the seconds of an unchanged time stay); ``occurred_at=None`` keeps
the stored time and ``status`` "" keeps the status.

Field names (``ValidationError.errors`` keys, the contact dialog's rows): customer, customer_name,
customer_phone, customer_email, channel, direction, reason, summary, notes, resolved_first_contact,
status, waited_minutes, duration_minutes, staff, occurred_at, csat, nps, ces, comment, due_on, assignee,
followup_note. Times are naive UTC, ``due_on`` a shop-local date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from carebook import vocab
from carebook.marks import N_
from carebook.services import customer_fields, customers, feedback, followups, interactions, record_checks
from carebook.services.customer_rows import CustomerRow
from carebook.services.feedback import FeedbackRow
from carebook.services.followup_rows import FollowupRow
from carebook.services.interactions import InteractionRow
from carebook.services.together import together
from carebook.translation import _
from carebook.usecases import followups as followup_cases
from carebook.usecases.fields import collect, raise_if_any, renaming
from carebook.versions import Seen, guard

CUSTOMER_FIELDS = {"name": "customer_name", "phone": "customer_phone", "email": "customer_email"}
CONTACT_FIELDS = {"customer_id": "customer", "resolved": "status"}
FOLLOWUP_FIELDS = {"note": "followup_note", "due_time": "due_on", "interaction": "due_on"}

NO_CUSTOMER = N_("Choose a customer, or create a new one with “New customer”")
COMMENT_WITHOUT_SCORE = N_("Pick a score for this comment, or leave it empty")


@dataclass(frozen=True)
class LoggedContact:
    contact: InteractionRow
    customer: CustomerRow | None  # the customer created with the contact, if any
    scores: tuple[FeedbackRow, ...]
    followup: FollowupRow | None  # the follow-up planned with it
    completed: FollowupRow | None  # the follow-up this contact was logged for, now done
    warnings: tuple[str, ...]  # e.g. the new customer's phone number kept as typed


@dataclass(frozen=True)
class EditedContact:
    contact: InteractionRow
    changed: tuple[str, ...]  # the fields written


@dataclass(frozen=True)
class _Contact:
    """The contact's own fields, as the services take them."""

    customer_id: int | None
    channel: str
    direction: str
    reason: str
    summary: str
    notes: str
    resolved_first_contact: bool
    waited_minutes: int | None
    duration_minutes: int | None
    staff_id: int | None
    occurred_at: datetime | None
    status: str

    def values(self) -> dict[str, Any]:
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


def _check_contact(contact: _Contact, errors: dict[str, str], *, needs_customer: bool) -> None:
    if contact.customer_id is not None:
        with collect(errors, CONTACT_FIELDS, missing="customer"):
            record_checks.require_customer(contact.customer_id)
    elif needs_customer:
        errors["customer"] = _(NO_CUSTOMER)
    with collect(errors):
        vocab.check_choice(contact.channel, vocab.CHANNELS, "channel")
    with collect(errors):
        vocab.check_choice(contact.direction, vocab.DIRECTIONS, "direction")
    with collect(errors):
        vocab.check_choice(contact.reason, vocab.REASONS, "reason")
    with collect(errors):
        record_checks.text(contact.summary, "summary", interactions.SUMMARY_LIMIT, multiline=False)
    with collect(errors):
        record_checks.text(contact.notes, "notes", interactions.NOTES_LIMIT)
    with collect(errors):
        record_checks.flag(contact.resolved_first_contact, "resolved_first_contact")
    with collect(errors):
        record_checks.minutes(contact.waited_minutes, "waited_minutes")
    with collect(errors):
        record_checks.minutes(contact.duration_minutes, "duration_minutes")
    with collect(errors):
        record_checks.check_staff(contact.staff_id, "staff")
    if contact.occurred_at is not None:
        with collect(errors):
            record_checks.instant(contact.occurred_at, "occurred_at")
    if contact.status:
        with collect(errors):
            vocab.check_choice(contact.status, vocab.STATUSES, "status")


def _resolved(contact: _Contact) -> bool:
    return bool(contact.status) and vocab.check_choice(contact.status, vocab.STATUSES, "status") == "resolved"


def log_contact(
    customer_id: int | None,
    channel: str,
    *,
    direction: str = "inbound",
    reason: str = "other",
    summary: str = "",
    notes: str = "",
    resolved_first_contact: bool = False,
    status: str = "",
    waited_minutes: int | None = None,
    duration_minutes: int | None = None,
    staff_id: int | None = None,
    occurred_at: datetime | None = None,
    customer_name: str | None = None,
    customer_phone: str = "",
    customer_email: str = "",
    csat: int | None = None,
    nps: int | None = None,
    ces: int | None = None,
    comment: str = "",
    due_on: date | None = None,
    assignee_id: int | None = None,
    followup_note: str = "",
    complete_followup_id: int | None = None,
    completed_by: int | None = None,
) -> LoggedContact:
    """Log one contact and everything that goes with it (see the module notes); one transaction.

    ``status``: "" or "open" (open, unless ``resolved_first_contact``) or "resolved". ``occurred_at``
    None means now. A follow-up is planned when ``due_on`` is given.
    """
    new_customer = customer_name is not None
    contact = _Contact(
        None if new_customer else customer_id,
        channel,
        direction,
        reason,
        summary,
        notes,
        resolved_first_contact,
        waited_minutes,
        duration_minutes,
        staff_id,
        occurred_at,
        status,
    )
    scores = {kind: score for kind, score in zip(vocab.FEEDBACK_KINDS, (csat, nps, ces), strict=True)}
    given = {kind: score for kind, score in scores.items() if score is not None}

    def check() -> None:
        errors: dict[str, str] = {}
        if new_customer:
            fields: dict[str, object] = {
                "name": customer_name,
                "phone": customer_phone,
                "email": customer_email,
            }
            with collect(errors, CUSTOMER_FIELDS):
                customer_fields.check(fields)
        _check_contact(contact, errors, needs_customer=not new_customer)
        for kind, score in given.items():
            with collect(errors, {"score": kind}):
                vocab.check_score(kind, score)
        if comment.strip() and not given:
            errors["comment"] = _(COMMENT_WITHOUT_SCORE)
        with collect(errors):
            record_checks.text(comment, "comment", feedback.COMMENT_LIMIT)
        if due_on is not None:
            with collect(errors):
                followup_cases.check_due(record_checks.local_date(due_on, "due_on"))
            with collect(errors):
                record_checks.check_staff(assignee_id, "assignee")
            with collect(errors, FOLLOWUP_FIELDS):
                record_checks.text(followup_note, "note", followups.NOTE_LIMIT)
        raise_if_any(errors)

    def write() -> LoggedContact:
        check()
        created: CustomerRow | None = None
        warnings: tuple[str, ...] = ()
        the_customer = contact.customer_id
        if new_customer:
            with renaming(CUSTOMER_FIELDS):
                saved = customers.create(str(customer_name), phone=customer_phone, email=customer_email)
            created, warnings, the_customer = saved.row, saved.warnings, saved.row.id
        assert the_customer is not None
        with renaming(CONTACT_FIELDS):
            row = interactions.log(the_customer, resolved=_resolved(contact), **contact.values())
        recorded: list[FeedbackRow] = []
        for kind, score in given.items():
            with renaming({"score": kind, "received_at": "occurred_at", "interaction": kind}):
                recorded.append(
                    feedback.record(
                        row.customer_id,
                        kind=kind,
                        score=score,
                        comment="" if recorded else comment,
                        interaction_id=row.id,
                        received_at=row.occurred_at,
                    )
                )
        planned = None
        if due_on is not None:
            with renaming(FOLLOWUP_FIELDS):
                planned = followups.create(
                    row.customer_id,
                    due_on=due_on,
                    note=followup_note or row.summary,
                    assignee_id=assignee_id,
                    interaction_id=row.id,
                )
        completed = None
        if complete_followup_id is not None:
            with renaming({"done_by": "staff"}):
                completed = followups.complete(complete_followup_id, by_staff_id=completed_by)
        return LoggedContact(row, created, tuple(recorded), planned, completed, warnings)

    return together(write)


def edit_contact(
    contact_id: int,
    *,
    customer_id: int | None,
    channel: str,
    direction: str = "inbound",
    reason: str = "other",
    summary: str = "",
    notes: str = "",
    resolved_first_contact: bool = False,
    status: str = "",
    waited_minutes: int | None = None,
    duration_minutes: int | None = None,
    staff_id: int | None = None,
    occurred_at: datetime | None = None,
    seen: Seen | None = None,
) -> EditedContact:
    """Change a stored contact to these values, writing only what differs; one transaction.

    ``seen``: what the form loaded (``carebook.versions``, by these names and ``status``): a contact
    changed since is merged field by field, or ``ConflictError``."""
    contact = _Contact(
        customer_id,
        channel,
        direction,
        reason,
        summary,
        notes,
        resolved_first_contact,
        waited_minutes,
        duration_minutes,
        staff_id,
        occurred_at,
        status,
    )

    def write() -> EditedContact:
        errors: dict[str, str] = {}
        _check_contact(contact, errors, needs_customer=True)
        raise_if_any(errors)
        mine = {**contact.values(), "customer_id": customer_id}
        if occurred_at is None:
            del mine["occurred_at"]
        if status:
            mine["status"] = "resolved" if _resolved(contact) else "open"
        values = guard("interaction", contact_id, seen, mine, interactions.stored_values(contact_id))
        before = interactions.get(contact_id)
        wanted = values.pop("status", "")
        changes = {name: value for name, value in values.items() if getattr(before, name) != value}
        if wanted and (wanted == "resolved") != (before.status == "resolved"):
            changes["resolved"] = wanted == "resolved"
        with renaming(CONTACT_FIELDS):
            row = interactions.edit(contact_id, **changes) if changes else before
        return EditedContact(row, tuple(changes))

    return together(write)
