"""Starting on a shop: the window opens on the open database, on Today when something is due; a database
that fails shows why; closing the window at once ends the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import ui.app
from carebook import clock, settings
from carebook.db import database
from carebook.errors import StorageError
from carebook.services import customers, followups, staff
from carebook.shop import close_shop, open_shop
from ui.main_window import MainWindow
from ui.state import LocalState


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """A shop with a name, one owner and a follow-up due today (so Today is where the window opens)."""
    path = tmp_path / "shop.sqlite3"
    open_shop(path)
    try:
        settings.update(shop_name="Corner Café")
        olivia = staff.add("Olivia Owner", "owner")
        person = customers.create("Dana Due").row
        followups.create(
            person.id, due_on=clock.today(), note="Call back about the repair", assignee_id=olivia.id
        )
    finally:
        close_shop()
    return path


@pytest.fixture(autouse=True)
def earlier(qapp: QApplication) -> set[object]:
    """Windows of earlier tests, not deleted yet."""
    return set(QApplication.topLevelWidgets())


def _shown_windows(earlier: set[object]) -> list[MainWindow]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w.isVisible() and w not in earlier
    ]


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch, earlier: set[object], qtbot) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Runs ``ui.app.run`` with an event loop that records the window once Today has shown its cards."""
    record: dict[str, object] = {}

    def event_loop(app: QApplication) -> int:
        record["database_open"] = database.obj is not None
        [window] = _shown_windows(earlier)
        today = window.page("today")
        qtbot.waitUntil(
            lambda: today.snapshot is not None and not today.jobs.busy() and not today.list.is_filling(),
            timeout=5000,
        )
        record.update(
            page=window.current_page().page_id,
            title=window.windowTitle(),
            shop=window.shop_label.text(),
            staff=window.staff_button.text(),
            where=window.where_label.full_text(),
            notes=[card.note_label.text() for card in today.card_widgets()],
            badge=window.sidebar.badge(0),
        )
        return 0

    monkeypatch.setattr(ui.app, "_event_loop", event_loop)
    return record


def test_the_window_opens_on_today_with_its_follow_ups(shop: Path, seen: dict[str, object]) -> None:
    assert ui.app.run(db=str(shop), staff="olivia owner") == 0
    assert seen == {
        "database_open": True,
        "page": "today",
        "title": "Corner Café — Carebook",
        "shop": "Corner Café",
        "staff": "At the counter: Olivia Owner",
        "where": f"Data: {shop}",
        "notes": ["Call back about the repair"],
        "badge": 1,
    }
    assert database.obj is None  # closed on the way out


def test_a_window_left_on_another_page_opens_on_today_when_something_is_due(
    shop: Path, seen: dict[str, object], data_dir: Path
) -> None:
    state = LocalState()
    state.set("window/page", "customers")
    state.sync()
    assert ui.app.run(db=str(shop), staff="Olivia Owner") == 0
    assert seen["page"] == "today" and seen["notes"] == ["Call back about the repair"]


def test_a_name_that_matches_nobody_is_said_and_the_window_opens(
    shop: Path, seen: dict[str, object], msgboxes
) -> None:  # type: ignore[no-untyped-def]
    assert ui.app.run(db=str(shop), staff="Nobody Here") == 0
    assert msgboxes.kinds() == ["warning"] and "Nobody Here" in msgboxes.texts()[0]
    assert seen["staff"] == "At the counter: Olivia Owner"  # the only active person, as without a name


def test_a_database_that_fails_to_open_shows_why_and_no_window(
    shop: Path, monkeypatch: pytest.MonkeyPatch, msgboxes, earlier: set[object]
) -> None:  # type: ignore[no-untyped-def]
    def locked(target: object = None, **kwargs: object) -> str:
        raise StorageError("The database is locked by another program. Close it and try again.")

    monkeypatch.setattr("carebook.shop.open_shop", locked)
    monkeypatch.setattr(ui.app, "_event_loop", lambda app: pytest.fail("the event loop must not start"))
    assert ui.app.run(db=str(shop), staff="Olivia Owner") == 1
    assert msgboxes.kinds() == ["error"]
    assert msgboxes.calls[0][1:] == (
        "Carebook cannot start",
        "The database is locked by another program. Close it and try again.",
    )
    assert not _shown_windows(earlier)
    assert database.obj is None


def test_closing_the_window_at_once_ends_the_app(
    shop: Path, monkeypatch: pytest.MonkeyPatch, earlier: set[object]
) -> None:
    def event_loop(app: QApplication) -> int:
        [window] = _shown_windows(earlier)
        QTimer.singleShot(0, window.close)  # the user closes the window in its first moment
        guard = QTimer()  # the app would otherwise run on with no window
        guard.setSingleShot(True)
        guard.timeout.connect(lambda: app.exit(99))
        guard.start(5000)
        try:
            return app.exec()
        finally:
            guard.stop()

    monkeypatch.setattr(ui.app, "_event_loop", event_loop)
    assert ui.app.run(db=str(shop), staff="Olivia Owner") == 0
    assert database.obj is None


def test_the_app_starts_in_the_language_chosen_for_this_counter(
    shop: Path, monkeypatch: pytest.MonkeyPatch, earlier: set[object], qapp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, Qt

    from tests.ui.test_languages import compile_catalogue
    from ui import languages
    from ui.state import LocalState

    compile_catalogue(tmp_path, "ar", "إعدادات المتجر")
    monkeypatch.setattr(languages, "folder", lambda: tmp_path)
    LocalState().set(languages.KEY, "ar")  # chosen in Settings at an earlier start
    found: dict[str, object] = {}

    def event_loop(app: QApplication) -> int:
        [window] = _shown_windows(earlier)
        found["mirrored"] = window.isRightToLeft()
        found["text"] = QCoreApplication.translate("SettingsDialog", "Shop settings")
        return 0

    monkeypatch.setattr(ui.app, "_event_loop", event_loop)
    try:
        assert ui.app.run(db=str(shop), staff="Olivia Owner") == 0
    finally:
        languages.apply(qapp, languages.SOURCE)
    assert found == {"mirrored": True, "text": "إعدادات المتجر"}
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
