"""Add a customer or change one, with the rule for an email address another customer already has.

``same_email(email, customer_id=None)``: the other customer (trashed ones too) that already has this
address, or None; the customer being edited is no duplicate of itself.

``add_customer(name, ...)`` / ``change_customer(customer_id, ...)`` check and write in one transaction
and return ``customers.Saved`` (the row and warnings such as a phone number kept as typed). When another
customer has the address, saving is refused (``email``: "... already has this email address") unless the
clerk confirmed keeping both: ``same_email_as`` is then that customer's id. Field names are those of
``carebook.customer_schema``.
"""

from __future__ import annotations

from carebook.errors import ValidationError
from carebook.services import customers
from carebook.services.customer_rows import CustomerRow
from carebook.services.customers import Saved
from carebook.services.together import together
from carebook.translation import _
from carebook.versions import Seen


def same_email(email: str, customer_id: int | None = None) -> CustomerRow | None:
    """Another customer with this address (in any case; trashed ones too), or None."""
    if not email.strip():
        return None
    found = customers.find_by_email(email.strip())
    return None if found is None or found.id == customer_id else found


def _check_email(email: object, customer_id: int | None, same_email_as: int | None) -> None:
    if not isinstance(email, str):
        return  # not changed, or a wrong type the field checks name
    other = same_email(email, customer_id)
    if other is not None and other.id != same_email_as:
        message = (
            _("{name} (#{id}) (in the trash) already has this email address")
            if other.trashed
            else _("{name} (#{id}) already has this email address")
        )
        raise ValidationError("email", message.format(name=other.name, id=other.id))


def add_customer(name: str, *, same_email_as: int | None = None, **fields: object) -> Saved:
    """Add one customer, ``fields`` by the names of ``carebook.customer_schema``; one transaction (see the
    module notes for ``same_email_as``)."""

    def write() -> Saved:
        _check_email(fields.get("email", ""), None, same_email_as)
        return customers.create(name, **fields)

    return together(write)


def change_customer(
    customer_id: int, *, same_email_as: int | None = None, seen: Seen | None = None, **changes: object
) -> Saved:
    """Change only the fields given (the names of ``add_customer``); one transaction. ``seen``: what the
    form loaded (``carebook.versions``): a customer changed since merges or raises ``ConflictError``."""

    def write() -> Saved:
        _check_email(changes.get("email"), customer_id, same_email_as)
        return customers.update(customer_id, seen=seen, **changes)

    return together(write)
