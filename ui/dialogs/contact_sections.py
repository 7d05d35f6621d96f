"""The widgets of the contact dialog, built in two forms: the contact itself and the extras.

``ContactFields(parent)`` builds every input and lays them out in ``left`` (customer, channel,
direction, reason, summary, notes, resolved) and ``right`` (when, staff, waited, duration, the optional
scores and the optional follow-up), two ``Form`` layouts whose row names are the field names of
``carebook.usecases.log_contact``. It holds no data logic; ``ContactDialog`` fills and reads it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from carebook import clock, vocab
from carebook.usecases.followups import DUE_CHOICES, due_on_for
from ui import labels
from ui.dialogs.base import Form
from ui.widgets.channel_buttons import ChannelButtons
from ui.widgets.customer_picker import CustomerPicker
from ui.widgets.date_edits import DateEdit, DateTimeEdit
from ui.widgets.optional_spin import OptionalSpinBox
from ui.widgets.score_picker import ScorePicker
from ui.widgets.search_runner import SearchFunc


def _row(*widgets: QWidget, stretch_last: bool = True) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch_last:
        layout.addStretch(1)
    return box


def _section(form: Form, text: str) -> QLabel:
    title = QLabel(text)
    title.setObjectName("sectionTitle")
    form.addRow(title)
    return title


class ContactFields(QWidget):
    def __init__(self, parent: QWidget | None = None, *, search_func: SearchFunc | None = None) -> None:
        super().__init__(parent)
        self.left = Form(self)
        self.right = Form(self)
        for form in (self.left, self.right):
            form.setVerticalSpacing(8)
            form.setHorizontalSpacing(10)
        self._build_contact(search_func)
        self._build_details()
        self._build_scores()
        self._build_followup()

    # -- left: the contact -----------------------------------------------------------------------
    def _build_contact(self, search_func: SearchFunc | None) -> None:
        form = self.left
        self.picker = CustomerPicker(search_func=search_func)
        self.picker.setFocusProxy(self.picker.edit)
        form.add_row("customer", self.tr("&Customer:"), self.picker, focus=self.picker.edit)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("First and last name"))
        self.new_phone = QLineEdit()
        self.new_phone.setPlaceholderText(self.tr("Optional"))
        self.new_email = QLineEdit()
        self.new_email.setPlaceholderText(self.tr("Optional"))
        self.new_rows = [
            form.add_row("customer_name", self.tr("N&ame:"), self.new_name),
            form.add_row("customer_phone", self.tr("&Phone:"), self.new_phone),
            form.add_row("customer_email", self.tr("E&mail:"), self.new_email),
        ]
        self.show_new_customer(False)

        self.channels = ChannelButtons()
        form.add_row("channel", self.tr("Channel:"), self.channels, focus=self.channels.focus_button())
        form.labels["channel"].setToolTip(self.tr("Alt+1 … Alt+7 choose a channel"))

        self.inbound = QRadioButton(self.tr("&Inbound"))
        self.inbound.setToolTip(self.tr("The customer got in touch"))
        self.outbound = QRadioButton(self.tr("&Outbound"))
        self.outbound.setToolTip(self.tr("The shop got in touch"))
        self.direction_group = QButtonGroup(self)
        self.direction_group.addButton(self.inbound)
        self.direction_group.addButton(self.outbound)
        self.inbound.setChecked(True)
        form.add_row(
            "direction", self.tr("Direction:"), _row(self.inbound, self.outbound), focus=self.inbound
        )

        self.reason = QComboBox()
        for value, text in labels.choices(vocab.REASONS, labels.reason):
            self.reason.addItem(text, value)
        self.reason.setCurrentIndex(self.reason.findData("other"))
        form.add_row("reason", self.tr("&Reason:"), self.reason, full_width=False)

        self.summary = QLineEdit()
        self.summary.setPlaceholderText(self.tr("One line: what was it about?"))
        form.add_row("summary", self.tr("&Summary:"), self.summary)
        self.notes = QPlainTextEdit()  # Ctrl+Enter saves, as in every field (ui.keys.DIALOG_SAVE)
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Details, if any (Ctrl+Enter saves)"))
        self.notes.setMinimumHeight(90)
        form.add_row("notes", self.tr("Not&es:"), self.notes)
        self.resolved = QCheckBox(self.tr("Resol&ved in this contact"))
        self.resolved.setToolTip(
            self.tr("Nothing is left to do: the contact counts as resolved at first contact")
        )
        form.add_row("resolved_first_contact", "", self.resolved)
        self.resolved.setAccessibleName(self.tr("Resolved in this contact"))

    def show_new_customer(self, visible: bool) -> None:
        for box in self.new_rows:
            self.left.setRowVisible(box, visible)

    # -- right: when, who, how long --------------------------------------------------------------
    def _build_details(self) -> None:
        form = self.right
        self.when = DateTimeEdit()
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        form.add_row("occurred_at", self.tr("W&hen:"), self.when, full_width=False)
        self.staff = QComboBox()
        form.add_row("staff", self.tr("S&taff:"), self.staff, full_width=False)
        self.waited = OptionalSpinBox()
        self.waited.setToolTip(
            self.tr("How long the customer waited before being served; leave empty if unknown")
        )
        self.duration = OptionalSpinBox()
        self.duration.setToolTip(self.tr("How long the contact took; leave empty if unknown"))
        for name, label, box in (
            ("waited_minutes", self.tr("&Waited:"), self.waited),
            ("duration_minutes", self.tr("&Duration:"), self.duration),
        ):
            box.setMinimumWidth(90)
            unit = QLabel(self.tr("minutes"))
            unit.setObjectName("mutedLabel")
            form.add_row(name, label, _row(box, unit), focus=box)
        self.status_check = QCheckBox(self.tr("Resolved"))
        self.status_check.setToolTip(self.tr("Unticked, the contact is open: something is still to be done"))
        self.status_label = QLabel()
        self.status_label.setObjectName("mutedLabel")
        self.status_box = form.add_row(
            "status", self.tr("Status:"), _row(self.status_check, self.status_label), focus=self.status_check
        )
        form.setRowVisible(self.status_box, False)

    # -- right: scores ---------------------------------------------------------------------------
    def _build_scores(self) -> None:
        form = self.right
        self.scores_title = _section(form, self.tr("Satisfaction (optional)"))
        self.scores: dict[str, ScorePicker] = {}
        self.score_rows: list[QWidget] = []
        for kind in vocab.FEEDBACK_KINDS:
            picker = ScorePicker(kind)
            self.scores[kind] = picker
            box = form.add_row(kind, f"{labels.kind(kind)}:", picker, full_width=False)
            form.labels[kind].setToolTip(labels.kind_question(kind))
            self.score_rows.append(box)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("What the customer said about it"))
        self.score_rows.append(form.add_row("comment", self.tr("&Feedback:"), self.comment))
        self.linked_scores = QLabel()
        self.linked_scores.setObjectName("mutedLabel")
        self.linked_scores.setWordWrap(True)
        self.linked_box = form.add_row("linked_scores", self.tr("Scores:"), self.linked_scores)
        form.setRowVisible(self.linked_box, False)

    # -- right: follow-up ------------------------------------------------------------------------
    def _build_followup(self) -> None:
        form = self.right
        self.followup_title = _section(form, self.tr("Follow-up (optional)"))
        self.followup_when = QComboBox()
        names = {
            "none": self.tr("No follow-up"),
            "2_days": self.tr("In 2 days"),
            "next_week": self.tr("Next week"),
            "date": self.tr("On a date…"),
        }
        for choice in DUE_CHOICES:
            self.followup_when.addItem(names[choice], choice)
        self.followup_date = DateEdit()
        self.followup_date.setDisplayFormat("ddd yyyy-MM-dd")
        self.followup_date.setCalendarPopup(True)
        self.followup_date.setAccessibleName(self.tr("Follow-up date"))
        self.followup_rows = [
            form.add_row(
                "due_on",
                self.tr("Follow-&up:"),
                _row(self.followup_when, self.followup_date),
                focus=self.followup_when,
            )
        ]
        self.assignee = QComboBox()
        self.followup_rows.append(
            form.add_row("assignee", self.tr("Assi&gned to:"), self.assignee, full_width=False)
        )
        self.followup_note = QLineEdit()
        self.followup_note.setPlaceholderText(self.tr("What to do (the summary if left empty)"))
        self.followup_rows.append(
            form.add_row("followup_note", self.tr("Fo&llow-up note:"), self.followup_note)
        )
        self.followup_when.currentIndexChanged.connect(self._followup_changed)
        self.followup_date.setDate(QDate(clock.today()).addDays(1))  # type: ignore[call-overload]  # PySide6 converts a datetime.date; its stub lists Qt types only
        self._followup_changed()

    def followup_choice(self) -> str:
        return str(self.followup_when.currentData())

    def followup_due_on(self) -> date | None:
        picked = self.followup_date.date().toPython()
        assert isinstance(picked, date)
        return due_on_for(self.followup_choice(), clock.today(), picked)

    def _followup_changed(self) -> None:
        choice = self.followup_choice()
        picked_day = self.followup_date.date().toPython()
        due = due_on_for(choice, clock.today(), picked_day)  # type: ignore[arg-type]  # QDate.toPython() is a datetime.date; PySide6's stub says object
        if choice in ("2_days", "next_week") and due is not None:
            self.followup_date.setDate(QDate(due))  # type: ignore[call-overload]  # PySide6 converts a datetime.date; its stub lists Qt types only
        self.followup_date.setEnabled(choice == "date")
        self.followup_date.setVisible(choice != "none")
        self.assignee.setEnabled(choice != "none")
        self.followup_note.setEnabled(choice != "none")

    def set_extras_visible(self, visible: bool) -> None:
        """The scores and follow-up sections (hidden when editing an existing contact)."""
        box: QWidget
        for box in (self.scores_title, self.followup_title):
            self.right.setRowVisible(box, visible)
        for box in (*self.score_rows, *self.followup_rows):
            self.right.setRowVisible(box, visible)
