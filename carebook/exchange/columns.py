"""The columns of the four CSV tables of DESIGN.md (import and export use the same ones), and the other
names spreadsheets and address books give them (``SYNONYMS``: "E-mail", "Mobile", "Tel", "Firma", ...).
The customers columns come from ``carebook.customer_schema``, their other names from ``header_names``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from carebook.customer_schema import CSV_FIELDS
from carebook.errors import CarebookError
from carebook.exchange.header_names import CUSTOMER_HEADINGS
from carebook.text import fold
from carebook.translation import _


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


_NOT_WORD = re.compile(r"[^0-9a-z]+")


def heading_key(heading: str) -> str:
    """A heading folded for matching: lower case, no accents, words joined by "_"."""
    return _NOT_WORD.sub("_", fold(heading.strip().strip("\ufeff"))).strip("_")


def header_key(name: str) -> str:
    return name.strip().strip("\ufeff").strip().lower().replace(" ", "_").replace("-", "_")


def spec_for(kind: str) -> TableSpec:
    try:
        return SPECS[kind]
    except KeyError:
        raise CarebookError(
            _("'{kind}' is not a CSV table; use one of: {kinds}").format(kind=kind, kinds=", ".join(KINDS))
        ) from None


# Other names for Carebook's columns, as heading keys (``heading_key``), from ``header_names``: the
# headings of the customers' fields (a phone of any kind is the phone). Only names that are no column
# of any table are listed, so a feedback file's "comment" or a contacts file's "channel" keep their
# meaning. The importer reads a
# file's columns by ``column_roles`` (parts such as first and last name joined); this renaming gives
# a table's ``header`` for a glance at it.
ALL_COLUMNS: frozenset[str] = frozenset(column for spec in SPECS.values() for column in spec.columns)
_PHONES = ("mobile", "phone", "work_phone", "home_phone")


def _other_names() -> dict[str, str]:
    fields = {f.name for f in CSV_FIELDS}
    names: dict[str, str] = {}
    for role, headings in (*CUSTOMER_HEADINGS.items(), ("customer_email", _CUSTOMER_EMAIL)):
        column = "phone" if role in _PHONES else role
        if column not in fields and column != "customer_email":
            continue
        for heading in headings:
            key = heading_key(heading)
            if key not in ALL_COLUMNS:
                names.setdefault(key, column)
    return names


_CUSTOMER_EMAIL = ("Customer e-mail", "Client email", "Client e-mail")
SYNONYMS: dict[str, str] = _other_names()


def canonical_header(header: tuple[str, ...]) -> tuple[str, ...]:
    """The header with known synonyms renamed to Carebook's column names.

    A synonym is renamed only when the file has no column of that name already (a file with "Phone"
    and "Mobile" keeps "phone" as the phone column); the first synonym of a column wins.
    """
    present = set(header)
    renamed: list[str] = []
    for key in header:
        target = SYNONYMS.get(heading_key(key))
        if key not in ALL_COLUMNS and target and target not in present:
            present.add(target)
            renamed.append(target)
        else:
            renamed.append(key)
    return tuple(renamed)
