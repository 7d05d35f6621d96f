"""Several ``Form`` layouts (e.g. two columns) acting as one for ``BaseDialog.try_save``.

``FormGroup(first, second, ...)`` offers ``show_errors``, ``clear_errors``, ``error_text``, ``fields``,
``errors``, ``labels`` and ``banner`` like a single ``Form``: each message goes next to its field in
whichever form holds it, messages for unknown fields go to the first form's banner, and the focus
moves to the first bad field in the order the forms were given.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QLabel, QWidget

from ui.dialogs.base import Form
from ui.dialogs.field_checks import Check
from ui.widgets.length_counter import LengthCounter


class FormGroup:
    def __init__(self, *forms: Form) -> None:
        if not forms:
            raise ValueError("a FormGroup needs at least one Form")
        self.forms = forms
        self.banner: QLabel = forms[0].banner

    @property
    def fields(self) -> dict[str, QWidget]:
        return {name: widget for form in self.forms for name, widget in form.fields.items()}

    @property
    def errors(self) -> dict[str, QLabel]:
        return {name: label for form in self.forms for name, label in form.errors.items()}

    @property
    def labels(self) -> dict[str, QLabel]:
        return {name: label for form in self.forms for name, label in form.labels.items()}

    def add_counter(self, name: str, limit: int) -> LengthCounter:
        owner = self._owner(name)
        if owner is None:
            raise KeyError(name)
        return owner.add_counter(name, limit)

    def add_check(self, name: str, check: Check, changed: SignalInstance | None = None) -> None:
        owner = self._owner(name)
        if owner is None:
            raise KeyError(name)
        owner.add_check(name, check, changed)

    def _owner(self, name: str) -> Form | None:
        return next((form for form in self.forms if name in form.fields), None)

    def show_errors(self, errors: Mapping[str, str]) -> None:
        self.clear_errors()
        parts: dict[int, dict[str, str]] = {}
        for name, message in errors.items():
            owner = self._owner(name)
            index = self.forms.index(owner) if owner is not None else 0
            parts.setdefault(index, {})[name] = message
        for index, part in parts.items():
            self.forms[index].show_errors(part)
        first = next(
            (
                form.fields[name]
                for form in self.forms
                for name in form.fields
                if name in errors and form.fields[name].isVisibleTo(form.fields[name].window())
            ),
            None,
        )
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_errors(self) -> None:
        for form in self.forms:
            form.clear_errors()

    def error_text(self, name: str) -> str:
        owner = self._owner(name)
        return owner.error_text(name) if owner is not None else ""
