"""Paged, sorted and filtered customer lists for tables of 100,000 rows that the UI fetches lazily.

CONTRACT (the customers page and bulk actions rely on it):
- ``list_customers(*, offset, limit, sort, descending, tag, preferred_channel, not_contacted_days,
  trashed) -> CustomerPage(rows, total)``; ``count_customers(...)`` and ``ids_matching(...)`` take the
  same filters. Sorts: ``SORTS``. Ties are broken by id (in the sort's direction), so paging is stable.
  Customers never contacted, without a company or without a score come last in either direction.
- "not contacted for N days": the last contact is older than N days, or there was none.
- ``last_score`` sorts by satisfaction across kinds: each score placed on its own scale
  (CSAT 1-5, NPS 0-10, CES 1-7; higher is better for all three).

A page costs three queries: the ids (sorted in SQL over an index), the rows, and their tags.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import peewee

from carebook import db, vocab
from carebook.clock import utc_now
from carebook.db import reads
from carebook.errors import ValidationError
from carebook.models import Customer, CustomerTag
from carebook.services import customer_paging
from carebook.services.customer_rows import CustomerRow, load_rows
from carebook.services.tags import find_tag

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
            raise ValidationError("not_contacted_days", f"'{days}' is not a whole number of days")
        cutoff = utc_now() - timedelta(days=days)
    return _Filters(trashed=bool(trashed), tag_id=tag_id, channel=channel, cutoff=cutoff)


def _trashed() -> peewee.ModelSelect:
    return Customer.select().where(Customer.deleted_at.is_null(False))


def _conditions(f: _Filters, *, listing: bool = True) -> list[peewee.Expression]:
    """WHERE terms for the filters. For a sorted listing, "in the trash" or not is written as an id
    set, which steers SQLite's plan: walk the sort's index for the live customers, sort the (small)
    trash. Counts and id lists read the deleted_at index directly."""
    if f.trashed:
        conditions = [Customer.deleted_at.is_null(False)]
        if listing:  # a small trash is fetched, then sorted: walking the sort's index would visit everyone
            ids = [i for (i,) in _trashed().select(Customer.id).limit(_SMALL_TRASH + 1).tuples()]
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


def _satisfaction() -> peewee.Node:
    """A score on a common 0-60 scale (60 = best), whatever its kind."""
    score = Customer.last_score
    return peewee.Case(
        Customer.last_score_kind,
        (("csat", (score - 1) * 15), ("nps", score * 6), ("ces", (score - 1) * 10)),
        None,
    )


def _order(sort: str, descending: bool) -> list[peewee.Node]:
    def way(node: peewee.Node) -> peewee.Node:
        return node.desc() if descending else node.asc()

    last: list[peewee.Node] = [way(Customer.id)]
    if sort == "name":
        return [way(Customer.name_key), *last]
    if sort == "company":
        empty = peewee.Case(None, ((Customer.company == "", 1),), 0)
        return [empty.asc(), way(peewee.fn.LOWER(Customer.company)), way(Customer.name_key), *last]
    if sort == "last_contact":
        return [Customer.last_contact_at.is_null().asc(), way(Customer.last_contact_at), *last]
    if sort == "open_followups":
        return [way(Customer.open_followups), *last]
    if sort == "created":
        return [way(Customer.created_at), *last]
    if sort == "last_score":
        return [Customer.last_score.is_null().asc(), way(_satisfaction()), *last]
    raise ValidationError("sort", f"'{sort}' is not one of: {', '.join(SORTS)}")


def _paging(offset: int, limit: int) -> None:
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValidationError("offset", f"'{offset}' is not a row number")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 0 <= limit <= MAX_LIMIT:
        raise ValidationError("limit", f"'{limit}' is not a page size from 0 to {MAX_LIMIT}")


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
        ids = [i for (i,) in query.limit(limit).offset(offset).tuples()]
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
