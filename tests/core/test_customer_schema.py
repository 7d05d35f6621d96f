"""The one table of customer fields, and the code that reads it instead of listing fields itself."""

from __future__ import annotations

from dataclasses import fields

from carebook import customer_schema as schema
from carebook.customer_schema import CustomerValues, Erase, Kind, Merge
from carebook.exchange import column_roles, columns, header_names
from carebook.models import Customer
from carebook.services import customer_fields, merge
from carebook.services.customer_rows import CustomerRow


def test_every_field_has_one_typed_value_and_every_column_is_a_model_column() -> None:
    assert [f.name for f in fields(CustomerValues)] == [f.name for f in schema.FIELDS]
    assert issubclass(CustomerRow, CustomerValues)
    stored = set(Customer._meta.columns)
    assert set(schema.STORED_COLUMNS) <= stored, "a field's column is missing from models.Customer"


def test_field_declarations_are_consistent() -> None:
    names = [f.name for f in schema.FIELDS]
    assert len(names) == len(set(names))
    for f in schema.FIELDS:
        assert f.label and f.label[0].isupper()
        if f.kind in (Kind.TEXT, Kind.MULTILINE):
            assert f.max_length, f"{f.name}: text needs a limit"
        if f.kind is Kind.CHOICE:
            assert f.choices
        if f.kind is Kind.DAYS:
            assert f.minimum is not None and f.maximum is not None and f.minimum <= f.maximum
        assert f.merge is not Merge.JOIN or f.kind is Kind.MULTILINE, "only texts can be joined"
    roles = set(column_roles.roles_for("customers"))
    for headings in (header_names.CUSTOMER_HEADINGS, *header_names.ACTIVITY_HEADINGS.values()):
        meaning: dict[str, set[str]] = {}
        for role, names in headings.items():
            for heading in names:
                meaning.setdefault(columns.heading_key(heading), set()).add(role)
        assert all(len(roles) == 1 for roles in meaning.values()), "a heading means one column of a table"
    assert set(header_names.CUSTOMER_HEADINGS) <= roles, "a heading names a field or a part of one"


def test_the_readers_take_their_fields_from_the_table() -> None:
    assert columns.CUSTOMERS.columns == (
        "name", "company", "email", "phone", "address", "preferred_channel", "tags", "notes",
        "consent_marketing", "created_at", *columns.CUSTOMERS.columns[10:],
    )  # fmt: skip
    assert columns.CUSTOMERS.required == (("name",),)
    assert columns.SYNONYMS["firma"] == "company" and columns.SYNONYMS["e_mail"] == "email"
    assert list(merge.MERGE_FIELDS) == [f.name for f in schema.MERGE_FIELDS]
    assert merge.MERGE_FIELDS["phone"] == ("phone", "phone_e164")
    assert merge.MERGE_FIELDS["name"] == ("name", "name_key")
    assert merge.JOINABLE == ("address", "notes")
    assert merge.NO_GAP_FILLING[:1] == ("consent_marketing",)
    assert tuple(f.name for f in schema.FIELDS) == customer_fields.FIELDS
    assert customer_fields.LIMITS["name"] == 200 and customer_fields.MAX_EVERY_DAYS == 3650


def test_erase_rules_and_empty_values() -> None:
    assert schema.field("name").erase is Erase.REPLACE
    assert schema.field("created_at").erase is Erase.KEEP
    assert schema.field("consent_marketing").empty is False
    assert schema.field("contact_every_days").empty is None
    assert schema.field("tags").columns == ()
    assert schema.field("phone").columns == ("phone", "phone_e164")
