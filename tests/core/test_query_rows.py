"""``carebook.query_rows``: a query's rows as the plain tuples and dicts peewee returns."""

from __future__ import annotations

from pathlib import Path

from peewee import fn

from carebook.models import Tag
from carebook.query_rows import dict_row, tuple_row, tuple_rows


def test_tuple_rows_are_the_selected_columns_in_order(db: Path) -> None:
    Tag.create(name="vip")
    Tag.create(name="trade")
    rows = list(tuple_rows(Tag.select(Tag.name, Tag.id).order_by(Tag.name)))
    assert rows == [("trade", 2), ("vip", 1)]
    assert all(type(row) is tuple for row in rows)


def test_dict_row_is_the_one_row_of_an_aggregate_keyed_by_alias(db: Path) -> None:
    assert dict_row(Tag.select(fn.COUNT(Tag.id).alias("tags"))) == {"tags": 0}
    Tag.create(name="vip")
    assert dict_row(Tag.select(fn.COUNT(Tag.id).alias("tags"), fn.MAX(Tag.name).alias("last"))) == {
        "tags": 1,
        "last": "vip",
    }


def test_tuple_row_is_the_one_row_of_an_aggregate(db: Path) -> None:
    Tag.create(name="vip")
    assert tuple_row(Tag.select(fn.COUNT(Tag.id), fn.MIN(Tag.name))) == (1, "vip")
