"""What each column of an import file feeds: its *role*, and the plan of a whole file (``ColumnPlan``).

A role is a column of the table being imported (``columns.SPECS``: "name", "email", "notes"...), or a
part that ``compose`` joins into one of them:

- the name from ``name_prefix first_name middle_name last_name name_suffix``, else the company, else
  ``other_name`` (a nickname, "File As"); an address book's contact with none of them is named by its
  email or phone, as the address book shows it;
- the phone from ``mobile``, ``phone``, ``work_phone``, ``home_phone``, ``other_phone``, in that order of
  preference (a shop calls or texts mobiles); the numbers not chosen go to the notes, labelled;
- the address from a ``address`` cell (the whole address) or its parts ``street house_number po_box
  postcode city region country``; parts of one address share a *group* ("Home", "Address 1");
- ``label``: the type of the values of its group, per row (Google's "Phone 1 - Label": Mobile, Work);
- ``note``: into the notes, after the column's heading ("Job Title: Baker").

Of several columns of one field (two email columns), the first filled one is the field's value and the
others go to the notes, labelled, so nothing is lost. A role is written ``role`` or ``role@group``.

``plain_plan(kind, header)`` finds the roles of a spreadsheet's columns from their headings (Carebook's
own column names, then ``header_names``); ``contact_formats`` knows the address books' exports.
"""

from __future__ import annotations

from dataclasses import dataclass

from carebook.exchange.columns import heading_key, spec_for
from carebook.exchange.header_names import ACTIVITY_HEADINGS, CUSTOMER_HEADINGS

NAME_PARTS = ("name_prefix", "first_name", "middle_name", "last_name", "name_suffix")
PHONES = ("mobile", "phone", "work_phone", "home_phone", "other_phone")  # in order of preference
ADDRESS_PARTS = ("street", "house_number", "po_box", "postcode", "city", "region", "country")
CUSTOMER_PARTS = (*NAME_PARTS, "other_name", "mobile", "work_phone", "home_phone", "other_phone",
                  *ADDRESS_PARTS)  # fmt: skip
LABEL = "label"
NOTE = "note"
# The column of each table that takes the values no other column takes.
NOTES_COLUMN = {"customers": "notes", "interactions": "notes", "feedback": "comment", "followups": "note"}
# English names of the parts, for the CLI and the notes (the wizard translates its own).
PART_LABELS = {
    "name_prefix": "Title before the name", "first_name": "First name", "middle_name": "Middle name",
    "last_name": "Last name", "name_suffix": "After the name", "other_name": "Nickname",
    "mobile": "Mobile phone", "work_phone": "Work phone", "home_phone": "Home phone",
    "other_phone": "Other phone", "street": "Street", "house_number": "House number", "po_box": "PO box",
    "postcode": "Postcode", "city": "City", "region": "Region or state", "country": "Country",
    LABEL: "Type of the values beside it", NOTE: "Notes, after the column's heading",
}  # fmt: skip


def _table(headings: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {heading_key(heading): role for role, names in headings.items() for heading in names}


_HEADINGS: dict[str, dict[str, str]] = {
    "customers": _table(CUSTOMER_HEADINGS),
    **{kind: _table(names) for kind, names in ACTIVITY_HEADINGS.items()},
}


def roles_for(kind: str) -> tuple[str, ...]:
    """Every role a column of a ``kind`` file may have: the table's columns, then the parts."""
    columns = spec_for(kind).columns
    return (*columns, *(CUSTOMER_PARTS if kind == "customers" else ()), NOTE)


def split_role(role: str) -> tuple[str, str]:
    """``"street@Home"`` -> ``("street", "Home")``."""
    base, _at, group = role.partition("@")
    return base, group


def role_label(role: str) -> str:
    base = split_role(role)[0]
    return PART_LABELS.get(base, base.replace("_", " ").capitalize())


@dataclass(frozen=True)
class ColumnPlan:
    """The roles of a file's columns (one per column, "" = not imported) and what the file is."""

    kind: str
    headers: tuple[str, ...]  # as the file writes them
    roles: tuple[str, ...]
    format: str = ""  # "Google Contacts", "Outlook"...; "" for a spreadsheet
    address_book: bool = False  # a contact without a name is named by its email or phone
    tag_separators: tuple[str, ...] = (";",)
    drop_system_labels: bool = False  # Google's "* myContacts", "* starred"...

    def with_roles(self, roles: list[str] | tuple[str, ...]) -> ColumnPlan:
        fitted = tuple(roles[i] if i < len(roles) else "" for i in range(len(self.headers)))
        return ColumnPlan(self.kind, self.headers, fitted, self.format, self.address_book,
                          self.tag_separators, self.drop_system_labels)  # fmt: skip

    def left_out(self) -> tuple[int, ...]:
        """The columns that are not imported, by position."""
        return tuple(i for i, role in enumerate(self.roles) if not role)

    def feeds(self) -> set[str]:
        """The table's columns this plan gives values to."""
        bases = {split_role(role)[0] for role in self.roles if role}
        fed = bases & set(spec_for(self.kind).columns)
        if self.kind == "customers":
            # An address book's contact may be an organisation; a spreadsheet needs a name column.
            if bases & {*NAME_PARTS, "other_name"} or (self.address_book and "company" in bases):
                fed.add("name")
            if bases & set(PHONES):
                fed.add("phone")
            if bases & set(ADDRESS_PARTS):
                fed.add("address")
        if not self.is_plain():  # values not taken by their field go to the notes
            fed.add(NOTES_COLUMN[self.kind])
        return fed

    def is_plain(self) -> bool:
        """Whether each column is one of the table's own columns, under its own name, once: the file
        needs no joining (Carebook's own files)."""
        used = [role for role in self.roles if role]
        keys = [heading_key(h) for h, role in zip(self.headers, self.roles, strict=True) if role]
        own = set(spec_for(self.kind).columns)
        unique = len(set(used)) == len(used)
        return unique and all(r in own and k == r for r, k in zip(used, keys, strict=True))


def plain_roles(kind: str, headers: tuple[str, ...]) -> tuple[str, ...]:
    """Each column's role found from its heading: a column's own name, else a heading of
    ``header_names``; "" for a heading Carebook does not know."""
    own = set(spec_for(kind).columns)
    known = _HEADINGS[kind]
    roles = []
    for heading in headers:
        key = heading_key(heading)
        roles.append(key if key in own else known.get(key, ""))
    if kind == "customers":
        roles = _name_halves(headers, roles)
    return tuple(roles)


# Headings that mean the whole name alone, and one half of it beside the other half.
_EITHER_NAME = frozenset({"name", "nom", "nombre", "nome", "naam", "navn", "namn", "nimi"})


def _name_halves(headers: tuple[str, ...], roles: list[str]) -> list[str]:
    """A "name" heading beside only one half of a name is the other half ("Vorname" + "Name")."""
    present = set(roles)
    other = ""
    if "first_name" in present and "last_name" not in present:
        other = "last_name"
    elif "last_name" in present and "first_name" not in present:
        other = "first_name"
    if not other:
        return roles
    return [other if role == "name" and heading_key(h) in _EITHER_NAME else role
            for h, role in zip(headers, roles, strict=True)]  # fmt: skip


def plain_plan(kind: str, headers: tuple[str, ...]) -> ColumnPlan:
    return ColumnPlan(kind, headers, plain_roles(kind, headers))
