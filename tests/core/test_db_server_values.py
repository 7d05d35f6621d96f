"""A server's times reach Carebook as SQLite's text; without the driver, one plain line."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, time

from carebook.db import database
from carebook.models import Customer, Followup
from carebook.server_errors import DRIVER_MISSING
from carebook.services import customers

_NO_DRIVER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in ("psycopg", "psycopg2", "psycopg_binary"):
            raise ImportError(name + " is not installed")
sys.meta_path.insert(0, Block())
from carebook.cli import main
sys.exit(main(["--db", "postgresql://shop@127.0.0.1:9/carebook", "stats"]))
"""


def test_without_the_driver_one_plain_line_names_psycopg() -> None:
    done = subprocess.run([sys.executable, "-c", _NO_DRIVER], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr == f"carebook: {DRIVER_MISSING}\n"  # names psycopg and how to install it


def test_stored_times_read_back_the_same_through_sql_and_the_models(db: object) -> None:
    row = customers.create("Kari Nordmann").row
    Customer.update(last_contact_at=datetime(2026, 3, 1, 9, 5, 7)).where(Customer.id == row.id).execute()
    Followup.create(customer=row.id, due_on=date(2026, 3, 2), due_time=time(14, 30))
    sql = database.execute_sql(
        "SELECT c.last_contact_at, f.due_on, f.due_time "
        "FROM customer c JOIN followup f ON f.customer_id = c.id"
    ).fetchone()
    assert tuple(sql) == ("2026-03-01 09:05:07", "2026-03-02", "14:30:00")  # SQLite's text on both
    model = Followup.select(Followup.due_on, Followup.due_time).tuples().get()
    assert model == (date(2026, 3, 2), time(14, 30))
    assert Customer.get_by_id(row.id).last_contact_at == datetime(2026, 3, 1, 9, 5, 7)
    # compared as times on the server, as text of the same form on SQLite
    later = Customer.select().where(Customer.last_contact_at > datetime(2026, 3, 1, 9, 5, 6)).count()
    assert later == 1
