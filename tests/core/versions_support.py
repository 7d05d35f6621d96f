"""The other counter for version tests: a second, real connection to the test's database (SQLite file or
PostgreSQL), on which the services run inside ``with other_counter():`` (``carebook.db.using``), or a
second process (``at_other_counter``)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import peewee
import pytest

from carebook.db import connect_server, connect_sqlite, using

OtherCounter = Callable[[], AbstractContextManager[peewee.Database]]


@pytest.fixture(name="other_counter")
def other_counter_fixture(db: Path | str) -> Iterator[OtherCounter]:
    connection = connect_server(db) if isinstance(db, str) else connect_sqlite(db)

    @contextmanager
    def at_the_other_counter() -> Iterator[peewee.Database]:
        with using(connection):
            yield connection

    try:
        yield at_the_other_counter
    finally:
        connection.close()


def at_other_counter(db: Path | str, code: str) -> None:
    """Run ``code`` (services imported as in it) in another process on the same database."""
    program = f"from carebook.shop import open_shop, close_shop\nopen_shop({str(db)!r})\n{code}\nclose_shop()"
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
