"""Contact exports built as the programs write them: exact headings, quoting, encodings, line ends.

- ``google_csv``: Google Contacts' "Google CSV" (UTF-8 without a BOM, CRLF, cells quoted only when
  needed), and with ``old=True`` its older header set (Given Name, Family Name, Group Membership,
  ``E-mail 1 - Type``...).
- ``outlook_csv``: the classic Outlook desktop export: 92 columns, every cell quoted, CRLF,
  Windows-1252 (``encoding="utf-8-sig"``: the UTF-8 with BOM that newer versions write); an empty date is
  "0/0/00", and Gender, Priority, Private and Sensitivity are always filled.
- ``outlook_com_csv``: Outlook.com's (new Outlook's) export: UTF-8 with a BOM, CRLF.

Each takes contacts as dicts keyed by the program's own headings; a missing heading is an empty cell.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping

GOOGLE_HEADINGS = (
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
    "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name",
    "Organization Title", "Organization Department", "Birthday", "Notes", "Photo", "Labels",
    "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label", "E-mail 2 - Value",
    "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value", "Phone 3 - Label",
    "Phone 3 - Value", "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street",
    "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
    "Address 1 - Country", "Address 1 - Extended Address", "Address 2 - Label", "Address 2 - Formatted",
    "Address 2 - Street", "Address 2 - City", "Address 2 - PO Box", "Address 2 - Region",
    "Address 2 - Postal Code", "Address 2 - Country", "Address 2 - Extended Address",
    "Website 1 - Label", "Website 1 - Value",
)  # fmt: skip

OLD_GOOGLE_HEADINGS = (
    "Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Given Name Yomi",
    "Additional Name Yomi", "Family Name Yomi", "Name Prefix", "Name Suffix", "Initials", "Nickname",
    "Short Name", "Maiden Name", "Birthday", "Gender", "Location", "Billing Information",
    "Directory Server", "Mileage", "Occupation", "Hobby", "Sensitivity", "Priority", "Subject", "Notes",
    "Language", "Photo", "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value", "E-mail 2 - Type",
    "E-mail 2 - Value", "Phone 1 - Type", "Phone 1 - Value", "Phone 2 - Type", "Phone 2 - Value",
    "Address 1 - Type", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City",
    "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country",
    "Address 1 - Extended Address", "Organization 1 - Type", "Organization 1 - Name",
    "Organization 1 - Yomi Name", "Organization 1 - Title", "Organization 1 - Department",
    "Organization 1 - Symbol", "Organization 1 - Location", "Organization 1 - Job Description",
    "Website 1 - Type", "Website 1 - Value",
)  # fmt: skip

OUTLOOK_HEADINGS = (
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
    "Business Street", "Business Street 2", "Business Street 3", "Business City", "Business State",
    "Business Postal Code", "Business Country/Region", "Home Street", "Home Street 2", "Home Street 3",
    "Home City", "Home State", "Home Postal Code", "Home Country/Region", "Other Street", "Other Street 2",
    "Other Street 3", "Other City", "Other State", "Other Postal Code", "Other Country/Region",
    "Assistant's Phone", "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone",
    "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone", "Other Fax",
    "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone", "Telex", "Account",
    "Anniversary", "Assistant's Name", "Billing Information", "Birthday", "Business Address PO Box",
    "Categories", "Children", "Directory Server", "E-mail Address", "E-mail Type", "E-mail Display Name",
    "E-mail 2 Address", "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type",
    "E-mail 3 Display Name", "Gender", "Government ID Number", "Hobby", "Home Address PO Box", "Initials",
    "Internet Free Busy", "Keywords", "Language", "Location", "Manager's Name", "Mileage", "Notes",
    "Office Location", "Organizational ID Number", "Other Address PO Box", "Priority", "Private",
    "Profession", "Referred By", "Sensitivity", "Spouse", "User 1", "User 2", "User 3", "User 4",
    "Web Page",
)  # fmt: skip
assert len(OUTLOOK_HEADINGS) == 92
# What Outlook writes in every row, whatever the contact.
OUTLOOK_DEFAULTS = {"Anniversary": "0/0/00", "Birthday": "0/0/00", "Gender": "Unspecified",
                    "Priority": "Normal", "Private": "False", "Sensitivity": "Normal"}  # fmt: skip

OUTLOOK_COM_HEADINGS = (
    "First Name", "Middle Name", "Last Name", "Title", "Suffix", "Nickname", "Given Yomi", "Surname Yomi",
    "E-mail Address", "E-mail 2 Address", "E-mail 3 Address", "Home Phone", "Home Phone 2",
    "Business Phone", "Business Phone 2", "Mobile Phone", "Car Phone", "Other Phone", "Primary Phone",
    "Pager", "Business Fax", "Home Fax", "Other Fax", "Company Main Phone", "Callback", "Radio Phone",
    "Telex", "TTY/TDD Phone", "IMAddress", "Job Title", "Department", "Company", "Office Location",
    "Manager's Name", "Assistant's Name", "Assistant's Phone", "Company Yomi", "Business Street",
    "Business City", "Business State", "Business Postal Code", "Business Country/Region", "Home Street",
    "Home City", "Home State", "Home Postal Code", "Home Country/Region", "Other Street", "Other City",
    "Other State", "Other Postal Code", "Other Country/Region", "Personal Web Page", "Spouse", "Schools",
    "Hobby", "Location", "Web Page", "Birthday", "Anniversary", "Categories", "Notes",
)  # fmt: skip


def _csv(headings: Iterable[str], contacts: Iterable[Mapping[str, str]], quoting: int,
         defaults: Mapping[str, str] | None = None) -> str:  # fmt: skip
    headings = tuple(headings)
    out = io.StringIO()
    writer = csv.writer(out, quoting=quoting, lineterminator="\r\n")
    writer.writerow(headings)
    for contact in contacts:
        unknown = set(contact) - set(headings)
        assert not unknown, f"not a heading of this export: {unknown}"
        row = {**(defaults or {}), **contact}
        writer.writerow([row.get(heading, "") for heading in headings])
    return out.getvalue()


def google_csv(contacts: Iterable[Mapping[str, str]], *, old: bool = False) -> bytes:
    headings = OLD_GOOGLE_HEADINGS if old else GOOGLE_HEADINGS
    return _csv(headings, contacts, csv.QUOTE_MINIMAL).encode("utf-8")


def outlook_csv(contacts: Iterable[Mapping[str, str]], *, encoding: str = "cp1252") -> bytes:
    text = _csv(OUTLOOK_HEADINGS, contacts, csv.QUOTE_ALL, OUTLOOK_DEFAULTS)
    return text.encode(encoding)


def outlook_com_csv(contacts: Iterable[Mapping[str, str]]) -> bytes:
    return _csv(OUTLOOK_COM_HEADINGS, contacts, csv.QUOTE_MINIMAL).encode("utf-8-sig")


# A shop's address book as Google Contacts holds it: a person with a mobile and a work number and two
# addresses, one with three emails joined in one cell, an organisation without a person, a contact with
# a birthday without a year, and one with only an email.
GOOGLE_CONTACTS: list[dict[str, str]] = [
    {"First Name": "Ingrid", "Middle Name": "Marie", "Last Name": "Ødegård", "Nickname": "Inga",
     "Organization Name": "Bakeriet Pan", "Organization Title": "Baker", "Birthday": "1985-04-12",
     "Notes": "Prefers mornings.\nAllergic to nuts.", "Photo": "https://lh3.googleusercontent.com/x",
     "Labels": "* myContacts ::: * starred ::: Customers ::: VIP", "E-mail 1 - Label": "* Home",
     "E-mail 1 - Value": "ingrid@example.no", "E-mail 2 - Label": "Work", "E-mail 2 - Value": "ingrid@pan.no",
     "Phone 1 - Label": "Work", "Phone 1 - Value": "+47 22 33 44 55", "Phone 2 - Label": "Mobile",
     "Phone 2 - Value": "+47 912 34 567", "Address 1 - Label": "Home",
     "Address 1 - Formatted": "Storgata 1\n0155 Oslo\nNorway", "Address 1 - Street": "Storgata 1",
     "Address 1 - City": "Oslo", "Address 1 - Postal Code": "0155", "Address 1 - Country": "Norway",
     "Address 2 - Label": "Work", "Address 2 - Street": "Bakergata 3", "Address 2 - City": "Oslo",
     "Address 2 - Postal Code": "0183", "Website 1 - Label": "Blog", "Website 1 - Value": "https://pan.no"},
    {"First Name": "Tom", "Last Name": "Berg", "Labels": "* myContacts ::: Customers",
     "E-mail 1 - Label": "* Other", "E-mail 1 - Value": "tom@example.com ::: tom.berg@example.com",
     "Phone 1 - Label": "Home", "Phone 1 - Value": "+47 22 11 22 33 ::: +47 22 11 22 34"},
    {"Organization Name": "Nordlys AS", "Labels": "* myContacts ::: Suppliers", "Phone 1 - Label": "Work",
     "Phone 1 - Value": "+47 23 00 00 00", "Address 1 - Label": "Work", "Address 1 - Street": "Kaia 5",
     "Address 1 - Postal Code": "5003", "Address 1 - City": "Bergen"},
    {"First Name": "Zoë", "Last Name": "Larsen", "Birthday": "--07-30", "Labels": "* myContacts"},
    {"E-mail 1 - Label": "* Other", "E-mail 1 - Value": "someone@example.org", "Labels": "* other"},
]  # fmt: skip

# Contacts as a Norwegian shop's Outlook holds them: a person with home and business addresses and three
# numbers, one whose Primary Phone repeats the business phone, and a company with a fax.
OUTLOOK_CONTACTS: list[dict[str, str]] = [
    {"Title": "Dr.", "First Name": "Åse", "Last Name": "Løken", "Company": "Løken Tannlege",
     "Job Title": "Dentist", "Business Street": "Torget 2", "Business City": "Drammen",
     "Business Postal Code": "3015", "Home Street": "Lia 7\r\nLeil. 3", "Home City": "Drammen",
     "Home Postal Code": "3020", "Home Country/Region": "Norway", "Business Phone": "32 20 20 20",
     "Home Phone": "32 21 21 21", "Mobile Phone": "+47 934 56 789", "Birthday": "30.7.1971",
     "Categories": "Customers;Regulars", "E-mail Address": "ase@loken.no", "E-mail Type": "SMTP",
     "E-mail Display Name": "Åse Løken (ase@loken.no)", "E-mail 2 Address": "ase@example.no",
     "Notes": "Calls in the evening.\r\nPays by invoice.", "Initials": "Å.L."},
    {"First Name": "Per", "Last Name": "Hansen", "Business Phone": "22 00 11 22",
     "Primary Phone": "22 00 11 22", "Categories": "Customers, Suppliers",
     "E-mail Address": "per@example.no"},
    {"Company": "Fjord Fisk AS", "Business Phone": "55 12 34 56", "Business Fax": "55 12 34 57"},
]  # fmt: skip
