"""Finding the customers, staff and tags that import rows name, and creating the unknown ones.

Rows name their customer by ``customer_email`` when given, else by exact ``customer`` name; an unknown
customer is created once, however many rows name it. Staff and tags are matched by name ignoring
case, as their services compare them; an unknown staff member (role staff) or tag is created.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from carebook.contact_info import email_key
from carebook.db import database
from carebook.errors import ValidationError
from carebook.exchange.bulk import insert_rows, record_changes
from carebook.exchange.values import Cells, ContactNormaliser, one_line, staff_name, tag_name
from carebook.models import Customer, Staff, Tag
from carebook.text import fold
from carebook.translation import _


@dataclass(eq=False)
class New:
    """A row this import will create; ``id`` is a placeholder (-1 for the first one its directory
    creates, -2 for the next...) until it is written. Spooled rows keep the placeholder: ``real_id``."""

    name: str
    id: int = 0


@dataclass(eq=False)
class NewCustomer(New):
    email: str = ""
    created_at: str = ""


Ref = int | New


def ref_id(ref: Ref) -> int:
    return ref.id if isinstance(ref, New) else ref


class CustomerDirectory:
    """Customers that are not erased, by email key and by exact name, plus the ones to create."""

    def __init__(self, normaliser: ContactNormaliser, now: str) -> None:
        self.normaliser = normaliser
        self.now = now
        self.created: list[NewCustomer] = []
        self._by_email: dict[str, Ref] = {}
        self._by_name: dict[str, list[tuple[Ref, bool]]] = {}
        rows = database.execute_sql(
            "SELECT id, name, email, deleted_at IS NOT NULL FROM customer WHERE erased_at IS NULL "
            "ORDER BY deleted_at IS NOT NULL, id"
        )
        for row_id, name, email, trashed in rows:
            if email:
                self._by_email.setdefault(email_key(email), row_id)
            self._by_name.setdefault(name, []).append((row_id, bool(trashed)))

    def by_email(self, key: str) -> Ref | None:
        return self._by_email.get(key)

    def add(self, customer: NewCustomer) -> None:
        self.created.append(customer)
        customer.id = -len(self.created)
        if customer.email:
            self._by_email[email_key(customer.email)] = customer
        self._by_name.setdefault(customer.name, []).append((customer, False))

    def resolve(self, cells: Cells, when: str | None) -> Ref:
        """The customer a contact row names; created (once) when unknown."""
        name = one_line(cells["customer"])
        email = self.normaliser.email(one_line(cells["customer_email"]), "customer_email")
        ref: Ref | None
        if email:
            ref = self._by_email.get(email_key(email))
            if ref is None:
                ref = NewCustomer(name or email, email=email, created_at=when or self.now)
                self.add(ref)
        elif not name:
            raise ValidationError("customer", _("is empty; give the customer's name or customer_email"))
        else:
            ref = self._by_name_match(name, when)
        if isinstance(ref, NewCustomer) and when and when < ref.created_at:
            ref.created_at = when
        return ref

    def _by_name_match(self, name: str, when: str | None) -> Ref:
        candidates = self._by_name.get(name, [])
        live = [ref for ref, trashed in candidates if not trashed] or [ref for ref, _ in candidates]
        if len(live) > 1:
            raise ValidationError(
                "customer",
                _("{live} customers are called '{name}'; add customer_email to say which").format(
                    live=len(live), name=name
                ),
            )
        if live:
            return live[0]
        created = NewCustomer(name, created_at=when or self.now)
        self.add(created)
        return created

    def real_id(self, ref_id: int) -> int:
        """The id of a customer, or of one created by ``write_new`` for its placeholder id."""
        return self.created[-ref_id - 1].id if ref_id < 0 else ref_id

    def write_new(self, batch_id: int) -> None:
        """Insert the customers this import creates (no phone, no tags) and remember them."""
        columns = ("name", "name_key", "email", "created_at", "updated_at")
        rows = [(c.name, fold(c.name), c.email, c.created_at, self.now) for c in self.created]
        ids = insert_rows(Customer, columns, rows)
        for customer, new_id in zip(self.created, ids, strict=True):
            customer.id = new_id
        record_changes(batch_id, "customer", ids)


class NamedDirectory:
    """Staff or tags by case-folded name; unknown names are created on write."""

    def __init__(self, model: type[Staff] | type[Tag], clean: Callable[[str, str], str]) -> None:
        self.model = model
        self._clean = clean
        self.created: list[New] = []
        self._known: dict[str, Ref] = {}
        self._names: dict[int, str] = {}
        table = model._meta.table_name
        for row_id, name in database.execute_sql(f'SELECT id, name FROM "{table}" ORDER BY id'):
            self._known.setdefault(name.casefold(), row_id)
            self._names[row_id] = name

    def name_of(self, ref: Ref) -> str:
        if isinstance(ref, New):
            return ref.name
        return self.created[-ref - 1].name if ref < 0 else self._names[ref]

    def real_id(self, ref_id: int) -> int:
        """The id of a row, or of one created by ``write_new`` for its placeholder id."""
        return self.created[-ref_id - 1].id if ref_id < 0 else ref_id

    def resolve(self, raw: str, field: str) -> Ref | None:
        """The row a cell names (None for an empty cell); ValidationError for a name that cannot be."""
        name = self._clean(raw, field)
        if not name:
            return None
        key = name.casefold()
        ref = self._known.get(key)
        if ref is None:
            ref = New(name)
            self.created.append(ref)
            ref.id = -len(self.created)
            self._known[key] = ref
        return ref

    def write_new(self, batch_id: int, now: str, only: Collection[int] | None = None) -> None:
        """Insert the rows to create (``only`` those of these placeholder ids, when given)."""
        chosen = [new for new in self.created if only is None or new.id in only]
        if not chosen:
            return
        if self.model is Staff:
            rows = [(new.name, "staff", True, now) for new in chosen]
            ids = insert_rows(Staff, ("name", "role", "active", "created_at"), rows)
        else:
            ids = insert_rows(Tag, ("name",), [(n.name,) for n in chosen])
        for new, new_id in zip(chosen, ids, strict=True):
            new.id = new_id
        record_changes(batch_id, self.model._meta.table_name, ids)


def staff_directory() -> NamedDirectory:
    return NamedDirectory(Staff, staff_name)


def tag_directory() -> NamedDirectory:
    return NamedDirectory(Tag, tag_name)
