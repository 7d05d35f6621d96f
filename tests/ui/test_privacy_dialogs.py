"""Privacy: exporting everything about a customer, and erasing one with the backups that still hold them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from carebook import backup
from carebook.services import customers, interactions
from ui import files
from ui.context import AppContext
from ui.dialogs.privacy_dialogs import EraseDialog, ExportPersonDialog, open_erase, open_export_person


@pytest.fixture
def kari(db):  # type: ignore[no-untyped-def]
    row = customers.create(
        "Kari Nordmann",
        email="kari@nordlys.no",
        phone="020 7946 0123",
        notes="Allergic to cats",
        tags=["vip"],
    ).row
    interactions.log(
        row.id, channel="phone", summary="Asked about the blue bike", notes="Lives at 12 Fjord Rd"
    )
    return row


def test_export_everything_about_a_customer(
    kari, ctx: AppContext, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_export_person(ctx, None, kari.id)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ExportPersonDialog)
    monkeypatch.setattr(files, "choose_folder", lambda *args, **kwargs: str(tmp_path))
    dialog.browse_button.click()
    assert dialog.folder.text() == str(tmp_path)
    dialog.save_button.click()
    assert dialog.exported is not None and dialog.isVisible()
    folder = dialog.exported.folder
    assert folder.parent == tmp_path and folder.stat().st_mode & 0o777 == 0o700
    data = json.loads((folder / "customer.json").read_text(encoding="utf-8"))
    assert "Kari Nordmann" in json.dumps(data, ensure_ascii=False)
    assert "Asked about the blue bike" in json.dumps(data, ensure_ascii=False)
    assert str(folder) in dialog.result_label.text() and "contacts: 1" in dialog.result_label.text()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.open_button.click()
    assert [url.toLocalFile() for url in opened] == [str(folder)]
    assert ctx.state.get("folders/person-export") == str(tmp_path)


def test_export_into_a_folder_that_cannot_be_made(kari, ctx: AppContext, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportPersonDialog(ctx, customer_id=kari.id)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "no" / "such" / "folder"))
    dialog.save_button.click()
    assert "does not exist" in dialog.form.error_text("folder")
    assert dialog.folder.text().endswith("folder")  # what was typed stays
    assert dialog.exported is None


def test_erase_needs_the_tick_then_anonymises_and_offers_to_delete_old_backups(  # type: ignore[no-untyped-def]
    kari, ctx: AppContext, qtbot, msgboxes
) -> None:
    old = backup.backup_now()
    dialog = open_erase(ctx, None, kari.id)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, EraseDialog)
    assert not dialog.erase_button.isEnabled()
    assert len(dialog.old_backups) == 1  # said before erasing
    dialog.confirm.setChecked(True)
    with qtbot.waitSignal(ctx.data_changed):
        dialog.erase_button.click()
    erased = customers.get(kari.id)
    assert erased.name == f"Erased customer #{kari.id}"
    assert erased.email == "" and erased.phone == "" and erased.notes == "" and erased.tags == ()
    [contact] = interactions.for_customer(kari.id)
    assert contact.summary == "" and contact.notes == ""  # the contact stays, without its text
    assert dialog.pages.currentIndex() == 1
    assert "contacts: 1" in dialog.done_text.text()
    assert dialog.backup_list.count() == 1 and dialog.delete_button.isVisible()
    dialog.delete_button.click()
    assert msgboxes.kinds() == ["question"]
    assert not old.path.exists()
    assert dialog.backup_list.isHidden() and not dialog.delete_button.isVisible()
    assert "deleted" in dialog.backups_note.text()


def test_keeping_the_old_backups(kari, ctx: AppContext, qtbot, msgboxes) -> None:  # type: ignore[no-untyped-def]
    old = backup.backup_now()
    dialog = EraseDialog(ctx, customer_id=kari.id)
    qtbot.addWidget(dialog)
    dialog.confirm.setChecked(True)
    dialog.erase_button.click()
    msgboxes.answer = False
    assert dialog.delete_old_backups() == 0
    assert old.path.exists() and dialog.backup_list.count() == 1


def test_cancel_erases_nothing(kari, ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = EraseDialog(ctx, customer_id=kari.id)
    qtbot.addWidget(dialog)
    dialog.confirm.setChecked(True)
    dialog.cancel_button.click()
    assert customers.get(kari.id).name == "Kari Nordmann"


def test_without_backups_nothing_to_delete(kari, ctx: AppContext, qtbot, msgboxes) -> None:  # type: ignore[no-untyped-def]
    dialog = EraseDialog(ctx, customer_id=kari.id)
    qtbot.addWidget(dialog)
    dialog.confirm.setChecked(True)
    assert dialog.erase()
    assert "No backup holds" in dialog.backups_note.text()
    assert not dialog.delete_button.isVisible()
    second = EraseDialog(ctx, customer_id=kari.id)  # erasing twice is refused with the reason
    qtbot.addWidget(second)
    second.confirm.setChecked(True)
    assert not second.erase()
    assert msgboxes.kinds() == ["error"] and "already erased" in msgboxes.texts("error")[0]
