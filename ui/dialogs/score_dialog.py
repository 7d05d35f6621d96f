"""Record a satisfaction score given outside a logged contact (a card at the till, a phone survey):
``ScoreDialog(ctx, parent=None, customer_id=...)``.

Choose CSAT, NPS or CES, pick the score (the quick picker of the contact dialog: click or type a digit)
and add the customer's words. The picker has the focus first, so a digit picks the score. Enter
saves; without a score the message sits next to the picker.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from carebook import vocab
from carebook.errors import CarebookError, ValidationError
from carebook.services import customers, feedback
from carebook.services.feedback import FeedbackRow
from ui import labels
from ui.context import AppContext
from ui.dialogs.base import BaseDialog, Form
from ui.widget_values import probe
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.score_picker import ScorePicker


class ScoreDialog(BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, customer_id: int) -> None:
        super().__init__(ctx, parent)
        self.customer_id = customer_id
        self.saved: FeedbackRow | None = None
        self.setWindowTitle(self.tr("Record a score"))
        self.setMinimumWidth(520)
        try:
            name = customers.get(customer_id).name
        except CarebookError as error:
            name = str(error)
        layout = QVBoxLayout(self)
        self.form = Form(self)
        layout.addWidget(self.form.banner)
        layout.addLayout(self.form)
        who = ElidedLabel(name, self)
        who.setObjectName("chosenCustomer")
        self.form.add_row("customer", self.tr("Customer:"), who)

        kinds = QWidget(self)
        row = QHBoxLayout(kinds)
        row.setContentsMargins(0, 0, 0, 0)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        self.pickers: dict[str, ScorePicker] = {}
        self.picker_stack = QStackedWidget(self)
        for number, kind in enumerate(vocab.FEEDBACK_KINDS):
            button = QRadioButton(labels.kind(kind), kinds)
            button.setToolTip(labels.kind_question(kind))
            self.kind_group.addButton(button, number)
            self.kind_buttons[kind] = button
            row.addWidget(button)
            picker = ScorePicker(kind, self.picker_stack)
            self.pickers[kind] = picker
            self.picker_stack.addWidget(picker)
        row.addStretch(1)
        self.kind_group.idToggled.connect(self._kind_toggled)
        self.form.add_row("kind", self.tr("&Kind:"), kinds, focus=self.kind_buttons["csat"])
        self.question = ElidedLabel("", self)
        self.question.setObjectName("fieldHint")
        score_box = QWidget(self)
        column = QVBoxLayout(score_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.picker_stack)
        column.addWidget(self.question)
        self.form.add_row("score", self.tr("&Score:"), score_box, focus=self.picker_stack)
        self.comment = QLineEdit(self)
        self.comment.setPlaceholderText(self.tr("What the customer said, if anything"))
        self.form.add_row("comment", self.tr("Co&mment:"), self.comment)
        self.add_buttons(self.tr("Record score"), layout)
        self.kind_buttons["csat"].setChecked(True)
        scores = {f"score_{kind}": picker for kind, picker in self.pickers.items()}
        controls: dict[str, QWidget] = {**self.kind_buttons, **scores}
        self.track_input(
            {"comment": probe(self.comment)} | {name: probe(widget) for name, widget in controls.items()},
            f"score/{customer_id}",
        )
        self.restore_draft(layout)
        self.form.add_counter("comment", feedback.COMMENT_LIMIT)
        self.form.add_check("score", lambda: "" if self.picker.value() is not None else self._no_score())
        self.picker.setFocus()  # typing a digit picks the score at once

    @property
    def kind(self) -> str:
        return vocab.FEEDBACK_KINDS[max(0, self.kind_group.checkedId())]

    @property
    def picker(self) -> ScorePicker:
        return self.pickers[self.kind]

    def _kind_toggled(self, number: int, checked: bool) -> None:
        if not checked:
            return
        kind = vocab.FEEDBACK_KINDS[number]
        self.picker_stack.setCurrentWidget(self.pickers[kind])
        self.picker_stack.setFocusProxy(self.pickers[kind])
        self.form.fields["score"] = self.pickers[kind]
        self.question.setText(labels.kind_question(kind))

    def _no_score(self) -> str:
        return self.tr("pick a score from the buttons or type its number")

    def save(self) -> None:
        score = self.picker.value()
        if score is None:
            raise ValidationError("score", self._no_score())
        self.saved = feedback.record(
            self.customer_id, kind=self.kind, score=score, comment=self.comment.text()
        )
        self.ctx.status(self.tr("{0} {1} recorded").format(labels.kind(self.kind), score))
