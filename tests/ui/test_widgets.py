"""Small widgets: elided labels, empty states with their actions, the searchable combo box."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from ui.context import AppContext
from ui.dialogs import launcher
from ui.pages.placeholders import PLACEHOLDERS
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.searchable_combo import SearchableCombo


def test_long_text_is_elided_with_the_whole_text_in_the_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = ElidedLabel("Bartholomew Fitzwilliam-Montgomery of Little Snoring Bicycle Repairs")
    qtbot.addWidget(label)
    label.resize(120, 20)
    label.show()
    assert label.is_elided()
    assert label.text().endswith("…")
    assert label.toolTip() == label.full_text()
    assert label.accessibleName() == label.full_text()
    label.resize(1000, 20)
    assert not label.is_elided() and label.toolTip() == ""


def test_searchable_combo_returns_codes_or_what_was_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = SearchableCombo([("NO", "Norway (NO)"), ("GB", "United Kingdom (GB)")])
    qtbot.addWidget(combo)
    combo.set_value("GB")
    assert combo.currentText() == "United Kingdom (GB)" and combo.value() == "GB"
    combo.setEditText("norway (no)")
    assert combo.value() == "NO"
    combo.setEditText("no")
    assert combo.value() == "NO"
    combo.setEditText("Atlantis")
    assert combo.value() == "Atlantis"
    combo.set_value("XX")
    assert combo.currentText() == "XX"


class Recorder(QDialog):
    made: list[dict[str, object]] = []

    def __init__(self, ctx, parent=None, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        Recorder.made.append(kwargs)


@pytest.mark.parametrize(
    ("page_id", "kinds"),
    [
        ("today", ["contact", "followup"]),
        ("customers", ["customer"]),
        ("contacts", ["contact"]),
        ("followups", ["followup"]),
        ("satisfaction", ["contact"]),
        ("reports", []),
    ],
)
def test_placeholder_pages_say_what_to_do_and_do_it(
    ctx: AppContext, qtbot, monkeypatch: pytest.MonkeyPatch, page_id: str, kinds: list[str]
) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []

    def dialog_class(kind: str) -> type[QDialog]:
        opened.append(kind)
        return Recorder

    monkeypatch.setattr(launcher, "dialog_class", dialog_class)
    page = PLACEHOLDERS[page_id](ctx)
    qtbot.addWidget(page)
    assert page.page_id == page_id
    assert page.empty.title_label.text()
    if kinds:
        assert "Ctrl+" in page.empty.text_label.text()  # the shortcut for doing it next time
    for button in page.empty.buttons:
        button.click()
    assert opened == kinds
    for dialog in page.findChildren(Recorder):
        dialog.reject()
