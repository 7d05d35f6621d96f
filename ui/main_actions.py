"""The main window's actions, menus and toolbar.

Shortcuts: Ctrl+N new customer, Ctrl+L log a contact, Ctrl+Shift+N new follow-up (not Ctrl+Shift+U:
Linux input methods use it to type Unicode characters), Ctrl+Shift+S record a score (Log contact, New
follow-up and Score act on the customer in view: ``MainWindow.customer_in_view``), Ctrl+F and Ctrl+K
find a customer,
Ctrl+1 ... Ctrl+6 the pages, Alt+Down / Alt+Up next / previous record, F5 refresh, Ctrl+, settings,
Ctrl+Q quit, F1 the list of shortcuts: ``shortcut_rows()`` reads it from the actions themselves (the
window's, every page's) and the dialogs' key bindings (``ui.keys``).

Every action that opens a dialog (``DIALOG_ACTIONS``) goes through one ``ui.dialog_gate.DialogGate``: a
repeat while its dialog opens or is open does nothing, and no click reaches the window under the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenuBar, QSizePolicy, QToolBar, QWidget

from ui import icons, keys
from ui.dialog_gate import DialogGate
from ui.pages import PAGES
from ui.state import PALETTES

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class MainActions:
    DIALOG_ACTIONS = (
        "new_customer",
        "log_contact",
        "new_followup",
        "import_data",
        "export_data",
        "backups",
        "duplicates",
        "settings",
        "staff",
        "counter",
        "shortcuts",
        "about",
        "about_qt",
    )

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.all: list[QAction] = []
        self.gate = DialogGate(window)
        self._slots: dict[QAction, Callable[..., object]] = {}
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
            keys.LOG_CONTACT_KEYS,
            lambda: w.open_contact_dialog(w.customer_in_view()),
        )
        self.new_followup = self._make(
            QCoreApplication.translate("MainWindow", "New &follow-up…"),
            "new-followup",
            keys.NEW_FOLLOWUP_KEYS,
            lambda: w.open_followup_dialog(w.customer_in_view()),
        )
        self.score = self._make(
            QCoreApplication.translate("MainWindow", "Record a &score…"),
            "satisfaction",
            keys.SCORE_KEYS,
            w.record_score,
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
        self.connect_server = self._make(
            QCoreApplication.translate("MainWindow", "&Connect to the shop's server…"),
            "database",
            "",
            w.open_connect,
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

        for action in (self.new_customer, self.log_contact, self.new_followup, self.score):
            action.setStatusTip(action.text().replace("&", "").rstrip("…"))
        self.dialog_actions = {getattr(self, name) for name in self.DIALOG_ACTIONS}

    def _run(self, action: QAction) -> None:
        slot = self._slots[action]
        if action in self.dialog_actions:
            self.gate.run(slot)
        else:
            slot()

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
            self._slots[action] = slot
            action.triggered.connect(lambda _checked=False, a=action: self._run(a))
        self.window.addAction(action)  # shortcuts work even with the menu bar hidden
        self.all.append(action)
        return action

    def build_menus(self, bar: QMenuBar) -> None:
        file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        file_menu.addActions([self.new_customer, self.log_contact, self.new_followup, self.score])
        file_menu.addSeparator()
        file_menu.addActions([self.import_data, self.export_data])
        file_menu.addSeparator()
        file_menu.addActions([self.backup_now, self.backups, self.move_shop, self.duplicates])
        file_menu.addSeparator()
        file_menu.addAction(self.connect_server)
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

    def shortcut_rows(self) -> list[tuple[QIcon, str, str, str]]:
        """(icon, what it does, keys, where) for every action with a shortcut: the window's, each page's
        (every page is built for it) and the dialogs' bindings of ``ui.keys``."""
        rows: list[tuple[QIcon, str, str, str]] = []
        seen: set[tuple[str, str, str]] = set()

        def add(icon: QIcon, text: str, keys: str, where: str) -> None:
            if keys and (text, keys, where) not in seen:
                seen.add((text, keys, where))
                rows.append((icon, text, keys, where))

        everywhere = QCoreApplication.translate("MainWindow", "Everywhere")
        for action in self.all:
            add(action.icon(), _plain(action.text()), _keys(action), everywhere)
        for page in self.window.pages:
            for action in page.findChildren(QAction):
                if not _in_dialog(action):  # an open dialog's keys are listed once, below
                    add(action.icon(), _plain(action.text()), _keys(action), page.title())
        for binding in keys.BINDINGS:
            add(QIcon(), binding.text(), ", ".join(keys.native(k) for k in binding.keys), binding.place())
        return rows


def _in_dialog(action: QAction) -> bool:
    holder = action.parent()
    while holder is not None:
        if isinstance(holder, QDialog):
            return True
        holder = holder.parent()
    return False


def _plain(text: str) -> str:
    return text.replace("&", "").rstrip("…")


def _keys(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
