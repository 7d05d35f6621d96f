"""Several processes logging contacts at once, each on its own connection (the concurrency tests, and the
``load`` section of ``make bench``).

``run_writers(target, plans, ...)`` starts one process per plan (``spawn``: nothing of the parent's
connection is shared), lets them all start at one moment and returns what each saw: how many contacts it
logged, how long each "log a contact" took, and the first error, if any. Every contact goes through the
core use case (``carebook.usecases.log_contact``), as the app's dialog and ``carebook log`` do.

``lockstep``: the writers wait for each other before every contact, so the writers' contacts for one
customer are logged at the same moment (the interleaving that loses counts when the recount is not
locked); without it they run as fast as they can.
"""

from __future__ import annotations

import multiprocessing
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from multiprocessing.synchronize import Barrier
from typing import Any


@dataclass(frozen=True)
class Plan:
    """What one writer writes: one contact (or follow-up, or score) per customer id, in this order."""

    customers: tuple[int, ...]
    action: str = "contact"  # "contact", "company" (the use cases), "followup" or "score" (the services)
    scores: bool = False  # a CSAT and an NPS score with every contact
    followup_every: int = 0  # a follow-up with every contact whose number this divides (0: none)


@dataclass
class Outcome:
    logged: int = 0
    seconds: list[float] = field(default_factory=list)  # one per contact logged
    elapsed: float = 0.0  # from the common start to this writer's last contact
    error: str = ""  # the first failure (the writer stops there)


def _contact(customer_id: int, n: int, plan: Plan, due_on: date) -> dict[str, Any]:
    values: dict[str, Any] = {"summary": f"call {n}", "reason": ("billing", "problem", "other")[n % 3]}
    if n % 4 == 0:
        values["status"] = "resolved"
    if plan.scores:
        values.update(csat=1 + n % 5, nps=n % 11)
    if plan.followup_every and n % plan.followup_every == 0:
        values.update(due_on=due_on, followup_note=f"ring back {n}")
    return values


def _one(plan: Plan, customer_id: int, n: int, writer: int, due_on: date) -> None:
    from carebook.services import feedback, followups
    from carebook.usecases.customers import change_customer
    from carebook.usecases.log_contact import log_contact

    if plan.action == "company":
        change_customer(customer_id, company=f"Ålesund Fisk {writer} AS")
    elif plan.action == "followup":
        followups.create(customer_id, due_on=due_on, note=f"writer {writer}")
    elif plan.action == "score":
        feedback.record(customer_id, kind="nps", score=writer % 11)
    else:
        log_contact(customer_id, "phone", **_contact(customer_id, n, plan, due_on))


def _write(
    target: str, plan: Plan, start: Barrier, lockstep: Barrier | None, results: Any, index: int
) -> None:
    outcome = Outcome()
    try:
        from carebook import clock
        from carebook.shop import close_shop, open_shop

        open_shop(target, migrate=False)
        due_on = clock.local_now().date() + timedelta(days=2)
        start.wait(timeout=120)
        started = time.perf_counter()
        try:
            for n, customer_id in enumerate(plan.customers):
                if lockstep is not None:
                    lockstep.wait(timeout=120)
                began = time.perf_counter()
                _one(plan, customer_id, n, index, due_on)
                outcome.seconds.append(time.perf_counter() - began)
                outcome.logged += 1
                outcome.elapsed = time.perf_counter() - started
        finally:
            close_shop()
    except BaseException:  # the parent reports it
        outcome.error = traceback.format_exc()
        if lockstep is not None:
            lockstep.abort()  # the others stop waiting for this one
    results.put((index, outcome))


def run_writers(
    target: str, plans: Sequence[Plan], *, lockstep: bool = False, timeout: float = 600
) -> list[Outcome]:
    """Run one writer process per plan on ``target`` (a shop file or server address), all starting at once;
    returns their outcomes in the order of ``plans``."""
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(len(plans))
    steps = context.Barrier(len(plans)) if lockstep else None
    results = context.Queue()
    processes = [
        context.Process(target=_write, args=(target, plan, start, steps, results, i), daemon=True)
        for i, plan in enumerate(plans)
    ]
    for process in processes:
        process.start()
    outcomes: dict[int, Outcome] = {}
    deadline = time.monotonic() + timeout
    try:
        while len(outcomes) < len(plans):
            index, outcome = results.get(timeout=max(1.0, deadline - time.monotonic()))
            outcomes[index] = outcome
    finally:
        for process in processes:
            process.join(timeout=10)
            if process.is_alive():
                process.kill()
    return [outcomes[i] for i in range(len(plans))]
