"""File › Move this shop to a server…: the copy runs off the UI thread, shows what it copied and checked,
says in one line why nothing was copied, and opens the new shop when asked."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMenu

from carebook.db import db_path
from carebook.services import customers
from carebook.shop import current_target
from ui.context import AppContext
from ui.dialogs.move_dialog import MoveShopDialog


def _dialog(ctx: AppContext, qtbot) -> MoveShopDialog:  # type: ignore[no-untyped-def]
    dialog = MoveShopDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_file_menu_offers_the_move(main_window) -> None:  # type: ignore[no-untyped-def]
    file_menu = main_window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert main_window.actions.move_shop in file_menu.actions()
    dialog = main_window.open_move_shop()
    assert isinstance(dialog, MoveShopDialog)
    dialog.close()


def test_copy_shows_progress_and_the_checked_result_then_opens_the_new_shop(
    ctx: AppContext, qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    customers.create("Ada Lovelace")
    old = db_path()
    dialog = _dialog(ctx, qtbot)
    assert not dialog.copy_button.isEnabled()  # nothing to copy to yet
    target = tmp_path / "moved.sqlite3"
    dialog.target.setText(str(target))
    assert dialog.copy_button.isEnabled()
    with qtbot.waitSignal(dialog.jobs.finished, timeout=60_000):
        assert dialog.start()
    assert "Customers: 1," in dialog.result_label.text() and "Checked" in dialog.result_label.text()
    assert dialog.progress.value() == dialog.progress.maximum()
    assert dialog.open_button.isVisible() and not dialog.copy_button.isEnabled()
    with sqlite3.connect(target) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM customer")] == ["Ada Lovelace"]
    conn.close()
    seen: list[bool] = []
    ctx.data_changed.connect(lambda *args: seen.append(True))
    assert dialog.open_new_shop()
    assert db_path() == target and current_target() == str(target) and seen
    assert old is not None and old.exists()  # the shop left behind stays


def test_a_target_that_is_not_empty_is_one_line_and_nothing_changes(
    ctx: AppContext, qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    foreign = tmp_path / "photos.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE photo (x)")
    conn.close()
    data = foreign.read_bytes()
    dialog = _dialog(ctx, qtbot)
    dialog.target.setText(str(foreign))
    with qtbot.waitSignal(dialog.jobs.failed, timeout=60_000):
        dialog.start()
    text = dialog.result_label.text()
    assert text.startswith("Nothing was copied:") and "not a Carebook database" in text and "\n" not in text
    assert not dialog.open_button.isVisible() and dialog.copy_button.isEnabled()
    assert foreign.read_bytes() == data
    assert not dialog.open_new_shop()


def test_an_unreachable_server_is_one_line(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(ctx, qtbot)
    dialog.target.setText("postgresql://shop@127.0.0.1:1/shop")
    with qtbot.waitSignal(dialog.jobs.failed, timeout=60_000):
        dialog.start()
    assert dialog.result_label.text().startswith("Nothing was copied:")
    assert db_path() is not None  # still this shop


def test_a_server_shops_automatic_copies_come_from_one_seat(
    pg_database: str, state, qapp, qtbot  # type: ignore[no-untyped-def]
) -> None:
    from carebook import backup, settings
    from carebook.services import staff
    from carebook.shop import close_shop, open_shop
    from ui.backup_scheduler import BackupScheduler

    open_shop(pg_database)
    try:
        clerk = staff.add("Carl Clerk", "staff")
        owner = staff.add("Olivia Owner", "owner")
        customers.create("Ada Lovelace")
        ctx = AppContext(state, staff=clerk, where=pg_database)
        scheduler = BackupScheduler(ctx)
        assert scheduler.available() and not scheduler.makes_automatic()
        assert not scheduler.run_if_due() and scheduler.backup_on_exit() is None  # a clerk's counter
        ctx.set_staff(owner, remember=False)
        assert scheduler.makes_automatic()
        with qtbot.waitSignal(scheduler.backed_up, timeout=60_000):
            assert scheduler.run_if_due()
        assert [info.tag for info in backup.list_backups()] == [""]
        settings.update(backup_seat="the-back-office-pc")
        assert not scheduler.makes_automatic()  # another computer makes them now
        scheduler.shutdown()
    finally:
        close_shop()
