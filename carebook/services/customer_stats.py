"""Keep the denormalised columns on ``customer`` true to the rows they summarise.

Every service that writes interactions, follow-ups or feedback calls ``refresh`` with the customers it
touched, inside its transaction. The values are recomputed from the source rows in SQL, never counted
up or down, so they cannot drift.
"""

from __future__ import annotations

from collections.abc import Iterable

from carebook.db import database

_REFRESH = """
UPDATE customer SET
  last_contact_at = (SELECT max(i.occurred_at) FROM interaction i WHERE i.customer_id = customer.id),
  open_contacts = (SELECT count(*) FROM interaction i
                   WHERE i.customer_id = customer.id AND i.status = 'open'),
  open_followups = (SELECT count(*) FROM followup f WHERE f.customer_id = customer.id AND f.done_at IS NULL),
  last_score_kind = coalesce((SELECT fb.kind FROM feedback fb WHERE fb.customer_id = customer.id
                              ORDER BY fb.received_at DESC, fb.id DESC LIMIT 1), ''),
  last_score = (SELECT fb.score FROM feedback fb WHERE fb.customer_id = customer.id
                ORDER BY fb.received_at DESC, fb.id DESC LIMIT 1)
"""

_CHUNK = 500


def refresh(customer_ids: Iterable[int]) -> None:
    """Recompute the summary columns of these customers (call inside the write's transaction)."""
    ids = sorted({int(i) for i in customer_ids if i is not None})
    param = "?" if database.param == "?" else "%s"
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join(param for _ in chunk)
        database.execute_sql(f"{_REFRESH} WHERE id IN ({marks})", chunk)


def refresh_all() -> None:
    """Recompute every customer (after bulk imports and in the integrity check)."""
    database.execute_sql(_REFRESH)
