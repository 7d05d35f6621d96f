"""The base dialog and the form helper every Carebook dialog uses.

``BaseDialog(ctx, parent=None)``:
- restores its size and position from LocalState (``dialog/<geometry_key>``) when first shown and saves
  them when it closes (Picard's PreserveGeometry); ``geometry_key`` defaults to the class name;
- ``add_buttons(save_text)`` adds the button row and keeps ``self.save_button`` / ``self.cancel_button``;
  the save button is the default button, so Enter saves; the row says "Ctrl+Enter saves";
- Ctrl+Enter (``ui.keys.DIALOG_SAVE``) saves from any field, a multi-line one too: it clicks the save
  button (or, in a dialog without one, its default button) when that is enabled;
- ``try_save()`` (connected to the save button) calls the subclass's ``save()``. A
  ``ValidationError`` shows each message next to its field through ``self.form`` and keeps everything
  typed; a ``StorageError`` shows a plain message box and keeps the dialog open with its content; a
  ``ConflictError`` (saved at another counter since loaded) goes to ``ui.dialogs.conflict_flow.settle``;
  success calls ``accept()`` (``ui.dialogs.launcher.show_dialog`` then emits ``ctx.data_changed``).
- ``track_input(probes, key)`` watches the named controls (``ui.dialogs.draft_keeper``): with a ``key``
  what is typed is kept as a draft a few seconds behind (a crash loses nothing) and ``restore_draft()``
  brings a kept one back. Closing with unsaved input (Escape, Cancel, the window's close button) asks
  Save / Discard / Keep editing, or, for a dialog with ``keeps_draft`` (logging a contact), keeps the
  draft for next time without asking. A save or Discard removes the draft.

``Form``: a ``QFormLayout`` whose rows are registered by field name (the names of
``ValidationError.errors``). ``form.add_row("email", tr("&Email"), widget, hint=...)`` puts an error
label under the widget; ``form.show_errors({"email": "..."})`` fills them, marks the widget
``invalid`` (styled by the stylesheet) and focuses the first bad field; messages for fields without a
row appear in a banner above the form. ``form.clear_errors()`` hides them again. Nothing typed is
ever cleared. Once shown, a message is checked again on every edit of its field and goes away as soon as
the field is right (``form.checks``, ``ui.dialogs.field_checks``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, SignalInstance
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from carebook.conflicts import ConflictError
from carebook.errors import CarebookError, StorageError, ValidationError
from ui import keys, msgbox
from ui.context import AppContext
from ui.dialogs.field_checks import Check, FieldChecks

if TYPE_CHECKING:
    from carebook.drafts import Draft
    from ui.dialogs.draft_keeper import DraftKeeper
    from ui.widget_values import Probe
    from ui.widgets.draft_note import DraftNote
    from ui.widgets.length_counter import LengthCounter

SAVE, DISCARD, KEEP_EDITING = range(3)


class Form(QFormLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__()
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.banner = QLabel(parent)
        self.banner.setObjectName("formBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.boxes: dict[str, QWidget] = {}  # the column under each field: the control, hint, message
        self.checks = FieldChecks(self)  # messages clear as soon as the field is right again

    def add_row(
        self,
        name: str,
        label: str,
        widget: QWidget,
        hint: str = "",
        focus: QWidget | None = None,
        *,
        full_width: bool = True,
    ) -> QWidget:
        """Add a field row; ``focus`` is the control to focus on error when ``widget`` is a container.

        ``full_width=False`` keeps a short control (a small combo box) at its natural width.
        """
        box = QWidget()
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if full_width:
            column.addWidget(widget)
        else:
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        if hint:
            hint_label = QLabel(hint, box)
            hint_label.setObjectName("fieldHint")
            hint_label.setWordWrap(True)
            column.addWidget(hint_label)
        error = QLabel(box)
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        label_widget = QLabel(label)
        target = focus or widget
        label_widget.setBuddy(target)
        if not target.accessibleName():
            target.setAccessibleName(label.replace("&", ""))
        self.addRow(label_widget, box)
        self.fields[name] = target
        self.errors[name] = error
        self.labels[name] = label_widget
        self.boxes[name] = box
        return box

    def add_counter(self, name: str, limit: int) -> LengthCounter:
        """A counter under the field ``name`` (a line or text edit) that shows near ``limit``."""
        from ui.widgets.length_counter import LengthCounter

        edit = self.fields[name]
        assert isinstance(edit, QLineEdit | QPlainTextEdit)
        counter = LengthCounter(edit, limit, self.boxes[name])
        column = self.boxes[name].layout()
        assert isinstance(column, QVBoxLayout)
        column.insertWidget(1, counter)
        return counter

    def add_check(self, name: str, check: Check, changed: SignalInstance | None = None) -> None:
        """How ``name`` is checked as it is typed (``ui.dialogs.field_checks``)."""
        self.checks.add(name, check, changed)

    def show_errors(self, errors: Mapping[str, str]) -> None:
        self.clear_errors()
        banner: list[str] = []
        first: QWidget | None = None
        for name, message in errors.items():
            label = self.errors.get(name)
            if label is None:
                banner.append(message if name in ("", "__all__") else f"{name.replace('_', ' ')}: {message}")
                continue
            self.set_error(name, message)
            self.checks.watch(name)
            first = first or self.fields[name]
        if banner:
            self.banner.setText("\n".join(_sentence(text) for text in banner))
            self.banner.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_error(self, name: str, message: str) -> None:
        label = self.errors[name]
        label.setText(_sentence(message))
        label.show()
        widget = self.fields[name]
        widget.setAccessibleDescription(message)
        if not widget.property("invalid"):
            widget.setProperty("invalid", True)
            _repolish(widget)

    def clear_error(self, name: str) -> None:
        label = self.errors[name]
        label.clear()
        label.hide()
        widget = self.fields[name]
        if widget.property("invalid"):
            widget.setProperty("invalid", False)
            widget.setAccessibleDescription("")
            _repolish(widget)

    def clear_errors(self) -> None:
        self.banner.hide()
        for name in self.errors:
            self.clear_error(name)

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return "" if label.isHidden() else label.text()


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class BaseDialog(QDialog):
    geometry_key: str = ""
    keeps_draft: bool = False  # closing keeps unsaved input as a draft instead of asking

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.save_button: QPushButton | None = None
        self.cancel_button: QPushButton | None = None
        self.button_box: QDialogButtonBox | None = None
        self._geometry_restored = False
        self.draft_keeper: DraftKeeper | None = None
        self.draft_note: DraftNote | None = None
        self.setObjectName(type(self).__name__)
        self.save_keys = keys.DIALOG_SAVE.attach(self, self.save_by_keys)

    def save_by_keys(self) -> None:
        """Ctrl+Enter: what the save button (else the default button) does, when it may be pressed."""
        button = self.save_button
        if button is None:
            button = next((b for b in self.findChildren(QPushButton) if b.isDefault()), None)
        if button is not None and button.isEnabled() and button.isVisible():
            button.click()

    # -- geometry --------------------------------------------------------------------------------
    def _geometry_state_key(self) -> str:
        return f"dialog/{self.geometry_key or type(self).__name__}"

    def showEvent(self, event: QShowEvent) -> None:
        if not self._geometry_restored:
            self._geometry_restored = True
            saved = self.ctx.state.get(self._geometry_state_key())
            if saved:
                self.restoreGeometry(QByteArray(saved))
        super().showEvent(event)

    def save_geometry(self) -> None:
        self.ctx.state.set(self._geometry_state_key(), bytes(self.saveGeometry().data()))

    def done(self, result: int) -> None:
        self.save_geometry()
        if result == QDialog.DialogCode.Accepted and self.draft_keeper is not None:
            self.draft_keeper.discard()  # saved: the draft has served
        super().done(result)

    # -- unsaved input and drafts ----------------------------------------------------------------
    def track_input(self, probes: Mapping[str, Probe], key: str = "") -> DraftKeeper:
        """Watch the controls in ``probes`` from now on (what they hold now is "unchanged"); with a
        ``key`` keep what is typed as a draft under it."""
        from ui.dialogs.draft_keeper import DraftKeeper

        self.draft_keeper = DraftKeeper(self.ctx.drafts if key else None, key, probes, self)
        self.draft_keeper.failed.connect(self.ctx.status)
        return self.draft_keeper

    def restore_draft(self, layout: QVBoxLayout) -> Draft | None:
        """Bring back a kept draft, if any, with a "Draft restored" note at the top of ``layout`` that
        offers to discard it (the fields then show what they held when the dialog opened)."""
        from ui.widgets.draft_note import DraftNote

        keeper = self.draft_keeper
        draft = keeper.restore() if keeper is not None else None
        if keeper is not None and draft is not None:
            self.draft_note = DraftNote(self)
            layout.insertWidget(0, self.draft_note)
            self.draft_note.discard_requested.connect(keeper.revert)
            self.draft_note.show_restored(draft.saved_at)
        return draft

    def has_unsaved_input(self) -> bool:
        keeper = self.draft_keeper
        return keeper is not None and keeper.active and keeper.is_dirty()

    def unsaved_description(self) -> str:
        """What is unsaved, in a few words, for the question when the app quits."""
        return self.windowTitle()

    def keep_draft_and_close(self) -> None:
        assert self.draft_keeper is not None
        self.draft_keeper.flush()
        self.draft_keeper.active = False
        self.ctx.status(
            QCoreApplication.translate("BaseDialog", "Draft kept: it comes back the next time you open this.")
        )
        super().reject()

    def reject(self) -> None:
        """Escape, Cancel and the window's close button: never throw typed input away unasked."""
        keeper = self.draft_keeper
        if keeper is None or not self.isVisible() or not self.has_unsaved_input():
            if keeper is not None and keeper.active:
                keeper.discard()
            super().reject()
            return
        if self.keeps_draft:
            self.keep_draft_and_close()
            return
        answer = msgbox.choose(
            self,
            QCoreApplication.translate("BaseDialog", "Unsaved changes"),
            QCoreApplication.translate("BaseDialog", "What you typed in “{0}” is not saved yet.").format(
                self.windowTitle()
            ),
            [
                QCoreApplication.translate("BaseDialog", "Save"),
                QCoreApplication.translate("BaseDialog", "Discard"),
                QCoreApplication.translate("BaseDialog", "Keep editing"),
            ],
            default=SAVE,
            escape=KEEP_EDITING,
        )
        if answer == SAVE:
            self.try_save()
        elif answer == DISCARD:
            keeper.discard()
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        super().closeEvent(event)

    # -- buttons and saving ----------------------------------------------------------------------
    def add_buttons(self, save_text: str, layout: QVBoxLayout, cancel_text: str = "") -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self.save_button = box.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = box.addButton(QDialogButtonBox.StandardButton.Cancel)
        if cancel_text:
            self.cancel_button.setText(cancel_text)
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.save_button.clicked.connect(self.try_save)
        self.cancel_button.clicked.connect(self.reject)
        hint = QLabel(
            QCoreApplication.translate("BaseDialog", "{0} saves from any field").format(
                keys.DIALOG_SAVE.key_text()
            ),
            self,
        )
        hint.setObjectName("keysHint")
        self.keys_hint = hint
        row = QHBoxLayout()
        row.addWidget(hint)
        row.addWidget(box, 1)
        layout.addLayout(row)
        self.button_box = box
        return box

    def save(self) -> None:
        """Write the dialog's content through a service; raise ValidationError or StorageError."""
        raise NotImplementedError

    def try_save(self) -> bool:
        form: Form | None = getattr(self, "form", None)
        if form is not None:
            form.clear_errors()
        try:
            self.save()
        except ValidationError as error:
            if form is not None:
                form.show_errors(error.errors)
            else:
                msgbox.warning(self, QCoreApplication.translate("BaseDialog", "Please check"), str(error))
            return False
        except StorageError as error:
            msgbox.error(self, QCoreApplication.translate("BaseDialog", "Not saved"), str(error))
            return False
        except ConflictError as error:  # saved at another counter since loaded: the clerk decides
            from ui.dialogs.conflict_flow import settle

            if not settle(self, error):
                return False
        except CarebookError as error:
            msgbox.warning(self, QCoreApplication.translate("BaseDialog", "Not saved"), str(error))
            return False
        self.accept()
        return True
