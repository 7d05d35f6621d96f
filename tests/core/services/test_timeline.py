"""A customer's history: contacts, follow-ups and scores merged newest first."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from carebook.errors import NotFound
from carebook.services import feedback, followups, interactions
from carebook.services.timeline import customer_timeline
from tests.core.services.activity_support import freeze, make_customer, make_staff


def test_timeline_merges_everything_newest_first(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    freeze(monkeypatch)  # now: 2026-01-16 00:30 in Oslo (UTC+1)
    ada, other = make_customer("Ada Lind"), make_customer("Bo Ek")
    kari = make_staff("Kari")
    call = interactions.log(
        ada,
        channel="phone",
        reason="billing",
        summary="Invoice twice",
        staff_id=kari,
        occurred_at=datetime(2026, 1, 10, 9, 0),
    )
    mail = interactions.log(
        ada,
        channel="email",
        direction="outbound",
        notes="Sent refund\nmore",
        occurred_at=datetime(2026, 1, 12, 9, 0),
    )
    interactions.resolve(call.id, at=datetime(2026, 1, 12, 9, 5))
    timed = followups.create(
        ada, due_on="2026-01-12", due_time="10:30", note="Check refund", assignee_id=kari
    )
    untimed = followups.create(ada, due_on="2026-01-20", note="Ask how it went", priority="high")
    score = feedback.record(
        ada, kind="csat", score=4, comment="Quick", received_at=datetime(2026, 1, 12, 9, 0)
    )
    interactions.log(other, channel="chat", occurred_at=datetime(2026, 1, 11, 9, 0))

    entries = customer_timeline(ada)

    assert [(entry.kind, entry.when, entry.row.id) for entry in entries] == [
        ("followup", datetime(2026, 1, 19, 23, 0), untimed.id),  # 2026-01-20 00:00 in Oslo
        ("followup", datetime(2026, 1, 12, 9, 30), timed.id),  # 10:30 in Oslo
        ("contact", datetime(2026, 1, 12, 9, 0), mail.id),  # same instant as the score: contact first
        ("feedback", datetime(2026, 1, 12, 9, 0), score.id),
        ("contact", datetime(2026, 1, 10, 9, 0), call.id),
    ]
    assert [(entry.title, entry.detail) for entry in entries] == [
        ("Follow-up · high priority", "Ask how it went"),
        ("Follow-up overdue", "Check refund (for Kari)"),
        ("Email to customer · Other · open", "Sent refund"),
        ("CSAT 4/5", "Quick"),
        ("Phone from customer · Billing", "Invoice twice (Kari)"),
    ]


def test_empty_and_missing_customers(db: Path) -> None:
    assert customer_timeline(make_customer("New")) == ()
    with pytest.raises(NotFound):
        customer_timeline(4242)
