"""The contact exports shop owners have, recognised by their headings: Google Contacts and Outlook.

- Google Contacts' "Google CSV" (First Name, ..., Labels, ``E-mail 1 - Label``/``E-mail 1 - Value``,
  ``Phone 1 - Label``/``Phone 1 - Value``, ``Address 1 - Formatted``/``- Street``/``- City``...) and its
  older form (Given Name, Family Name, Group Membership, ``E-mail 1 - Type``...). A label column types
  the values of its group row by row; labels are separated by " ::: " and Google's own ("* myContacts",
  "* starred") are dropped; a cell with several values joined by " ::: " gives each of them.
- Outlook's CSV: the desktop program's 92 columns, and Outlook.com's (new Outlook) export. Business,
  Home and Other addresses are groups (the home address is taken first); "Categories" are separated
  by ";" or ",".

``detect(kind, headers)`` gives the ``ColumnPlan`` of a customers file in such a format, else the plan
that the headings name (``column_roles.plain_plan``).
"""

from __future__ import annotations

import re

from carebook.exchange.column_roles import LABEL, NOTE, ColumnPlan, plain_plan

GOOGLE = "Google Contacts"
OUTLOOK = "Outlook"
OUTLOOK_COM = "Outlook.com"

# Google's headings (both forms) and their roles; a numbered group ("Phone 1 - Value") is read by
# _GROUPED. Headings not listed (Photo, Gender, Priority, Sensitivity...) are not imported.
_GOOGLE: dict[str, str] = {
    "First Name": "first_name", "Given Name": "first_name", "Middle Name": "middle_name",
    "Additional Name": "middle_name", "Last Name": "last_name", "Family Name": "last_name",
    "Name Prefix": "name_prefix", "Name Suffix": "name_suffix", "Name": "name", "Nickname": "other_name",
    "File As": "other_name", "Short Name": "other_name", "Phonetic First Name": NOTE,
    "Phonetic Middle Name": NOTE, "Phonetic Last Name": NOTE, "Yomi Name": NOTE, "Given Name Yomi": NOTE,
    "Additional Name Yomi": NOTE, "Family Name Yomi": NOTE, "Maiden Name": NOTE,
    "Organization Name": "company", "Organization Title": NOTE, "Organization Department": NOTE,
    "Occupation": NOTE, "Birthday": "birthday", "Notes": "notes", "Labels": "tags",
    "Group Membership": "tags",
}  # fmt: skip
_GROUP = re.compile(r"^(?P<group>(?P<what>[A-Za-z -]+?) \d+) - (?P<part>.+)$")
_GROUPED: dict[tuple[str, str], str] = {
    **{(what, part): LABEL for what in ("E-mail", "Phone", "Address", "Website", "Relation", "Event", "IM",
                                        "Custom Field", "Organization") for part in ("Label", "Type")},
    ("E-mail", "Value"): "email", ("Phone", "Value"): "phone", ("Address", "Formatted"): "address",
    ("Address", "Street"): "street", ("Address", "Extended Address"): "street", ("Address", "City"): "city",
    ("Address", "PO Box"): "po_box", ("Address", "Region"): "region", ("Address", "Postal Code"): "postcode",
    ("Address", "Country"): "country", ("Organization", "Name"): "company", ("Organization", "Title"): NOTE,
    ("Organization", "Department"): NOTE, ("Website", "Value"): NOTE, ("Relation", "Value"): NOTE,
    ("Event", "Value"): NOTE, ("IM", "Value"): NOTE, ("Custom Field", "Value"): NOTE,
}  # fmt: skip

# Outlook's headings (both exports). Address parts: "Home Street" -> street@Home.
_OUTLOOK: dict[str, str] = {
    "Title": "name_prefix", "First Name": "first_name", "Middle Name": "middle_name",
    "Last Name": "last_name", "Suffix": "name_suffix", "Nickname": "other_name", "Company": "company",
    "Department": NOTE, "Job Title": NOTE, "Mobile Phone": "mobile", "Primary Phone": "phone",
    "Business Phone": "work_phone@Business", "Business Phone 2": "work_phone@Business 2",
    "Company Main Phone": "work_phone@Company Main", "Home Phone": "home_phone@Home",
    "Home Phone 2": "home_phone@Home 2", "Assistant's Phone": "other_phone@Assistant",
    "Business Fax": "other_phone@Business Fax", "Home Fax": "other_phone@Home Fax",
    "Other Fax": "other_phone@Other Fax", "Callback": "other_phone@Callback", "Car Phone": "other_phone@Car",
    "ISDN": "other_phone@ISDN", "Other Phone": "other_phone@Other", "Pager": "other_phone@Pager",
    "Radio Phone": "other_phone@Radio", "TTY/TDD Phone": "other_phone@TTY/TDD", "Telex": "other_phone@Telex",
    "E-mail Address": "email", "E-mail 2 Address": "email", "E-mail 3 Address": "email",
    "Birthday": "birthday", "Anniversary": NOTE, "Categories": "tags", "Notes": "notes",
    "Given Yomi": NOTE, "Surname Yomi": NOTE, "Company Yomi": NOTE, "IMAddress": NOTE,
    "Office Location": NOTE, "Manager's Name": NOTE, "Assistant's Name": NOTE, "Spouse": NOTE,
    "Children": NOTE, "Referred By": NOTE, "Profession": NOTE, "Hobby": NOTE, "Web Page": NOTE,
    "Personal Web Page": NOTE, "Schools": NOTE, "Keywords": NOTE, "Location": NOTE,
    "User 1": NOTE, "User 2": NOTE, "User 3": NOTE, "User 4": NOTE,
}  # fmt: skip
_OUTLOOK_ADDRESS: dict[str, str] = {
    "Street": "street", "Street 2": "street", "Street 3": "street", "Address PO Box": "po_box",
    "City": "city", "State": "region", "Postal Code": "postcode", "Country/Region": "country",
}  # fmt: skip
_OUTLOOK_GROUPS = ("Home", "Business", "Other")  # the home address first


def _google(headers: tuple[str, ...]) -> ColumnPlan:
    roles = []
    for heading in headers:
        text = heading.strip().lstrip("\ufeff")
        found = _GROUP.match(text)
        if found:
            role = _GROUPED.get((found["what"], found["part"]), "")
            roles.append(f"{role}@{found['group']}" if role else "")
        else:
            roles.append(_GOOGLE.get(text, ""))
    return ColumnPlan("customers", headers, tuple(roles), GOOGLE, address_book=True,
                      tag_separators=(":::",), drop_system_labels=True)  # fmt: skip


def _outlook(headers: tuple[str, ...], name: str) -> ColumnPlan:
    roles = []
    for heading in headers:
        text = heading.strip().lstrip("\ufeff")
        role = _OUTLOOK.get(text, "")
        group, _space, part = text.partition(" ")
        if not role and group in _OUTLOOK_GROUPS and part in _OUTLOOK_ADDRESS:
            role = f"{_OUTLOOK_ADDRESS[part]}@{group}"
        roles.append(role)
    return ColumnPlan("customers", headers, tuple(roles), name, address_book=True,
                      tag_separators=(";", ","))  # fmt: skip


def detect(kind: str, headers: tuple[str, ...]) -> ColumnPlan:
    """The plan of a file with these headings (as written): an address book's export, or a spreadsheet."""
    if kind == "customers":
        texts = {heading.strip().lstrip("\ufeff") for heading in headers}
        grouped = any(_GROUP.match(text) for text in texts)
        if grouped and texts & {
            "Labels",
            "Group Membership",
            "First Name",
            "Given Name",
            "Organization Name",
        }:
            return _google(headers)
        if {"First Name", "Last Name", "E-mail Address", "Mobile Phone"} <= texts:
            web = bool(texts & {"Given Yomi", "Surname Yomi", "IMAddress"})
            return _outlook(headers, OUTLOOK_COM if web else OUTLOOK)
    return plain_plan(kind, headers)
