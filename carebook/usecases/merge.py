"""Merge two customers: what each field offers, what happens to it by default, and the merge itself.

The rules live in ``carebook.services.merge`` (one place); this is what the merge dialog and the CLI use:
``offers(kept, other)`` gives, for each field of ``MERGE_FIELDS``, the choices the user has ("keep",
"other", and "both" for notes and address) and the one a field left alone gets, given both records'
values by field name (the kept record's first). ``merge_customers(keep_id, other_id, choices)`` then
merges in one transaction; ``choices`` maps a field to "keep", "other" or "both", relative to the record
kept, and bad ones raise ValidationError keyed by the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from carebook.services import merge
from carebook.services.merge import MERGE_FIELDS, MergeResult
from carebook.versions import Seen

__all__ = ["MERGE_FIELDS", "FieldOffer", "MergeResult", "merge_customers", "offers"]


@dataclass(frozen=True)
class FieldOffer:
    field: str
    choices: tuple[str, ...]  # "keep", "other" (and "both")
    default: str  # the choice of a field left alone: "keep" or "other"


def offers(kept: Mapping[str, object], other: Mapping[str, object]) -> dict[str, FieldOffer]:
    """Every merge field's choices and default, for the kept record's and the other record's values."""
    return {
        field: FieldOffer(
            field, merge.choices_for(field), merge.default_choice(field, kept[field], other[field])
        )
        for field in MERGE_FIELDS
    }


def merge_customers(
    keep_id: int,
    other_id: int,
    choices: Mapping[str, str] | None = None,
    seen: Mapping[int, Seen] | None = None,
) -> MergeResult:
    """Merge ``other_id`` into ``keep_id``: every contact, follow-up, score and tag moves; one transaction.
    ``seen``: the versions compared (by id); either customer changed since raises ``ConflictError``."""
    return merge.merge(keep_id, other_id, choices, seen)
