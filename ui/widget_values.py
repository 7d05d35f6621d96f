"""A control's value as plain data, for drafts and live checks: read it, put it back, hear it change.

``Probe(read, write, changed)``: ``read()`` gives a plain value (text, number, flag or None),
``write(value)`` puts one back, ``changed`` is the signal emitted on every edit. ``probe(widget)`` makes
one for the standard controls (line and text edits, combo boxes, check and radio buttons, spin boxes,
date and time edits) and for Carebook's own that offer ``value()``/``set_value()`` and a change signal
(``ChannelButtons``, ``ScorePicker``); ``OptionalSpinBox`` keeps "empty" as None.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from carebook.drafts import DraftValue
from ui.widgets.optional_spin import OptionalSpinBox

_CUSTOM_SIGNALS = ("value_changed", "channel_changed")


@dataclass(frozen=True)
class Probe:
    read: Callable[[], DraftValue]
    write: Callable[[DraftValue], None]
    changed: SignalInstance


def _combo_data(combo: QComboBox) -> DraftValue:
    if combo.isEditable():
        return combo.currentText()
    data = combo.currentData()
    return data if isinstance(data, str | int | float | bool) or data is None else str(data)


def _combo_write(combo: QComboBox, value: DraftValue) -> None:
    if combo.isEditable():
        combo.setEditText(str(value or ""))
        return
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _date_write(edit: QDateEdit, value: DraftValue) -> None:
    day = QDate.fromString(str(value), Qt.DateFormat.ISODate)
    if day.isValid():
        edit.setDate(day)


def _datetime_write(edit: QDateTimeEdit, value: DraftValue) -> None:
    moment = QDateTime.fromString(str(value), Qt.DateFormat.ISODate)
    if moment.isValid():
        edit.setDateTime(moment)


def probe(widget: QWidget) -> Probe:
    """The probe of one control; TypeError for a control nothing here knows how to read."""
    w: Any = widget
    if isinstance(widget, OptionalSpinBox):
        return Probe(
            widget.number, lambda v: w.set_number(v if isinstance(v, int) else None), widget.valueChanged
        )
    if isinstance(widget, QSpinBox):
        return Probe(
            widget.value, lambda v: w.setValue(v) if isinstance(v, int) else None, widget.valueChanged
        )
    if isinstance(widget, QDateEdit):
        return Probe(
            lambda: w.date().toString(Qt.DateFormat.ISODate), lambda v: _date_write(w, v), widget.dateChanged
        )
    if isinstance(widget, QDateTimeEdit):
        return Probe(
            lambda: w.dateTime().toString(Qt.DateFormat.ISODate),
            lambda v: _datetime_write(w, v),
            widget.dateTimeChanged,
        )
    if isinstance(widget, QLineEdit):
        return Probe(widget.text, lambda v: w.setText(str(v or "")), widget.textChanged)
    if isinstance(widget, QPlainTextEdit):
        return Probe(widget.toPlainText, lambda v: w.setPlainText(str(v or "")), widget.textChanged)
    if isinstance(widget, QComboBox):
        signal = widget.editTextChanged if widget.isEditable() else widget.currentIndexChanged
        return Probe(lambda: _combo_data(w), lambda v: _combo_write(w, v), signal)
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return Probe(widget.isChecked, lambda v: w.setChecked(bool(v)), widget.toggled)
    for name in _CUSTOM_SIGNALS:
        custom = getattr(widget, name, None)
        if isinstance(custom, SignalInstance) and hasattr(widget, "value") and hasattr(widget, "set_value"):
            return Probe(w.value, w.set_value, custom)
    raise TypeError(f"no probe for a {type(widget).__name__}")
