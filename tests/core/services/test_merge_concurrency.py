"""A merge holds both customers while it runs on a PostgreSQL server (issue 18, item 2): an edit another
counter commits meanwhile is read by the merge, so neither the merged customer nor ``undo-merge`` loses it.

The other counter's edit is a transaction open (its row lock held) when the merge starts and committed
half a second later.
"""

from __future__ import annotations

import threading
import time

import psycopg

from carebook.services import customers, merge
from carebook.shop import close_shop, open_shop


def _edit_at_another_counter(url: str, sql: str, customer_id: int, started: threading.Event) -> None:
    with psycopg.connect(url) as other:
        other.execute(sql, (customer_id,))  # type: ignore[arg-type]
        started.set()
        time.sleep(0.5)
        other.commit()


def _meanwhile(url: str, sql: str, customer_id: int) -> threading.Thread:
    started = threading.Event()
    other = threading.Thread(target=_edit_at_another_counter, args=(url, sql, customer_id, started))
    other.start()
    assert started.wait(10)
    return other


def test_undo_merge_gives_back_what_another_counter_saved_meanwhile(pg_database: str) -> None:
    open_shop(pg_database)
    try:
        keep = customers.create("Ann Example", company="Old Ltd").row.id
        other = customers.create("Ann Exampel", company="Other Ltd").row.id
        edit = _meanwhile(pg_database, "UPDATE customer SET company = 'Counter Two' WHERE id = %s", keep)
        result = merge.merge(keep, other, {"company": "other"})
        edit.join()
        assert customers.get(keep).company == "Other Ltd"
        merge.undo_merge(result.merge_id)
        assert customers.get(keep).company == "Counter Two"
    finally:
        close_shop()


def test_a_note_saved_meanwhile_on_the_other_customer_is_merged_not_lost(pg_database: str) -> None:
    open_shop(pg_database)
    try:
        keep = customers.create("Ann Example").row.id
        other = customers.create("Ann Exampel").row.id
        edit = _meanwhile(pg_database, "UPDATE customer SET notes = 'Allergic to nuts' WHERE id = %s", other)
        merge.merge(keep, other)
        edit.join()
        assert customers.get(keep).notes == "Allergic to nuts"
    finally:
        close_shop()
