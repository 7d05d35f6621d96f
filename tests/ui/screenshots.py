"""Screenshots of every page and dialog, in the light and the dark palette: ``make screenshots``.

    python -m tests.ui.screenshots OUTDIR

Creates a temporary data folder with demo data, opens the main window at 1280×800 and saves
``OUTDIR/<palette>-<name>.png`` for every entry of ``SHOTS`` (``light-today.png``,
``dark-settings-dialog.png`` ...).

To add a screenshot, append ``Shot("name", factory)`` to ``SHOTS``: the factory gets the ``Harness``
and returns the widget to photograph (the main window after switching page, or a dialog it opened),
or None to skip (e.g. a dialog whose module does not exist yet). ``Harness.settle()`` lets pending
work finish; ``Harness.wait_until(condition)`` waits for background work such as a search.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

WIDTH, HEIGHT = 1280, 800
PAGE_IDS = ("today", "customers", "contacts", "followups", "satisfaction", "reports")


class Harness:
    def __init__(self, app: QApplication, data: Path) -> None:
        from carebook.db import open_database
        from carebook.services import staff
        from ui.context import AppContext
        from ui.main_window import MainWindow
        from ui.state import LocalState

        self.app = app
        where = open_database(data / "carebook.sqlite3")
        fill_database()
        owner = next(row for row in staff.list_staff() if row.role == "owner")
        self.ctx = AppContext(LocalState(data / "carebook-ui.ini"), staff=owner, where=where)
        self.window = MainWindow(self.ctx)
        self.window.resize(WIDTH, HEIGHT)
        self.window.show()
        self.settle()
        self.dialogs: list[QDialog] = []

    def settle(self) -> None:
        for _ in range(5):
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def wait_until(self, condition: Callable[[], bool], timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the screen did not settle")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def page(self, page_id: str) -> QWidget:
        self.window.show_page(page_id)
        return self.window

    def dialog(self, dialog: QDialog | None) -> QDialog | None:
        if dialog is not None:
            self.dialogs.append(dialog)
            dialog.adjustSize()
        return dialog

    def close_dialogs(self) -> None:
        for dialog in self.dialogs:
            dialog.reject()
        self.dialogs.clear()
        self.settle()


@dataclass(frozen=True)
class Shot:
    name: str
    factory: Callable[[Harness], QWidget | None]


def _search(h: Harness) -> QWidget:
    box = h.window.search_box
    h.window.show_page("customers")
    box.setFocus()
    box.setText("an")
    box.textEdited.emit("an")
    h.wait_until(lambda: box.popup_visible())
    return h.window


def _settings_errors(h: Harness) -> QWidget | None:
    dialog = h.dialog(h.window.open_settings())
    if dialog is not None:
        dialog.phone_region.setEditText("Narnia")  # type: ignore[attr-defined]
        dialog.time_zone.setEditText("Mars/Olympus")  # type: ignore[attr-defined]
        dialog.save_button.click()  # type: ignore[attr-defined]
        dialog.adjustSize()
    return dialog


def _welcome(h: Harness) -> QWidget:
    from ui.dialogs.welcome import WelcomeDialog

    dialog = WelcomeDialog(h.ctx, h.window)
    dialog.shop_name.clear()
    dialog.open()
    h.dialog(dialog)
    return dialog


def _welcome_errors(h: Harness) -> QWidget:
    dialog = _welcome(h)
    dialog.save_button.click()  # type: ignore[attr-defined]  # nothing typed: both answers missing
    dialog.adjustSize()
    return dialog


def _record_dialog(kind: str, **kwargs: object) -> Callable[[Harness], QWidget | None]:
    def make(h: Harness) -> QWidget | None:
        from ui.dialogs import launcher

        if launcher.dialog_class(kind) is None:
            return None
        return h.dialog(launcher.open_record_dialog(h.ctx, h.window, kind, **kwargs))

    return make


def _followups(select: int = -1, **choices: object) -> Callable[[Harness], QWidget | None]:
    """The Follow-ups page with the filters ``choices`` (a followups_query.Filters); None to reset."""

    def make(h: Harness) -> QWidget | None:
        from ui.pages.followups_query import Filters

        page = h.window.show_page("followups")
        if page is None or not hasattr(page, "filters"):
            return None
        page.filters.set_filters(Filters(**choices))  # type: ignore[arg-type]
        if select >= 0:
            page.select_row(select)  # type: ignore[attr-defined]
            page.table.setFocus()  # type: ignore[attr-defined]
        return h.window if choices or select >= 0 else None

    return make


def _followup_dialog(fill: str) -> Callable[[Harness], QWidget | None]:
    def make(h: Harness) -> QWidget | None:
        from carebook.services import followups
        from ui.dialogs import launcher

        if launcher.dialog_class("followup") is None:
            return None
        if fill == "edit":
            row = followups.list_followups(state="open", limit=1).rows[0]
            dialog = launcher.open_record_dialog(h.ctx, h.window, "followup", followup_id=row.id)
        else:
            customer = followups.list_followups(limit=1).rows[0].customer_id
            dialog = launcher.open_record_dialog(h.ctx, h.window, "followup", customer_id=customer)
        assert dialog is not None
        if fill == "errors":
            dialog.due.edit.setText("2026-02-30")  # type: ignore[attr-defined]
            dialog.time.setText("25:99")  # type: ignore[attr-defined]
            dialog.save_button.click()  # type: ignore[attr-defined]
        elif fill == "new":
            dialog.due.quick_buttons["in_2_days"].click()  # type: ignore[attr-defined]
            dialog.time.setText("10:30")  # type: ignore[attr-defined]
            dialog.note.setPlainText("Ring back with the repair quote for the blue Brompton")  # type: ignore[attr-defined]
        return h.dialog(dialog)

    return make


def _satisfaction(view: str = "top") -> Callable[[Harness], QWidget | None]:
    """The Satisfaction page once its figures are in: "top", "charts" (scrolled down), "empty" (a month
    without data) or "reset" (back to this month, scrolled up; no picture)."""

    def make(h: Harness) -> QWidget | None:
        from carebook.clock import Month

        page = h.window.page("satisfaction")
        if page is None or not hasattr(page, "loader"):
            return None
        h.window.show_page("satisfaction")
        month = Month.current().shifted(-36) if view == "empty" else Month.current()
        page.picker.set_month(month)  # type: ignore[attr-defined]
        h.wait_until(lambda: not page.loader.busy and getattr(page.trend, "month", None) == month)  # type: ignore[attr-defined]
        bar = page.scroll.verticalScrollBar()  # type: ignore[attr-defined]
        bar.setValue(bar.maximum() if view == "charts" else 0)
        return None if view == "reset" else h.window

    return make


SHOTS: list[Shot] = [
    *(Shot(page_id, lambda h, p=page_id: h.page(p)) for page_id in PAGE_IDS),
    Shot("search", _search),
    Shot("settings-dialog", lambda h: h.dialog(h.window.open_settings())),
    Shot("settings-dialog-errors", _settings_errors),
    Shot("staff-dialog", lambda h: h.dialog(h.window.open_staff())),
    Shot("counter-dialog", lambda h: h.dialog(h.window.open_counter())),
    Shot("welcome-dialog", _welcome),
    Shot("welcome-dialog-errors", _welcome_errors),
    Shot("about-dialog", lambda h: h.dialog(h.window.open_about())),
    Shot("shortcuts-dialog", lambda h: h.dialog(h.window.open_shortcuts())),
    Shot("customer-dialog", _record_dialog("customer")),
    Shot("contact-dialog", _record_dialog("contact")),
    Shot("followup-dialog", _record_dialog("followup")),
    Shot("followups-selected", _followups(select=1, state="open")),
    Shot("followups-done", _followups(select=0, state="done")),
    Shot(
        "followups-empty",
        _followups(state="due_today", period="custom", start_on=date(2199, 1, 1), end_on=date(2199, 12, 31)),
    ),
    Shot("followups-reset", _followups()),  # no picture: puts the page's filters back
    Shot("followup-dialog-new", _followup_dialog("new")),
    Shot("followup-dialog-errors", _followup_dialog("errors")),
    Shot("followup-dialog-edit", _followup_dialog("edit")),
    Shot("satisfaction-figures", _satisfaction("top")),
    Shot("satisfaction-charts", _satisfaction("charts")),
    Shot("satisfaction-empty", _satisfaction("empty")),
    Shot("satisfaction-reset", _satisfaction("reset")),  # no picture: back to this month
]


def fill_database() -> None:
    """Demo data from ``carebook.demo`` when it exists, else a few hand-made rows."""
    from carebook import settings

    settings.update(shop_name="Corner Bikes & Repairs", phone_region="GB")
    try:
        from carebook import demo
    except ImportError:
        demo = None
    if demo is not None:
        demo.generate(customers=150, months=12, seed=7)
        return
    from carebook.services import customers, staff

    staff.add("Maria Jensen", "owner")
    staff.add("Sam Okafor", "staff")
    for name, company, email in [
        ("Ingrid Ødegård", "Fjord Bikes", "ingrid@fjord.example"),
        ("Anna Smith", "", "anna@example.com"),
        ("Tom Baker", "Baker & Sons", "tom@baker.example"),
    ]:
        customers.create(name, company=company, email=email)


def take(outdir: Path, shots: list[Shot] | None = None) -> list[Path]:
    from carebook.db import close_database
    from ui import style
    from ui.app import application

    outdir.mkdir(parents=True, exist_ok=True)
    app = application([sys.argv[0]])
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="carebook-shots-") as folder:
        data = Path(folder)
        os.environ["CAREBOOK_DATA_DIR"] = str(data)
        harness = Harness(app, data)
        try:
            for palette in ("light", "dark"):
                style.apply_theme(app, palette)
                harness.settle()
                for shot in shots or SHOTS:
                    widget = shot.factory(harness)
                    if widget is None:
                        continue
                    harness.settle()
                    path = outdir / f"{palette}-{shot.name}.png"
                    if not widget.grab().save(str(path)):
                        raise OSError(f"could not write {path}")
                    written.append(path)
                    harness.close_dialogs()
                    harness.window.search_box.clear()
        finally:
            harness.window.close()
            harness.window.shutdown()
            close_database()
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m tests.ui.screenshots OUTDIR", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    written = take(Path(args[0]))
    print(f"{len(written)} screenshots in {args[0]}")
    app = QApplication.instance()
    if app is not None:
        app.shutdown()  # without exec(), PySide6 crashes at exit unless the app is shut down first
    return 0


if __name__ == "__main__":
    sys.exit(main())
