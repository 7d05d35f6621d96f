"""The Customers page's detail pane: one customer's fields to edit, quick actions and full history.

``CustomerDetail(ctx, parent=None)``:
- ``show_customer(row | None)`` shows a ``CustomerRow`` (None: "select a customer"). Showing the same
  customer again (after a refresh) keeps unsaved edits; the header and the history are re-read.
- The fields are the shared ``CustomerForm``; ``save()`` (Save button, Ctrl+S, Enter in a one-line field)
  calls ``customers.update`` with what changed: a refused field gets its message underneath and keeps
  what was typed; an invalid phone number is saved as typed with the service's warning under it.
  ``revert()`` puts the stored values back. ``is_dirty()``; ``confirm_leave()`` asks Save / Discard /
  Cancel (``ui.msgbox.choose``) before another customer replaces unsaved edits, and returns False on
  Cancel.
- Quick actions: Log contact, New follow-up, Record score, Privacy (export everything about the
  customer, erase for good), Move to trash (or Restore, in the trash).
  Trashing and restoring are the page's (it confirms and offers undo): ``trash_requested(id)``,
  ``restore_requested(id)``. ``saved(CustomerRow)`` after a save.
- Unsaved edits whose customer another counter changes or deletes meanwhile stay as typed, under a quiet
  notice saying so (``ui.dialogs.changed_notice``); loading, saving or reverting clears it.
- Two tabs: the history (``carebook.services.timeline.customer_timeline``, newest first; Enter or a
  double-click opens a contact or a follow-up), shown first so eight entries fit at the default window
  size, and the details (the form; "Details (unsaved)" while edited). ``show_details()`` switches to
  the form; the tab last chosen is remembered. A long name wraps instead of being cut short.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carebook import clock, settings
from carebook.conflicts import ConflictError
from carebook.errors import CarebookError, StorageError, ValidationError
from carebook.services import customers, tags, timeline
from carebook.services.customers import CustomerRow
from carebook.services.followups import FollowupRow
from carebook.services.interactions import InteractionRow
from carebook.services.timeline import TimelineEntry
from carebook.versions import Seen
from ui import field_labels, icons, keys, msgbox
from ui.context import AppContext
from ui.dialogs import changed_notice, launcher
from ui.dialogs.conflict_flow import settle
from ui.dialogs.score_dialog import ScoreDialog
from ui.pages.detail_drafts import DetailDrafts
from ui.state import declare
from ui.widgets.customer_form import CustomerForm
from ui.widgets.relative_time import count_text, local_stamp
from ui.widgets.timeline_view import TimelineView

SAVE, DISCARD, CANCEL = range(3)
HISTORY, DETAILS = range(2)  # the tabs
TAB_KEY = "customers/detail_tab"
declare(TAB_KEY, str, "history", "the tab of the customer pane shown last: history or details")


class CustomerDetail(QWidget):
    scroll: QScrollArea  # type: ignore[assignment]  # hides QWidget.scroll(dx, dy), which nothing calls here
    saved = Signal(object)  # CustomerRow
    trash_requested = Signal(int)
    restore_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("customerDetail")
        self.row: CustomerRow | None = None
        self.seen: Seen | None = None  # the version and values the form loaded
        self.last_dialog: object = None  # the dialog a quick action opened, for tests

        self.name_label = QLabel("", self)
        self.name_label.setObjectName("detailName")
        self.about_label = QLabel("", self)
        self.about_label.setObjectName("detailAbout")
        for label in (self.name_label, self.about_label):  # a long name wraps rather than be cut short
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trash_note = QLabel(self)
        self.trash_note.setObjectName("trashNote")
        self.trash_note.setWordWrap(True)
        self.trash_note.hide()

        self.log_button = self._action("log-contact", self.tr("Log contact"), self.log_contact)
        self.followup_button = self._action("new-followup", self.tr("Follow-up"), self.new_followup)
        self.score_button = self._action("satisfaction", self.tr("Score"), self.record_score)
        self.trash_button = self._action("trash", self.tr("Move to trash"), self._trash, icon_only=True)
        self.restore_button = self._action("restore", self.tr("Restore"), self._restore)
        self.privacy_button = self._action("shield", self.tr("Privacy"), lambda: None, icon_only=True)
        self.privacy_button.setToolTip(self.tr("Export everything about this customer, or erase them"))
        self.privacy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        privacy_menu = QMenu(self.privacy_button)
        self.export_person_action = privacy_menu.addAction(
            icons.icon("export"), self.tr("Export everything about this customer…"), self.export_person
        )
        self.erase_action = privacy_menu.addAction(
            icons.icon("erase"), self.tr("Erase for good…"), self.erase
        )
        self.privacy_button.setMenu(privacy_menu)
        self.log_button.setToolTip(
            self.tr("Log a call, email or visit from this customer ({0})").format(
                keys.native(keys.LOG_CONTACT_KEYS)
            )
        )
        self.followup_button.setToolTip(
            self.tr("Plan a follow-up for this customer ({0})").format(keys.native(keys.NEW_FOLLOWUP_KEYS))
        )
        self.score_button.setToolTip(
            self.tr("Record a CSAT, NPS or CES score ({0})").format(keys.native(keys.SCORE_KEYS))
        )
        self.trash_button.setToolTip(self.tr("Move this customer to the trash"))
        self.restore_button.setToolTip(self.tr("Take this customer out of the trash"))
        actions = QHBoxLayout()
        actions.setSpacing(2)
        for button in (self.log_button, self.followup_button, self.score_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.privacy_button)
        actions.addWidget(self.trash_button)
        actions.addWidget(self.restore_button)
        self.restore_button.hide()

        self.form = CustomerForm(self, compact=True)
        self.form.changed.connect(self._update_buttons)
        self.form.submitted.connect(self.save)
        self.drafts = DetailDrafts(self, ctx.drafts)  # unsaved edits survive a crash
        self.save_button = QPushButton(icons.icon("done"), self.tr("Save"), self)
        self.save_button.setObjectName("detailSave")
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(icons.icon("refresh"), self.tr("Revert"), self)
        self.revert_button.setToolTip(self.tr("Put back the stored details"))
        self.revert_button.clicked.connect(self.revert)
        self.dirty_label = QLabel(self.tr("Unsaved changes"), self)
        self.dirty_label.setObjectName("dirtyNote")
        save_row = QHBoxLayout()
        save_row.addWidget(self.dirty_label)
        save_row.addStretch(1)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)
        form_box = QWidget(self)
        form_box.setObjectName("detailFormBox")
        form_column = QVBoxLayout(form_box)
        form_column.setContentsMargins(0, 4, 8, 4)
        form_column.addWidget(self.form)
        form_column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("detailScroll")
        self.scroll.setAccessibleName(self.tr("The customer's details"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(form_box)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        details = QWidget(self)
        details_column = QVBoxLayout(details)
        details_column.setContentsMargins(0, 6, 0, 0)
        details_column.addWidget(self.scroll, 1)
        details_column.addLayout(save_row)

        self.timeline = TimelineView(self)
        self.timeline.entry_activated.connect(self.open_entry)
        history = QWidget(self)
        history_column = QVBoxLayout(history)
        history_column.setContentsMargins(0, 6, 0, 0)
        history_column.addWidget(self.timeline, 1)

        # the history first: what a customer calling wants talked about; the fields a tab away (Alt+D)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("detailTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(history, icons.icon("contacts"), self.tr("H&istory"))
        self.tabs.addTab(details, icons.icon("person"), self.tr("&Details"))
        self.tabs.setCurrentIndex(DETAILS if ctx.state.get(TAB_KEY) == "details" else HISTORY)
        self.tabs.currentChanged.connect(
            lambda index: ctx.state.set(TAB_KEY, "details" if index == DETAILS else "history")
        )

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.name_label)
        column.addWidget(self.about_label)
        column.addWidget(self.trash_note)
        column.addLayout(actions)
        # edits in progress while another counter changes or deletes the customer: said, never overwritten
        self.changed_notice = changed_notice.attach(
            ctx,
            self,
            "customer",
            lambda: self.customer_id,
            layout=column,
            at=column.count(),
            active=self.is_dirty,
        )
        column.addWidget(self.tabs, 1)
        self.placeholder = QLabel(
            self.tr(
                "Select a customer to see their details and history.\n"
                "Alt+Down and Alt+Up move through the list."
            ),
            self,
        )
        self.placeholder.setObjectName("detailPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.stack)

        self.save_action = QAction(icons.icon("done"), self.tr("Save the customer's details"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(lambda _checked=False: self.save())
        self.addAction(self.save_action)  # F1 lists it with the page's other actions
        self._update_buttons()

    def _action(self, icon_name: str, text: str, slot: object, *, icon_only: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icons.icon(icon_name))
        button.setText(text)
        button.setAccessibleName(text)
        button.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if icon_only
            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # -- showing ---------------------------------------------------------------------------------
    @property
    def customer_id(self) -> int | None:
        return self.row.id if self.row is not None else None

    def show_customer(self, row: CustomerRow | None) -> None:
        same = row is not None and self.row is not None and row.id == self.row.id
        self.row = row
        if row is None:
            self.form.load(None)
            self.stack.setCurrentWidget(self.placeholder)
            self._update_buttons()
            return
        self.stack.setCurrentWidget(self.stack.widget(1))  # type: ignore[arg-type]  # the form, added in __init__
        self.form.set_region(settings.current().phone_region)
        if not (same and self.form.is_dirty()):
            self.form.load(row)
            self.seen = customers.seen(row)  # what a save names as loaded (``carebook.versions``)
            self._loaded()
        self._show_header(row)
        self.refresh_history(in_place=same)
        self._update_buttons()

    def set_tag_names(self, names: list[str]) -> None:
        self.form.set_tag_names(names)

    def _show_header(self, row: CustomerRow) -> None:
        self.name_label.setText(row.name)
        created = clock.to_local(row.created_at)
        since = QLocale().toString(QDate(created.year, created.month, created.day), "MMMM yyyy")
        about = [row.company] if row.company else []
        about.append(self.tr("customer since {0}").format(since))
        if row.open_contacts == 1:
            about.append(self.tr("1 open contact"))
        elif row.open_contacts:
            about.append(self.tr("{0} open contacts").format(count_text(row.open_contacts)))
        self.about_label.setText(" · ".join(about))
        trashed = row.deleted_at is not None
        if row.erased_at is not None:
            self.trash_note.setText(self.tr("This customer's personal data was erased; it cannot be edited."))
        elif trashed:
            self.trash_note.setText(
                self.tr("In the trash since {0}. Restore the customer to work with them again.").format(
                    local_stamp(row.deleted_at)  # type: ignore[arg-type]
                )
            )
        self.trash_note.setVisible(trashed or row.erased_at is not None)
        self.trash_button.setVisible(not trashed)
        self.restore_button.setVisible(trashed)
        for button in (self.log_button, self.followup_button, self.score_button):
            button.setEnabled(not trashed and row.erased_at is None)
        self.form.setEnabled(row.erased_at is None)
        self.export_person_action.setEnabled(row.erased_at is None)

    def refresh_history(self, *, in_place: bool = False) -> None:
        """Read the history again; ``in_place`` (the same customer): it keeps its place and selection."""
        if self.row is None:
            return
        try:
            entries = timeline.customer_timeline(self.row.id)
        except CarebookError as error:
            self.timeline.set_message(str(error))
            return
        self.timeline.set_entries(entries, in_place=in_place)
        self.tabs.setTabText(HISTORY, self.tr("H&istory ({0})").format(count_text(len(entries))))

    def history_title(self) -> str:
        return self.tabs.tabText(HISTORY).replace("&", "")

    def _update_buttons(self) -> None:
        dirty = self.row is not None and self.form.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.dirty_label.setVisible(dirty)
        self.tabs.setTabText(DETAILS, self.tr("&Details (unsaved)") if dirty else self.tr("&Details"))

    def show_details(self, *, focus: bool = True) -> None:
        """The Details tab, the focus in its first field (Enter or a double-click in the table)."""
        self.tabs.setCurrentIndex(DETAILS)
        if focus:
            self.form.focus_first()

    # -- saving ----------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self.row is not None and self.form.is_dirty()

    def save(self) -> bool:
        """Store what changed; False (with the messages shown) when it was not saved."""
        if self.row is None:
            return True
        changes = self.form.changes()
        if not changes:
            return True
        self.form.clear_errors()
        try:
            result = customers.update(self.row.id, seen=self.seen, **changes)
        except ConflictError as error:  # saved at another counter since it was loaded: the clerk decides
            return settle(self, error)
        except ValidationError as error:
            self.tabs.setCurrentIndex(DETAILS)  # the messages are there
            self.form.show_errors(error.errors)
            return False
        except StorageError as error:
            msgbox.error(self, self.tr("Not saved"), str(error))
            return False
        except CarebookError as error:
            msgbox.warning(self, self.tr("Not saved"), str(error))
            return False
        self._saved(result)
        return True

    # -- changed at another counter (``ui.dialogs.conflict_flow``) -------------------------------
    def save_again(self, values: dict[str, object], seen: Seen) -> None:
        assert self.row is not None
        self._saved(customers.update(self.row.id, seen=seen, **values))

    def conflict_label(self, field: str) -> str:
        return field_labels.label(field)

    def conflict_text(self, field: str, value: object) -> str:
        return field_labels.value_text(field, value)

    def keep_typed_work(self) -> None:
        """The form keeps what was typed (and its draft, ``DetailDrafts``)."""

    def _saved(self, result: customers.Saved) -> None:
        merged = self.seen is not None and result.row.version != self.seen.version + 1
        self.row = result.row
        if merged:  # fields saved at another counter came in: show the record as stored
            self.form.load(result.row)
        self.form.mark_saved()
        self.seen = customers.seen(result.row)
        self._loaded()
        self.form.show_warnings(result.warnings)
        self._show_header(result.row)
        text = self.tr("{0} saved").format(result.row.name)
        self.ctx.status(f"{text}. {' '.join(result.warnings)}" if result.warnings else text)
        self.saved.emit(result.row)
        self.ctx.notify_data_changed()

    def revert(self) -> None:
        if self.row is not None:
            self.form.load(self.row)
            self._loaded()

    def _loaded(self) -> None:
        """The form holds the stored values now: later changes elsewhere are compared with these."""
        self.changed_notice.clear()
        assert self.changed_notice.watch is not None
        self.changed_notice.watch.rebase()

    def confirm_leave(self) -> bool:
        """Before another customer replaces this one: True when it may (saved or discarded)."""
        if not self.is_dirty():
            return True
        assert self.row is not None
        answer = msgbox.choose(
            self,
            self.tr("Unsaved changes"),
            self.tr("You changed {0}'s details. Save the changes?").format(self.row.name),
            [self.tr("Save"), self.tr("Discard changes"), self.tr("Cancel")],
            default=SAVE,
            escape=CANCEL,
        )
        if answer == SAVE:
            return self.save()
        if answer == DISCARD:
            self.revert()
            return True
        return False

    # -- quick actions ---------------------------------------------------------------------------
    def log_contact(self) -> None:
        if self.row is not None:
            self.last_dialog = launcher.open_contact_dialog(self.ctx, self, customer_id=self.row.id)

    def new_followup(self) -> None:
        if self.row is not None:
            self.last_dialog = launcher.open_followup_dialog(self.ctx, self, customer_id=self.row.id)

    def record_score(self) -> None:
        if self.row is not None:
            self.last_dialog = launcher.show_dialog(
                self.ctx, ScoreDialog(self.ctx, self, customer_id=self.row.id)
            )

    def export_person(self) -> None:
        if self.row is not None:
            from ui.dialogs import privacy_dialogs

            self.last_dialog = privacy_dialogs.open_export_person(self.ctx, self, self.row.id)

    def erase(self) -> None:
        if self.row is not None:
            from ui.dialogs import privacy_dialogs

            self.last_dialog = privacy_dialogs.open_erase(self.ctx, self, self.row.id)

    def _trash(self) -> None:
        if self.row is not None:
            self.trash_requested.emit(self.row.id)

    def _restore(self) -> None:
        if self.row is not None:
            self.restore_requested.emit(self.row.id)

    def open_entry(self, entry: TimelineEntry) -> None:
        row = entry.row
        if isinstance(row, InteractionRow):
            self.last_dialog = launcher.open_record_dialog(self.ctx, self, "contact", interaction_id=row.id)
        elif isinstance(row, FollowupRow):
            self.last_dialog = launcher.open_record_dialog(self.ctx, self, "followup", followup_id=row.id)

    def tag_names(self) -> list[str]:
        try:
            return [tag.name for tag in tags.all_tags()]
        except CarebookError:
            return []
