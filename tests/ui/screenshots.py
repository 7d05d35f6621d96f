"""Screenshots of every page and dialog, in the light and the dark palette: ``make screenshots``.

    python -m tests.ui.screenshots OUTDIR
    python -m tests.ui.screenshots OUTDIR --languages de,ar   (make screenshots LANGUAGES=de,ar)

Creates a temporary data folder with demo data, opens the main window at 1280×800 and saves
``OUTDIR/<palette>-<name>.png`` for every entry of ``SHOTS`` (``light-today.png``,
``dark-settings-dialog.png`` ...). With ``--languages``, each language's screens in the light palette in
``OUTDIR/<code>/`` (``OUTDIR/ar/light-today.png``), Arabic mirrored.

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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.ui import screenshots_languages

WIDTH, HEIGHT = 1280, 800
PALETTES = ("light", "dark")
PAGE_IDS = ("today", "customers", "contacts", "followups", "satisfaction", "reports")


class Harness:
    def __init__(self, app: QApplication, data: Path) -> None:
        from carebook.services import staff
        from carebook.shop import open_shop
        from ui.context import AppContext
        from ui.main_window import MainWindow
        from ui.state import LocalState

        self.app = app
        where = open_shop(data / "carebook.sqlite3")
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
            keeper = getattr(dialog, "draft_keeper", None)
            if keeper is not None:
                keeper.discard()  # a picture's typing is no draft: closing asks nothing, keeps nothing
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
        elif fill == "search":
            dialog = launcher.open_record_dialog(h.ctx, h.window, "followup")
        else:
            customer = followups.list_followups(limit=1).rows[0].customer_id
            dialog = launcher.open_record_dialog(h.ctx, h.window, "followup", customer_id=customer)
        assert dialog is not None
        if fill == "search":
            h.dialog(dialog)
            search = dialog.customer.search  # type: ignore[attr-defined]
            search.setFocus()
            search.setText("an")
            search.textEdited.emit("an")
            h.wait_until(lambda: search.popup_visible())
            return dialog
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


def _contact_filled(h: Harness) -> QWidget | None:
    from carebook.services import customers
    from ui.dialogs import launcher

    if launcher.dialog_class("contact") is None:
        return None
    found = customers.find_by_email("long.name@example.com")
    row = (
        found
        or customers.create(
            "Maximiliane Konstanze Hohenzollern-Sigmaringen-Wittelsbach",
            company="Hohenzollern Fahrradmanufaktur und Reparaturwerkstatt GmbH & Co. KG",
            phone="07911 123456",
            email="long.name@example.com",
        ).row
    )
    dialog = h.dialog(launcher.open_contact_dialog(h.ctx, h.window, customer_id=row.id))
    if dialog is not None:
        dialog.summary.setText("Gears slip under load; booked a service for Thursday")  # type: ignore[attr-defined]
        dialog.notes.setPlainText("Chain is worn (0.75). Offered a new chain and cassette.")  # type: ignore[attr-defined]
        dialog.reason.setCurrentIndex(dialog.reason.findData("technical"))  # type: ignore[attr-defined]
        dialog.waited.set_number(4)  # type: ignore[attr-defined]
        dialog.duration.set_number(12)  # type: ignore[attr-defined]
        dialog.scores["csat"].set_value(4)  # type: ignore[attr-defined]
        dialog.scores["nps"].set_value(9)  # type: ignore[attr-defined]
        dialog.comment.setText("Very helpful, as always")  # type: ignore[attr-defined]
        dialog.followup_when.setCurrentIndex(dialog.followup_when.findData("2_days"))  # type: ignore[attr-defined]
        dialog.followup_note.setText("Call when the parts arrive")  # type: ignore[attr-defined]
        dialog.adjustSize()
    return dialog


def _contact_search(h: Harness) -> QWidget | None:
    dialog = _record_dialog("contact")(h)
    if dialog is not None:
        picker = dialog.picker  # type: ignore[attr-defined]
        picker.edit.setFocus()
        picker.edit.setText("an")
        picker.edit.textEdited.emit("an")
        h.wait_until(picker.popup_visible)
    return dialog


def _contact_errors(h: Harness) -> QWidget | None:
    dialog = _record_dialog("contact")(h)
    if dialog is not None:
        dialog.waited.setValue(20000)  # type: ignore[attr-defined]
        dialog.comment.setText("Lovely")  # type: ignore[attr-defined]
        dialog.save_button.click()  # type: ignore[attr-defined]
        dialog.adjustSize()
    return dialog


def _contacts_empty(h: Harness) -> QWidget:
    window = h.page("contacts")
    page = h.window.current_page()
    filters = getattr(page, "filters", None)
    if filters is not None:
        filters.set_value(filters.reason, "compliment")
        filters.set_value(filters.channel, "sms")
        filters.set_value(filters.status, "open")
        filters.set_period("last_7_days")
        h.settle()
    return window


def _contacts_reset(h: Harness) -> None:
    """Not a picture: puts the Contacts filters back after ``contacts-empty`` (returns None)."""
    page = h.window.page("contacts")
    filters = getattr(page, "filters", None)
    if filters is not None:
        filters.reset()
    return None


def _today(view: str) -> Callable[[Harness], QWidget | None]:
    """The Today page: "everyone" (everyone's cards, the undo bar), "upcoming" (the Upcoming section
    unfolded, the undo bar offering to resolve the contact), "more" (everyone's, scrolled to the end:
    the cards not built yet and the button for them), "reminder" (the banner), "empty",
    "snooze" (the date picker dialog); "reset" takes no picture and puts the page back as it was."""

    def make(h: Harness) -> QWidget | None:
        page = h.window.page("today")
        if page is None or not hasattr(page, "list"):
            return None
        h.window.banner.dismiss()
        page.undo_bar.dismiss()
        if view == "reset":
            page.set_everyone(False)
            page.upcoming.set_folded(True)
            return None
        h.window.show_page("today")
        page.refresh()
        h.wait_until(lambda: not page.jobs.busy() and not page.list.is_filling())  # read off the UI thread
        cards = page.card_widgets()
        if view == "everyone":
            page.set_everyone(True)
            page.undo_bar.show_message("Marked done: Ava Evans — Confirm the refund has gone through", print)
        elif view == "more":
            page.set_everyone(True)
            h.settle()
            bar = page.list.verticalScrollBar()
            bar.setValue(bar.maximum())
        elif view == "upcoming":
            page.set_everyone(True)
            page.upcoming.set_folded(False)
            resolve = ("Resolve its contact", print)
            page.undo_bar.show_message("Marked done: Ava Evans — Ring back", print, resolve)
        elif view == "reminder" and cards:
            h.window.reminders.announce([cards[-1].card.followup])
        elif view == "empty" and page.snapshot is not None:
            from dataclasses import replace

            page._show(replace(page.snapshot, cards=(), upcoming=3))  # once everything is done
        elif view == "snooze" and cards:
            return h.dialog(page.pick_snooze_date(cards[0].followup_id))
        h.settle()
        return h.window

    return make


def _reports(view: str = "ready") -> Callable[[Harness], QWidget | None]:
    """The Reports page once last month's PDF is shown: "ready" (fit to width), "page" (whole page, on
    page 2), "busy" (while a month is being made) or "reset" (back to last month, no picture)."""

    def drawn(widget: QWidget) -> bool:
        """QPdfView draws its pages in a background thread: wait for ink (a dark pixel with paper on both
        sides) on the paper."""
        image = widget.grab().toImage()
        width = image.width()

        def light(x: int, y: int) -> bool:
            return 0 <= x < width and image.pixelColor(x, y).lightness() > 230

        return any(
            image.pixelColor(x, y).lightness() < 110 and light(x - 4, y) and light(x + 4, y)
            for y in range(0, image.height(), 3)
            for x in range(0, width, 2)
        )

    def make(h: Harness) -> QWidget | None:
        from carebook.clock import Month

        page = h.window.page("reports")
        if page is None or not hasattr(page, "runner"):
            return None
        h.window.show_page("reports")
        month = Month.current().prev()
        if page.month() != month:  # type: ignore[attr-defined]
            page.picker.set_month(month)  # type: ignore[attr-defined]
        elif page.shown_month != month and not page.runner.busy():  # type: ignore[attr-defined]
            page.build(month)  # type: ignore[attr-defined]
        h.wait_until(lambda: not page.runner.busy() and page.shown_month == month)  # type: ignore[attr-defined]
        viewer = page.viewer  # type: ignore[attr-defined]
        if view == "page":
            viewer.fit_page()
            viewer.go_to_page(1)
        elif view in ("ready", "reset"):
            viewer.fit_width()
            viewer.go_to_page(0)
        if view == "busy":  # what the page shows while a month is made (no build started: no race)
            page.picker.blockSignals(True)  # type: ignore[attr-defined]
            page.picker.set_month(month.prev())  # type: ignore[attr-defined]
            page.picker.blockSignals(False)  # type: ignore[attr-defined]
            page.show_busy(month.prev())  # type: ignore[attr-defined]
        elif view != "reset":
            h.settle()
            h.wait_until(lambda: drawn(viewer.view.viewport()))
        return None if view == "reset" else h.window

    return make


LONG_EMAIL = "long.name@example.com"


def _long_customer() -> int:
    """The customer with a very long name (shared with the contact dialog's picture)."""
    from carebook.services import customers

    found = customers.find_by_email(LONG_EMAIL)
    if found is not None:
        return found.id
    return customers.create(
        "Maximiliane Konstanze Hohenzollern-Sigmaringen-Wittelsbach",
        company="Hohenzollern Fahrradmanufaktur und Reparaturwerkstatt GmbH & Co. KG",
        phone="07911 123456",
        email=LONG_EMAIL,
        tags=["VIP", "trade"],
        notes="Prefers a call after 5 pm. Rides a 1973 Raleigh; keep the original parts.",
    ).row.id


def _customers(view: str) -> Callable[[Harness], QWidget | None]:
    """The Customers page: "long" (the long name selected), "selected" (several rows), "errors" (bad
    email and phone typed in the detail pane), "trash", "no-match", or "reset" (no picture)."""

    def make(h: Harness) -> QWidget | None:
        from ui.pages.customer_filters import Filters

        page = h.window.page("customers")
        if page is None or not hasattr(page, "detail"):
            return None
        h.window.show_page("customers")
        page.detail.revert()  # type: ignore[attr-defined]
        page.filters.set_filters(Filters())  # type: ignore[attr-defined]
        if view == "reset":
            return None
        page.open_customer(_long_customer())
        if view == "selected":
            row = page.table.currentIndex().row()  # type: ignore[attr-defined]
            page.select_row(max(0, row - 2))  # type: ignore[attr-defined]
            selection = page.table.selectionModel()  # type: ignore[attr-defined]
            for extra in (row - 1, row):
                index = page.model.index(max(0, extra), 0)  # type: ignore[attr-defined]
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        elif view == "errors":
            form = page.detail.form  # type: ignore[attr-defined]
            form.email.setText("maxi@@example")
            form.phone.setText("12345")
            form.phone.editingFinished.emit()
            page.detail.save()  # type: ignore[attr-defined]
        elif view == "trash":
            page.filters.set_filters(Filters(trashed=True))  # type: ignore[attr-defined]
        elif view == "no-match":
            page.filters.set_filters(Filters(tag="VIP", channel="chat", not_contacted_days=3))  # type: ignore[attr-defined]
        h.settle()
        return h.window

    return make


def _customers_small(view: str) -> Callable[[Harness], QWidget | None]:
    """The Customers page in the smallest window, 800x600, with the long name: "history" (the history
    tab), "details" (the fields), or "reset" (the usual size and tab again; no picture)."""

    def make(h: Harness) -> QWidget | None:
        page = h.window.page("customers")
        if page is None or not hasattr(page, "detail"):
            return None
        detail = page.detail  # type: ignore[attr-defined]
        if view == "reset":
            detail.tabs.setCurrentIndex(0)
            h.window.resize(WIDTH, HEIGHT)
            return None
        h.window.resize(800, 600)
        _customers("long")(h)
        detail.tabs.setCurrentIndex(1 if view == "details" else 0)
        h.settle()
        return h.window

    return make


def _customers_history(h: Harness) -> QWidget | None:
    """The Customers page at its usual size on the customer with the longest history."""
    from carebook.services import customers, timeline

    page = h.window.page("customers")
    if page is None or not hasattr(page, "detail"):
        return None
    h.window.show_page("customers")
    rows = customers.list_customers(limit=40).rows
    busiest = max(rows, key=lambda row: len(timeline.customer_timeline(row.id)))
    page.open_customer(busiest.id)
    page.detail.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    h.settle()
    return h.window


def _customer_dialog(view: str) -> Callable[[Harness], QWidget | None]:
    """The customer dialog: "edit" (the long name), "duplicate" (an address another customer has),
    "errors" (no name, a bad email)."""

    def make(h: Harness) -> QWidget | None:
        from ui.dialogs import launcher

        if launcher.dialog_class("customer") is None:
            return None
        if view == "edit":
            return h.dialog(launcher.open_customer_dialog(h.ctx, h.window, customer_id=_long_customer()))
        dialog = launcher.open_customer_dialog(h.ctx, h.window)
        assert dialog is not None
        form = dialog.customer_form  # type: ignore[attr-defined]
        if view == "duplicate":
            _long_customer()
            form.name.setText("Maxi Hohenzollern")
            form.email.setText(LONG_EMAIL)
            dialog.save_button.click()  # type: ignore[attr-defined]
        else:
            form.email.setText("ingrid@@fjord")
            form.phone.setText("555")
            form.phone.editingFinished.emit()
            dialog.save_button.click()  # type: ignore[attr-defined]
        return h.dialog(dialog)

    return make


def _bulk_dialog(kind: str) -> Callable[[Harness], QWidget | None]:
    def make(h: Harness) -> QWidget | None:
        from carebook.services import customers
        from ui.dialogs import launcher

        if launcher.dialog_class("customer") is None:
            return None
        from ui.dialogs.bulk_dialogs import AddTagDialog, BulkFollowupDialog
        from ui.dialogs.score_dialog import ScoreDialog

        ids = [row.id for row in customers.list_customers(limit=12).rows]
        if kind == "tag":
            dialog: QDialog = AddTagDialog(h.ctx, h.window, customer_ids=ids)
        elif kind == "followup":
            dialog = BulkFollowupDialog(h.ctx, h.window, customer_ids=ids)
            dialog.note.setPlainText("Tell them about the spring service offer")  # type: ignore[attr-defined]
        else:
            dialog = ScoreDialog(h.ctx, h.window, customer_id=_long_customer())
            dialog.kind_buttons["nps"].setChecked(True)  # type: ignore[attr-defined]
            dialog.picker.set_value(9)  # type: ignore[attr-defined]
            dialog.comment.setText("Would recommend the repair service to anyone")  # type: ignore[attr-defined]
        return h.dialog(launcher.show_dialog(h.ctx, dialog, notify=False))

    return make


def _reconnecting(show: bool) -> Callable[[Harness], QWidget | None]:
    """The quiet bar while the shop's server cannot be reached (ui.live_changes shows it); False: hidden
    again, no picture."""

    def make(h: Harness) -> QWidget | None:
        h.window.reconnect_bar.set_reconnecting(show)
        page = h.page("contacts")
        h.settle()
        return page if show else None

    return make


def _draft_shots() -> list[Shot]:
    """The unsaved-changes question, length counters, a restored draft (tests/ui/screenshots_drafts.py)."""
    from tests.ui.screenshots_drafts import DRAFT_SHOTS

    return [Shot(name, factory) for name, factory in DRAFT_SHOTS]


def _live_shots() -> list[Shot]:
    """A form whose record changed or went at another counter (``tests/ui/screenshots_live.py``)."""
    from tests.ui.screenshots_live import LIVE_SHOTS

    return [Shot(name, factory) for name, factory in LIVE_SHOTS]


def _data_shots() -> list[Shot]:
    """Import wizard, export, backups, merge and privacy dialogs (``tests/ui/screenshots_data.py``)."""
    from tests.ui.screenshots_data import DATA_SHOTS

    return [Shot(name, factory) for name, factory in DATA_SHOTS]


def _conflict_shots() -> list[Shot]:
    """"Changed at another counter" (``tests/ui/screenshots_conflicts.py``)."""
    from tests.ui.screenshots_conflicts import CONFLICT_SHOTS

    return [Shot(name, factory) for name, factory in CONFLICT_SHOTS]


def _connect_shots() -> list[Shot]:
    """File › Connect to the shop's server… (``tests/ui/screenshots_connect.py``)."""
    from tests.ui.screenshots_connect import CONNECT_SHOTS

    return [Shot(name, factory) for name, factory in CONNECT_SHOTS]


def _counter_shots() -> list[Shot]:
    """Who is at the other counters, in the status bar (``tests/ui/screenshots_counters.py``)."""
    from tests.ui.screenshots_counters import COUNTER_SHOTS

    return [Shot(name, factory) for name, factory in COUNTER_SHOTS]


SHOTS: list[Shot] = [
    *(Shot(page_id, lambda h, p=page_id: h.page(p)) for page_id in PAGE_IDS),
    Shot("search", _search),
    Shot("settings-dialog", lambda h: h.dialog(h.window.open_settings())),
    Shot("settings-dialog-errors", _settings_errors),
    Shot("staff-dialog", lambda h: h.dialog(h.window.open_staff())),
    Shot("counter-dialog", lambda h: h.dialog(h.window.open_counter())),
    Shot("welcome-dialog", _welcome),
    Shot("welcome-dialog-errors", _welcome_errors),
    *_connect_shots(),
    Shot("about-dialog", lambda h: h.dialog(h.window.open_about())),
    Shot("shortcuts-dialog", lambda h: h.dialog(h.window.open_shortcuts())),
    Shot("customer-dialog", _record_dialog("customer")),
    Shot("contact-dialog", _record_dialog("contact")),
    Shot("contact-dialog-filled", _contact_filled),
    Shot("contact-dialog-errors", _contact_errors),
    Shot("contact-dialog-search", _contact_search),
    Shot("contacts-empty", _contacts_empty),
    Shot("contacts-reset", _contacts_reset),
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
    Shot("followup-dialog-search", _followup_dialog("search")),
    Shot("satisfaction-figures", _satisfaction("top")),
    Shot("satisfaction-charts", _satisfaction("charts")),
    Shot("satisfaction-empty", _satisfaction("empty")),
    Shot("satisfaction-reset", _satisfaction("reset")),  # no picture: back to this month
    Shot("today-everyone", _today("everyone")),
    Shot("today-more", _today("more")),
    Shot("today-upcoming", _today("upcoming")),
    Shot("today-reminder", _today("reminder")),
    Shot("today-empty", _today("empty")),
    Shot("snooze-dialog", _today("snooze")),
    Shot("today-reset", _today("reset")),  # no picture: mine again, banner and undo bar closed
    *_counter_shots(),
    Shot("reports-ready", _reports("ready")),
    Shot("reports-page", _reports("page")),
    Shot("reports-busy", _reports("busy")),
    Shot("reports-reset", _reports("reset")),  # no picture: last month again, fit to width
    Shot("customers-long-name", _customers("long")),
    Shot("customers-selected", _customers("selected")),
    Shot("customers-errors", _customers("errors")),
    Shot("customers-trash", _customers("trash")),
    Shot("customers-no-match", _customers("no-match")),
    Shot("customers-800x600", _customers_small("history")),
    Shot("customers-800x600-details", _customers_small("details")),
    Shot("customers-800x600-reset", _customers_small("reset")),  # no picture: the usual size again
    Shot("customers-history", _customers_history),
    Shot("customers-reset", _customers("reset")),  # no picture: every filter off, edits reverted
    Shot("customer-dialog-edit", _customer_dialog("edit")),
    Shot("customer-dialog-duplicate", _customer_dialog("duplicate")),
    Shot("customer-dialog-errors", _customer_dialog("errors")),
    Shot("add-tag-dialog", _bulk_dialog("tag")),
    Shot("bulk-followup-dialog", _bulk_dialog("followup")),
    Shot("score-dialog", _bulk_dialog("score")),
    Shot("reconnecting", _reconnecting(True)),
    Shot("reconnecting-reset", _reconnecting(False)),  # no picture: the bar hidden again
    *_draft_shots(),
    *_data_shots(),
    *_live_shots(),
    *_conflict_shots(),
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
        _birthdays_this_week()
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


def _birthdays_this_week() -> None:
    """Three customers with a birthday in the coming days, so Today shows its birthday line."""
    from datetime import timedelta

    from carebook import clock
    from carebook.services import customers

    today = clock.today()
    for offset, customer_id in zip((0, 2, 5), (1, 2, 3), strict=True):
        day = today + timedelta(days=offset)
        customers.update(customer_id, birthday=day.replace(year=day.year - 30 - offset))


def take(
    outdir: Path, shots: list[Shot] | None = None, *, language: str = "", palettes: Sequence[str] = PALETTES
) -> list[Path]:
    """Every shot in each of ``palettes``; in ``language`` (a code such as "de") when given, the report's
    language too when the PDF has it (``tests/ui/screenshots_languages.py``)."""
    from carebook.shop import close_shop
    from ui import languages, style
    from ui.app import application

    outdir.mkdir(parents=True, exist_ok=True)
    app = application([sys.argv[0]])
    if language:
        languages.apply(app, language)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="carebook-shots-") as folder:
        data = Path(folder)
        os.environ["CAREBOOK_DATA_DIR"] = str(data)
        harness = Harness(app, data)
        try:
            if language:
                screenshots_languages.shop_speaks(language)
            for palette in palettes:
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
            harness.window.shutdown()  # first: closing asks nothing about what the pictures typed
            harness.window.close()
            close_shop()
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    codes = screenshots_languages.codes(args[2] if len(args) == 3 and args[1] == "--languages" else "")
    if len(args) not in (1, 3) or codes is None:
        print("usage: python -m tests.ui.screenshots OUTDIR [--languages de,ar]", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    target = Path(args[0])
    written = screenshots_languages.take_each(target, codes, take) if codes else take(target)
    print(f"{len(written)} screenshots in {args[0]}")
    app = QApplication.instance()
    if app is not None:
        app.shutdown()  # without exec(), PySide6 crashes at exit unless the app is shut down first
    return 0


if __name__ == "__main__":
    sys.exit(main())
