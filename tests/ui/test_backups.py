"""Backups in the app: the list, Back up now, Restore…, automatic copies and the start-up check."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from carebook import backup, backup_files
from carebook.db import db_path
from carebook.services import customers
from carebook.shop import close_shop, open_shop
from ui import db_recovery, files
from ui.app import _open_database
from ui.backup_scheduler import BackupScheduler
from ui.context import AppContext
from ui.dialogs.backups_dialog import BackupsDialog


def _names() -> set[str]:
    return {row.name for row in customers.get_many(range(1, 50))}


@pytest.fixture
def dialog(ctx: AppContext, qtbot):  # type: ignore[no-untyped-def]
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    dialog.scheduler.shutdown()


def test_empty_list_says_what_to_do(dialog: BackupsDialog) -> None:
    assert dialog.list.topLevelItemCount() == 0
    assert dialog.empty_label.isVisible()
    assert "Back up now" in dialog.empty_label.text()
    assert not dialog.restore_button.isEnabled()
    assert str(backup_files.backup_folder()) in dialog.folder_label.text()


def test_back_up_now_adds_a_verified_copy(dialog: BackupsDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    customers.create("Anna Smith")
    with qtbot.waitSignal(dialog.scheduler.backed_up, timeout=20_000):
        dialog.backup_button.click()
    assert dialog.list.topLevelItemCount() == 1
    item = dialog.list.topLevelItem(0)
    assert item.text(2) == "Regular backup"
    copy = Path(dialog.selected_path())
    assert backup.check_file(copy).ok
    assert "Backup saved" in dialog.status_label.text()
    assert dialog.restore_button.isEnabled()


def test_restore_brings_back_the_copy_and_keeps_the_current_file(  # type: ignore[no-untyped-def]
    ctx: AppContext, qtbot, msgboxes
) -> None:
    customers.create("Anna Smith")
    backup.backup_now(tag="pre-migration-v4")
    customers.create("Tom Baker")
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItem(0).text(2) == "Before an upgrade"
    with qtbot.waitSignal(ctx.data_changed):
        assert dialog.restore_selected()
    assert msgboxes.kinds() == ["question"]
    assert "before-restore" in msgboxes.texts("question")[0]
    assert _names() == {"Anna Smith"}
    (kept,) = db_path().parent.glob(db_path().name + ".before-restore-*")
    assert kept.is_file()
    kinds = [dialog.list.topLevelItem(i).text(2) for i in range(dialog.list.topLevelItemCount())]
    assert "Your data before the last restore" in kinds
    assert "Restored" in dialog.status_label.text()
    # the kept file can be restored in turn: Tom comes back
    row = kinds.index("Your data before the last restore")
    dialog.list.setCurrentItem(dialog.list.topLevelItem(row))
    assert dialog.restore_selected()
    assert _names() == {"Anna Smith", "Tom Baker"}


def test_a_much_smaller_backup_is_named_in_the_question_and_every_kept_copy_listed(  # type: ignore[no-untyped-def]
    ctx: AppContext, qtbot, msgboxes
) -> None:
    empty = backup.backup_now().path
    customers.create("Anna Smith")
    customers.create("Tom Baker")
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.restore(empty)
    assert "2 customers -> 0" in msgboxes.texts("question")[0]
    assert dialog.restore(empty)
    kinds = [dialog.list.topLevelItem(i).text(2) for i in range(dialog.list.topLevelItemCount())]
    assert kinds.count("Your data before the last restore") == 1
    assert kinds.count("Your data before an earlier restore") == 1


def test_answering_no_restores_nothing(ctx: AppContext, qtbot, msgboxes) -> None:  # type: ignore[no-untyped-def]
    customers.create("Anna Smith")
    backup.backup_now()
    customers.create("Tom Baker")
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    msgboxes.answer = False
    assert not dialog.restore_selected()
    assert _names() == {"Anna Smith", "Tom Baker"}


def test_a_damaged_file_is_refused_with_a_message(  # type: ignore[no-untyped-def]
    ctx: AppContext, qtbot, msgboxes, monkeypatch, tmp_path: Path
) -> None:
    customers.create("Anna Smith")
    garbage = tmp_path / "carebook-20250101-120000.sqlite3"
    garbage.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    monkeypatch.setattr(files, "choose_file", lambda *args, **kwargs: str(garbage))
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.restore_from_file()
    assert msgboxes.kinds() == ["question", "error"]
    assert _names() == {"Anna Smith"}


def test_open_folder_opens_the_backup_folder(dialog: BackupsDialog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(backup_files.backup_folder())]
    assert backup_files.backup_folder().is_dir()


def test_scheduler_copies_only_when_due(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    scheduler = BackupScheduler(ctx)
    try:
        with qtbot.waitSignal(scheduler.backed_up, timeout=20_000):
            assert scheduler.run_if_due()  # no copy yet: one is due
        assert len(backup.list_backups()) == 1
        with qtbot.waitSignal(scheduler.worker.finished, timeout=20_000):
            assert scheduler.run_if_due()  # the copy is minutes old: nothing to do
        assert len(backup.list_backups()) == 1
    finally:
        scheduler.shutdown()


def test_backup_on_exit_only_after_a_change(ctx: AppContext) -> None:
    scheduler = BackupScheduler(ctx)
    scheduler.shutdown()
    assert scheduler.backup_on_exit() is not None  # nothing saved yet
    assert scheduler.backup_on_exit() is None  # no change since
    customers.create("Anna Smith")
    made = scheduler.backup_on_exit()
    assert made is not None and backup.check_file(made.path).ok


def test_main_window_menu_actions(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    texts = [action.text() for action in main_window.menuBar().actions()[0].menu().actions()]
    for wanted in ("&Import…", "&Export…", "&Back up now", "Backups and &restore…", "Find &duplicates…"):
        assert wanted in texts
    with qtbot.waitSignal(main_window.backups.backed_up, timeout=20_000):
        assert main_window.back_up_now()
    dialog = main_window.open_backups()
    assert dialog.list.topLevelItemCount() == 1
    dialog.reject()


def _break_a_link(path: Path) -> None:
    """A tag link to a customer that does not exist: the kind of damage the foreign-key check finds."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("INSERT INTO tag (name) VALUES ('vip')")
    connection.execute("INSERT INTO customer_tag (customer_id, tag_id) VALUES (999, 1)")
    connection.commit()
    connection.close()


def test_start_up_check_finds_damage_and_offers_the_newest_good_backup(  # type: ignore[no-untyped-def]
    ctx: AppContext, qtbot, msgboxes, db
) -> None:
    customers.create("Anna Smith")
    backup.backup_now()
    customers.create("Tom Baker")
    _break_a_link(db)
    scheduler = BackupScheduler(ctx)
    try:
        with qtbot.waitSignal(scheduler.damaged, timeout=20_000) as blocker:
            assert scheduler.check_at_startup()
        report = blocker.args[0]
        assert report.foreign_key_problems == 1
        with qtbot.waitSignal(ctx.data_changed):
            assert db_recovery.offer_after_check(ctx, None, report, scheduler)
    finally:
        scheduler.shutdown()
    assert msgboxes.kinds() == ["question", "information"]
    assert _names() == {"Anna Smith"}
    assert backup.check_file(db).ok
    damaged = list(db.parent.glob(f"{db.name}.damaged-*"))
    assert len(damaged) == 1 and damaged[0].stat().st_size > 0  # set aside, never deleted


def test_a_sound_file_passes_the_start_up_check(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    scheduler = BackupScheduler(ctx)
    try:
        with qtbot.waitSignal(scheduler.checked, timeout=20_000) as blocker:
            scheduler.check_at_startup()
        assert blocker.args[0].ok
    finally:
        scheduler.shutdown()


def test_a_start_up_check_that_cannot_run_says_so_in_the_status_bar(  # type: ignore[no-untyped-def]
    ctx: AppContext, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(path, quick=False):  # type: ignore[no-untyped-def]
        raise PermissionError("the file is locked")

    monkeypatch.setattr(backup, "check_file", locked)
    said: list[str] = []
    ctx.status_message.connect(said.append)
    scheduler = BackupScheduler(ctx)
    try:
        assert scheduler.check_at_startup()
        qtbot.waitUntil(lambda: bool(said))
    finally:
        scheduler.shutdown()
    assert said == ["The quick check of the data file could not run: PermissionError: the file is locked"]


def test_keeping_the_damaged_file_changes_nothing(ctx: AppContext, msgboxes, db) -> None:  # type: ignore[no-untyped-def]
    customers.create("Anna Smith")
    backup.backup_now()
    customers.create("Tom Baker")
    msgboxes.answer = False
    report = backup.CheckReport(db, ("row 3 missing from index",), 0, 5)
    assert not db_recovery.offer_after_check(ctx, None, report, None)
    assert _names() == {"Anna Smith", "Tom Baker"}
    assert not list(db.parent.glob("*.damaged-*"))


def test_a_file_that_cannot_be_opened_is_replaced_by_the_newest_good_backup(  # type: ignore[no-untyped-def]
    data_dir: Path, msgboxes, qapp
) -> None:
    target = data_dir / "shop.sqlite3"
    open_shop(target)
    try:
        customers.create("Anna Smith")
        backup.backup_now()
    finally:
        close_shop()
    target.write_bytes(b"\x00garbage, not a database" * 200)
    try:
        _open_database(str(target))
        assert _names() == {"Anna Smith"}
    finally:
        close_shop()
    assert msgboxes.kinds() == ["question", "information"]
    assert len(list(data_dir.glob("shop.sqlite3.damaged-*"))) == 1


def test_without_a_good_backup_the_error_stands(data_dir: Path, msgboxes, qapp) -> None:  # type: ignore[no-untyped-def]
    from carebook.errors import StorageError

    target = data_dir / "shop.sqlite3"
    target.write_bytes(b"\x00garbage, not a database" * 200)
    with pytest.raises(StorageError):
        _open_database(str(target))
    assert msgboxes.kinds() == ["warning"]
    assert target.read_bytes().startswith(b"\x00garbage")  # left where it is
