"""Tags: short labels on customers ("VIP", "Wholesale"), added and removed in bulk.

Names are trimmed, 1 to 50 characters, and compared case-insensitively: adding "vip" where "VIP"
exists reuses "VIP". A ``;`` is refused because it separates tags in CSV files.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import peewee

from carebook.conflicts import bump
from carebook.db import database, reads, writes
from carebook.errors import NotFound, ValidationError
from carebook.models import Customer, CustomerTag, Tag
from carebook.query_rows import tuple_rows
from carebook.services.customer_rows import chunks, tag_order, unique_ids
from carebook.text import clean_text
from carebook.translation import _

MAX_LENGTH = 50
_LINK_FIELDS = [CustomerTag.customer, CustomerTag.tag]


@dataclass(frozen=True)
class TagRow:
    id: int
    name: str
    customers: int  # customers carrying the tag, not counting the trash


def clean_tag_name(name: str | None, field: str = "tag") -> str:
    """The name as stored (control characters removed, spaces trimmed) or ValidationError."""
    text = clean_text(name, multiline=False)
    if not text:
        raise ValidationError(field, _("a tag needs a name"))
    if len(text) > MAX_LENGTH:
        raise ValidationError(
            field,
            _("'{text}…' is {length} characters long; a tag has at most 50").format(
                text=text[:20], length=len(text)
            ),
        )
    if ";" in text:
        raise ValidationError(
            field, _("'{text}' contains ';', which separates tags in CSV files").format(text=text)
        )
    return text


def _existing() -> dict[str, tuple[int, str]]:
    """Every tag by its case-folded name (the oldest tag wins if two differ only by case)."""
    found: dict[str, tuple[int, str]] = {}
    for tag_id, name in tuple_rows(Tag.select(Tag.id, Tag.name).order_by(Tag.id)):
        found.setdefault(name.casefold(), (tag_id, name))
    return found


def find_tag(name: str) -> tuple[int, str] | None:
    """(id, stored spelling) of the tag called ``name`` in any case, or None."""
    text = clean_text(name, multiline=False)
    return _existing().get(text.casefold()) if text else None


def _require(name: str) -> tuple[int, str]:
    found = find_tag(name)
    if found is None:
        raise NotFound(_("There is no tag called '{name}'.").format(name=clean_text(name, multiline=False)))
    return found


def ensure_tags(names: Iterable[str], field: str = "tag") -> dict[int, str]:
    """Ids of these tags, creating the missing ones (call inside a write); {id: stored spelling}."""
    cleaned = [clean_tag_name(name, field) for name in names]
    existing = _existing()
    result: dict[int, str] = {}
    for name in cleaned:
        key = name.casefold()
        if key not in existing:
            existing[key] = (Tag.insert(name=name).execute(), name)
        tag_id, spelling = existing[key]
        result[tag_id] = spelling
    return result


def replace_tags(customer_id: int, names: Iterable[str], field: str = "tags") -> tuple[str, ...]:
    """Give one customer exactly these tags (call inside a write); returns them sorted.
    Blank names (an empty line in a tag editor) are skipped."""
    wanted = ensure_tags((name for name in names if clean_text(name, multiline=False)), field)
    current = {
        tag_id
        for (tag_id,) in tuple_rows(
            CustomerTag.select(CustomerTag.tag).where(CustomerTag.customer == customer_id)
        )
    }
    stale = current - set(wanted)
    if stale:
        CustomerTag.delete().where(
            (CustomerTag.customer == customer_id) & CustomerTag.tag.in_(sorted(stale))
        ).execute()
    new = sorted(set(wanted) - current)
    if new:
        CustomerTag.insert_many([(customer_id, tag_id) for tag_id in new], fields=_LINK_FIELDS).execute()
    return tuple(sorted(wanted.values(), key=tag_order))


def _count(tag_id: int) -> int:
    return (
        CustomerTag.select()
        .join(Customer)
        .where((CustomerTag.tag == tag_id) & Customer.deleted_at.is_null())
        .count()
    )


_LINKS_PER_TAG = "SELECT tag_id, count(*) FROM customer_tag GROUP BY tag_id"
# The (few) trashed customers by their index, then their links by the (customer, tag) key.
_TRASHED_LINKS_PER_TAG = (
    "SELECT tag_id, count(*) FROM customer_tag WHERE customer_id IN "
    "(SELECT id FROM customer WHERE deleted_at IS NOT NULL) GROUP BY tag_id"
)


@reads
def all_tags() -> tuple[TagRow, ...]:
    """Every tag with how many customers (outside the trash) carry it, sorted case-insensitively.

    Counted as every link (from the (tag, customer) index alone) minus the trash's links: joining each
    link to its customer took 0.1 s at 100,000 customers, on every refresh of the Customers page.
    """
    counts = dict(database.execute_sql(_LINKS_PER_TAG).fetchall())
    for tag_id, trashed in database.execute_sql(_TRASHED_LINKS_PER_TAG).fetchall():
        counts[tag_id] -= trashed
    names = tuple_rows(Tag.select(Tag.id, Tag.name))
    rows = [TagRow(tag_id, name, counts.get(tag_id, 0)) for tag_id, name in names]
    return tuple(sorted(rows, key=lambda row: tag_order(row.name)))


@reads
def tags_of(customer_id: int) -> tuple[str, ...]:
    query = CustomerTag.select(Tag.name).join(Tag).where(CustomerTag.customer == customer_id)
    return tuple(sorted((name for (name,) in tuple_rows(query)), key=tag_order))


@writes
def add_tag(customer_ids: Iterable[int], name: str) -> int:
    """Tag these customers (creating the tag if needed); returns how many newly got it.

    Customers who already carry the tag, and ids that do not exist, are skipped.
    """
    ((tag_id, _spelling),) = ensure_tags([name]).items()
    added = 0
    for chunk in chunks(unique_ids(customer_ids)):
        has_it = CustomerTag.select(CustomerTag.customer).where(CustomerTag.tag == tag_id)
        targets = [
            customer_id
            for (customer_id,) in tuple_rows(
                Customer.select(Customer.id).where(Customer.id.in_(list(chunk)) & Customer.id.not_in(has_it))
            )
        ]
        if targets:
            CustomerTag.insert_many([(cid, tag_id) for cid in targets], fields=_LINK_FIELDS).execute()
            _changed(targets)
            added += len(targets)
    return added


@writes
def remove_tag(customer_ids: Iterable[int], name: str) -> int:
    """Take the tag off these customers; returns how many had it. The tag itself stays."""
    tag_id, _spelling = _require(name)
    removed = 0
    for chunk in chunks(unique_ids(customer_ids)):
        had_it = (CustomerTag.tag == tag_id) & CustomerTag.customer.in_(list(chunk))
        having = CustomerTag.select(CustomerTag.customer).where(had_it)
        _changed([customer_id for (customer_id,) in tuple_rows(having)])
        removed += CustomerTag.delete().where(had_it).execute()
    return removed


def _changed(customer_ids: list[int]) -> None:
    """A person's change of these customers' tags: their versions rise (``carebook.versions``)."""
    if customer_ids:
        Customer.update(version=bump()).where(Customer.id.in_(customer_ids)).execute()


@writes
def set_tags(customer_id: int, names: Iterable[str]) -> tuple[str, ...]:
    """Give one customer exactly these tags; returns them as stored, sorted."""
    if not Customer.select().where(Customer.id == customer_id).exists():
        raise NotFound(_("There is no customer number {customer_id}.").format(customer_id=customer_id))
    _changed([customer_id])
    return replace_tags(customer_id, list(names))


@writes
def rename_tag(old: str, new: str) -> TagRow:
    """Rename a tag; if another tag already has the new name, merge into it (keeping its spelling)."""
    old_id, _old_name = _require(old)
    new_name = clean_tag_name(new)
    target = _existing().get(new_name.casefold())
    if target is None or target[0] == old_id:
        Tag.update(name=new_name).where(Tag.id == old_id).execute()
        return TagRow(old_id, new_name, _count(old_id))
    target_id, target_name = target
    already = CustomerTag.select(CustomerTag.customer).where(CustomerTag.tag == target_id)
    moving = CustomerTag.select(CustomerTag.customer, peewee.Value(target_id)).where(
        (CustomerTag.tag == old_id) & CustomerTag.customer.not_in(already)
    )
    CustomerTag.insert_from(moving, _LINK_FIELDS).execute()
    CustomerTag.delete().where(CustomerTag.tag == old_id).execute()
    Tag.delete().where(Tag.id == old_id).execute()
    return TagRow(target_id, target_name, _count(target_id))


@writes
def delete_tag(name: str) -> int:
    """Delete a tag and take it off every customer (trash included); returns how many had it."""
    tag_id, _spelling = _require(name)
    removed = CustomerTag.delete().where(CustomerTag.tag == tag_id).execute()
    Tag.delete().where(Tag.id == tag_id).execute()
    return int(removed)
