"""Shop settings: valid values are stored in the database; bad ones get a message next to the field."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from carebook import settings
from carebook.errors import StorageError
from carebook.services import staff
from ui.context import AppContext
from ui.dialogs.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(ctx: AppContext, qtbot) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_shows_the_current_settings(dialog: SettingsDialog) -> None:
    assert dialog.phone_region.value() == "GB"
    assert dialog.phone_region.currentText() == "United Kingdom (GB)"
    assert dialog.time_zone.value() == ""
    assert dialog.paper_size.currentData() == "A4"


def test_saves_valid_values(dialog: SettingsDialog, ctx: AppContext, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    logo = tmp_path / "logo.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(logo))
    dialog.shop_name.setText("  Corner Bikes ")
    dialog.logo_path.setText(str(logo))
    dialog.phone_region.setEditText("Norway (NO)")
    dialog.time_zone.setEditText("Europe/Oslo")
    dialog.paper_size.setCurrentIndex(dialog.paper_size.findData("Letter"))
    assert dialog.date_order.currentData() == ""  # as in the shop's country
    dialog.date_order.setCurrentIndex(dialog.date_order.findData("mdy"))
    dialog.backup_folder.setText(str(tmp_path))
    with qtbot.waitSignal(ctx.settings_changed):
        dialog.save_button.click()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    stored = settings.load()
    assert stored.shop_name == "Corner Bikes"
    assert stored.logo_path == str(logo)
    assert stored.phone_region == "NO"
    assert stored.time_zone == "Europe/Oslo"
    assert stored.paper_size == "Letter"
    assert stored.date_order == "mdy"
    assert stored.backup_folder == str(tmp_path)


def test_bad_phone_region_gets_a_message_and_keeps_the_text(dialog: SettingsDialog) -> None:
    dialog.shop_name.setText("Corner Bikes")
    dialog.phone_region.setEditText("Narnia")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "Narnia" in dialog.form.error_text("phone_region")
    assert dialog.phone_region.currentText() == "Narnia"
    assert dialog.shop_name.text() == "Corner Bikes"
    assert settings.load().shop_name == ""  # nothing was written
    assert dialog.form.error_text("time_zone") == ""


def test_bad_time_zone_gets_a_message_and_keeps_the_text(dialog: SettingsDialog) -> None:
    dialog.time_zone.setEditText("Mars/Olympus")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "not a known time zone" in dialog.form.error_text("time_zone")
    assert dialog.time_zone.currentText() == "Mars/Olympus"
    assert dialog.form.fields["time_zone"].property("invalid") is True
    dialog.time_zone.setEditText("Europe/Oslo")
    dialog.save_button.click()
    assert settings.load().time_zone == "Europe/Oslo"


def test_a_logo_that_is_not_an_image_is_refused(dialog: SettingsDialog, tmp_path: Path) -> None:
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a picture")
    dialog.logo_path.setText(str(text_file))
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "not an image" in dialog.form.error_text("logo_path")
    assert dialog.logo_path.text() == str(text_file)


def test_storage_error_keeps_the_dialog_open(
    dialog: SettingsDialog, msgboxes, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    def fail(changes: object, seen: object = None) -> None:
        raise StorageError("The disk is full: free some space, then try again. Nothing was saved.")

    monkeypatch.setattr(settings, "store", fail)
    dialog.shop_name.setText("Corner Bikes")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert msgboxes.kinds() == ["error"]
    assert "disk is full" in msgboxes.texts()[0]
    assert dialog.shop_name.text() == "Corner Bikes"


def test_staff_who_are_not_owners_see_settings_read_only(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx.set_staff(staff.add("Sam Staff", "staff"))
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.read_only_note.isVisibleTo(dialog)
    assert not dialog.shop_name.isEnabled()
    # the counter's own language is theirs to choose; saving it leaves the shop's settings alone
    assert dialog.save_button.isEnabled() and dialog.counter_language.isEnabled()
    dialog.shop_name.setText("Changed")
    dialog.counter_language.setCurrentIndex(dialog.counter_language.findData("en"))
    dialog.save_button.click()
    assert ctx.state.get("view/language") == "en"
    assert settings.current().shop_name != "Changed"


def test_geometry_is_remembered(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = SettingsDialog(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(640, 520)
    first.cancel_button.click()
    second = SettingsDialog(ctx)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (640, 520)
