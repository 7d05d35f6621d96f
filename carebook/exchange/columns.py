"""The columns of the four CSV tables of DESIGN.md (import and export use the same ones)."""

from __future__ import annotations

from dataclasses import dataclass

from carebook.errors import CarebookError


@dataclass(frozen=True)
class TableSpec:
    kind: str
    columns: tuple[str, ...]
    # Each group names columns of which the file must have at least one.
    required: tuple[tuple[str, ...], ...]

    def missing(self, header: tuple[str, ...]) -> list[str]:
        present = set(header)
        return [" or ".join(group) for group in self.required if not present.intersection(group)]


_CUSTOMER = ("customer", "customer_email")

CUSTOMERS = TableSpec(
    "customers",
    (
        "name",
        "company",
        "email",
        "phone",
        "address",
        "preferred_channel",
        "tags",
        "notes",
        "consent_marketing",
        "created_at",
    ),
    (("name",),),
)
INTERACTIONS = TableSpec(
    "interactions",
    (
        "occurred_at",
        "customer",
        "customer_email",
        "channel",
        "direction",
        "reason",
        "summary",
        "notes",
        "staff",
        "status",
        "resolved_first_contact",
        "resolved_at",
        "waited_minutes",
        "duration_minutes",
    ),
    (("occurred_at",), ("channel",), _CUSTOMER),
)
# Feedback always belongs to a customer, so a feedback file needs a customer column too.
FEEDBACK = TableSpec(
    "feedback",
    ("received_at", "customer", "customer_email", "kind", "score", "comment"),
    (("received_at",), ("kind",), ("score",), _CUSTOMER),
)
FOLLOWUPS = TableSpec(
    "followups",
    ("due_on", "due_time", "customer", "customer_email", "assignee", "note", "priority", "done_at"),
    (("due_on",), _CUSTOMER),
)

SPECS: dict[str, TableSpec] = {spec.kind: spec for spec in (CUSTOMERS, INTERACTIONS, FEEDBACK, FOLLOWUPS)}
KINDS: tuple[str, ...] = tuple(SPECS)


def spec_for(kind: str) -> TableSpec:
    try:
        return SPECS[kind]
    except KeyError:
        raise CarebookError(f"'{kind}' is not a CSV table; use one of: {', '.join(KINDS)}") from None
