"""How a PostgreSQL server's dates and times reach Carebook: as the text SQLite gives, one conversion.

Carebook stores an instant as naive UTC (``carebook.models.InstantField``): on SQLite the text
``YYYY-MM-DD HH:MM:SS``, on PostgreSQL a ``timestamp`` column, so the server compares and sorts real times.
What a query returns must not depend on the engine, though: the exports, merges, imports and reports read
stored rows with plain SQL and work on SQLite's forms. So every connection to a server reads ``timestamp``,
``date`` and ``time`` values as the server's ISO text (the DateStyle is fixed to ISO for the session), the
very text SQLite holds; the models then turn that text into ``datetime``/``date``/``time`` exactly as they
do on SQLite (peewee's field conversions). Parameters go the other way through the same fields' ``db_value``,
and the server casts the text to its column's type.

Imported only when connecting to a server, so the core does not need psycopg otherwise.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.adapt import AdaptersMap
from psycopg.types.string import TextLoader

# The server types read as text; ``timestamptz`` is not used by Carebook's tables.
TEXT_TYPES = ("timestamp", "date", "time")
SESSION_OPTIONS = "-c DateStyle=ISO,YMD"


def _adapters() -> AdaptersMap:
    adapters = AdaptersMap(psycopg.adapters)
    for name in TEXT_TYPES:
        adapters.register_loader(name, TextLoader)
    return adapters


def connect_params() -> dict[str, Any]:
    """psycopg connection parameters that make a server's values read as SQLite's (see the module notes)."""
    return {"context": _adapters(), "options": SESSION_OPTIONS}
