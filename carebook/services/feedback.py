"""Satisfaction scores recorded by hand: CSAT (1-5), NPS (0-10) and CES (1-7, 7 = very easy).

A score may name the contact it rates, which must be the same customer's. Every write refreshes the
customer's ``last_score`` columns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee

from carebook import vocab
from carebook.conflicts import bump
from carebook.db import reads, writes
from carebook.errors import NotFound
from carebook.models import Customer, Feedback
from carebook.query_rows import tuple_rows
from carebook.services import customer_stats, record_checks
from carebook.translation import _
from carebook.versions import Seen, guard, guard_unchanged, picked

COMMENT_LIMIT = 100_000


@dataclass(frozen=True)
class FeedbackRow:
    id: int
    customer_id: int
    interaction_id: int | None
    kind: str
    score: int
    comment: str
    received_at: datetime
    customer_name: str
    version: int = 1  # raised by each save (``carebook.versions``)

    @property
    def label(self) -> str:
        """E.g. "CSAT 4/5", "NPS 9/10"."""
        return f"{vocab.KIND_LABELS[self.kind]} {self.score}/{vocab.SCORE_RANGES[self.kind][1]}"


@dataclass(frozen=True)
class FeedbackPage:
    rows: tuple[FeedbackRow, ...]
    total: int


_COLUMNS = (
    Feedback.id,
    Feedback.customer,
    Feedback.interaction,
    Feedback.kind,
    Feedback.score,
    Feedback.comment,
    Feedback.received_at,
    Customer.name,
    Feedback.version,
)


def _select() -> peewee.ModelSelect[Feedback]:
    return Feedback.select(*_COLUMNS).join(Customer, on=Feedback.customer == Customer.id)


def _row(values: tuple[Any, ...]) -> FeedbackRow:
    return FeedbackRow(*values)


def _fetch(feedback_id: int) -> FeedbackRow:
    found = _select().where(Feedback.id == feedback_id).tuples().first()
    if found is None:
        raise NotFound(_("There is no score with id {feedback_id}.").format(feedback_id=feedback_id))
    return _row(found)


@reads
def get(feedback_id: int) -> FeedbackRow:
    return _fetch(feedback_id)


@writes
def record(
    customer_id: int,
    *,
    kind: str,
    score: int | str,
    comment: str = "",
    interaction_id: int | None = None,
    received_at: datetime | None = None,
) -> FeedbackRow:
    """Store one score; ``received_at`` is naive UTC (default now). Out-of-range scores are refused."""
    customer = record_checks.require_customer(customer_id)
    kind = vocab.check_choice(kind, vocab.FEEDBACK_KINDS, "kind")
    new_id = Feedback.insert(
        customer=customer.id,
        kind=kind,
        score=vocab.check_score(kind, score),
        comment=record_checks.text(comment, "comment", COMMENT_LIMIT),
        interaction=record_checks.check_interaction(interaction_id, customer.id),
        received_at=record_checks.instant(received_at, "received_at"),
    ).execute()
    customer_stats.refresh([customer.id])
    return _fetch(new_id)


@writes
def edit(
    feedback_id: int,
    *,
    score: int | str | None = None,
    comment: str | None = None,
    received_at: datetime | None = None,
    seen: Seen | None = None,
) -> FeedbackRow:
    """Correct the score, comment or time of a response; None leaves a field as it is. ``seen``: what
    the form loaded (``carebook.versions``): a score changed since merges, or ``ConflictError``."""
    given: dict[str, Any] = {"score": score, "comment": comment, "received_at": received_at}
    mine = {name: value for name, value in given.items() if value is not None}
    mine = guard("feedback", feedback_id, seen, mine, stored_values(feedback_id))
    score, comment, received_at = mine.get("score"), mine.get("comment"), mine.get("received_at")
    before = _fetch(feedback_id)
    changes: dict[str, Any] = {}
    if score is not None:
        changes["score"] = vocab.check_score(before.kind, score)
    if comment is not None:
        changes["comment"] = record_checks.text(comment, "comment", COMMENT_LIMIT)
    if received_at is not None:
        changes["received_at"] = record_checks.instant(received_at, "received_at")
    if changes:
        Feedback.update(**changes, version=bump()).where(Feedback.id == feedback_id).execute()
    customer_stats.refresh([before.customer_id])
    return _fetch(feedback_id)


def stored_values(feedback_id: int) -> Callable[[Iterable[str]], dict[str, Any]]:
    """How ``carebook.versions`` reads this score now, by the names of ``FeedbackRow``."""
    return lambda names: picked(_fetch(feedback_id), names)


@writes
def delete(feedback_id: int, seen: Seen | None = None) -> None:
    """Remove a score; ``seen``: one changed or deleted since raises ``ConflictError``."""
    guard_unchanged("feedback", feedback_id, seen, stored_values(feedback_id))
    before = _fetch(feedback_id)
    Feedback.delete().where(Feedback.id == feedback_id).execute()
    customer_stats.refresh([before.customer_id])


@reads
def list_feedback(
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    kind: str | None = None,
    customer_id: int | None = None,
    offset: int = 0,
    limit: int = 200,
) -> FeedbackPage:
    """One page of scores, newest first; ``start``/``end`` are UTC instants, [start, end)."""
    offset, limit = record_checks.paging(offset, limit)
    conditions = []
    if start is not None:
        conditions.append(Feedback.received_at >= start)
    if end is not None:
        conditions.append(Feedback.received_at < end)
    if kind:
        conditions.append(Feedback.kind == vocab.check_choice(kind, vocab.FEEDBACK_KINDS, "kind"))
    if customer_id is not None:
        conditions.append(Feedback.customer == customer_id)
    counted = Feedback.select()
    query = _select()
    if conditions:
        counted = counted.where(*conditions)
        query = query.where(*conditions)
    total = counted.count()
    query = query.order_by(Feedback.received_at.desc(), Feedback.id.desc()).offset(offset).limit(limit)
    return FeedbackPage(tuple(_row(values) for values in tuple_rows(query)), total)


@reads
def for_customer(customer_id: int) -> tuple[FeedbackRow, ...]:
    """Every score of one customer, newest first."""
    query = (
        _select()
        .where(Feedback.customer == customer_id)
        .order_by(Feedback.received_at.desc(), Feedback.id.desc())
    )
    return tuple(_row(values) for values in tuple_rows(query))
