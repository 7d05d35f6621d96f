"""Reliability in the app: another process's writes show without a restart; a storage fault while saving
keeps what was typed in the dialog."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from carebook import db as carebook_db
from carebook.services import customers
from ui.context import AppContext
from ui.dialogs.customer_dialog import CustomerDialog
from ui.external_changes import ExternalChanges

DRIVER = Path(__file__).resolve().parents[1] / "reliability" / "driver.py"


def _write_from_another_process(db: Path, tag: str) -> None:
    subprocess.run(
        [sys.executable, str(DRIVER), str(db), "contacts", "--count", "1", "--tag", tag],
        check=True, capture_output=True, timeout=60,
    )


def test_the_window_refreshes_after_another_process_writes(main_window, db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(main_window.external, ExternalChanges)
    assert not main_window.external.check()  # nothing changed yet
    _write_from_another_process(db, "other")
    with qtbot.waitSignal(main_window.ctx.records_changed, timeout=6000):
        pass  # the half-second poll of data_version notices the other process's commit
    names = [row.name for row in customers.list_customers(limit=10).rows]
    assert "Writer other" in names


def test_coming_back_to_the_window_refreshes_at_once(ctx: AppContext, db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    watcher = ExternalChanges(ctx, window, interval_ms=3_600_000)  # only activation can notice it
    _write_from_another_process(db, "focus")
    with qtbot.waitSignal(ctx.records_changed, timeout=1000):
        QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    with qtbot.assertNotEmitted(ctx.records_changed, wait=100):
        QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))  # no new change: no refresh
    watcher.stop()


def test_own_writes_do_not_count_as_external(ctx: AppContext, db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    watcher = ExternalChanges(ctx, window, interval_ms=3_600_000)
    customers.create("Own Write")
    assert not watcher.check()
    watcher.stop()


def test_a_read_only_database_while_saving_keeps_the_typed_text(  # type: ignore[no-untyped-def]
    ctx: AppContext, db: Path, qtbot, msgboxes
) -> None:
    dialog = CustomerDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    form = dialog.customer_form
    form.name.setText("Ingrid Ødegård")
    form.notes.setPlainText("Prefers mornings; 🚲 two bikes")
    # A real SQLite refusal on Carebook's own connection, as when the file turns read-only.
    carebook_db.database.execute_sql("PRAGMA query_only = 1")
    try:
        dialog.save_button.click()
        assert dialog.isVisible() and dialog.saved is None
        assert msgboxes.kinds() == ["error"] and "read-only" in msgboxes.texts("error")[0]
        assert form.name.text() == "Ingrid Ødegård"
        assert form.notes.toPlainText() == "Prefers mornings; 🚲 two bikes"
    finally:
        carebook_db.database.execute_sql("PRAGMA query_only = 0")
    dialog.save_button.click()  # once the fault is gone, the same text saves
    assert dialog.saved is not None
    assert customers.get(dialog.saved.row.id).notes == "Prefers mornings; 🚲 two bikes"
