"""Two customer records side by side: which record survives, and each field's value (a radio per field).

``MergeCompare(parent=None)``: ``set_customers(a, b, history_a, history_b)`` shows two ``CustomerRow``s
(and how many contacts, follow-ups and scores each has). Each field of ``merge.MERGE_FIELDS`` whose
values differ gets one radio per side, plus "Both" where the core offers it (notes and address: the two
texts one after the other); fields that are the same show their one value. At first the record kept is
the first one and each field the user has not touched shows the core's default for it
(``carebook.usecases.merge.offers``: the kept value, or the other's where the kept one is empty, with the
exceptions the core names), so the rules live in one place.

``keep_id()`` / ``other_id()`` and ``choices()`` (field -> "keep" / "other" / "both", relative to the
record kept) are what ``merge.merge`` takes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QWidget

from carebook.services.customer_rows import CustomerRow
from carebook.usecases.merge import MERGE_FIELDS, FieldOffer, offers
from ui import field_labels
from ui.widgets.wrap_radio import WrapRadio

A, B, BOTH = 0, 1, 2
_ELIDE = 60


@dataclass(frozen=True)
class History:
    contacts: int = 0
    followups: int = 0
    scores: int = 0


def _tr(text: str) -> str:
    return QCoreApplication.translate("MergeCompare", text)


def field_label(name: str) -> str:
    return field_labels.label(name)


def raw_value(row: CustomerRow, field: str) -> object:
    return getattr(row, field)


def offers_of(kept: CustomerRow, other: CustomerRow) -> dict[str, FieldOffer]:
    """What the core offers for each field when ``kept`` is the record kept."""
    return offers(
        {f: raw_value(kept, f) for f in MERGE_FIELDS}, {f: raw_value(other, f) for f in MERGE_FIELDS}
    )


def value_text(row: CustomerRow, field: str) -> str:
    return field_labels.value_text(field, raw_value(row, field))


def _one_line(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _ELIDE else flat[: _ELIDE - 1] + "…"


def _name_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("mergeFieldLabel")
    return label


_LABEL_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class MergeCompare(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeCompare")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.a: CustomerRow | None = None
        self.b: CustomerRow | None = None
        self.keep_group = QButtonGroup(self)
        self.keep_group.idClicked.connect(self._keep_changed)
        self.keep_radios: list[QRadioButton] = []
        self.groups: dict[str, QButtonGroup] = {}
        self.radios: dict[str, list[QRadioButton]] = {}
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.same_labels: dict[str, QLabel] = {}
        self._touched: set[str] = set()

    # -- building -----------------------------------------------------------------------------------
    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for group in (*self.groups.values(), self.keep_group):
            for button in group.buttons():
                group.removeButton(button)
        self.groups.clear()
        self.radios.clear()
        self.same_labels.clear()
        self.keep_radios = []
        self._touched.clear()

    def set_customers(
        self,
        a: CustomerRow,
        b: CustomerRow,
        history_a: History | None = None,
        history_b: History | None = None,
    ) -> None:
        self._clear()
        self.a, self.b = a, b
        self.grid.addWidget(
            _name_label(QCoreApplication.translate("MergeCompare", "Record kept")),
            0,
            0,
            Qt.AlignmentFlag.AlignVCenter,
        )
        for column, row in ((1, a), (2, b)):
            radio = QRadioButton(QCoreApplication.translate("MergeCompare", "Keep #{0}").format(row.id))
            radio.setObjectName("mergeKeepRadio")
            radio.setToolTip(
                QCoreApplication.translate(
                    "MergeCompare", "Keep customer number {0}; the other record is merged into it"
                ).format(row.id)
            )
            self.keep_group.addButton(radio, column - 1)
            self.keep_radios.append(radio)
            self.grid.addWidget(radio, 0, column)
        self.keep_radios[A].setChecked(True)
        line = 1
        for field in MERGE_FIELDS:
            self._add_field(line, field)
            line += 1
        for text, values in (
            (QCoreApplication.translate("MergeCompare", "Tags"), (", ".join(a.tags), ", ".join(b.tags))),
            (
                QCoreApplication.translate("MergeCompare", "History"),
                (self._history(history_a), self._history(history_b)),
            ),
        ):
            self.grid.addWidget(_name_label(text), line, 0, _LABEL_ALIGN)
            for column, value in ((1, values[0]), (2, values[1])):
                label = QLabel(value or "—")
                label.setWordWrap(True)
                label.setObjectName("mutedLabel")
                self.grid.addWidget(label, line, column)
            line += 1
        note = QLabel(
            QCoreApplication.translate(
                "MergeCompare",
                "Every contact, follow-up, score and tag of the other record moves to the record kept.",
            )
        )
        note.setObjectName("mutedLabel")
        note.setWordWrap(True)
        self.grid.addWidget(note, line, 0, 1, 4)
        self.grid.setRowStretch(line + 1, 1)
        self._apply_defaults()
        self.changed.emit()

    @staticmethod
    def _history(history: History | None) -> str:
        if history is None:
            return ""
        return QCoreApplication.translate(
            "MergeCompare", "Contacts: {0} · Follow-ups: {1} · Scores: {2}"
        ).format(history.contacts, history.followups, history.scores)

    def _add_field(self, line: int, field: str) -> None:
        assert self.a is not None and self.b is not None
        self.grid.addWidget(_name_label(field_label(field)), line, 0, _LABEL_ALIGN)
        texts = (value_text(self.a, field), value_text(self.b, field))
        if texts[0] == texts[1] or raw_value(self.a, field) == raw_value(self.b, field):
            same = QLabel(
                _one_line(texts[0]) or QCoreApplication.translate("MergeCompare", "(empty on both)")
            )
            same.setToolTip(texts[0])
            same.setObjectName("mergeSameValue")
            same.setWordWrap(True)
            self.grid.addWidget(same, line, 1, 1, 2)
            self.same_labels[field] = same
            return
        group = QButtonGroup(self)
        group.idClicked.connect(lambda _id, f=field: self._touch(f))
        radios: list[QRadioButton] = []
        for side, text in enumerate(texts):
            radio = WrapRadio(text or QCoreApplication.translate("MergeCompare", "(empty)"))
            radio.setAccessibleName(f"{field_label(field)}: {text or _tr('(empty)')}")
            group.addButton(radio, side)
            self.grid.addWidget(radio, line, side + 1)
            radios.append(radio)
        if "both" in offers_of(self.a, self.b)[field].choices:
            both = QRadioButton(QCoreApplication.translate("MergeCompare", "Both"))
            both.setToolTip(
                QCoreApplication.translate("MergeCompare", "Keep both texts, one after the other")
            )
            both.setAccessibleName(f"{field_label(field)}: {_tr('Both')}")
            group.addButton(both, BOTH)
            self.grid.addWidget(both, line, 3)
            radios.append(both)
        self.groups[field] = group
        self.radios[field] = radios

    # -- choices ------------------------------------------------------------------------------------
    def keep_side(self) -> int:
        return max(self.keep_group.checkedId(), 0)

    def set_keep_side(self, side: int) -> None:
        self.keep_radios[side].setChecked(True)
        self._keep_changed(side)

    def keep_id(self) -> int:
        assert self.a is not None and self.b is not None
        return (self.a, self.b)[self.keep_side()].id

    def other_id(self) -> int:
        assert self.a is not None and self.b is not None
        return (self.a, self.b)[1 - self.keep_side()].id

    def _keep_changed(self, _side: int) -> None:
        self._apply_defaults()
        self.changed.emit()

    def _touch(self, field: str) -> None:
        self._touched.add(field)
        self.changed.emit()

    def _apply_defaults(self) -> None:
        """Untouched fields get the core's default (``usecases.merge.offers``) for the record kept."""
        if self.a is None or self.b is None:
            return
        keep = self.keep_side()
        rows = (self.a, self.b)
        defaults = offers_of(rows[keep], rows[1 - keep])
        for field, group in self.groups.items():
            if field in self._touched:
                continue
            side = keep if defaults[field].default == "keep" else 1 - keep
            button = group.button(side)
            if button is not None:
                button.setChecked(True)

    def choose(self, field: str, side: int) -> None:
        """Pick a side (A, B or BOTH) for a field, as a click would."""
        button = self.groups[field].button(side)
        button.setChecked(True)
        self._touch(field)

    def chosen_side(self, field: str) -> int:
        group = self.groups.get(field)
        return self.keep_side() if group is None else group.checkedId()

    def choices(self) -> dict[str, str]:
        keep = self.keep_side()
        result: dict[str, str] = {}
        for field in self.groups:
            side = self.chosen_side(field)
            result[field] = "both" if side == BOTH else ("keep" if side == keep else "other")
        return result
