"""The status bar's "At the counter: NAME" button.

``CounterButton(ctx, manage, parent=None)`` shows who is at the counter and follows
``ctx.staff_changed``. Its menu lists the active staff each time it opens (``fill_menu()``): choosing one
puts them at the counter; ``manage`` (the window's "Staff…" action) comes last.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from carebook.services import staff as staff_service
from ui import icons
from ui.context import AppContext


class CounterButton(QToolButton):
    def __init__(self, ctx: AppContext, manage: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.manage = manage
        self.setObjectName("statusStaffButton")
        self.setIcon(icons.icon("person"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setToolTip(self.tr("Click to change who is at the counter"))
        self.staff_menu = QMenu(self)
        self.staff_menu.aboutToShow.connect(self.fill_menu)
        self.setMenu(self.staff_menu)
        ctx.staff_changed.connect(self.update_text)
        self.update_text()

    def update_text(self, row: object = None) -> None:
        person = self.ctx.staff
        if person is None:
            text = self.tr("Nobody at the counter — choose")
        else:
            text = self.tr("At the counter: {0}").format(person.name)
        self.setText(text)
        self.setAccessibleName(text)

    def fill_menu(self) -> None:
        self.staff_menu.clear()
        group = QActionGroup(self.staff_menu)
        for person in staff_service.list_staff(active_only=True):
            action = self.staff_menu.addAction(person.name)
            action.setCheckable(True)
            action.setChecked(person.id == self.ctx.staff_id)
            action.triggered.connect(lambda _c=False, p=person: self.ctx.set_staff(p))
            group.addAction(action)
        self.staff_menu.addSeparator()
        self.staff_menu.addAction(self.manage)
