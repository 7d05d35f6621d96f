"""What a form does when its save meets a record saved (or deleted) at another counter since it was loaded.

``settle(form, error)`` (``BaseDialog.try_save`` calls it for every dialog; the customer pane calls it
too): for a changed record it shows the "Changed at another counter" view (``conflict_dialog``) and
saves the clerk's choice naming the version stored now, again as often as the record moves on once more;
True once saved. For a deleted record it says so plainly and keeps what was typed (``keep_typed_work``:
a dialog keeps its draft, ``ui.dialogs.draft_keeper``). Cancel goes back to the form, nothing lost.

A form that saves versioned records mixes in ``Versioned``: ``seen`` (what it loaded) and
``save_again(values, seen)``; the field labels are its form's own rows', the values shown as
``value_text`` puts them unless the form says otherwise (``conflict_text``).

``refused(parent, error)`` tells that a delete, trash or merge was refused because the record changed.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from carebook.clock import to_local
from carebook.conflicts import ConflictError
from carebook.errors import CarebookError
from carebook.versions import Seen
from ui import msgbox


class Settles(Protocol):
    seen: Seen | None

    def conflict_label(self, field: str) -> str: ...
    def conflict_text(self, field: str, value: Any) -> str: ...
    def save_again(self, values: dict[str, Any], seen: Seen) -> None: ...
    def keep_typed_work(self) -> None: ...


def value_text(value: Any) -> str:
    """A stored value as a person reads it: Yes/No, local dates and times, lists joined."""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ConflictFlow", "Yes")
            if value
            else QCoreApplication.translate("ConflictFlow", "No")
        )
    if isinstance(value, datetime):
        return to_local(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, tuple | list):
        return ", ".join(str(item) for item in value)
    return "" if value is None else str(value)


class Versioned:
    """The defaults of ``Settles`` for a dialog with a ``form`` (``ui.dialogs.base.Form``)."""

    seen: Seen | None = None

    def conflict_label(self, field: str) -> str:
        """The label of the form's row for ``field`` (a check box without one: its own text)."""
        form = getattr(self, "form", None)
        label = form.labels.get(field) if form is not None else None
        text = label.text() if label is not None else ""
        widget = form.fields.get(field) if form is not None and not text else None
        if widget is not None and hasattr(widget, "text"):
            text = widget.text()
        return text.replace("&", "").rstrip(":").strip() or field

    def conflict_text(self, field: str, value: Any) -> str:
        """As the form's own choice list names it, else ``value_text``."""
        form = getattr(self, "form", None)
        widget = form.fields.get(field) if form is not None else None
        if isinstance(widget, QComboBox) and widget.findData(value) >= 0:
            return widget.itemText(widget.findData(value))
        return value_text(value)

    def save_again(self, values: dict[str, Any], seen: Seen) -> None:
        raise NotImplementedError

    def keep_typed_work(self) -> None:
        """Keep what was typed as a draft (closing then keeps it, unasked); the dialog stays open."""
        keeper = getattr(self, "draft_keeper", None)
        if keeper is not None and keeper.store is not None:
            keeper.flush()
            self.keeps_draft = True


def settle(form: QWidget, error: ConflictError) -> bool:
    """Let the clerk decide (see the module notes); True when the save went through."""
    from ui.dialogs.conflict_dialog import ConflictDialog

    target: Settles = form  # type: ignore[assignment]  # every caller mixes in Versioned or implements it
    while True:
        conflict = error.conflict
        if conflict.deleted:
            target.keep_typed_work()
            msgbox.warning(
                form,
                QCoreApplication.translate("ConflictFlow", "Deleted at another counter"),
                QCoreApplication.translate(
                    "ConflictFlow",
                    "This record was deleted at another counter (or merged into another record), so "
                    "your changes cannot be saved to it. What you typed is kept: it comes back as a "
                    "draft the next time you open this.",
                ),
            )
            return False
        base = target.seen.values if target.seen is not None else {}
        dialog = ConflictDialog(conflict, base, target.conflict_label, target.conflict_text, form)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choices is None:
            return False
        values = conflict.resolved(dialog.choices)
        seen = Seen(conflict.version, conflict.theirs)
        try:
            target.save_again(values, seen)
        except ConflictError as again:  # it moved once more while the clerk chose
            error = again
            continue
        except CarebookError as problem:  # e.g. a value taken from the other counter no longer fits
            msgbox.warning(form, QCoreApplication.translate("ConflictFlow", "Not saved"), str(problem))
            return False
        return True


def refused(parent: QWidget, error: ConflictError) -> None:
    """A delete, trash or merge refused: the record changed (or went) since the clerk looked at it."""
    if error.conflict.deleted:
        text = QCoreApplication.translate(
            "ConflictFlow", "It was deleted at another counter in the meantime."
        )
    else:
        text = QCoreApplication.translate(
            "ConflictFlow",
            "It was changed at another counter since you looked at it, so nothing was done. "
            "Look at it again, then try once more.",
        )
    msgbox.warning(parent, QCoreApplication.translate("ConflictFlow", "Changed at another counter"), text)
