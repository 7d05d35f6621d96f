"""Fast multi-row inserts through the models' table and column names (imports and demo data).

The ORM builds one statement per chunk; here SQLite gets one prepared ``executemany``, which is what
makes a 100,000-row import take seconds; a server gets multi-row ``INSERT ... RETURNING`` statements, with
the values through the fields' conversions (as the ORM would send them). Columns a caller leaves out get
the model's default, so a
column added to a model later still gets a value.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import peewee

from carebook.db import database, is_sqlite
from carebook.errors import StorageError
from carebook.translation import _

_PG_CHUNK = 1000


def _defaults(model: type[peewee.Model], given: Sequence[str]) -> tuple[list[str], list[Any]]:
    """Column names and values for the fields the caller does not give (the model's defaults; a field with
    only an SQL default is left out, so the database fills it in)."""
    names: list[str] = []
    values: list[Any] = []
    for field in model._meta.sorted_fields:
        if field.name in given or field.column_name in given or isinstance(field, peewee.AutoField):
            continue
        if field.default is None and not field.null and field.constraints:
            continue  # a column with only an SQL default (customer.address_parts) takes that default
        default = field.default() if callable(field.default) else field.default
        names.append(field.column_name)
        values.append(None if default is None else field.db_value(default))
    return names, values


def _param() -> str:
    return "?" if is_sqlite() else "%s"


def insert_rows(
    model: type[peewee.Model], columns: Sequence[str], rows: Sequence[Sequence[Any]], *, want_ids: bool = True
) -> list[int]:
    """Insert ``rows`` (values in ``columns`` order, ready for the database); return their new ids.

    Call inside the write transaction. On SQLite the new ids are the ones above the largest id before
    the insert, in insertion order (the transaction holds the write lock).
    """
    if not rows:
        return []
    extra_names, extra_values = _defaults(model, columns)
    names = [*columns, *extra_names]
    table = model._meta.table_name
    marks = ", ".join(_param() for _ in names)
    quoted = ", ".join(f'"{name}"' for name in names)
    sql = f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})'
    data = [(*row, *extra_values) for row in rows] if extra_values else rows
    if not is_sqlite():
        return _insert_returning(table, names, _as_stored(model, names, data), want_ids=want_ids)
    before = 0
    if want_ids:
        before = database.execute_sql(f'SELECT coalesce(max(id), 0) FROM "{table}"').fetchone()[0]
    database.cursor().executemany(sql, data)
    if not want_ids:
        return []
    cursor = database.execute_sql(f'SELECT id FROM "{table}" WHERE id > ? ORDER BY id', (before,))
    ids = [row[0] for row in cursor]
    if len(ids) != len(rows):
        raise StorageError(
            _("The database gave unexpected ids while writing {table}; nothing was saved.").format(
                table=table
            )
        )
    return ids


def _as_stored(model: type[peewee.Model], names: list[str], data: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """The values through their fields' ``db_value``, as the ORM sends them: rows come from SQLite spools,
    where a flag is 0/1 and a date text, and a server wants a boolean and a date."""
    by_column = {field.column_name: field for field in model._meta.sorted_fields}
    convert = [by_column[name].db_value for name in names]
    return [[to(value) for to, value in zip(convert, row, strict=True)] for row in data]


def _insert_returning(
    table: str, names: list[str], data: Sequence[Sequence[Any]], *, want_ids: bool
) -> list[int]:
    ids: list[int] = []
    row_marks = "(" + ", ".join("%s" for _ in names) + ")"
    columns = ", ".join(f'"{n}"' for n in names)
    for start in range(0, len(data), _PG_CHUNK):
        chunk = data[start : start + _PG_CHUNK]
        sql = f'INSERT INTO "{table}" ({columns}) VALUES {", ".join(row_marks for _ in chunk)}'
        if want_ids:
            sql += " RETURNING id"
        cursor = database.execute_sql(sql, [value for row in chunk for value in row])
        if want_ids:
            ids.extend(row[0] for row in cursor.fetchall())
    return ids


def record_changes(
    batch_id: int, table_name: str, row_ids: Sequence[int], *, befores: Sequence[dict[str, Any]] | None = None
) -> None:
    """Remember rows an import created (``befores`` None) or updated (their earlier values)."""
    if not row_ids:
        return
    if befores is None:
        rows: list[tuple[Any, ...]] = [(batch_id, table_name, row_id, "create", "") for row_id in row_ids]
    else:
        rows = [
            (batch_id, table_name, row_id, "update", json.dumps(before, ensure_ascii=False, sort_keys=True))
            for row_id, before in zip(row_ids, befores, strict=True)
        ]
    from carebook.import_models import ImportChange

    insert_rows(
        ImportChange, ("batch_id", "table_name", "row_id", "action", "before_json"), rows, want_ids=False
    )


def select_in(sql: str, ids: Sequence[int], chunk: int = 500) -> list[tuple[Any, ...]]:
    """Run ``sql`` (with one ``{marks}`` placeholder for an IN list) over ``ids`` in chunks."""
    found: list[tuple[Any, ...]] = []
    param = _param()
    for start in range(0, len(ids), chunk):
        part = list(ids[start : start + chunk])
        found.extend(database.execute_sql(sql.format(marks=", ".join(param for _ in part)), part).fetchall())
    return found
