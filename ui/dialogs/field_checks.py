"""Validation as you type: a message under a field goes away the moment the field is right again.

``FieldChecks(form)`` (every ``ui.dialogs.base.Form`` has one, ``form.checks``): ``add(name, check,
changed=None)`` registers a check for a field, a function returning the field's current message ("" when
it is fine), heard on ``changed`` (default: the field control's own change signal, ``ui.widget_values``).
Once a message is shown under a field (``Form.show_errors``), every edit of that field checks it again:
the message is updated while the value is still wrong and cleared as soon as it is right. A field with
no check of its own loses its message on the first edit (the save checks it again).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, SignalInstance

from carebook.errors import ValidationError
from ui.widget_values import probe

if TYPE_CHECKING:
    from ui.dialogs.base import Form

Check = Callable[[], str]


def core_message(check: Callable[[], object], field: str) -> str:
    """The message a core check gives for ``field`` ("" when it passes): the same words a save shows."""
    try:
        check()
    except ValidationError as error:
        return error.errors.get(field) or next(iter(error.errors.values()), "")
    return ""


class FieldChecks(QObject):
    def __init__(self, form: Form) -> None:
        super().__init__(form)
        self.form = form
        self.checks: dict[str, Check] = {}
        self.signals: dict[str, SignalInstance] = {}
        self._watched: set[str] = set()

    def add(self, name: str, check: Check, changed: SignalInstance | None = None) -> None:
        self.checks[name] = check
        if changed is not None:
            self.signals[name] = changed

    def message(self, name: str) -> str:
        check = self.checks.get(name)
        return check() if check is not None else ""

    def watch(self, name: str) -> None:
        """Check ``name`` again on every edit from now on (it has a message)."""
        if name in self._watched or name not in self.form.fields:
            return
        signal = self.signals.get(name)
        if signal is None:
            try:
                signal = probe(self.form.fields[name]).changed
            except TypeError:
                return  # a control with no change signal keeps its message until the next save
        signal.connect(lambda *_args, field=name: self.recheck(field))
        self._watched.add(name)

    def recheck(self, name: str) -> None:
        if not self.form.error_text(name):
            return
        message = self.message(name)
        if message:
            self.form.set_error(name, message)
        else:
            self.form.clear_error(name)
