"""Choose the customer of a contact by typing: search as you type, arrows and Enter, or create one.

``CustomerPicker(parent, search_func=None)``:
- ``edit`` (a line edit): typing asks a ``SearchRunner`` (debounced, off the UI thread); the matches
  appear in a list under the field (name, then company · phone · email) followed by
  "Create new customer “…”". Up/Down move, Enter or a click chooses; Enter typed before the answer
  arrives chooses the first match as soon as it does. Esc closes the list.
- Once a customer is chosen the field shows the name and ``detail`` shows company, phone and email;
  editing the text again un-chooses it. With a customer chosen (or nothing typed) Enter is left to the
  dialog, so it saves.
- ``new_button`` ("New customer", checkable) or the create row switch to creating a customer:
  ``create_toggled(True, typed_name)``; the dialog shows the name, phone and email fields.

API: ``customer()`` -> ``PickedCustomer | None``; ``set_customer(row | None)`` (any object with ``id``
or ``customer_id``, ``name``, ``company``, ``phone``, ``email``); ``creating()``;
``set_creating(bool)``; signals ``customer_changed(object)``, ``create_toggled(bool, str)``;
``shutdown()`` waits for a running search (call before the dialog goes away).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from ui import icons
from ui.models.customer_choices import CustomerChoicesModel, detail_of
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.search_box import MAX_VISIBLE_ROWS, SearchPopup
from ui.widgets.search_runner import SearchFunc, SearchRunner


@dataclass(frozen=True)
class PickedCustomer:
    id: int
    name: str
    company: str = ""
    phone: str = ""
    email: str = ""
    trashed: bool = False

    @classmethod
    def of(cls, row: Any) -> PickedCustomer:
        customer_id = getattr(row, "customer_id", None) or row.id
        return cls(
            int(customer_id),
            str(row.name),
            str(getattr(row, "company", "") or ""),
            str(getattr(row, "phone", "") or ""),
            str(getattr(row, "email", "") or ""),
            getattr(row, "deleted_at", None) is not None,
        )

    def detail(self) -> str:
        return detail_of(self)


class CustomerPicker(QWidget):
    customer_changed = Signal(object)  # PickedCustomer | None
    create_toggled = Signal(bool, str)  # creating, the name typed so far

    def __init__(self, parent: QWidget | None = None, *, search_func: SearchFunc | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerPicker")
        self._chosen: PickedCustomer | None = None
        self._enter_pending = False
        self.edit = QLineEdit(self)
        self.edit.setObjectName("customerSearch")
        self.edit.setPlaceholderText(self.tr("Type a name, company, phone or email"))
        self.edit.setAccessibleName(self.tr("Customer"))
        self.edit.setAccessibleDescription(
            self.tr("Type to find a customer; use the arrow keys and Enter to choose one.")
        )
        self.edit.setClearButtonEnabled(True)
        self._search_action = self.edit.addAction(
            icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition
        )
        self.new_button = QToolButton(self)
        self.new_button.setObjectName("newCustomerButton")
        self.new_button.setText(self.tr("&New customer"))
        self.new_button.setIcon(icons.icon("add"))
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_button.setCheckable(True)
        self.new_button.setToolTip(self.tr("Create a new customer with this contact"))
        self.new_button.toggled.connect(self._on_new_toggled)
        self.detail = ElidedLabel("", self)
        self.detail.setObjectName("customerDetail")
        self.detail.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.new_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addLayout(row)
        column.addWidget(self.detail)

        self.model = CustomerChoicesModel(self)
        self.popup: SearchPopup | None = None
        self.runner = SearchRunner(self, search_func=search_func, limit=MAX_VISIBLE_ROWS - 1)
        self.runner.results.connect(self._on_results)
        self.runner.failed.connect(self._on_failed)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.installEventFilter(self)

    # -- state -----------------------------------------------------------------------------------
    def customer(self) -> PickedCustomer | None:
        return self._chosen

    def customer_id(self) -> int | None:
        return self._chosen.id if self._chosen is not None else None

    def creating(self) -> bool:
        return self.new_button.isChecked()

    def set_creating(self, on: bool) -> None:
        self.new_button.setChecked(on)

    def set_customer(self, row: Any | None) -> None:
        """Choose a customer (a CustomerRow, SearchHit or PickedCustomer), or none."""
        picked = None if row is None else (row if isinstance(row, PickedCustomer) else PickedCustomer.of(row))
        self.runner.cancel()
        self._enter_pending = False
        self.hide_popup()
        self._chosen = picked
        self.edit.setText(picked.name if picked else "")
        self.edit.setToolTip(picked.name if picked else "")
        self._show_name()
        self._show_detail()
        if picked is not None and self.creating():
            self.set_creating(False)
        self.customer_changed.emit(picked)

    def _show_name(self) -> None:
        """The chosen name in full while the field has focus, elided with "…" when it does not fit."""
        picked = self._chosen
        if picked is None:
            return
        shown = picked.name
        if not self.edit.hasFocus():
            room = max(self.edit.width() - 76, 40)  # less the search icon, the clear button, the frame
            shown = self.edit.fontMetrics().elidedText(picked.name, Qt.TextElideMode.ElideRight, room)
        if self.edit.text() != shown:
            self.edit.setText(shown)
        self.edit.setCursorPosition(0 if not self.edit.hasFocus() else len(shown))

    def _show_detail(self) -> None:
        picked = self._chosen
        if picked is None:
            self.detail.setText("")
            self.detail.hide()
            return
        text = picked.detail() or self.tr("No company, phone or email on file")
        if picked.trashed:
            text = self.tr("{0} — in the trash").format(text)
        self.detail.setText(text)
        self.detail.show()

    def _on_new_toggled(self, on: bool) -> None:
        self.edit.setEnabled(not on)
        typed = "" if self._chosen is not None else self.edit.text().strip()
        if on:
            self.runner.cancel()
            self._enter_pending = False
            self.hide_popup()
            was_chosen = self._chosen is not None
            self._chosen = None
            self.edit.clear()  # what was typed moves to the new customer's name field
            self.edit.setToolTip("")
            self._show_detail()
            if was_chosen:
                self.customer_changed.emit(None)
            self.edit.setPlaceholderText(self.tr("A new customer is created with this contact"))
        else:
            self.edit.setPlaceholderText(self.tr("Type a name, company, phone or email"))
        self.create_toggled.emit(on, typed)

    # -- popup -----------------------------------------------------------------------------------
    def _ensure_popup(self) -> SearchPopup:
        host = self.window()
        if self.popup is None or self.popup.parentWidget() is not host:
            if self.popup is not None:
                self.popup.deleteLater()
            self.popup = SearchPopup(self.model, host)  # type: ignore[arg-type]
            self.popup.setObjectName("customerPickerPopup")
            self.popup.list.setAccessibleName(self.tr("Matching customers"))
            self.popup.list.clicked.connect(lambda index: self._choose_row(index.row()))
        return self.popup

    def popup_visible(self) -> bool:
        return self.popup is not None and self.popup.isVisible()

    def show_popup(self) -> None:
        popup = self._ensure_popup()
        host = popup.parentWidget()
        assert host is not None  # the popup is made with the window as its parent
        below = self.edit.mapTo(host, QPoint(0, self.edit.height() + 2))
        width = max(self.edit.width() + self.new_button.width(), 360)
        width = min(width, host.width() - below.x() - 8)
        popup.show_message("")
        height = min(popup.preferred_height(width), max(60, host.height() - below.y() - 8))
        popup.setGeometry(below.x(), below.y(), width, height)
        popup.show()
        popup.raise_()

    def hide_popup(self) -> None:
        if self.popup is not None:
            self.popup.hide()

    def current_row(self) -> int:
        if self.popup is None or not self.popup.isVisible():
            return -1
        index = self.popup.list.currentIndex()
        return index.row() if index.isValid() else -1

    # -- searching -------------------------------------------------------------------------------
    def _on_edited(self, text: str) -> None:
        if self._chosen is not None and text != self._chosen.name:
            self._chosen = None
            self._show_detail()
            self.edit.setToolTip("")
            self.customer_changed.emit(None)
        self.runner.request(text)
        if not text.strip():
            self._enter_pending = False
            self.model.set_choices([], "")
            self.hide_popup()

    def _on_text_changed(self, text: str) -> None:
        if not text and self._chosen is None:
            self.runner.cancel()
            self._enter_pending = False
            self.hide_popup()

    def _on_results(self, query: str, hits: Sequence[Any]) -> None:
        if self._chosen is not None or query != self.edit.text().strip():
            return
        self.model.set_choices(hits, query)
        if self._enter_pending:
            self._enter_pending = False
            self._choose_row(0)
            return
        if not self.edit.hasFocus():
            return
        self.show_popup()
        assert self.popup is not None
        self.popup.list.setCurrentIndex(self.model.index(0, 0))

    def _on_failed(self, query: str, message: str) -> None:
        self._enter_pending = False
        if query != self.edit.text().strip():
            return
        self.model.set_choices([], query)
        popup = self._ensure_popup()
        self.show_popup()
        popup.show_message(self.tr("Search failed: {0}").format(message))

    def _choose_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        if self.model.is_create_row(row):
            self.hide_popup()
            self.set_creating(True)
            return
        hit = self.model.hit(row)
        if hit is not None:
            self.set_customer(hit)

    def _move(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        if not self.popup_visible():
            self.show_popup()
        row = min(max(self.current_row() + step, 0), rows - 1)
        assert self.popup is not None
        self.popup.list.setCurrentIndex(self.model.index(row, 0))

    def _on_enter(self) -> bool:
        """Handle Enter in the field; False leaves it to the dialog (which saves)."""
        text = self.edit.text().strip()
        if not text or (self._chosen is not None and self.edit.text() == self._chosen.name):
            return False
        if self.runner.busy:
            self._enter_pending = True
            if self.runner.debouncing:
                self.runner.run_now(text)
            return True
        row = self.current_row()
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self._choose_row(row)
        else:  # nothing searched yet (text set by code): search now and choose the first match
            self._enter_pending = True
            self.runner.run_now(text)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self._key(event)
            if event.type() == QEvent.Type.FocusOut:
                self.hide_popup()
            if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.Resize):
                self._show_name()
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if event.modifiers() & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
            return False
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            steps = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: MAX_VISIBLE_ROWS,
                Qt.Key.Key_PageUp: -MAX_VISIBLE_ROWS,
            }
            self._move(steps[Qt.Key(key)])
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self._on_enter()
        if key == Qt.Key.Key_Escape and self.popup_visible():
            self.hide_popup()
            return True
        return False

    def shutdown(self) -> None:
        self.runner.shutdown()
