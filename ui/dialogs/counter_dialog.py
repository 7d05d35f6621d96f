"""Choose who is at the counter. The choice is remembered on this computer (LocalState).

Contacts logged and follow-ups done are recorded under this person; Today shows their follow-ups.
Double-click a name or press Enter to choose it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from carebook.services import staff as staff_service
from carebook.services.staff import StaffRow
from ui import icons, labels
from ui.context import AppContext
from ui.dialogs.base import BaseDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CounterDialog(BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Who is at the counter?"))
        self.setMinimumSize(360, 320)
        intro = QLabel(self.tr("Contacts you log and follow-ups you complete are recorded under this name."))
        intro.setWordWrap(True)
        intro.setObjectName("mutedLabel")
        self.staff_list = QListWidget()
        self.staff_list.setObjectName("counterList")
        self.staff_list.setAccessibleName(self.tr("Staff members"))
        self.rows: list[StaffRow] = list(staff_service.list_staff(active_only=True))
        for row in self.rows:
            item = QListWidgetItem(icons.icon("person"), f"{row.name} — {labels.role(row.role)}")
            item.setData(ID_ROLE, row.id)
            self.staff_list.addItem(item)
        current = next((i for i, row in enumerate(self.rows) if row.id == ctx.staff_id), 0)
        if self.rows:
            self.staff_list.setCurrentRow(current)
        self.staff_list.itemDoubleClicked.connect(lambda _item: self.try_save())  # Enter: the default button
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.staff_list, 1)
        self.add_buttons(self.tr("Start"), layout)
        assert self.save_button is not None
        self.save_button.setEnabled(bool(self.rows))
        self.staff_list.setFocus()

    def chosen(self) -> StaffRow | None:
        row = self.staff_list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def save(self) -> None:
        person = self.chosen()
        if person is not None:
            self.ctx.set_staff(person)
