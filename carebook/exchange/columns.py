"""The columns of the four CSV tables of DESIGN.md (import and export use the same ones), and the other
names spreadsheets and address books give them (``SYNONYMS``: "E-mail", "Mobile", "Tel", "Firma", ...).
The customers columns and their other names come from ``carebook.customer_schema``.
"""

from __future__ import annotations

from dataclasses import dataclass

from carebook.customer_schema import CSV_FIELDS
from carebook.errors import CarebookError
from carebook.text import fold


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
    tuple(f.name for f in CSV_FIELDS),
    tuple((f.name,) for f in CSV_FIELDS if f.required),
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


# Other names for Carebook's columns, as header keys (``csv_format.header_key``, then folded: lower case,
# no accents, "_" for spaces and dashes). Only names that are no column of any table are listed, so a
# feedback file's "comment" or a contacts file's "channel" keep their meaning.
_OTHER_NAMES: dict[str, tuple[str, ...]] = {
    **{f.name: f.synonyms for f in CSV_FIELDS},
    "customer_email": ("customer_e_mail", "client_email", "client_e_mail"),
}
SYNONYMS: dict[str, str] = {other: column for column, others in _OTHER_NAMES.items() for other in others}
ALL_COLUMNS: frozenset[str] = frozenset(column for spec in SPECS.values() for column in spec.columns)


def canonical_header(header: tuple[str, ...]) -> tuple[str, ...]:
    """The header with known synonyms renamed to Carebook's column names.

    A synonym is renamed only when the file has no column of that name already (a file with "Phone"
    and "Mobile" keeps "phone" as the phone column); the first synonym of a column wins.
    """
    present = set(header)
    renamed: list[str] = []
    for key in header:
        target = SYNONYMS.get(key) or SYNONYMS.get(fold(key))
        if key not in ALL_COLUMNS and target and target not in present:
            present.add(target)
            renamed.append(target)
        else:
            renamed.append(key)
    return tuple(renamed)
