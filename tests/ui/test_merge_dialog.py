"""Duplicates and merge: the likely pairs, choosing the record kept and each field, merging, undoing."""

from __future__ import annotations

from datetime import timedelta

import pytest

from carebook.clock import utc_now
from carebook.errors import NotFound
from carebook.services import customers, interactions
from ui.context import AppContext
from ui.dialogs.merge_compare import BOTH, A, B
from ui.dialogs.merge_dialog import MergeDialog
from ui.models.duplicates_model import PAIR_ROLE, DuplicatesModel


@pytest.fixture
def pair(db):  # type: ignore[no-untyped-def]
    first = customers.create(
        "Kari Nordmann", email="kari@nordlys.no", phone="020 7946 0123", notes="Likes blue bikes"
    ).row
    second = customers.create(
        "Kari Nordman", email="KARI@nordlys.no", company="Nordlys Kafé", notes="Pays by invoice"
    ).row
    customers.create("Tom Baker", email="tom@baker.example")
    for summary in ("Asked about a bell", "Bought a lock"):
        interactions.log(second.id, channel="phone", summary=summary)
    return first, second


def _open(ctx: AppContext, qtbot) -> MergeDialog:  # type: ignore[no-untyped-def]
    dialog = MergeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.model.rowCount() > 0)
    return dialog


def test_lists_the_pair_and_compares_both_records(pair, ctx: AppContext, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    first, second = pair
    dialog = _open(ctx, qtbot)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    found = dialog.model.index(0, 0).data(PAIR_ROLE)
    assert (found.a.id, found.b.id) == (first.id, second.id)
    assert "same email" in dialog.model.index(0, 1).data()
    assert dialog.compare.keep_id() == first.id  # the older record is kept at first
    assert dialog.merge_button.isEnabled()
    # the company is empty on the record kept: it takes the other's value unless the user says no
    assert dialog.compare.chosen_side("company") == B
    assert dialog.compare.chosen_side("name") == A
    assert "email" in dialog.compare.groups  # the spelling differs, so the user chooses
    assert dialog.compare.choices()["company"] == "other"


def test_merge_moves_history_and_takes_the_chosen_values(pair, ctx: AppContext, qtbot, msgboxes) -> None:  # type: ignore[no-untyped-def]
    first, second = pair
    dialog = _open(ctx, qtbot)
    dialog.compare.choose("name", B)
    dialog.compare.choose("notes", BOTH)
    with qtbot.waitSignal(ctx.data_changed):
        dialog.merge_button.click()
    assert msgboxes.kinds() == ["question"]
    kept = customers.get(first.id)
    assert kept.name == "Kari Nordman"
    assert kept.company == "Nordlys Kafé"
    assert kept.phone == "020 7946 0123"
    assert "Likes blue bikes" in kept.notes and "Pays by invoice" in kept.notes
    with pytest.raises(NotFound):
        customers.get(second.id)
    assert {row.summary for row in interactions.for_customer(first.id)} == {
        "Asked about a bell",
        "Bought a lock",
    }
    assert dialog.model.rowCount() == 0
    assert "contacts: 2" in dialog.result_label.text()
    assert dialog.merges.topLevelItemCount() == 1

    with qtbot.waitSignal(ctx.data_changed):
        dialog.undo_last_button.click()
    assert customers.get(second.id).name == "Kari Nordman"
    assert customers.get(first.id).name == "Kari Nordmann"
    assert len(interactions.for_customer(second.id)) == 2
    assert not interactions.for_customer(first.id)
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.model.rowCount() == 1)


def test_keeping_the_newer_record_and_undoing_from_the_history(pair, ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    first, second = pair
    dialog = _open(ctx, qtbot)
    dialog.compare.set_keep_side(B)
    assert dialog.compare.keep_id() == second.id
    assert dialog.compare.chosen_side("phone") == A  # the kept record has no phone: the other's fills it
    dialog.merge_button.click()
    kept = customers.get(second.id)
    assert kept.phone == "020 7946 0123" and kept.company == "Nordlys Kafé"
    with pytest.raises(NotFound):
        customers.get(first.id)

    dialog.tabs.setCurrentIndex(1)
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    assert customers.get(first.id).email == "kari@nordlys.no"
    assert not dialog.undo_button.isEnabled()  # that merge is undone now
    assert "Undone" in dialog.merges.topLevelItem(0).text(3)


def test_cancelling_the_question_merges_nothing(pair, ctx: AppContext, qtbot, msgboxes) -> None:  # type: ignore[no-untyped-def]
    _first, second = pair
    dialog = _open(ctx, qtbot)
    msgboxes.answer = False
    dialog.merge_button.click()
    assert customers.get(second.id).name == "Kari Nordman"
    assert dialog.model.rowCount() == 1


def test_an_undo_the_core_refuses_shows_why(pair, ctx: AppContext, qtbot, msgboxes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    first, _second = pair
    dialog = _open(ctx, qtbot)
    dialog.merge_button.click()
    later = utc_now() + timedelta(minutes=5)
    monkeypatch.setattr(customers, "utc_now", lambda: later)  # the edit comes clearly after the merge
    customers.update(first.id, notes="Edited after the merge")
    dialog.undo_last_button.click()
    assert msgboxes.kinds() == ["question", "warning"]
    assert "edited after the merge" in msgboxes.texts("warning")[0]
    assert dialog.undo_last_button.isVisible()


def test_no_duplicates_says_so(db, ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    customers.create("Tom Baker", email="tom@baker.example")
    dialog = MergeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy())
    assert "No likely duplicates" in dialog.list_state.text()
    assert not dialog.merge_button.isEnabled()
    assert not dialog.merges_empty.isHidden()  # on the "Merged earlier" tab


def test_model_drops_pairs_of_merged_customers(pair, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from carebook.services.duplicates import find_duplicates

    model = DuplicatesModel()
    model.set_pairs(find_duplicates())
    qtmodeltester.check(model)
    model.drop_customers([pair[1].id])
    assert model.rowCount() == 0
    qtmodeltester.check(model)
