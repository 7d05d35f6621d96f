"""Rows for the search tests, written straight into the tables as imports and other services do."""

from __future__ import annotations

from carebook.contact_info import normalise_phone
from carebook.models import Customer, CustomerTag, Interaction, Tag
from carebook.services.search import SearchHit, search
from carebook.text import fold

NOW = "2024-05-01 10:00:00"


def add(name: str, **fields: object) -> int:
    """A customer row as an import writes it (phone normalised for the shop's region, GB)."""
    if "phone" in fields:
        fields.setdefault("phone_e164", normalise_phone(str(fields["phone"]), "GB").e164)
    return int(
        Customer.insert(name=name, name_key=fold(name), created_at=NOW, updated_at=NOW, **fields).execute()
    )


def contact(customer_id: int, summary: str, notes: str = "", when: str = NOW) -> int:
    row = {
        "customer": customer_id,
        "occurred_at": when,
        "channel": "phone",
        "summary": summary,
        "notes": notes,
    }
    return int(Interaction.insert(**row).execute())


def tag(customer_id: int, name: str) -> int:
    tag_id = Tag.get_or_create(name=name)[0].id
    CustomerTag.insert(customer=customer_id, tag=tag_id).execute()
    return int(tag_id)


def names(query: str, **options: object) -> list[str]:
    return [hit.name for hit in search(query, **options)]  # type: ignore[arg-type]


def hit_for(query: str, customer_id: int) -> SearchHit:
    hits = [hit for hit in search(query) if hit.customer_id == customer_id]
    assert hits, f"{query!r} did not find customer {customer_id}"
    return hits[0]
