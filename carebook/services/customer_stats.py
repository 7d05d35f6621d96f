"""Keep the denormalised columns on ``customer`` true to the rows they summarise.

Every service that writes interactions, follow-ups or feedback calls ``refresh`` with the customers it
touched, inside its transaction. The values are recomputed from the source rows in SQL, never counted
up or down, so they cannot drift.

``last_score_norm`` places the last score on a common 0-100 scale (100 = best) whatever its kind:
CSAT 1-5, NPS 0-10 and CES 1-7 (7 = very easy) each stretched linearly, so the customers list sorts
satisfaction across kinds over one index (``SCORE_NORM``).

Under several writers at once (issue 18): on a server (READ COMMITTED) an UPDATE that waited for another
writer's row lock would recount with the snapshot it started with, before the other's rows were
committed, and leave a count one too low. So the customer rows are locked first, in a statement of their
own, in id order (``FOR NO KEY UPDATE``: it does not conflict with the KEY SHARE lock a new contact's
foreign key holds on its customer); the recount that follows starts after every other writer of those
customers has committed and sees their rows. On SQLite ``BEGIN IMMEDIATE`` already serialises writers.

Inside ``once_at_the_end()`` (``services.together``: one user action of several writes) ``refresh`` only
notes the customers, and they are recomputed once, when the block ends, still inside its transaction:
logging a contact with two scores and a follow-up recounts its customer once, not four times.

``refresh_all`` also repairs ``company_key`` (the folded company, normally written by the services that
change the company), so rows inserted in bulk without it (demo data) still sort by company.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Iterator

from carebook.db import database, is_sqlite
from carebook.text import fold

# SQL of a score on the 0-100 scale, for a feedback row aliased ``fb``.
SCORE_NORM = (
    "CASE fb.kind WHEN 'csat' THEN (fb.score - 1) * 25.0 WHEN 'nps' THEN fb.score * 10.0 "
    "WHEN 'ces' THEN (fb.score - 1) * 100.0 / 6 END"
)
_LAST_FEEDBACK = (
    "FROM feedback fb WHERE fb.customer_id = customer.id ORDER BY fb.received_at DESC, fb.id DESC LIMIT 1"
)

_REFRESH = f"""
UPDATE customer SET
  last_contact_at = (SELECT max(i.occurred_at) FROM interaction i WHERE i.customer_id = customer.id),
  open_contacts = (SELECT count(*) FROM interaction i
                   WHERE i.customer_id = customer.id AND i.status = 'open'),
  open_followups = (SELECT count(*) FROM followup f WHERE f.customer_id = customer.id AND f.done_at IS NULL),
  last_score_kind = coalesce((SELECT fb.kind {_LAST_FEEDBACK}), ''),
  last_score = (SELECT fb.score {_LAST_FEEDBACK}),
  last_score_norm = (SELECT {SCORE_NORM} {_LAST_FEEDBACK})
"""

_CHUNK = 500
_pending = threading.local()  # ``ids``: the customers to recount at the end of ``once_at_the_end``


def score_norm(kind: str, score: int | None) -> float | None:
    """The Python twin of ``SCORE_NORM``: a score of ``kind`` on the 0-100 scale, None without one."""
    if score is None:
        return None
    if kind == "csat":
        return (score - 1) * 25.0
    if kind == "nps":
        return score * 10.0
    if kind == "ces":
        return (score - 1) * 100.0 / 6
    return None


def _param() -> str:
    return "?" if database.param == "?" else "%s"


def _lock(where: str = "", values: list[int] | None = None) -> None:
    """On a server, lock these customer rows (``WHERE ...``) until the transaction ends, in id order."""
    if not is_sqlite():
        database.execute_sql(f"SELECT id FROM customer {where} ORDER BY id FOR NO KEY UPDATE", values)


@contextlib.contextmanager
def once_at_the_end() -> Iterator[None]:
    """Recount the customers that ``refresh`` is asked for inside the block once, as it ends without an
    error (call inside the transaction; a block inside another one leaves the recount to the outer)."""
    if getattr(_pending, "ids", None) is not None:
        yield
        return
    _pending.ids = set()
    try:
        yield
        ids = _pending.ids
    finally:
        _pending.ids = None
    refresh(ids)


def refresh(customer_ids: Iterable[int]) -> None:
    """Recompute the summary columns of these customers (call inside the write's transaction)."""
    pending = getattr(_pending, "ids", None)
    if pending is not None:
        pending.update(int(i) for i in customer_ids if i is not None)
        return
    ids = sorted({int(i) for i in customer_ids if i is not None})
    param = _param()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        where = f"WHERE id IN ({', '.join(param for _ in chunk)})"
        _lock(where, chunk)
        database.execute_sql(f"{_REFRESH} {where}", chunk)


def refresh_company_keys() -> int:
    """Set ``company_key`` to the folded company wherever it differs; returns how many rows changed."""
    rows = database.execute_sql(
        "SELECT id, company, company_key FROM customer WHERE company <> '' OR company_key <> ''"
    ).fetchall()
    stale = []
    for row_id, company, key in rows:
        folded = fold(company)
        if folded != key:
            stale.append((folded, row_id))
    sql = f"UPDATE customer SET company_key = {_param()} WHERE id = {_param()}"
    for values in stale:
        database.execute_sql(sql, values)
    return len(stale)


def refresh_all() -> None:
    """Recompute every customer (after bulk imports and in the integrity check)."""
    _lock()
    database.execute_sql(_REFRESH)
    refresh_company_keys()
