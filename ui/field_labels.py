"""Translated labels of the customer fields of ``carebook.customer_schema``, keyed by field name.

The table holds each field's English label; this module lists the same labels for lupdate (a test checks
that they match the table, so a new field gets its label here too). ``label(field)`` is the translated
label ("Preferred channel"), ``form_label(field)`` the one beside its control on the customer form, with
its keyboard mnemonic where the form has one ("&Name:"), ``column_label(field)`` the one an import names
a CSV column by ("Marketing consent (yes/no)"), and ``value_text(field, value)`` a stored value as a
person reads it (a channel's label, Yes/No, a date in the user's locale).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from carebook import customer_schema as schema
from carebook.clock import to_local
from carebook.customer_schema import Kind
from carebook.vocab import CHANNELS
from ui import labels
from ui.translate_noop import QT_TRANSLATE_NOOP

_CONTEXT = "CustomerField"

LABELS = {
    "name": QT_TRANSLATE_NOOP("CustomerField", "Name"),
    "company": QT_TRANSLATE_NOOP("CustomerField", "Company"),
    "email": QT_TRANSLATE_NOOP("CustomerField", "Email"),
    "phone": QT_TRANSLATE_NOOP("CustomerField", "Phone"),
    "address": QT_TRANSLATE_NOOP("CustomerField", "Address"),
    "preferred_channel": QT_TRANSLATE_NOOP("CustomerField", "Preferred channel"),
    "tags": QT_TRANSLATE_NOOP("CustomerField", "Tags"),
    "notes": QT_TRANSLATE_NOOP("CustomerField", "Notes"),
    "consent_marketing": QT_TRANSLATE_NOOP("CustomerField", "Marketing consent"),
    "contact_every_days": QT_TRANSLATE_NOOP("CustomerField", "Stay in touch"),
    "created_at": QT_TRANSLATE_NOOP("CustomerField", "Customer since"),
    "birthday": QT_TRANSLATE_NOOP("CustomerField", "Birthday"),
}
# The form's own wording where it differs from "<label>:" (mnemonics, shorter words).
_FORM_LABELS = {
    "name": QT_TRANSLATE_NOOP("CustomerForm", "&Name:"),
    "company": QT_TRANSLATE_NOOP("CustomerForm", "Co&mpany:"),
    "email": QT_TRANSLATE_NOOP("CustomerForm", "&Email:"),
    "phone": QT_TRANSLATE_NOOP("CustomerForm", "&Phone:"),
    "address": QT_TRANSLATE_NOOP("CustomerForm", "&Address:"),
    "preferred_channel": QT_TRANSLATE_NOOP("CustomerForm", "Prefers:"),
    "tags": QT_TRANSLATE_NOOP("CustomerForm", "&Tags:"),
    "notes": QT_TRANSLATE_NOOP("CustomerForm", "N&otes:"),
    "consent_marketing": QT_TRANSLATE_NOOP("CustomerForm", "Marketing:"),
    "contact_every_days": QT_TRANSLATE_NOOP("CustomerForm", "Stay in touch:"),
}
# What the form adds to some fields: a check box's own text, a tooltip, names for screen readers (by
# field, or by (field, part) for an editor of two controls), a hint under the field (not in the compact
# pane). A field without them shows its label.
_CHECK_TEXTS = {"consent_marketing": QT_TRANSLATE_NOOP("CustomerForm", "Wants news and offers")}
_TIPS = {
    "consent_marketing": QT_TRANSLATE_NOOP(
        "CustomerForm", "The customer agreed to receive marketing news and offers"
    ),
}
_ACCESSIBLE = {
    ("consent_marketing", ""): QT_TRANSLATE_NOOP("CustomerForm", "Marketing: wants news and offers"),
    ("contact_every_days", ""): QT_TRANSLATE_NOOP("CustomerForm", "Stay in touch every so many days"),
    ("contact_every_days", "check"): QT_TRANSLATE_NOOP(
        "CustomerForm", "Stay in touch: remind us every so many days"
    ),
}
_HINTS = {
    "tags": QT_TRANSLATE_NOOP("CustomerForm", "Separate tags with ;"),
    "contact_every_days": QT_TRANSLATE_NOOP(
        "CustomerForm", "A follow-up is planned when nobody has been in touch for that long"
    ),
}
# Vocabularies' translated labels and icons, for choice fields.
CHOICE_LABELS = {CHANNELS: (labels.channel, labels.channel_icon_name)}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def label(field: str) -> str:
    source = LABELS.get(field)
    return _tr(source) if source else schema.field(field).label


def form_label(field: str) -> str:
    source = _FORM_LABELS.get(field)
    if source:
        return _form(source)
    return QCoreApplication.translate("CustomerField", "{0}:").format(label(field))


def _form(text: str) -> str:
    return QCoreApplication.translate("CustomerForm", text)


def check_text(field: str) -> str:
    source = _CHECK_TEXTS.get(field)
    return _form(source) if source else label(field)


def tip(field: str) -> str:
    source = _TIPS.get(field)
    return _form(source) if source else ""


def accessible(field: str, part: str = "") -> str:
    """A control's name for screen readers: "<label>" for the value, "<label>: set" for the check box
    that turns an optional value on."""
    source = _ACCESSIBLE.get((field, part))
    if source:
        return _form(source)
    return (
        QCoreApplication.translate("CustomerField", "{0}: set").format(label(field))
        if part == "check"
        else label(field)
    )


def hint(field: str) -> str:
    source = _HINTS.get(field)
    return _form(source) if source else ""


def column_label(field: str) -> str:
    kind = schema.field(field).kind
    if kind is Kind.FLAG:
        return QCoreApplication.translate("CustomerField", "{0} (yes/no)").format(label(field))
    if kind is Kind.TAGS:
        return QCoreApplication.translate("CustomerField", "{0} (separated by ;)").format(label(field))
    return label(field)


def local_date(value: date) -> str:
    """A date in the user's locale, with the whole year."""
    return QLocale().toString(QDate(value.year, value.month, value.day), year_format())


def year_format() -> str:
    """The locale's short date format with four-digit years (``dd.MM.yyyy``)."""
    text = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def value_text(field: str, value: object) -> str:
    """A field's value as a person reads it ("" for an empty one)."""
    spec = schema.field(field)
    if spec.kind is Kind.CHOICE:
        choice_label = CHOICE_LABELS.get(spec.choices, (str, str))[0]
        return choice_label(str(value)) if value else ""
    if spec.kind is Kind.FLAG:
        return (
            QCoreApplication.translate("CustomerField", "Yes")
            if value
            else QCoreApplication.translate("CustomerField", "No")
        )
    if spec.kind is Kind.DAYS:
        return QCoreApplication.translate("CustomerField", "every {0} days").format(value) if value else ""
    if spec.kind is Kind.INSTANT and isinstance(value, datetime):
        return local_date(to_local(value).date())
    if spec.kind is Kind.DATE and isinstance(value, date):
        return local_date(value)
    if spec.kind is Kind.TAGS and isinstance(value, tuple | list):
        return ", ".join(str(tag) for tag in value)
    return str(value or "")
