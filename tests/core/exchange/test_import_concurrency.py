"""An import's record of what it overwrote stays exact while another counter edits the same customer on a
PostgreSQL server (issue 18, item 2): ``undo-import`` then gives back the other counter's value.

The other counter's edit is a transaction open (its row lock held) when the import starts and committed
half a second later. The import locks the rows it will update before it reads their values, so it waits
for that commit and records the edited value, not the one from before it.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import psycopg

from carebook.exchange import importer
from carebook.exchange.undo import undo_import
from carebook.services import customers
from carebook.shop import close_shop, open_shop
from tests.core.exchange.support import write_csv


def _edit_at_another_counter(url: str, customer_id: int, started: threading.Event) -> None:
    with psycopg.connect(url) as other:
        other.execute("UPDATE customer SET company = 'Counter Two' WHERE id = %s", (customer_id,))
        started.set()
        time.sleep(0.5)
        other.commit()


def test_the_import_records_the_value_another_counter_committed_meanwhile(
    pg_database: str, tmp_path: Path
) -> None:
    open_shop(pg_database)
    try:
        ann = customers.create("Ann Example", email="ann@example.com", company="Old Ltd").row
        row = "Ann Example,ann@example.com,Import Ltd"
        path = write_csv(tmp_path / "people.csv", f"name,email,company\n{row}\n")
        started = threading.Event()
        other = threading.Thread(target=_edit_at_another_counter, args=(pg_database, ann.id, started))
        other.start()
        assert started.wait(10)
        result = importer.import_csv("customers", path)
        other.join()
        assert result.counts.updated == 1 and customers.get(ann.id).company == "Import Ltd"
        assert result.batch_id is not None
        undo_import(result.batch_id)
        assert customers.get(ann.id).company == "Counter Two"
    finally:
        close_shop()
