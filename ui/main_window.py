"""The main window: sidebar of pages, toolbar with the global search, menus and status bar.

``MainWindow(ctx, search_func=None)``, built on the open database, builds one instance of each class
from ``ui.pages.PAGES`` into a stack, each built when first shown (the rest right after the first paint,
so the window appears fast). Pages are refreshed lazily: the visible page at once, the
others when next shown. After ``ctx.data_changed`` every page is marked stale, the visible one
refreshes (coalesced, once per event-loop turn) and every page's ``update_badge()`` runs. After
``ctx.records_changed`` (another seat's or program's writes, a ``ChangeSet``) only the pages it
concerns (``Page.concerned``) are marked stale and have their badge recounted; the others are left
alone. A change of the shop's settings is read again (``settings_changed``), and of the person at the
counter too (``ctx.reload_staff``). The status bar shows who is at the
counter, who is at the other counters (``ui.colleagues``; a seat's heartbeat concerns no page) and where
the data is; follow-ups given to the person here at another seat are told (``ui.arrivals``).

Public methods (menus, pages and tests call them): ``show_page(index_or_id)``, ``current_page()``,
``page(page_id)``, ``focus_search()``, ``show_customer(id)``, ``open_customer_dialog(customer_id=None)``,
``open_contact_dialog(customer_id=None, followup_id=None)``, ``open_followup_dialog(customer_id=None)``,
``customer_in_view()``, ``record_score()``,
``open_settings()``, ``open_staff()``, ``open_counter()``, ``open_about()``, ``open_shortcuts()``,
``open_import()``, ``open_export()``, ``back_up_now()``, ``open_backups()``, ``open_duplicates()``,
``refresh_current()``, ``next_record()``, ``previous_record()``, ``set_palette(choice)``, ``shutdown()``.
Closing the window (Ctrl+Q) with unsaved work anywhere asks once, listing it (``ui.unsaved``).
The ``open_*`` methods return the dialog they opened (or None), so tests can drive it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from carebook import APP_NAME, settings
from carebook.changes import ChangeSet
from carebook.errors import CarebookError
from carebook.services import followups
from ui import backup_scheduler, bidi, external_changes, icons, style, unsaved
from ui.arrivals import Arrivals
from ui.colleagues import Colleagues
from ui.context import AppContext
from ui.dialogs import launcher
from ui.main_actions import MainActions
from ui.pages import PAGES, is_imported, page_class
from ui.pages.base import Page
from ui.reminders import Reminders
from ui.widgets.counter_button import CounterButton
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.reconnect_bar import ReconnectBar
from ui.widgets.reminder_banner import ReminderBanner
from ui.widgets.search_box import SearchBox
from ui.widgets.search_runner import SearchFunc
from ui.widgets.sidebar import HINT_ROLE, Sidebar

MINUTE_MS = 60_000
MIN_WIDTH, MIN_HEIGHT = 800, 600  # every page fits, nothing cut short (tests/ui/test_layout_fit.py)
DEFAULT_WIDTH, DEFAULT_HEIGHT = 1200, 760
AFTER_FIRST_PAINT_MS = 100  # work the first paint need not wait for starts this long after the window


class MainWindow(QMainWindow):
    actions: MainActions  # type: ignore[assignment]  # hides QWidget.actions(), which nothing calls here

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        search_func: SearchFunc | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowIcon(icons.app_icon())
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        # Pages are built (and their modules imported) when first shown, the rest right after the first
        # paint: building all six first would double the start (profile: +320 ms of CPU, quick shop).
        # ``pages`` builds any still missing.
        self._pages: list[Page | None] = [None] * len(PAGES)
        self._stale: set[int] = set(range(len(PAGES)))
        self._badges_due: set[int] = set()  # pages whose badge is recounted on the next refresh turn
        self._shut_down = False

        # sidebar + pages
        self.sidebar = Sidebar()
        self.shop_label = QLabel()
        self.shop_label.setObjectName("shopName")
        self.shop_label.setWordWrap(True)
        panel = QWidget()
        panel.setObjectName("sidebarPanel")
        panel.setMinimumWidth(170)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 14, 0, 8)
        panel_layout.setSpacing(10)
        self.shop_label.setContentsMargins(16, 0, 12, 0)
        panel_layout.addWidget(self.shop_label)
        panel_layout.addWidget(self.sidebar, 1)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        self._items = []
        for spec in PAGES:
            self._items.append(self.sidebar.add_page(spec.title(), icons.icon(spec.icon_name)))
            self.stack.addWidget(QWidget())  # stands in until the page is built
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(panel)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([200, 1000])
        # the reminder banner (ui.reminders) spans the window above the sidebar and the pages
        self.banner = ReminderBanner()
        self.reconnect_bar = ReconnectBar()  # while the shop's server cannot be reached (ui.live_changes)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.reconnect_bar)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        # toolbar, menus
        self.search_box = SearchBox(self, search_func=search_func)
        self.search_box.customer_chosen.connect(self.show_customer)
        self.search_box.escaped.connect(self._focus_page)
        self.actions = MainActions(self)
        self.actions.build_menus(self.menuBar())
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.toggleViewAction().setEnabled(False)
        self.actions.build_toolbar(self.toolbar, self.search_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.actions.toolbar_toggle.toggled.connect(self._show_toolbar)

        # status bar
        self.status = self.statusBar()
        self.status.setObjectName("statusBar")
        self.staff_button = CounterButton(ctx, self.actions.staff)
        self.where_label = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)
        self.where_label.setObjectName("statusWhere")
        self.where_label.setMinimumWidth(160)
        self.colleagues = Colleagues(ctx, self)  # "Also at the counters: ..."
        self.status.addWidget(self.staff_button)
        self.status.addWidget(self.colleagues.label, 1)
        self.status.addPermanentWidget(self.where_label)

        # wiring
        self.sidebar.page_selected.connect(self._activate)
        ctx.data_changed.connect(self._on_data_changed)
        ctx.records_changed.connect(self._on_records_changed)
        ctx.settings_changed.connect(self._update_title)
        ctx.settings_changed.connect(self._update_where)  # after a switch to the shop's server
        ctx.customer_requested.connect(self.show_customer)
        ctx.page_requested.connect(self.show_page)
        ctx.status_message.connect(lambda text: self.status.showMessage(text, 5000))
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_after_change)
        self._minute = QTimer(self)
        self._minute.setInterval(MINUTE_MS)
        self._minute.timeout.connect(self._on_minute)
        QApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self.reminders = Reminders(ctx, self.banner, self, parent=self)
        self.reminders.fell_due.connect(lambda _rows: self.update_badges())
        self.arrivals = Arrivals(ctx, self.reminders, parent=self)  # follow-ups given to us elsewhere

        self._restore_state()
        # first, so its figures are read in the background meanwhile; each page's badge comes with it
        self._open_first_page()
        self._minute.start()
        self.reminders.start(plan_after_ms=AFTER_FIRST_PAINT_MS)  # the planning write waits for the paint
        self.arrivals.start()
        self.colleagues.start()
        self.backups = backup_scheduler.attach(self.ctx, self)
        # other seats' and programs' writes refresh the pages
        self.external = external_changes.attach(self.ctx, self, self.reconnect_bar)
        ctx.settings_changed.connect(self._follow_shop)
        self._update_title()
        self._update_where()
        QTimer.singleShot(AFTER_FIRST_PAINT_MS, self, self._build_next)  # the other pages, after the paint
        self.search_box.setFocus()  # typing a name finds a customer right away

    # -- pages -----------------------------------------------------------------------------------
    @property
    def pages(self) -> list[Page]:
        """Every page, in sidebar order (building those not built yet)."""
        return [self._build(index) for index in range(len(PAGES))]

    def _build(self, index: int) -> Page:
        page = self._pages[index]
        if page is None and self._shut_down:
            raise RuntimeError("the window is shut down")
        if page is None:
            page = page_class(PAGES[index])(self.ctx)
            self._pages[index] = page
            stand_in = self.stack.widget(index)
            assert stand_in is not None  # every page has a stand-in until it is built
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.stack.setCurrentIndex(current)
            self._items[index].setData(HINT_ROLE, page.accessible_badge_hint())
            page.badge_changed.connect(lambda count, row=index: self.sidebar.set_badge(row, count))
            page.update_badge()
        return page

    def _build_next(self) -> None:
        """Import one page's module, or build one page already imported, then go on with the next step on
        the next turn of the event loop: the window answers clicks and keys between two steps instead of
        freezing while all five pages are built (half a second together; the Customers page alone, its
        import and its widgets, is a quarter of it)."""
        missing = next((index for index, page in enumerate(self._pages) if page is None), None)
        if missing is None or self._shut_down:
            return
        if is_imported(PAGES[missing]):
            self._build(missing)
        else:
            page_class(PAGES[missing])  # the import alone: the page is built on the next turn
        QTimer.singleShot(0, self, self._build_next)

    def _built(self) -> list[Page]:
        return [page for page in self._pages if page is not None]

    def page(self, page_id: str) -> Page | None:
        index = self._index_of(page_id)
        return self._build(index) if index >= 0 else None

    def _index_of(self, page_id: str) -> int:
        return next((i for i, spec in enumerate(PAGES) if spec.page_id == page_id), -1)

    def current_page(self) -> Page:
        return self._build(self.stack.currentIndex())

    def show_page(self, which: int | str) -> Page | None:
        index = which if isinstance(which, int) else self._index_of(which)
        if not 0 <= index < len(PAGES):
            return None
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)  # -> _activate
        else:
            self._activate(index)
        return self._build(index)

    def _activate(self, index: int) -> None:
        page = self._build(index)
        self.stack.setCurrentIndex(index)
        if index in self._stale:
            self._stale.discard(index)
            page.refresh()
        self.ctx.state.set("window/page", page.page_id)

    def _open_first_page(self) -> None:
        today = self._index_of("today")
        if today >= 0 and self._anything_due():
            self.show_page(today)
            return
        remembered = self.ctx.state.get("window/page")
        if self.show_page(remembered) is None:
            self.show_page(0)

    def _anything_due(self) -> bool:
        """Is a follow-up of the person at the counter (or nobody's) overdue or due today? One lookup."""
        try:
            return followups.any_due(self.ctx.staff_id)
        except CarebookError:
            return False

    def _focus_page(self) -> None:
        self.current_page().focus_default()

    def refresh_current(self) -> None:
        self._stale = set(range(len(PAGES)))
        self._stale.discard(self.stack.currentIndex())
        self.current_page().refresh()
        self.update_badges()

    def update_badges(self) -> None:
        for page in self._built():
            page.update_badge()

    def _on_data_changed(self) -> None:
        self._stale = set(range(len(PAGES)))
        self._badges_due = set(range(len(PAGES)))
        self._refresh_timer.start()

    def _on_records_changed(self, changes: ChangeSet) -> None:
        """Another seat's or program's writes: only the pages they concern refresh (the visible one at
        once, the others when next shown); the rest are not even marked stale."""
        if not changes:
            return
        if changes.touches("setting"):
            self._reload_settings()
        staff_ids = changes.ids_of("staff")
        if self.ctx.staff_id is not None and (staff_ids is None or self.ctx.staff_id in staff_ids):
            self.ctx.reload_staff()  # the person at the counter renamed or deactivated elsewhere
        concerned = {index for index, page in enumerate(self._pages) if page and page.concerned(changes)}
        if not concerned:
            return
        self._stale |= concerned
        self._badges_due |= concerned
        self._refresh_timer.start()

    def _reload_settings(self) -> None:
        before = settings.current()
        try:
            after = settings.load()
        except CarebookError as error:
            self.status.showMessage(str(error), 5000)
            return
        if after != before:  # SQLite says only "something changed": most often not the settings
            self.ctx.notify_settings_changed()

    def _refresh_after_change(self) -> None:
        index = self.stack.currentIndex()
        if index in self._stale and self._pages[index] is not None:
            self._stale.discard(index)
            self._build(index).refresh()
        due, self._badges_due = self._badges_due, set()
        for number in sorted(due):
            page = self._pages[number]
            if page is not None:
                page.update_badge()

    def _follow_shop(self) -> None:
        if not self._shut_down:  # after a switch to another shop: watch that one
            self.external = external_changes.follow(self.ctx, self, self.external, self.reconnect_bar)

    def _on_minute(self) -> None:
        self.ctx.minute_tick.emit()
        self.update_badges()

    def next_record(self) -> None:
        self.current_page().next_record()

    def previous_record(self) -> None:
        self.current_page().previous_record()

    # -- search and records ----------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def show_customer(self, customer_id: int) -> None:
        page = self.page("customers")
        if page is not None:
            self.show_page(self._index_of("customers"))
            if page.open_customer(customer_id):
                return
        self.open_customer_dialog(customer_id)

    def open_customer_dialog(self, customer_id: int | None = None) -> QDialog:
        return launcher.open_customer_dialog(self.ctx, self, customer_id=customer_id)

    def open_contact_dialog(self, customer_id: int | None = None, followup_id: int | None = None) -> QDialog:
        return launcher.open_contact_dialog(self.ctx, self, customer_id=customer_id, followup_id=followup_id)

    def open_followup_dialog(self, customer_id: int | None = None) -> QDialog:
        return launcher.open_followup_dialog(self.ctx, self, customer_id=customer_id)

    def customer_in_view(self) -> int | None:
        """The customer the page shows or has selected (``Page.customer_in_view``), if any."""
        return self.current_page().customer_in_view()

    def record_score(self) -> QDialog | None:
        """Score (Ctrl+Shift+S) for the customer in view; without one, find a customer first."""
        customer_id = self.customer_in_view()
        if customer_id is None:
            self.ctx.status(self.tr("Find a customer first, then record their score"))
            self.focus_search()
            return None
        from ui.dialogs.score_dialog import ScoreDialog

        return launcher.show_dialog(self.ctx, ScoreDialog(self.ctx, self, customer_id=customer_id))

    # -- other dialogs ---------------------------------------------------------------------------
    def open_settings(self) -> QDialog:
        from ui.dialogs.settings_dialog import SettingsDialog

        return launcher.show_dialog(self.ctx, SettingsDialog(self.ctx, self))

    def open_staff(self) -> QDialog:
        from ui.dialogs.staff_dialog import StaffDialog

        return launcher.show_dialog(self.ctx, StaffDialog(self.ctx, self), notify=False)

    def open_counter(self) -> QDialog:
        from ui.dialogs.counter_dialog import CounterDialog

        return launcher.show_dialog(self.ctx, CounterDialog(self.ctx, self), notify=False)

    def open_about(self) -> QDialog:
        from ui.dialogs.about import AboutDialog

        return launcher.show_dialog(self.ctx, AboutDialog(self.ctx, self), notify=False)

    def open_shortcuts(self) -> QDialog:
        from ui.dialogs.shortcuts_dialog import ShortcutsDialog

        return launcher.show_dialog(
            self.ctx, ShortcutsDialog(self.ctx, self.actions.shortcut_rows(), self), notify=False
        )

    # -- data in and out (ui.dialogs.data_dialogs) ------------------------------------------------
    def open_import(self) -> QDialog:
        from ui.dialogs import data_dialogs

        return data_dialogs.open_import(self.ctx, self)

    def open_export(self) -> QDialog:
        from ui.dialogs import data_dialogs

        kind = data_dialogs.PAGE_TABLES.get(self.current_page().page_id, "customers")
        return data_dialogs.open_export(self.ctx, self, kind=kind)

    def back_up_now(self) -> bool:
        from ui.dialogs import data_dialogs

        return data_dialogs.back_up_now(self.ctx, self, self.backups)

    def open_backups(self) -> QDialog:
        from ui.dialogs import data_dialogs

        return data_dialogs.open_backups(self.ctx, self, self.backups)

    def open_connect(self) -> QDialog:
        from ui.dialogs.connect_dialog import open_connect

        return open_connect(self.ctx, self, choose_person=self.open_counter)

    def open_move_shop(self) -> QDialog:
        from ui.dialogs import data_dialogs

        return data_dialogs.open_move_shop(self.ctx, self, self.backups)

    def open_duplicates(self) -> QDialog:
        from ui.dialogs import data_dialogs

        return data_dialogs.open_duplicates(self.ctx, self)

    # -- status bar and title --------------------------------------------------------------------
    def _update_title(self) -> None:
        shop = settings.current().shop_name
        self.setWindowTitle(f"{shop} — {APP_NAME}" if shop else APP_NAME)
        self.shop_label.setText(shop or APP_NAME)
        self.shop_label.setToolTip(shop)

    def _update_where(self) -> None:
        where = bidi.left_to_right(self.ctx.where)  # a path keeps its order in an Arabic window
        self.where_label.setText(self.tr("Data: {0}").format(where))
        self.where_label.set_tooltip(self.tr("Carebook keeps its data in {0}").format(where))

    # -- appearance ------------------------------------------------------------------------------
    def set_palette(self, choice: str) -> None:
        self.ctx.state.set("view/palette", choice)
        self.actions.palettes[choice].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            style.apply_theme(app, choice)

    def _system_scheme_changed(self) -> None:
        if self.ctx.state.get("view/palette") == "system":
            self.set_palette("system")

    def _show_toolbar(self, visible: bool) -> None:
        self.toolbar.setVisible(visible)
        self.ctx.state.set("view/toolbar", visible)

    # -- state -----------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        state = self.ctx.state
        geometry = state.get("window/geometry")
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(DEFAULT_WIDTH, DEFAULT_HEIGHT)
        layout = state.get("window/state")
        if layout:
            self.restoreState(QByteArray(layout))
        splitter = state.get("splitter/main")
        if splitter:
            self.splitter.restoreState(QByteArray(splitter))
        self.actions.toolbar_toggle.setChecked(state.get("view/toolbar"))
        self.toolbar.setVisible(state.get("view/toolbar"))
        self.actions.palettes.get(state.get("view/palette"), self.actions.palettes["system"]).setChecked(True)

    def save_state(self) -> None:
        state = self.ctx.state
        state.set("window/geometry", bytes(self.saveGeometry().data()))
        state.set("window/state", bytes(self.saveState().data()))
        state.set("splitter/main", bytes(self.splitter.saveState().data()))
        state.sync()

    def shutdown(self) -> None:
        """Stop background work before the database closes (idempotent)."""
        if self._shut_down:
            return
        self._shut_down = True
        self._minute.stop()
        self.reminders.stop()
        self.arrivals.stop()
        self.colleagues.stop()
        self._refresh_timer.stop()
        self.search_box.shutdown()
        self.backups.shutdown()
        self.external.stop()
        QApplication.styleHints().colorSchemeChanged.disconnect(self._system_scheme_changed)
        for page in self._built():
            page.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._shut_down and not unsaved.confirm_quit(self):  # unsaved work: asked once, listed
            event.ignore()
            return
        self.save_state()
        self.shutdown()
        super().closeEvent(event)
