"""Keyboard first (issue 20): real key presses (QTest) for Ctrl+Enter in dialogs, the one-stop date-time
field, F1's list, the actions that use the customer in view, and the counted route for logging a contact."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QWidget

from carebook import clock
from carebook.services import customers, followups, interactions
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Keys:
    """Presses keys where the focus is, as a person would, and counts them: a key held with Ctrl or
    Alt is two presses; ``type`` (the text a person types anyway) is not counted."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.count = 0

    def target(self) -> QWidget:
        widget = QApplication.focusWidget() or QApplication.activeWindow()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1 + sum(1 for m in (CTRL, ALT, SHIFT) if modifiers & m)
        self.qtbot.keyClick(self.target(), key, modifiers)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.target(), text)


def modal(qtbot, kind: type[QDialog]) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.fixture
def found(main_window: MainWindow, qtbot):  # type: ignore[no-untyped-def]
    """Ada Lovelace, found and open on the Customers page."""
    row = customers.create("Ada Lovelace", phone="020 7946 0018", email="ada@example.com").row
    customers.create("Charles Babbage")
    page = main_window.show_page("customers")
    assert page is not None and page.open_customer(row.id)
    qtbot.waitUntil(lambda: main_window.customer_in_view() == row.id)
    return row


# -- Ctrl+Enter -----------------------------------------------------------------------------------


def test_ctrl_enter_saves_from_a_line_edit(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.customer_dialog import CustomerDialog

    qtbot.keyClick(main_window, Qt.Key.Key_N, CTRL)
    dialog = modal(qtbot, CustomerDialog)
    form = dialog.customer_form  # type: ignore[attr-defined]
    qtbot.keyClicks(form.name, "Grace Hopper")
    form.email.setFocus()
    qtbot.keyClicks(form.email, "grace@example.com")
    qtbot.keyClick(form.email, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [row.name for row in customers.list_customers().rows] == ["Grace Hopper"]
    assert "Ctrl+Enter saves from any field" in dialog.keys_hint.text()  # type: ignore[attr-defined]


def test_ctrl_enter_saves_from_a_combo_after_the_notes(main_window: MainWindow, qtbot, found) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.contact_dialog import ContactDialog

    qtbot.keyClick(main_window, Qt.Key.Key_L, CTRL)
    dialog = modal(qtbot, ContactDialog)
    qtbot.keyClicks(dialog.summary, "Asked about opening hours")  # type: ignore[attr-defined]
    dialog.notes.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.notes, "Open till six")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)  # type: ignore[attr-defined]  # a new line, not a save
    assert dialog.isVisible()
    dialog.reason.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Enter, CTRL)  # type: ignore[attr-defined]  # the keypad's Enter
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [(row.summary, row.notes) for row in interactions.for_customer(found.id)] == [
        ("Asked about opening hours", "Open till six")
    ]


def test_ctrl_enter_does_not_save_a_refused_dialog(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.customer_dialog import CustomerDialog

    qtbot.keyClick(main_window, Qt.Key.Key_N, CTRL)
    dialog = modal(qtbot, CustomerDialog)
    form = dialog.customer_form  # type: ignore[attr-defined]
    form.email.setFocus()
    qtbot.keyClicks(form.email, "not an address")
    qtbot.keyClick(form.email, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible() and form.email.text() == "not an address"
    assert customers.list_customers().total == 0
    dialog.reject()


# -- one Tab stop for a date and time ----------------------------------------------------------------


def test_the_date_time_field_is_one_tab_stop(main_window: MainWindow, qtbot, found) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.contact_dialog import ContactDialog

    qtbot.keyClick(main_window, Qt.Key.Key_L, CTRL)
    dialog = modal(qtbot, ContactDialog)
    dialog.when.setFocus()  # type: ignore[attr-defined]
    before = dialog.when.dateTime()  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.when, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is dialog.staff  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.staff, Qt.Key.Key_Backtab, SHIFT)  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is dialog.when  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.when, Qt.Key.Key_Tab, SHIFT)  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is not dialog.when  # type: ignore[attr-defined]
    assert dialog.when.dateTime() == before  # type: ignore[attr-defined]  # Tab changed nothing
    dialog.reject()


# -- F1 -----------------------------------------------------------------------------------------------


def test_f1_lists_every_actions_shortcut(main_window: MainWindow, qtbot, found) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.shortcuts_dialog import ShortcutsDialog

    customers_page = main_window.page("customers")
    assert customers_page is not None
    customers_page.detail.log_contact()  # type: ignore[attr-defined]  # a dialog open under a page:
    rows = main_window.actions.shortcut_rows()  # its keys are not listed as the page's
    assert [where for _i, text, _k, where in rows if text == "Save, from any field"] == ["Any dialog"]
    assert [where for _i, text, _k, where in rows if text == "Channel: Email"] == ["Log a contact"]
    customers_page.detail.last_dialog.reject()  # type: ignore[attr-defined]
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    dialog = modal(qtbot, ShortcutsDialog)
    table = dialog.table  # type: ignore[attr-defined]
    listed = {
        (table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    keys_listed = {keys for _text, keys, _where in listed}
    # every action of the window and of every page that has keys is listed, with all its keys
    holders: list[QWidget] = [main_window, *main_window.pages]
    for holder in holders:
        for action in holder.findChildren(QAction):
            if isinstance(action.parent(), QDialog):
                continue  # a dialog's own keys: listed once, under "Any dialog" or the dialog's name
            shortcuts = action.shortcuts()
            if not shortcuts:
                continue
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts)
            text = action.text().replace("&", "").rstrip("…")
            assert any(t == text and k == keys for t, k, _w in listed), f"{text} ({keys}) is not listed"
    for keys in ("Ctrl+D", "Ctrl+S", "Ctrl+P", "Ctrl+Enter, Ctrl+Return", "Ctrl+Shift+S", "Alt+1", "F1"):
        assert keys in keys_listed, keys
    assert ("Save, from any field", "Ctrl+Enter, Ctrl+Return", "Any dialog") in listed
    assert ("Mark done", "Ctrl+D", "Follow-ups") in listed
    assert ("Record a score", "Ctrl+Shift+S", "Everywhere") in listed
    assert [w for t, _k, w in listed if t == "Save, from any field"] == ["Any dialog"]  # once
    dialog.reject()


# -- the customer in view -----------------------------------------------------------------------------


def test_ctrl_l_logs_a_contact_for_the_open_customer(main_window: MainWindow, qtbot, found) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.contact_dialog import ContactDialog

    qtbot.keyClick(main_window.current_page(), Qt.Key.Key_L, CTRL)
    dialog = modal(qtbot, ContactDialog)
    assert dialog.picker.customer_id() == found.id  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is dialog.summary  # type: ignore[attr-defined]
    dialog.reject()


def test_new_followup_and_score_use_the_customer_in_view(main_window: MainWindow, qtbot, found) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.followup_dialog import FollowupDialog
    from ui.dialogs.score_dialog import ScoreDialog

    qtbot.keyClick(main_window, Qt.Key.Key_N, CTRL | SHIFT)
    dialog = modal(qtbot, FollowupDialog)
    assert dialog.customer.customer_id == found.id  # type: ignore[attr-defined]
    dialog.reject()
    main_window.activateWindow()  # what the window manager does when a dialog closes
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, Qt.Key.Key_S, CTRL | SHIFT)
    score = modal(qtbot, ScoreDialog)
    assert score.customer_id == found.id  # type: ignore[attr-defined]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not score.isVisible())
    from carebook.services import feedback

    assert [(row.kind, row.score) for row in feedback.for_customer(found.id)] == [("csat", 4)]


def test_score_without_a_customer_in_view_asks_to_find_one(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.show_page("reports")
    assert main_window.customer_in_view() is None
    qtbot.keyClick(main_window, Qt.Key.Key_S, CTRL | SHIFT)
    assert QApplication.activeModalWidget() is None
    assert main_window.search_box.hasFocus()
    assert "Find a customer first" in main_window.status.currentMessage()


def test_the_selected_followup_is_the_customer_in_view(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    row = customers.create("Ada Lovelace").row
    followups.create(row.id, due_on=clock.today() + timedelta(days=1), note="Ring back")
    page = main_window.show_page("followups")
    assert page is not None
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # type: ignore[attr-defined]
    page.select_row(0)  # type: ignore[attr-defined]
    assert main_window.customer_in_view() == row.id


# -- the counted route --------------------------------------------------------------------------------


def test_logging_a_contact_with_reason_summary_and_followup_takes_at_most_12_presses(
    main_window: MainWindow, qtbot, found
) -> None:  # type: ignore[no-untyped-def]
    """From a found customer: Ctrl+L, the summary (typed), Alt+R and a letter for the reason, Alt+U and
    Down for "In 2 days", Ctrl+Enter. Every step is shown in the dialog: underlined letters in the
    labels, "Ctrl+Enter saves from any field" beside the buttons."""
    from ui.dialogs.contact_dialog import ContactDialog

    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_L, CTRL)
    dialog = modal(qtbot, ContactDialog)
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.isVisible()}
    assert {"&Reason:", "&Summary:", "Follow-&up:"} <= labels  # the letters are underlined
    assert dialog.keys_hint.isVisible()  # type: ignore[attr-defined]
    assert dialog.keys_hint.text() == "Ctrl+Enter saves from any field"  # type: ignore[attr-defined]
    keys.type("Gears slip under load")
    keys.press(Qt.Key.Key_R, ALT)
    keys.press(Qt.Key.Key_T)  # Technical
    keys.press(Qt.Key.Key_U, ALT)
    keys.press(Qt.Key.Key_Down)  # In 2 days
    keys.press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [contact] = interactions.for_customer(found.id)
    assert (contact.summary, contact.reason) == ("Gears slip under load", "technical")
    [followup] = followups.for_customer(found.id)
    assert followup.due_on == clock.today() + timedelta(days=2)
    assert keys.count <= 12, keys.count
    assert keys.count == 10


def test_ctrl_enter_in_the_notes_saves(main_window: MainWindow, qtbot, found) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.contact_dialog import ContactDialog

    qtbot.keyClick(main_window, Qt.Key.Key_L, CTRL)
    dialog = modal(qtbot, ContactDialog)
    qtbot.keyClicks(dialog.summary, "Brakes")  # type: ignore[attr-defined]
    dialog.notes.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.notes, "Pads worn")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return, CTRL)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [row.notes for row in interactions.for_customer(found.id)] == ["Pads worn"]


def test_ctrl_l_on_today_logs_for_the_focused_card(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.contact_dialog import ContactDialog

    row = customers.create("Ada Lovelace").row
    followups.create(row.id, due_on=clock.today(), note="Ring back about the quote")
    window = MainWindow(ctx)  # something is due: it opens on Today
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.current_page()
    assert page.page_id == "today"
    qtbot.waitUntil(lambda: len(page.card_widgets()) == 1)  # type: ignore[attr-defined]
    assert window.customer_in_view() is None  # no card has the focus yet
    page.focus_default()
    assert window.customer_in_view() == row.id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, CTRL)
    dialog = modal(qtbot, ContactDialog)
    assert dialog.picker.customer_id() == row.id  # type: ignore[attr-defined]
    dialog.reject()
    window.shutdown()


def test_ctrl_enter_goes_on_in_the_import_wizard(ctx, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.import_support import choose, open_wizard, write
    from ui.dialogs.import_wizard import P_FORMAT, P_SUMMARY

    source = open_wizard(ctx, qtbot)
    wizard = next(source)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    choose(wizard, qtbot, write(tmp_path / "people.csv", "name;email\nGrace Hopper;grace@example.com\n"))
    edit = wizard.file_page.findChild(QLineEdit)
    assert edit is not None
    qtbot.keyClick(edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: wizard.currentId() == P_FORMAT)
    while wizard.currentId() != P_SUMMARY:
        before = wizard.currentId()
        qtbot.waitUntil(lambda: not wizard.busy())
        qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Return, CTRL)
        qtbot.waitUntil(lambda b=before: wizard.currentId() != b)  # type: ignore[misc]
    qtbot.waitUntil(lambda: not wizard.busy())
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Return, CTRL)  # Import
    qtbot.waitUntil(lambda: wizard.run_page.result is not None)
    assert [row.name for row in customers.list_customers().rows] == ["Grace Hopper"]
    wizard.background.shutdown()
