"""Small widgets: elided labels and the searchable combo box (pages test their own empty states)."""

from __future__ import annotations

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
