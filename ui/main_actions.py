"""The main window's actions, menus and toolbar.

Shortcuts: Ctrl+N new customer, Ctrl+L log a contact, Ctrl+Shift+N new follow-up (not Ctrl+Shift+U:
Linux input methods use it to type Unicode characters), Ctrl+F and Ctrl+K find a customer,
Ctrl+1 ... Ctrl+6 the pages, Alt+Down / Alt+Up next / previous record, F5 refresh, Ctrl+, settings,
Ctrl+Q quit, F1 the list of shortcuts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMenuBar, QSizePolicy, QToolBar, QWidget

from ui import icons
from ui.pages import PAGES
from ui.state import PALETTES

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class MainActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.all: list[QAction] = []
        w = window
        self.new_customer = self._make(
            QCoreApplication.translate("MainWindow", "&New customer…"),
            "add",
            "Ctrl+N",
            w.open_customer_dialog,
        )
        self.log_contact = self._make(
            QCoreApplication.translate("MainWindow", "&Log a contact…"),
            "log-contact",
            "Ctrl+L",
            w.open_contact_dialog,
        )
        self.new_followup = self._make(
            QCoreApplication.translate("MainWindow", "New &follow-up…"),
            "new-followup",
            "Ctrl+Shift+N",
            w.open_followup_dialog,
        )
        self.import_data = self._make(
            QCoreApplication.translate("MainWindow", "&Import…"), "import", "", w.open_import
        )
        self.export_data = self._make(
            QCoreApplication.translate("MainWindow", "&Export…"), "export", "", w.open_export
        )
        self.backup_now = self._make(
            QCoreApplication.translate("MainWindow", "&Back up now"), "save", "", w.back_up_now
        )
        self.backups = self._make(
            QCoreApplication.translate("MainWindow", "Backups and &restore…"), "database", "", w.open_backups
        )
        self.move_shop = self._make(
            QCoreApplication.translate("MainWindow", "&Move this shop to a server…"),
            "",
            "",
            w.open_move_shop,
        )
        self.duplicates = self._make(
            QCoreApplication.translate("MainWindow", "Find &duplicates…"), "merge", "", w.open_duplicates
        )
        self.quit = self._make(QCoreApplication.translate("MainWindow", "&Quit"), "", "Ctrl+Q", w.close)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.find = self._make(
            QCoreApplication.translate("MainWindow", "&Find a customer"), "search", "Ctrl+F", w.focus_search
        )
        self.find.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("Ctrl+K")])
        self.settings = self._make(
            QCoreApplication.translate("MainWindow", "Shop &settings…"), "settings", "Ctrl+,", w.open_settings
        )
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.staff = self._make(
            QCoreApplication.translate("MainWindow", "S&taff…"), "staff", "", w.open_staff
        )
        self.counter = self._make(
            QCoreApplication.translate("MainWindow", "&Who is at the counter…"), "person", "", w.open_counter
        )

        self.refresh = self._make(
            QCoreApplication.translate("MainWindow", "&Refresh"), "refresh", "F5", w.refresh_current
        )
        self.toolbar_toggle = self._make(
            QCoreApplication.translate("MainWindow", "Show &toolbar"), "", "", None
        )
        self.toolbar_toggle.setCheckable(True)
        self.palette_group = QActionGroup(window)
        self.palette_group.setExclusive(True)
        names = {
            "system": QCoreApplication.translate("MainWindow", "&System colours"),
            "light": QCoreApplication.translate("MainWindow", "&Light"),
            "dark": QCoreApplication.translate("MainWindow", "&Dark"),
        }
        self.palettes: dict[str, QAction] = {}
        for choice in PALETTES:
            action = self._make(names[choice], "", "", lambda _c=False, ch=choice: w.set_palette(ch))
            action.setCheckable(True)
            self.palette_group.addAction(action)
            self.palettes[choice] = action

        self.pages: list[QAction] = []
        for index, spec in enumerate(PAGES):  # from the table: pages are built when first shown
            shortcut = f"Ctrl+{index + 1}" if index < 9 else ""
            action = self._make(
                spec.title(), spec.icon_name, shortcut, lambda _c=False, i=index: w.show_page(i)
            )
            self.pages.append(action)
        self.next_record = self._make(
            QCoreApplication.translate("MainWindow", "&Next record"),
            "next",
            QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down),
            w.next_record,
        )
        self.previous_record = self._make(
            QCoreApplication.translate("MainWindow", "&Previous record"),
            "previous",
            QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up),
            w.previous_record,
        )

        self.shortcuts = self._make(
            QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
            "keyboard",
            "F1",
            w.open_shortcuts,
        )
        self.about = self._make(
            QCoreApplication.translate("MainWindow", "&About Carebook"), "about", "", w.open_about
        )
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt = self._make(
            QCoreApplication.translate("MainWindow", "About &Qt"), "", "", QApplication.aboutQt
        )
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

        for action in (self.new_customer, self.log_contact, self.new_followup):
            action.setStatusTip(action.text().replace("&", "").rstrip("…"))

    def _make(
        self,
        text: str,
        icon_name: str,
        shortcut: str | QKeySequence | QKeySequence.StandardKey,
        slot: Callable[..., object] | None,
    ) -> QAction:
        action = QAction(text, self.window)
        if icon_name:
            action.setIcon(icons.icon(icon_name))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if slot is not None:
            action.triggered.connect(lambda _checked=False, s=slot: s())
        self.window.addAction(action)  # shortcuts work even with the menu bar hidden
        self.all.append(action)
        return action

    def build_menus(self, bar: QMenuBar) -> None:
        file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        file_menu.addActions([self.new_customer, self.log_contact, self.new_followup])
        file_menu.addSeparator()
        file_menu.addActions([self.import_data, self.export_data])
        file_menu.addSeparator()
        file_menu.addActions([self.backup_now, self.backups, self.move_shop, self.duplicates])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        edit_menu.addAction(self.find)
        edit_menu.addSeparator()
        edit_menu.addActions([self.counter, self.staff, self.settings])

        view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        colours = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Colours"))
        colours.addActions(list(self.palettes.values()))
        view_menu.addAction(self.toolbar_toggle)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh)

        go_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Go"))
        go_menu.addActions(self.pages)
        go_menu.addSeparator()
        go_menu.addActions([self.next_record, self.previous_record])

        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addAction(self.shortcuts)
        help_menu.addSeparator()
        help_menu.addActions([self.about, self.about_qt])

    def build_toolbar(self, toolbar: QToolBar, search: QWidget) -> None:
        short = {
            self.new_customer: QCoreApplication.translate("MainWindow", "New customer"),
            self.log_contact: QCoreApplication.translate("MainWindow", "Log contact"),
            self.new_followup: QCoreApplication.translate("MainWindow", "New follow-up"),
        }
        for action, text in short.items():
            action.setIconText(text)
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            if button is not None:
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                button.setAccessibleName(text)
                button.setToolTip(f"{text} ({keys})")
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(search)

    def shortcut_rows(self) -> list[tuple[QIcon, str, str]]:
        """(icon, action, keys) for every action with a shortcut, for the shortcuts dialog."""
        rows = []
        for action in self.all:
            keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
            if keys:
                rows.append((action.icon(), action.text().replace("&", "").rstrip("…"), ", ".join(keys)))
        return rows
