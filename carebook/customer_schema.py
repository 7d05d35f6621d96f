"""Every field of a customer that a person types, declared once.

``FIELDS`` lists them in the order the form shows them and the CSV files hold their columns. For each
field: its kind (how it is checked, stored, written to CSV and vCard, and edited), its limits, whether
it is a CSV column (named as the field; the headings other files give it are in
``exchange.header_names``), its vCard property, what a merge offers for it, what erasing a customer
does to it, its name in a personal-data export, its English label (the UI translates labels through
its own machinery, keyed by field name), and whether the customer form shows it.

Validation (``services.customer_fields``), CSV import and export (``exchange``), vCard reading and
writing, merging, erasing, the personal-data export and the customer form read this table, so a new
field is one entry here, one typed attribute of ``CustomerValues``, its model column and migration.

A date (``Kind.DATE``) is a calendar date without time zone, stored as ``YYYY-MM-DD``. A vCard date
without a year (vCard 4's ``--0412``) is not stored: the card's other values are imported and a warning
names the value left out (a sentinel year would show as a wrong year wherever the date is shown).

This module imports nothing but the vocabularies, so every layer can read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from carebook import vocab


class Kind(StrEnum):
    TEXT = "text"  # one line of text
    MULTILINE = "multiline"  # text with line breaks
    EMAIL = "email"  # an address, normalised, or ""
    PHONE = "phone"  # kept as typed, with the number in E.164 beside it (``derived``)
    CHOICE = "choice"  # one of ``choices``, or "" for none
    FLAG = "flag"  # yes or no
    DAYS = "days"  # a whole number of days from ``minimum`` to ``maximum``, or None
    TAGS = "tags"  # tag names, kept in customer_tag (no column of customer)
    INSTANT = "instant"  # a moment, stored as naive UTC
    DATE = "date"  # a calendar date, or None


class Merge(StrEnum):
    CHOOSE = "choose"  # keep or other; a field left alone takes the other's value when it is empty
    JOIN = "join"  # keep, other or both (the two texts one after the other)
    NO_GAP = "no_gap"  # keep or other; never taken from the other record unless chosen
    MOVE = "move"  # not chosen: every value moves to the record kept (tags)


class Erase(StrEnum):
    BLANK = "blank"  # emptied
    KEEP = "keep"  # kept (not personal: when the customer came)
    REPLACE = "replace"  # replaced by a neutral value ("Erased customer #12")


@dataclass(frozen=True)
class Field:
    name: str  # the stored column, the CSV column and the key of a form's values
    kind: Kind
    label: str  # English
    required: bool = False
    max_length: int | None = None  # for text kinds
    choices: tuple[str, ...] = ()  # for Kind.CHOICE
    minimum: int | None = None  # for Kind.DAYS
    maximum: int | None = None
    sort_key: str = ""  # stored column holding the folded value, for sorting
    derived: tuple[str, ...] = ()  # other stored columns written with this one ("" when it is emptied)
    csv: bool = True  # a column of the customers CSV files
    vcard: str = ""  # vCard property, "" for none
    merge: Merge = Merge.CHOOSE
    erase: Erase = Erase.BLANK
    export_name: str = ""  # key in the personal-data export's JSON ("" = the field's name)
    on_form: bool = True

    @property
    def columns(self) -> tuple[str, ...]:
        """The stored columns of ``customer`` that go with this field (none for tags)."""
        if self.kind is Kind.TAGS:
            return ()
        return (self.name, *((self.sort_key,) if self.sort_key else ()), *self.derived)

    @property
    def empty(self) -> object:
        """The stored value of an empty field."""
        if self.kind is Kind.FLAG:
            return False
        if self.kind in (Kind.DAYS, Kind.DATE, Kind.INSTANT):
            return None
        if self.kind is Kind.TAGS:
            return ()
        return ""

    @property
    def exported_as(self) -> str:
        return self.export_name or self.name


FIELDS: tuple[Field, ...] = (
    Field(
        "name", Kind.TEXT, "Name", required=True, max_length=200, sort_key="name_key", vcard="FN",
        erase=Erase.REPLACE,
    ),
    Field("company", Kind.TEXT, "Company", max_length=200, sort_key="company_key", vcard="ORG"),
    Field("email", Kind.EMAIL, "Email", vcard="EMAIL"),
    Field("phone", Kind.PHONE, "Phone", max_length=100, derived=("phone_e164",), vcard="TEL"),
    Field(
        "address", Kind.MULTILINE, "Address", max_length=2000, vcard="ADR", merge=Merge.JOIN,
        derived=("address_parts",),  # a vCard ADR's parts as imported (``exchange.address_parts``)
    ),
    Field("preferred_channel", Kind.CHOICE, "Preferred channel", choices=vocab.CHANNELS),
    Field("tags", Kind.TAGS, "Tags", vcard="CATEGORIES", merge=Merge.MOVE),
    Field("notes", Kind.MULTILINE, "Notes", max_length=1_000_000, vcard="NOTE", merge=Merge.JOIN),
    Field("consent_marketing", Kind.FLAG, "Marketing consent", merge=Merge.NO_GAP),
    Field("contact_every_days", Kind.DAYS, "Stay in touch", minimum=1, maximum=3650, csv=False),
    Field("created_at", Kind.INSTANT, "Customer since", merge=Merge.NO_GAP, erase=Erase.KEEP, on_form=False),
    Field("birthday", Kind.DATE, "Birthday", vcard="BDAY"),
)  # fmt: skip

BY_NAME: dict[str, Field] = {field.name: field for field in FIELDS}


def field(name: str) -> Field:
    return BY_NAME[name]


def of_kind(*kinds: Kind) -> tuple[Field, ...]:
    return tuple(f for f in FIELDS if f.kind in kinds)


CSV_FIELDS: tuple[Field, ...] = tuple(f for f in FIELDS if f.csv)
VCARD_FIELDS: tuple[Field, ...] = tuple(f for f in FIELDS if f.vcard)
MERGE_FIELDS: tuple[Field, ...] = tuple(f for f in FIELDS if f.merge is not Merge.MOVE)
FORM_FIELDS: tuple[Field, ...] = tuple(f for f in FIELDS if f.on_form)
# Stored columns of customer that hold what people typed (tags live in customer_tag), in table order.
STORED_COLUMNS: tuple[str, ...] = tuple(column for f in FIELDS for column in f.columns)


@dataclass(frozen=True, kw_only=True)
class CustomerValues:
    """Every field of ``FIELDS`` as a typed value, as a customer read returns it (``CustomerRow``).
    Keyword-only, so an optional field can default to empty."""

    name: str
    company: str
    email: str
    phone: str  # as typed
    address: str
    preferred_channel: str  # one of vocab.CHANNELS, or ""
    tags: tuple[str, ...]  # sorted case-insensitively
    notes: str
    consent_marketing: bool
    contact_every_days: int | None
    created_at: datetime  # naive UTC
    birthday: date | None = None
