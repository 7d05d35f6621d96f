"""The customer's editable fields, shared by the Customers page's detail pane and the customer dialog.

``CustomerForm(parent=None, *, compact=False)``: a row per field of ``carebook.customer_schema`` shown on
the form, in its order, with the editor its kind calls for (``ui.widgets.field_editors``) and the labels
of ``ui.field_labels``: name, company, email, phone, address, preferred channel, tags (separated by
``;``, completed from the shop's tags), notes, consent to marketing, "stay in touch every N days"...
``editors`` holds them by field name. ``load(row)`` fills it from a ``CustomerRow`` (None: empty, for a new
customer) and makes that the baseline; ``values()`` gives every field as ``customers.create`` /
``customers.update`` take them, ``changes()`` only those that differ from the baseline, ``is_dirty()``
says whether anything differs. ``changed`` is emitted on every edit, ``submitted`` on Enter in a
one-line field (the detail pane saves then; a dialog's default button sees Enter by itself).

Validation lives in the service: ``show_errors(error.errors)`` puts each message under its field
(``self.form``, a ``ui.dialogs.base.Form``) and keeps every character typed. A phone number that is
not valid for the shop's region gets the service's own warning under the field as soon as it is
typed (``carebook.contact_info.normalise_phone``), and it is saved as typed; a valid one is shown in the
format the customers table uses (``carebook.contact_info.display_phone``), when loaded and when typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from carebook.contact_info import display_phone, normalise_phone
from carebook.customer_schema import FORM_FIELDS, Kind
from carebook.drafts import DraftValue
from carebook.services import customer_fields
from carebook.services.customers import CustomerRow
from ui import field_labels
from ui.dialogs.base import Form
from ui.dialogs.field_checks import core_message
from ui.widget_values import Probe
from ui.widgets.field_editors import DaysEditor, Editor, PhoneEditor, editor_for, split_tags
from ui.widgets.tags_edit import TagsEdit

FIELDS: tuple[str, ...] = tuple(f.name for f in FORM_FIELDS)
W = TypeVar("W", bound=QWidget)


def _same(value: object) -> object:
    """A value as compared for "changed": text without line-end or outer-space differences."""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if isinstance(value, list | tuple):
        return [_same(item) for item in value]
    return value


def _plain(value: object) -> DraftValue:
    if isinstance(value, list | tuple):
        return "; ".join(str(item) for item in value)
    if isinstance(value, date):
        return value.isoformat()
    return value if isinstance(value, str | int | float | bool) or value is None else str(value)


def _probe(editor: Editor) -> Probe:
    kind = editor.field.kind

    def write(value: DraftValue) -> None:
        if kind is Kind.TAGS:
            editor.set_value(split_tags(str(value or "")))
        elif kind is Kind.DATE:
            try:
                editor.set_value(date.fromisoformat(str(value)) if value else None)
            except ValueError:
                return  # not a date: the field keeps what it shows
        else:
            editor.set_value(value)

    return Probe(lambda: _plain(editor.value()), write, editor.edited)


def field_message(name: str, value: object) -> str:
    """The core's message for one customer field's value ("" when it is fine)."""
    return core_message(lambda: customer_fields.check({name: value}), name)


class CustomerForm(QWidget):
    changed = Signal()
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("customerForm")
        self._compact = compact
        self.region = ""
        self._loading = False
        self.form = Form(self)
        self.editors: dict[str, Editor] = {}
        for spec in FORM_FIELDS:
            editor = editor_for(spec, self, compact)
            editor.edited.connect(self._edited)
            editor.submitted.connect(self.submitted)
            self.editors[spec.name] = editor
            check = lambda e=editor: field_message(e.field.name, e.value())  # noqa: E731
            self.form.add_check(spec.name, check, editor.edited)
            self.form.add_row(
                spec.name,
                field_labels.form_label(spec.name),
                editor.widget,
                hint="" if compact else field_labels.hint(spec.name),
                focus=editor.focus,
                full_width=spec.kind is not Kind.CHOICE,
            )
            if spec.max_length is not None and isinstance(editor.focus, QLineEdit | QPlainTextEdit):
                self.form.add_counter(spec.name, spec.max_length)  # shows near the core's limit
        self._baseline: dict[str, object] = self._empty()
        # The controls by name, for the page and the tests.
        self.name = self.control("name", QLineEdit)
        self.company = self.control("company", QLineEdit)
        self.email = self.control("email", QLineEdit)
        self.phone = self.control("phone", QLineEdit)
        self.address = self.control("address", QPlainTextEdit)
        self.channel = self.control("preferred_channel", QComboBox)
        self.tags = self.control("tags", TagsEdit)
        self.notes = self.control("notes", QPlainTextEdit)
        self.consent = self.control("consent_marketing", QCheckBox)
        self.every_days = self.control("contact_every_days", QSpinBox)
        every = self.editors["contact_every_days"]
        assert isinstance(every, DaysEditor)
        self.every_check = every.check
        phone = self.editors["phone"]
        assert isinstance(phone, PhoneEditor)
        self.phone_note = phone.note
        self.phone.editingFinished.connect(self._check_phone)
        self.phone.textChanged.connect(self._phone_typed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form.banner)
        layout.addLayout(self.form)

    def control(self, field: str, kind: type[W]) -> W:
        """The control holding a field's value (for a rhythm or a date: the value, not its check box)."""
        editor = self.editors[field]
        candidates = (editor.focus, editor.widget, *editor.widget.findChildren(kind))
        found = next((widget for widget in candidates if isinstance(widget, kind)), None)
        if found is None:
            raise TypeError(f"{field} is not edited in a {kind.__name__}")
        return found

    def _empty(self) -> dict[str, object]:
        return {spec.name: [] if spec.kind is Kind.TAGS else spec.empty for spec in FORM_FIELDS}

    # -- data ------------------------------------------------------------------------------------
    def set_region(self, region: str) -> None:
        self.region = region
        self._check_phone()

    def set_tag_names(self, names: Iterable[str]) -> None:
        self.tags.set_names(names)

    def load(self, row: CustomerRow | None) -> None:
        """Show ``row`` (None: an empty form) and make it the unchanged state. The phone number is shown
        as the table shows it (``carebook.contact_info.display_phone``)."""
        self._loading = True
        try:
            for name, editor in self.editors.items():
                editor.set_value(getattr(row, name) if row is not None else self._empty()[name])
            if row is not None:
                self.phone.setText(display_phone(row.phone, self.region, row.phone_e164))
            self._check_phone()
        finally:
            self._loading = False
        for editor in self.editors.values():
            editor.show_start()  # a long value shows its beginning
        self._baseline = self.values()
        self.form.clear_errors()
        self.changed.emit()

    def values(self) -> dict[str, object]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def changes(self) -> dict[str, object]:
        now = self.values()
        return {name: value for name, value in now.items() if _same(value) != _same(self._baseline[name])}

    def is_dirty(self) -> bool:
        return bool(self.changes())

    def probes(self) -> dict[str, Probe]:
        """Every field as plain data (tags as "a; b", a date as YYYY-MM-DD), for drafts."""
        return {name: _probe(editor) for name, editor in self.editors.items()}

    def mark_saved(self) -> None:
        """What is shown now is what is stored (after a save)."""
        self._baseline = self.values()
        self.changed.emit()

    # -- messages --------------------------------------------------------------------------------
    def show_errors(self, errors: Mapping[str, str]) -> None:
        self.form.show_errors(errors)
        QTimer.singleShot(0, self, self._fit_wrapped_labels)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_wrapped_labels()

    def _fit_wrapped_labels(self) -> None:
        """Messages wrap onto several lines in a narrow pane: make room for every line (a scroll area
        sizes the form by its minimum height, which Qt works out for one width only)."""
        if not self._compact:  # a dialog's layout sizes wrapped labels by itself
            return
        for label in self.findChildren(QLabel):
            if label.wordWrap() and not label.isHidden() and label.width() > 0:
                height = label.heightForWidth(label.width())
                if height > 0 and label.minimumHeight() != height:
                    label.setMinimumHeight(height)

    def clear_errors(self) -> None:
        self.form.clear_errors()

    def show_warnings(self, warnings: Iterable[str]) -> None:
        text = "\n".join(warnings)
        self.phone_note.setText(text)
        self.phone_note.setVisible(bool(text))
        QTimer.singleShot(0, self, self._fit_wrapped_labels)

    def phone_warning(self) -> str:
        return "" if self.phone_note.isHidden() else self.phone_note.text()

    def _phone_typed(self) -> None:
        if not self.phone.text().strip():
            self.show_warnings([])

    def _check_phone(self) -> None:
        """On leaving the field: a valid number is written in the shop's one format, an invalid one gets
        the service's warning and stays as typed."""
        phone = normalise_phone(self.phone.text(), self.region) if self.region else None
        if phone is not None and phone.e164:
            shown = display_phone(phone.typed, self.region, phone.e164)
            if shown != self.phone.text():
                self.phone.setText(shown)
        self.show_warnings([phone.warning] if phone is not None and phone.warning else [])

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def focus_first(self) -> None:
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
