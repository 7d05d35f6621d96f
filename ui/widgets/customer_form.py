"""The customer's editable fields, shared by the Customers page's detail pane and the customer dialog.

``CustomerForm(parent=None, *, compact=False)``: name, company, email, phone, address, preferred
channel, tags (separated by ``;``, completed from the shop's tags), notes, consent to marketing and
"stay in touch every N days". ``load(row)`` fills it from a ``CustomerRow`` (None: empty, for a new
customer) and makes that the baseline; ``values()`` gives every field as ``customers.create`` /
``customers.update`` take them, ``changes()`` only those that differ from the baseline, ``is_dirty()``
says whether anything differs. ``changed`` is emitted on every edit, ``submitted`` on Enter in a
one-line field (the detail pane saves then; a dialog's default button sees Enter by itself).

Validation lives in the service: ``show_errors(error.errors)`` puts each message under its field
(``self.form``, a ``ui.dialogs.base.Form``) and keeps every character typed. A phone number that is
not valid for the shop's region gets the service's own warning under the field as soon as it is
typed (``carebook.contact_info.normalise_phone``), and it is saved as typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from carebook import vocab
from carebook.contact_info import normalise_phone
from carebook.services.customer_fields import MAX_EVERY_DAYS
from carebook.services.customers import CustomerRow
from ui import icons, labels
from ui.dialogs.base import Form

FIELDS: tuple[str, ...] = (
    "name",
    "company",
    "email",
    "phone",
    "address",
    "preferred_channel",
    "tags",
    "notes",
    "consent_marketing",
    "contact_every_days",
)
DEFAULT_EVERY_DAYS = 30


def split_tags(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


def _same(value: object) -> object:
    """A value as compared for "changed": text without line-end or outer-space differences."""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if isinstance(value, list | tuple):
        return [_same(item) for item in value]
    return value


class TagsEdit(QLineEdit):
    """Tags separated by ``;``; the word being typed is completed from the shop's tags.
    ``entered`` is emitted when it gets the focus (time to read the shop's tags afresh)."""

    entered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setWidget(self)
        completer.activated.connect(self._insert)
        self.completer_ = completer
        self.textEdited.connect(self._complete)

    def set_names(self, names: Iterable[str]) -> None:
        self._names.setStringList(list(names))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.entered.emit()

    def _current_word(self) -> str:
        return self.text()[: self.cursorPosition()].split(";")[-1].strip()

    def _complete(self) -> None:
        word = self._current_word()
        if not word:
            self.completer_.popup().hide()  # type: ignore[union-attr]  # QCompleter always has one
            return
        self.completer_.setCompletionPrefix(word)
        if self.completer_.completionCount():
            self.completer_.complete()
        else:
            self.completer_.popup().hide()  # type: ignore[union-attr]  # QCompleter always has one

    def _insert(self, name: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head = before.rsplit(";", 1)[0] + "; " if ";" in before else ""
        self.setText(f"{head}{name}; {after.lstrip('; ')}".rstrip())
        self.setCursorPosition(len(head) + len(name) + 2)


class CustomerForm(QWidget):
    changed = Signal()
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("customerForm")
        self._compact = compact
        self.region = ""
        self._baseline: dict[str, object] = self._empty()
        self._loading = False

        self.name = self._line("customerName")
        self.company = self._line("customerCompany")
        self.email = self._line("customerEmail")
        self.phone = self._line("customerPhone")
        self.phone.editingFinished.connect(self._check_phone)
        self.phone.textChanged.connect(self._phone_typed)
        self.phone_note = QLabel(self)
        self.phone_note.setObjectName("fieldWarning")
        self.phone_note.setWordWrap(True)
        self.phone_note.hide()
        phone_box = QWidget(self)
        phone_column = QVBoxLayout(phone_box)
        phone_column.setContentsMargins(0, 0, 0, 0)
        phone_column.setSpacing(2)
        phone_column.addWidget(self.phone)
        phone_column.addWidget(self.phone_note)

        self.address = self._text_box("customerAddress", 2 if compact else 3)
        self.channel = QComboBox(self)
        self.channel.setObjectName("customerChannel")
        self.channel.addItem(self.tr("No preference"), "")
        for value, label in labels.choices(vocab.CHANNELS, labels.channel):
            self.channel.addItem(icons.icon(labels.channel_icon_name(value)), label, value)
        self.channel.currentIndexChanged.connect(self._edited)
        self.tags = TagsEdit(self)
        self.tags.setObjectName("customerTags")
        self.tags.setPlaceholderText(self.tr("e.g. VIP; wholesale"))
        self.tags.textChanged.connect(self._edited)
        self.tags.returnPressed.connect(self.submitted)
        self.notes = self._text_box("customerNotes", 3 if compact else 5)
        self.consent = QCheckBox(self.tr("Wants news and offers"), self)
        self.consent.setObjectName("customerConsent")
        self.consent.setAccessibleName(self.tr("Marketing: wants news and offers"))
        self.consent.setToolTip(self.tr("The customer agreed to receive marketing news and offers"))
        self.consent.toggled.connect(self._edited)

        self.every_check = QCheckBox(self.tr("every"), self)
        self.every_check.setObjectName("customerEveryCheck")
        self.every_days = QSpinBox(self)
        self.every_days.setObjectName("customerEveryDays")
        self.every_days.setRange(1, MAX_EVERY_DAYS)
        self.every_days.setValue(DEFAULT_EVERY_DAYS)
        self.every_days.setSuffix(self.tr(" days"))
        self.every_days.setAccessibleName(self.tr("Stay in touch every so many days"))
        self.every_days.setEnabled(False)
        self.every_check.toggled.connect(self.every_days.setEnabled)
        self.every_check.toggled.connect(self._edited)
        self.every_days.valueChanged.connect(self._edited)
        every_box = QWidget(self)
        every_row = QHBoxLayout(every_box)
        every_row.setContentsMargins(0, 0, 0, 0)
        every_row.addWidget(self.every_check)
        every_row.addWidget(self.every_days)
        every_row.addStretch(1)

        self.form = Form(self)
        form = self.form
        form.add_row("name", self.tr("&Name:"), self.name)
        form.add_row("company", self.tr("Co&mpany:"), self.company)
        form.add_row("email", self.tr("&Email:"), self.email)
        form.add_row("phone", self.tr("&Phone:"), phone_box, focus=self.phone)
        form.add_row("address", self.tr("&Address:"), self.address)
        form.add_row("preferred_channel", self.tr("Prefers:"), self.channel, full_width=False)
        tags_hint = "" if compact else self.tr("Separate tags with ;")
        form.add_row("tags", self.tr("&Tags:"), self.tags, hint=tags_hint)
        form.add_row("notes", self.tr("N&otes:"), self.notes)
        form.add_row("consent_marketing", self.tr("Marketing:"), self.consent)
        every_hint = self.tr("A follow-up is planned when nobody has been in touch for that long")
        form.add_row(
            "contact_every_days",
            self.tr("Stay in touch:"),
            every_box,
            hint="" if compact else every_hint,
            focus=self.every_check,
        )
        self.every_check.setAccessibleName(self.tr("Stay in touch: remind us every so many days"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form.banner)
        layout.addLayout(form)

    # -- building --------------------------------------------------------------------------------
    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setClearButtonEnabled(False)
        edit.textChanged.connect(self._edited)
        edit.returnPressed.connect(self.submitted)
        return edit

    def _text_box(self, name: str, lines: int) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setObjectName(name)
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
        box.textChanged.connect(self._edited)
        return box

    @staticmethod
    def _empty() -> dict[str, object]:
        return {
            "name": "",
            "company": "",
            "email": "",
            "phone": "",
            "address": "",
            "preferred_channel": "",
            "tags": [],
            "notes": "",
            "consent_marketing": False,
            "contact_every_days": None,
        }

    # -- data ------------------------------------------------------------------------------------
    def set_region(self, region: str) -> None:
        self.region = region
        self._check_phone()

    def set_tag_names(self, names: Iterable[str]) -> None:
        self.tags.set_names(names)

    def load(self, row: CustomerRow | None) -> None:
        """Show ``row`` (None: an empty form) and make it the unchanged state."""
        values = self._empty()
        if row is not None:
            values.update(
                name=row.name,
                company=row.company,
                email=row.email,
                phone=row.phone,
                address=row.address,
                preferred_channel=row.preferred_channel,
                tags=list(row.tags),
                notes=row.notes,
                consent_marketing=row.consent_marketing,
                contact_every_days=row.contact_every_days,
            )
        self._loading = True
        try:
            self.name.setText(str(values["name"]))
            self.company.setText(str(values["company"]))
            self.email.setText(str(values["email"]))
            self.phone.setText(str(values["phone"]))
            self.address.setPlainText(str(values["address"]))
            found = self.channel.findData(values["preferred_channel"])
            self.channel.setCurrentIndex(max(0, found))
            self.tags.setText("; ".join(str(tag) for tag in values["tags"]))  # type: ignore[attr-defined]
            self.notes.setPlainText(str(values["notes"]))
            self.consent.setChecked(bool(values["consent_marketing"]))
            every = values["contact_every_days"]
            self.every_check.setChecked(every is not None)
            self.every_days.setValue(int(every) if isinstance(every, int) else DEFAULT_EVERY_DAYS)
        finally:
            self._loading = False
        for edit in (self.name, self.company, self.email, self.phone, self.tags):
            edit.setCursorPosition(0)  # a long value shows its beginning
        self._baseline = self.values()
        self.form.clear_errors()
        self._check_phone()
        self.changed.emit()

    def values(self) -> dict[str, object]:
        return {
            "name": self.name.text(),
            "company": self.company.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "address": self.address.toPlainText(),
            "preferred_channel": self.channel.currentData() or "",
            "tags": split_tags(self.tags.text()),
            "notes": self.notes.toPlainText(),
            "consent_marketing": self.consent.isChecked(),
            "contact_every_days": self.every_days.value() if self.every_check.isChecked() else None,
        }

    def changes(self) -> dict[str, object]:
        now = self.values()
        return {name: value for name, value in now.items() if _same(value) != _same(self._baseline[name])}

    def is_dirty(self) -> bool:
        return bool(self.changes())

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
        warning = normalise_phone(self.phone.text(), self.region).warning if self.region else ""
        self.show_warnings([warning] if warning else [])

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def focus_first(self) -> None:
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
