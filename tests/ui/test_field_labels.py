"""Customer fields' labels in the UI come from one mapping that matches the core's table, and the customer
form builds one row per field from that table."""

from __future__ import annotations

from carebook import customer_schema as schema
from ui import field_labels
from ui.dialogs.import_pages import column_label
from ui.widgets.customer_form import CustomerForm


def test_every_field_has_its_translatable_label_here() -> None:
    for f in schema.FIELDS:
        assert field_labels.LABELS.get(f.name) == f.label, f"add {f.name}'s label to ui/field_labels.py"
        assert field_labels.label(f.name) == f.label


def test_form_labels_hints_and_column_labels() -> None:
    assert field_labels.form_label("name") == "&Name:"
    assert field_labels.form_label("contact_every_days") == "Stay in touch:"
    assert field_labels.column_label("consent_marketing") == "Marketing consent (yes/no)"
    assert field_labels.column_label("tags") == "Tags (separated by ;)"
    assert column_label("preferred_channel") == "Preferred channel"
    assert column_label("occurred_at") == "When it happened"
    assert field_labels.value_text("preferred_channel", "in_person") == "In person"
    assert field_labels.value_text("consent_marketing", True) == "Yes"
    assert field_labels.value_text("contact_every_days", 14) == "every 14 days"


def test_the_form_has_one_editor_per_form_field_in_the_tables_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = CustomerForm()
    qtbot.addWidget(form)
    assert list(form.editors) == [f.name for f in schema.FORM_FIELDS]
    assert set(form.values()) == {f.name for f in schema.FORM_FIELDS}
    assert form.control("consent_marketing", type(form.consent)) is form.consent
    assert form.consent.text() == "Wants news and offers"
    assert form.every_days.maximum() == schema.field("contact_every_days").maximum
    assert not form.is_dirty()
