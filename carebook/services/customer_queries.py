"""Paged, sorted and filtered customer lists for tables of 100,000 rows that the UI fetches lazily.

CONTRACT (the customers page and bulk actions rely on it):
- ``list_customers(*, offset, limit, sort, descending, tag, preferred_channel, not_contacted_days,
  trashed) -> CustomerPage(rows, total)``; ``count_customers(...)`` and ``ids_matching(...)`` take the
  same filters. Sorts: ``SORTS``. Ties are broken by id (in the sort's direction), so paging is stable.
  Customers never contacted, without a company or without a score come last in either direction.
- "not contacted for N days": the last contact is older than N days, or there was none.
- ``company`` sorts by the folded company (``company_key``), then the name.
- ``last_score`` sorts by satisfaction across kinds: each score placed on one 0-100 scale
  (``last_score_norm``; CSAT 1-5, NPS 0-10, CES 1-7, higher is better for all three), then the name.
- ``position_of(customer_id, sort=..., descending=..., <filters>) -> int | None``: the customer's row
  number in that list (to scroll a table to it), None when the filters leave it out.

A page costs three queries: the ids (sorted in SQL over an index), the rows, and their tags.
"""

from __future__ import annotations

import functools
import operator
from dataclasses import dataclass
from datetime import datetime, timedelta

import peewee

from carebook import db, vocab
from carebook.clock import utc_now
from carebook.db import reads
from carebook.errors import ValidationError
from carebook.models import Customer, CustomerTag
from carebook.ordering import ordered
from carebook.query_rows import tuple_rows
from carebook.services import customer_paging
from carebook.services.customer_rows import CustomerRow, load_rows
from carebook.services.tags import find_tag
from carebook.translation import _

SORTS: tuple[str, ...] = ("name", "company", "last_contact", "open_followups", "created", "last_score")
MAX_LIMIT = 1000
_SMALL_TRASH = 5000
_COUNT = peewee.fn.COUNT(peewee.SQL("*"))


@dataclass(frozen=True)
class CustomerPage:
    rows: tuple[CustomerRow, ...]
    total: int  # customers matching the filters, on every page


@dataclass(frozen=True)
class _Filters:
    trashed: bool
    tag_id: int | None = None
    channel: str | None = None
    cutoff: datetime | None = None
    nothing: bool = False  # e.g. the tag does not exist

    @property
    def plain(self) -> bool:
        return not self.trashed and self.tag_id is None and self.channel is None and self.cutoff is None


def _filters(
    tag: str | None, preferred_channel: str | None, not_contacted_days: int | None, trashed: bool
) -> _Filters:
    tag_id = None
    if tag is not None:
        found = find_tag(tag)
        if found is None:
            return _Filters(trashed=trashed, nothing=True)
        tag_id = found[0]
    channel = None
    if preferred_channel is not None:
        channel = (
            vocab.check_choice(preferred_channel, vocab.CHANNELS, "preferred_channel")
            if preferred_channel.strip()
            else ""
        )
    cutoff = None
    if not_contacted_days is not None:
        days = not_contacted_days
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 36500:
            raise ValidationError(
                "not_contacted_days", _("'{days}' is not a whole number of days").format(days=days)
            )
        cutoff = utc_now() - timedelta(days=days)
    return _Filters(trashed=bool(trashed), tag_id=tag_id, channel=channel, cutoff=cutoff)


def _trashed() -> peewee.ModelSelect[Customer]:
    return Customer.select().where(Customer.deleted_at.is_null(False))


def _conditions(f: _Filters, *, listing: bool = True) -> list[peewee.Expression]:
    """WHERE terms for the filters. For a sorted listing, "in the trash" or not is written as an id
    set, which steers SQLite's plan: walk the sort's index for the live customers, sort the (small)
    trash. Counts and id lists read the deleted_at index directly."""
    if f.trashed:
        conditions = [Customer.deleted_at.is_null(False)]
        if listing:  # a small trash is fetched, then sorted: walking the sort's index would visit everyone
            ids = [i for (i,) in tuple_rows(_trashed().select(Customer.id).limit(_SMALL_TRASH + 1))]
            if len(ids) <= _SMALL_TRASH:
                conditions = [Customer.id.in_(ids)]
    elif listing:
        trashed = Customer.alias("trashed")
        in_trash = trashed.select(trashed.id).where(trashed.deleted_at.is_null(False))
        conditions = [Customer.id.not_in(in_trash)]
    else:
        conditions = [Customer.deleted_at.is_null()]
    if f.tag_id is not None:
        conditions.append(
            Customer.id.in_(CustomerTag.select(CustomerTag.customer).where(CustomerTag.tag == f.tag_id))
        )
    if f.channel is not None:
        conditions.append(Customer.preferred_channel == f.channel)
    if f.cutoff is not None:
        conditions.append(Customer.last_contact_at.is_null() | (Customer.last_contact_at < f.cutoff))
    return conditions


def _segments(sort: str) -> list[tuple[peewee.Node | None, list[peewee.Field]]]:
    """A sort as segments listed one after the other, each (condition, key columns with the id last);
    the same as ``customer_paging.SEGMENTS``, where each segment is read over one index."""
    c = Customer
    if sort == "name":
        return [(None, [c.name_key, c.id])]
    if sort == "company":  # without a company: last, by name
        return [
            (c.company_key > "", [c.company_key, c.name_key, c.id]),
            (c.company_key == "", [c.name_key, c.id]),
        ]
    if sort == "last_contact":  # never contacted: last
        return [
            (c.last_contact_at.is_null(False), [c.last_contact_at, c.id]),
            (c.last_contact_at.is_null(), [c.id]),
        ]
    if sort == "open_followups":
        return [(None, [c.open_followups, c.id])]
    if sort == "created":
        return [(None, [c.created_at, c.id])]
    if sort == "last_score":  # satisfaction on one 0-100 scale; no score yet: last, by name
        return [
            (c.last_score_norm.is_null(False), [c.last_score_norm, c.name_key, c.id]),
            (c.last_score_norm.is_null(), [c.name_key, c.id]),
        ]
    raise ValidationError(
        "sort", _("'{sort}' is not one of: {sorts}").format(sort=sort, sorts=", ".join(SORTS))
    )


def _order(sort: str, descending: bool) -> list[peewee.Node]:
    """ORDER BY terms for the segments of ``sort``: the segment first, then its keys in the direction."""
    segments = _segments(sort)
    order: list[peewee.Node] = []
    if len(segments) == 2:
        later = segments[1][0]
        order.append(peewee.Case(None, ((later, 1),), 0).asc())
    order.extend(ordered(key, descending) for key in segments[0][1])
    return order


def _paging(offset: int, limit: int) -> None:
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValidationError("offset", _("'{offset}' is not a row number").format(offset=offset))
    if isinstance(limit, bool) or not isinstance(limit, int) or not 0 <= limit <= MAX_LIMIT:
        raise ValidationError(
            "limit",
            _("'{limit}' is not a page size from 0 to {most}").format(limit=limit, most=MAX_LIMIT),
        )


@reads
def list_customers(
    *,
    offset: int = 0,
    limit: int = 100,
    sort: str = "name",
    descending: bool = False,
    tag: str | None = None,
    preferred_channel: str | None = None,
    not_contacted_days: int | None = None,
    trashed: bool = False,
) -> CustomerPage:
    """One page of customers (the trash's when ``trashed``) and how many match in all."""
    _paging(offset, limit)
    order = _order(sort, descending)
    f = _filters(tag, preferred_channel, not_contacted_days, trashed)
    if f.nothing:
        return CustomerPage((), 0)
    ids = customer_paging.page(sort, descending, offset, limit) if f.plain and db.is_sqlite() else None
    if ids is None:
        query = Customer.select(Customer.id).where(*_conditions(f)).order_by(*order)
        ids = [i for (i,) in tuple_rows(query.limit(limit).offset(offset))]
    return CustomerPage(load_rows(ids), _count(f))


def _count(f: _Filters) -> int:
    if f.nothing:
        return 0
    if f.plain:  # two index counts instead of testing every row against the trash
        everyone = Customer.select(_COUNT).scalar()
        return int(everyone) - int(_trashed().select(_COUNT).scalar())
    return int(Customer.select(_COUNT).where(*_conditions(f, listing=False)).scalar())


@reads
def count_customers(
    *,
    tag: str | None = None,
    preferred_channel: str | None = None,
    not_contacted_days: int | None = None,
    trashed: bool = False,
) -> int:
    return _count(_filters(tag, preferred_channel, not_contacted_days, trashed))


@reads
def ids_matching(
    *,
    tag: str | None = None,
    preferred_channel: str | None = None,
    not_contacted_days: int | None = None,
    trashed: bool = False,
) -> tuple[int, ...]:
    """Every matching id in ascending order (for "select all" bulk actions)."""
    f = _filters(tag, preferred_channel, not_contacted_days, trashed)
    if f.nothing:
        return ()
    query = Customer.select(Customer.id).where(*_conditions(f, listing=False)).order_by(Customer.id)
    return tuple(row[0] for row in db.database.execute(query))  # raw rows: 100,000 ids in a blink


def _before(keys: list[peewee.Field], values: tuple[object, ...], descending: bool) -> list[peewee.Node]:
    """Disjoint terms matching the rows whose keys come before ``values``: for keys (a, b, id),
    "a < ?", "a = ? AND b < ?", "a = ? AND b = ? AND id < ?" (">" when descending). Keys that are
    NULL throughout the segment are skipped."""
    parts: list[peewee.Node] = []
    for depth, (key, value) in enumerate(zip(keys, values, strict=True)):
        if value is None:
            continue
        same = [k == v for k, v in zip(keys[:depth], values[:depth], strict=True) if v is not None]
        parts.append(functools.reduce(operator.and_, [*same, key > value if descending else key < value]))
    return parts


def _count_where(f: _Filters, *terms: peewee.Node | None) -> int:
    where = [term for term in terms if term is not None]
    if f.plain:  # all rows minus the trashed ones: one index range, then the (small) trash by id
        everyone = Customer.select(_COUNT).where(*where) if where else Customer.select(_COUNT)
        in_trash = Customer.alias("trashed")
        trash_ids = in_trash.select(in_trash.id).where(in_trash.deleted_at.is_null(False))
        trashed = Customer.select(_COUNT).where(Customer.id.in_(trash_ids), *where)
        return int(everyone.scalar()) - int(trashed.scalar())
    return int(Customer.select(_COUNT).where(*_conditions(f, listing=False), *where).scalar())


@reads
def position_of(
    customer_id: int,
    *,
    sort: str = "name",
    descending: bool = False,
    tag: str | None = None,
    preferred_channel: str | None = None,
    not_contacted_days: int | None = None,
    trashed: bool = False,
) -> int | None:
    """Where this customer is (0 = first row) in ``list_customers`` with the same sort and filters;
    None when the customer does not exist or the filters leave it out."""
    segments = _segments(sort)
    f = _filters(tag, preferred_channel, not_contacted_days, trashed)
    if f.nothing:
        return None
    everything = [key for _condition, keys in segments for key in keys]
    found = (
        Customer.select(*everything)
        .where(Customer.id == customer_id, *_conditions(f, listing=False))
        .tuples()
        .first()
    )
    if found is None:
        return None
    position = 0
    values = iter(found)
    for condition, keys in segments:
        mine = tuple(next(values) for _ in keys)
        if condition is not None and not _matches(customer_id, condition):
            position += _count_where(f, condition)
            continue
        position += sum(_count_where(f, condition, part) for part in _before(keys, mine, descending))
        return position
    return position


def _matches(customer_id: int, condition: peewee.Node) -> bool:
    return Customer.select(Customer.id).where(Customer.id == customer_id, condition).exists()
