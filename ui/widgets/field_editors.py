"""One editor per kind of customer field (``carebook.customer_schema.Kind``), for the customer form.

``editor_for(field, parent, compact)`` builds the control a field's kind calls for: a line for text and
email, a line with a warning under it for a phone number, a box for text with line breaks, a combo box
for a choice, a check box for yes/no, "every N days" for a rhythm, the tags line, and a date that can be
left empty. Each editor gives ``widget`` (what the form row holds), ``focus`` (what its label and an
error focus), ``value()`` in the form the services take and ``set_value(value)`` from a ``CustomerRow``
value; ``edited`` is emitted on every change by the user or by code, ``submitted`` on Enter in a line.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from carebook.customer_schema import Field, Kind
from ui import field_labels, icons
from ui.widgets.date_edits import DateEdit
from ui.widgets.tags_edit import TagsEdit

DEFAULT_EVERY_DAYS = 30
_BOX_LINES = {"notes": (5, 3)}  # lines shown (dialog, compact pane); other text boxes: (3, 2)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomerForm", text)


def object_name(field: str) -> str:
    """``customer`` and the field name in CamelCase, ``customerEmail`` (widgets are styled by object name)."""
    return "customer" + "".join(part.capitalize() for part in field.split("_"))


def split_tags(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


class Editor(QObject):
    edited = Signal()
    submitted = Signal()

    def __init__(self, field: Field, widget: QWidget, focus: QWidget | None = None) -> None:
        super().__init__(widget)
        self.field = field
        self.widget = widget
        self.focus = focus or widget

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def show_start(self) -> None:
        """Scroll a long value back to its beginning (after loading)."""


class LineEditor(Editor):
    def __init__(self, field: Field, parent: QWidget) -> None:
        self.line = QLineEdit(parent)
        self.line.setObjectName(object_name(field.name))
        self.line.setClearButtonEnabled(False)
        super().__init__(field, self.line)
        self.line.textChanged.connect(self.edited)
        self.line.returnPressed.connect(self.submitted)

    def value(self) -> object:
        return self.line.text()

    def set_value(self, value: object) -> None:
        self.line.setText(str(value or ""))

    def show_start(self) -> None:
        self.line.setCursorPosition(0)


class PhoneEditor(LineEditor):
    """A line with a note under it for the warning about a number not valid for the shop's region."""

    def __init__(self, field: Field, parent: QWidget) -> None:
        super().__init__(field, parent)
        box = QWidget(parent)
        self.note = QLabel(box)
        self.note.setObjectName("fieldWarning")
        self.note.setWordWrap(True)
        self.note.hide()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.line)
        column.addWidget(self.note)
        self.widget = box


class TextBoxEditor(Editor):
    def __init__(self, field: Field, parent: QWidget, compact: bool) -> None:
        self.box = QPlainTextEdit(parent)
        self.box.setObjectName(object_name(field.name))
        self.box.setTabChangesFocus(True)
        lines = _BOX_LINES.get(field.name, (3, 2))[1 if compact else 0]
        self.box.setFixedHeight(self.box.fontMetrics().lineSpacing() * lines + 14)
        super().__init__(field, self.box)
        self.box.textChanged.connect(self.edited)

    def value(self) -> object:
        return self.box.toPlainText()

    def set_value(self, value: object) -> None:
        self.box.setPlainText(str(value or ""))


class ChoiceEditor(Editor):
    def __init__(self, field: Field, parent: QWidget) -> None:
        self.combo = QComboBox(parent)
        self.combo.setObjectName(object_name(field.name))
        super().__init__(field, self.combo)
        self.combo.addItem(_tr("No preference"), "")
        label, icon_name = field_labels.CHOICE_LABELS.get(field.choices, (str, str))
        for value in field.choices:
            self.combo.addItem(icons.icon(icon_name(value)), label(value), value)
        self.combo.currentIndexChanged.connect(self.edited)

    def value(self) -> object:
        return self.combo.currentData() or ""

    def set_value(self, value: object) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value or "")))


class FlagEditor(Editor):
    def __init__(self, field: Field, parent: QWidget) -> None:
        self.check = QCheckBox(parent)
        self.check.setObjectName(object_name(field.name))
        super().__init__(field, self.check)
        self.check.setText(field_labels.check_text(field.name))
        self.check.setAccessibleName(field_labels.accessible(field.name))
        self.check.setToolTip(field_labels.tip(field.name))
        self.check.toggled.connect(self.edited)

    def value(self) -> object:
        return self.check.isChecked()

    def set_value(self, value: object) -> None:
        self.check.setChecked(bool(value))


class _Optional(Editor):
    """A check box that turns a value on, and the control for the value beside it."""

    def __init__(self, field: Field, parent: QWidget, control: QWidget, check_text: str = "") -> None:
        self.check = QCheckBox(check_text, parent)
        self.check.setObjectName(object_name(field.name) + "Check")
        control.setEnabled(False)
        self.check.toggled.connect(control.setEnabled)
        self.check.toggled.connect(lambda _on: self.edited.emit())
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(control)
        row.addStretch(1)
        super().__init__(field, box, self.check)


class DaysEditor(_Optional):
    def __init__(self, field: Field, parent: QWidget) -> None:
        self.spin = QSpinBox(parent)
        self.spin.setObjectName(object_name(field.name))
        self.spin.setRange(field.minimum or 0, field.maximum or 0)
        self.spin.setValue(DEFAULT_EVERY_DAYS)
        super().__init__(field, parent, self.spin, _tr("every"))
        self.spin.setSuffix(_tr(" days"))
        self.spin.setAccessibleName(field_labels.accessible(field.name))
        self.check.setAccessibleName(field_labels.accessible(field.name, "check"))
        self.spin.valueChanged.connect(self.edited)

    def value(self) -> object:
        return self.spin.value() if self.check.isChecked() else None

    def set_value(self, value: object) -> None:
        self.check.setChecked(value is not None)
        self.spin.setValue(int(value) if isinstance(value, int) else DEFAULT_EVERY_DAYS)


class DateEditor(_Optional):
    """A date that can be left empty: the check box says whether there is one."""

    def __init__(self, field: Field, parent: QWidget) -> None:
        self.date = DateEdit(parent)
        self.date.setObjectName(object_name(field.name))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(field_labels.year_format())
        self.date.setDateRange(QDate(1900, 1, 1), QDate(2200, 12, 31))
        self.date.setDate(QDate.currentDate())
        super().__init__(field, parent, self.date)
        self.check.setAccessibleName(field_labels.accessible(field.name, "check"))
        self.date.setAccessibleName(field_labels.accessible(field.name))
        self.date.dateChanged.connect(self.edited)

    def value(self) -> object:
        if not self.check.isChecked():
            return None
        picked = self.date.date()
        return date(picked.year(), picked.month(), picked.day())

    def set_value(self, value: object) -> None:
        self.check.setChecked(isinstance(value, date))
        shown = value if isinstance(value, date) else date.today()
        self.date.setDate(QDate(shown.year, shown.month, shown.day))


class TagsEditor(Editor):
    def __init__(self, field: Field, parent: QWidget) -> None:
        self.tags = TagsEdit(parent)
        self.tags.setObjectName(object_name(field.name))
        self.tags.setPlaceholderText(_tr("e.g. VIP; wholesale"))
        super().__init__(field, self.tags)
        self.tags.textChanged.connect(self.edited)
        self.tags.returnPressed.connect(self.submitted)

    def value(self) -> object:
        return split_tags(self.tags.text())

    def set_value(self, value: object) -> None:
        names = value if isinstance(value, tuple | list) else ()
        self.tags.setText("; ".join(str(tag) for tag in names))

    def show_start(self) -> None:
        self.tags.setCursorPosition(0)


def editor_for(field: Field, parent: QWidget, compact: bool = False) -> Editor:
    if field.kind in (Kind.TEXT, Kind.EMAIL):
        return LineEditor(field, parent)
    if field.kind is Kind.PHONE:
        return PhoneEditor(field, parent)
    if field.kind is Kind.MULTILINE:
        return TextBoxEditor(field, parent, compact)
    if field.kind is Kind.CHOICE:
        return ChoiceEditor(field, parent)
    if field.kind is Kind.FLAG:
        return FlagEditor(field, parent)
    if field.kind is Kind.DAYS:
        return DaysEditor(field, parent)
    if field.kind is Kind.DATE:
        return DateEditor(field, parent)
    if field.kind is Kind.TAGS:
        return TagsEditor(field, parent)
    raise ValueError(f"the customer form has no editor for {field.kind} ({field.name})")


