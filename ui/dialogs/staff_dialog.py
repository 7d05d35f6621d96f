"""The staff list: an owner adds staff, renames them, sets roles, deactivates and reactivates them.

Anyone else sees the list read-only. Staff are never deleted (their past contacts keep their names),
and the service refuses to leave the shop without an active owner; its message is shown as it is.
Each change is saved at once and emits ``ctx.data_changed``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carebook import vocab
from carebook.conflicts import ConflictError
from carebook.errors import CarebookError, StorageError, ValidationError
from carebook.services import staff as staff_service
from carebook.services.staff import StaffRow
from carebook.versions import Seen
from ui import icons, labels, msgbox
from ui.context import AppContext
from ui.dialogs.base import BaseDialog, Form
from ui.dialogs.conflict_flow import Versioned, settle, value_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _role_combo() -> QComboBox:
    combo = QComboBox()
    for value, label in labels.choices(vocab.ROLES, labels.role):
        combo.addItem(label, value)
    combo.setCurrentIndex(combo.findData("staff"))
    return combo


class StaffDialog(Versioned, BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Staff"))
        self.setMinimumSize(600, 420)
        self.rows: list[StaffRow] = []
        self.changed_row: StaffRow | None = None  # saved from "Changed at another counter"

        self.read_only_note = QLabel(self.tr("Only an owner can add or change staff."))
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setWordWrap(True)

        self.staff_list = QListWidget()
        self.staff_list.setObjectName("staffList")
        self.staff_list.setAccessibleName(self.tr("Staff members"))
        self.staff_list.setMinimumWidth(220)
        self.staff_list.currentRowChanged.connect(self._show_selected)

        # the selected person
        self.edit_box = QGroupBox(self.tr("Selected staff member"))
        self.edit_form = Form(self.edit_box)
        self.name_edit = QLineEdit()
        self.role_combo = _role_combo()
        self.edit_form.add_row("name", self.tr("&Name:"), self.name_edit)
        self.edit_form.add_row("role", self.tr("&Role:"), self.role_combo, full_width=False)
        self.update_button = QPushButton(self.tr("Save changes"))
        self.update_button.clicked.connect(self._save_selected)
        self.toggle_button = QPushButton()
        self.toggle_button.clicked.connect(self._toggle_active)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.toggle_button)
        buttons.addWidget(self.update_button)
        edit_layout = QVBoxLayout(self.edit_box)
        edit_layout.addWidget(self.edit_form.banner)
        edit_layout.addLayout(self.edit_form)
        edit_layout.addLayout(buttons)

        # a new person
        self.add_box = QGroupBox(self.tr("Add a staff member"))
        self.form = Form(self.add_box)  # the form try_save-style errors go to
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name as it appears on contacts"))
        self.new_role = _role_combo()
        self.form.add_row("name", self.tr("N&ame:"), self.new_name)
        self.form.add_row("role", self.tr("R&ole:"), self.new_role, full_width=False)
        self.add_button = QPushButton(icons.icon("add"), self.tr("Add"))
        self.add_button.clicked.connect(self._add)
        self.new_name.returnPressed.connect(self._add)
        add_buttons = QHBoxLayout()
        add_buttons.addStretch(1)
        add_buttons.addWidget(self.add_button)
        add_layout = QVBoxLayout(self.add_box)
        add_layout.addWidget(self.form.banner)
        add_layout.addLayout(self.form)
        add_layout.addLayout(add_buttons)

        right = QVBoxLayout()
        right.addWidget(self.edit_box)
        right.addWidget(self.add_box)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.staff_list, 2)
        body.addLayout(right, 3)

        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        # Enter in a name field acts on its own form, never on another button of the dialog
        for button in (self.update_button, self.toggle_button, self.add_button, self.close_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.name_edit.returnPressed.connect(self._save_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        self.reload()

    # -- data ------------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        if select_id is None and 0 <= self.staff_list.currentRow() < len(self.rows):
            select_id = self.rows[self.staff_list.currentRow()].id
        self.rows = list(staff_service.list_staff(active_only=False))
        self.rows.sort(key=lambda row: (not row.active, row.name.casefold()))
        self.staff_list.blockSignals(True)
        self.staff_list.clear()
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        for row in self.rows:
            text = f"{row.name} — {labels.role(row.role)}"
            if not row.active:
                text += " " + self.tr("(inactive)")
            item = QListWidgetItem(icons.icon("person"), text)
            item.setData(ID_ROLE, row.id)
            item.setToolTip(text)
            if not row.active:
                item.setForeground(muted)
            self.staff_list.addItem(item)
        self.staff_list.blockSignals(False)
        index = next((i for i, row in enumerate(self.rows) if row.id == select_id), 0 if self.rows else -1)
        self.staff_list.setCurrentRow(index)
        self._show_selected(index)
        self._apply_permissions()

    def selected(self) -> StaffRow | None:
        row = self.staff_list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _apply_permissions(self) -> None:
        owner = self.ctx.is_owner
        self.read_only_note.setVisible(not owner)
        has_row = self.selected() is not None
        for widget in (self.name_edit, self.role_combo, self.update_button, self.toggle_button):
            widget.setEnabled(owner and has_row)
        self.add_box.setEnabled(owner)

    def _show_selected(self, row: int) -> None:
        self.edit_form.clear_errors()
        person = self.rows[row] if 0 <= row < len(self.rows) else None
        self.seen = Seen.of(person, ("name", "role", "active")) if person else None  # as a save names it
        self.name_edit.setText(person.name if person else "")
        self.role_combo.setCurrentIndex(self.role_combo.findData(person.role if person else "staff"))
        active = person is None or person.active
        self.toggle_button.setText(self.tr("Deactivate") if active else self.tr("Activate"))
        self.toggle_button.setAccessibleDescription(
            self.tr("Deactivated staff disappear from pickers; their past contacts keep their name.")
        )
        self._apply_permissions()

    # -- actions ---------------------------------------------------------------------------------
    def _run(self, form: Form, action: object) -> StaffRow | None:
        form.clear_errors()
        try:
            result = action()  # type: ignore[operator]
        except ValidationError as error:
            form.show_errors(error.errors)
            return None
        except StorageError as error:
            msgbox.error(self, self.tr("Not saved"), str(error))
            return None
        except ConflictError as error:  # changed at another counter since it was shown: the clerk decides
            self.changed_row = None
            if not settle(self, error):
                return None
            result = self.changed_row
        except CarebookError as error:
            msgbox.warning(self, self.tr("Not changed"), str(error))
            return None
        self.ctx.reload_staff()
        self.ctx.notify_data_changed()
        return result

    def _add(self) -> None:
        if not self.ctx.is_owner:
            return
        added = self._run(
            self.form, lambda: staff_service.add(self.new_name.text(), self.new_role.currentData())
        )
        if added is not None:
            self.new_name.clear()
            self.new_role.setCurrentIndex(self.new_role.findData("staff"))
            self.reload(select_id=added.id)

    def _save_selected(self) -> None:
        person = self.selected()
        if person is None or not self.ctx.is_owner:
            return
        name, role = self.name_edit.text(), str(self.role_combo.currentData())

        def change() -> StaffRow:
            return staff_service.change(person.id, seen=self.seen, name=name.strip(), role=role)

        if self._run(self.edit_form, change) is not None:
            self.reload(select_id=person.id)

    def _toggle_active(self) -> None:
        person = self.selected()
        if person is None or not self.ctx.is_owner:
            return
        if person.active:
            done = self._run(self.edit_form, lambda: staff_service.deactivate(person.id, self.seen))
        else:
            done = self._run(self.edit_form, lambda: staff_service.activate(person.id, self.seen))
        if done is not None:
            self.reload(select_id=person.id)

    # -- changed at another counter (``ui.dialogs.conflict_flow``) -------------------------------
    def save_again(self, values: dict[str, Any], seen: Seen) -> None:
        person = self.selected()
        assert person is not None
        self.changed_row = staff_service.change(person.id, seen=seen, **values)

    def conflict_label(self, field: str) -> str:
        label = self.edit_form.labels.get(field)
        return label.text().replace("&", "").rstrip(":") if label is not None else field

    def conflict_text(self, field: str, value: Any) -> str:
        return labels.role(str(value)) if field == "role" else value_text(value)
