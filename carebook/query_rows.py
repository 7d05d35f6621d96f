"""The rows of a peewee query as plain tuples or a dict, with the types they really have.

peewee's bundled stubs type ``query.tuples()`` and ``query.dicts()`` as the query itself, so a type
checker takes their rows for model instances; these two say what peewee returns.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

import peewee


def tuple_rows(query: peewee.BaseQuery) -> Iterator[tuple[Any, ...]]:
    """Each row of ``query`` as a tuple of its selected columns, in order."""
    return cast("Iterator[tuple[Any, ...]]", iter(query.tuples()))


def tuple_row(query: peewee.SelectBase) -> tuple[Any, ...]:
    """The one row of an aggregate ``query`` (COUNTs and SUMs, no GROUP BY) as a tuple."""
    return cast("tuple[Any, ...]", query.tuples().get())


def dict_row(query: peewee.SelectBase) -> dict[str, Any]:
    """The one row of an aggregate ``query`` (COUNTs and SUMs, no GROUP BY) as a dict keyed by alias."""
    return cast("dict[str, Any]", query.dicts().get())
