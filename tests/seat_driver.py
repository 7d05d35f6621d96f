"""One counter of a shop, driven from a test: the real app window (``ui.app.run``) in its own process,
offscreen, obeying JSON-line commands on stdin and answering one JSON line each on stdout.

Run: ``QT_QPA_PLATFORM=offscreen python -m tests.seat_driver --db TARGET --staff NAME`` (TARGET: an
SQLite file or a ``postgresql://`` address; give each seat its own ``CAREBOOK_DATA_DIR``).
``tests/seats.py`` starts seats and talks to them. The first line out is ``{"ready": true, "pid": N}``
once the main window shows. Each answer has ``"ok"``; a failed command answers
``{"ok": false, "error": "..."}`` and the seat carries on. Commands (``{"cmd": NAME, ...}``):

- ``ping``: the window's title.
- ``log_contact`` ``customer_id``, ``summary``, [``channel``], [``due_on``: a follow-up's ISO date]:
  through the app's own use case, as the contact dialog's save; answers ``id`` and ``committed_at``
  (``time.time()`` once committed).
- ``show_page`` ``page`` (today, customers, contacts...); ``show_customer`` ``id``.
- ``page``: what the current page shows: ``views`` (every visible list or table: its rows, each a list of
  cell texts, plus what the row says to a screen reader when that differs: the customer's history) and
  ``texts`` (its visible labels: Today's cards, the customer's details).
- ``wait_text`` ``text``, [``timeout``]: wait (in the event loop) until ``text`` shows on the current
  page or in a visible window; answers ``found`` and ``seen_at`` (``time.time()`` when first seen).
- ``open_dialog`` ``kind`` (customer, contact, followup), [``id``]: as the window's own actions.
- ``windows``: the visible top-level windows: ``class``, ``title``, ``modal``, ``texts`` (labels, a
  message box's text), ``fields`` (object name or attribute path -> text of every visible text field),
  ``buttons`` (object name, else text -> text of every visible button: a choice's radio buttons too).
- ``type`` ``window``, ``field``, ``text``: type into a field (keystrokes, as a clerk does: it replaces
  what is there). ``press`` ``window``, ``button``: click a button (run on the next turn of the loop, so
  a message box it opens does not hold the answer back). ``window`` is a class name or a part of the
  title (default: the active dialog); ``field``/``button`` an attribute path (``customer_form.notes``,
  ``save_button``), an object name, or a button's text.
- ``reconnecting``: whether the "Reconnecting to the shop's server…" bar shows (``bar``) and whether the
  window listens to the server (``listening``; null on an SQLite file).
- ``quit``: close the window (unsaved work is not asked about) and end.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QModelIndex, QObject, QSocketNotifier, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

POLL_MS = 20


def _own(root: QWidget, widget: QWidget) -> bool:
    """``widget`` shows in ``root`` itself, not in a dialog opened over it."""
    return widget.window() is root.window() and widget.isVisibleTo(root)


def _visible_labels(root: QWidget) -> list[str]:
    return [w.text() for w in root.findChildren(QLabel) if _own(root, w) and w.text()]


def _view_rows(view: QAbstractItemView, limit: int = 200) -> list[list[str]]:
    model = view.model()
    if model is None:
        return []
    top = QModelIndex()
    try:
        columns = model.columnCount(top)
    except TypeError:  # a list model's is private
        columns = 1
    rows = []
    for row in range(min(model.rowCount(top), limit)):
        cells = [model.index(row, col).data(Qt.ItemDataRole.DisplayRole) for col in range(columns)]
        spoken = model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)  # what a drawn row says
        if spoken and spoken not in cells:
            cells.append(spoken)
        rows.append(["" if cell is None else str(cell) for cell in cells])
    return rows


def _field_text(widget: QWidget) -> str | None:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return None


def _attribute_names(root: QWidget) -> dict[int, str]:
    """id(widget) -> attribute path for the widgets held in attributes of ``root`` and of its forms."""
    names: dict[int, str] = {}
    for name, value in vars(root).items():
        if isinstance(value, QWidget):
            names.setdefault(id(value), name)
            for sub, inner in vars(value).items():
                if isinstance(inner, QWidget):
                    names.setdefault(id(inner), f"{name}.{sub}")
    return names


class Seat(QObject):
    def __init__(self, out: Any) -> None:
        super().__init__()
        self._out = out
        self._buffer = b""
        self._notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)

    # -- protocol -------------------------------------------------------------------------------
    def say(self, answer: dict[str, Any]) -> None:
        self._out.write(json.dumps(answer) + "\n")
        self._out.flush()

    def _readable(self) -> None:
        data = os.read(sys.stdin.fileno(), 65536)
        if not data:  # the test went away
            self._notifier.setEnabled(False)
            self._quit()
            return
        self._buffer += data
        while b"\n" in self._buffer:
            line, self._buffer = self._buffer.split(b"\n", 1)
            if line.strip():
                self._obey(json.loads(line))

    def _obey(self, command: dict[str, Any]) -> None:
        handler: Callable[[dict[str, Any]], dict[str, Any] | None] | None = getattr(
            self, f"do_{command.get('cmd', '')}", None
        )
        if handler is None:
            self.say({"ok": False, "error": f"unknown command {command.get('cmd')!r}"})
            return
        try:
            answer = handler(command)
        except Exception as error:  # the seat carries on: the test reads the error
            self.say({"ok": False, "error": f"{type(error).__name__}: {error}"})
            return
        if answer is not None:  # None: answered later (wait_text)
            self.say({"ok": True, **answer})

    # -- finding things -------------------------------------------------------------------------
    @staticmethod
    def window() -> Any:
        from ui.main_window import MainWindow

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                return widget
        raise LookupError("the main window is not open")

    @staticmethod
    def _windows() -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if w.isVisible()]

    def _find_window(self, selector: str | None) -> QWidget:
        if not selector:
            modal = QApplication.activeModalWidget()
            if modal is not None:
                return modal
            dialogs = [w for w in self._windows() if w is not self.window()]
            if dialogs:
                return dialogs[-1]
            raise LookupError("no dialog is open")
        found = [w for w in self._windows() if type(w).__name__ == selector or selector in w.windowTitle()]
        if not found:
            raise LookupError(f"no visible window {selector!r}")
        return found[-1]

    @staticmethod
    def _find_widget(root: QWidget, name: str) -> QWidget:
        target: Any = root
        try:
            for part in name.split("."):
                target = getattr(target, part)
            if isinstance(target, QWidget):
                return target
        except AttributeError:
            pass
        by_name = root.findChild(QWidget, name)
        if by_name is not None:
            return by_name
        for button in root.findChildren(QAbstractButton):
            if button.isVisibleTo(root) and button.text().replace("&", "") == name:
                return button
        raise LookupError(f"no field or button {name!r} in {type(root).__name__}")

    def _page_dump(self) -> dict[str, Any]:
        page = self.window().current_page()
        views = [_view_rows(v) for v in page.findChildren(QAbstractItemView) if _own(page, v)]
        return {"page": page.page_id, "views": views, "texts": _visible_labels(page)}

    def _window_dump(self, widget: QWidget) -> dict[str, Any]:
        names = _attribute_names(widget)
        fields = {}
        for child in widget.findChildren(QWidget):
            text = _field_text(child)
            if text is not None and _own(widget, child):
                fields[names.get(id(child)) or child.objectName() or type(child).__name__] = text
        return {
            "class": type(widget).__name__,
            "title": widget.windowTitle(),
            "modal": widget.isModal(),
            "texts": _visible_labels(widget),
            "fields": fields,
            "buttons": {
                button.objectName() or button.text(): button.text().replace("&&", "&")
                for button in widget.findChildren(QAbstractButton)
                if _own(widget, button) and button.isVisible()
            },
        }

    def _shows(self, text: str) -> bool:
        dump = json.dumps([self._page_dump(), [self._window_dump(w) for w in self._windows()]])
        return json.dumps(text)[1:-1] in dump

    # -- commands -------------------------------------------------------------------------------
    def do_ping(self, _command: dict[str, Any]) -> dict[str, Any]:
        return {"pid": os.getpid(), "title": self.window().windowTitle()}

    def do_log_contact(self, command: dict[str, Any]) -> dict[str, Any]:
        from datetime import date

        from carebook.usecases.log_contact import log_contact

        window = self.window()
        due = command.get("due_on")
        logged = log_contact(
            int(command["customer_id"]),
            command.get("channel", "phone"),
            summary=command.get("summary", ""),
            staff_id=window.ctx.staff_id,
            due_on=date.fromisoformat(due) if due else None,
        )
        committed_at = time.time()
        window.ctx.notify_data_changed()
        return {"id": logged.contact.id, "committed_at": committed_at}

    def do_show_page(self, command: dict[str, Any]) -> dict[str, Any]:
        if self.window().show_page(command["page"]) is None:
            raise LookupError(f"no page {command['page']!r}")
        return {}

    def do_show_customer(self, command: dict[str, Any]) -> dict[str, Any]:
        self.window().show_customer(int(command["id"]))
        return {}

    def do_page(self, _command: dict[str, Any]) -> dict[str, Any]:
        return self._page_dump()

    def do_wait_text(self, command: dict[str, Any]) -> None:
        text = str(command["text"])
        deadline = time.monotonic() + float(command.get("timeout", 10))
        timer = QTimer(self)

        def look() -> None:
            try:
                shows = self._shows(text)
            except Exception as error:
                timer.stop()
                self.say({"ok": False, "error": f"{type(error).__name__}: {error}"})
                return
            if shows or time.monotonic() > deadline:
                timer.stop()
                timer.deleteLater()
                self.say({"ok": True, "found": shows, "seen_at": time.time()})

        timer.timeout.connect(look)
        timer.start(POLL_MS)
        return None

    def do_open_dialog(self, command: dict[str, Any]) -> dict[str, Any]:
        window = self.window()
        record = command.get("id")
        openers = {
            "customer": lambda: window.open_customer_dialog(record),
            "contact": lambda: window.open_contact_dialog(customer_id=record),
            "followup": lambda: window.open_followup_dialog(customer_id=record),
        }
        QTimer.singleShot(0, openers[command["kind"]])
        return {}

    def do_windows(self, _command: dict[str, Any]) -> dict[str, Any]:
        return {"windows": [self._window_dump(w) for w in self._windows()]}

    def do_type(self, command: dict[str, Any]) -> dict[str, Any]:
        field = self._find_widget(self._find_window(command.get("window")), command["field"])
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(field, (QLineEdit, QPlainTextEdit, QTextEdit)):
            field.selectAll()
        elif isinstance(field, QComboBox) and (line := field.lineEdit()) is not None:
            line.selectAll()
        QTest.keyClicks(field, command["text"])
        return {"text": _field_text(field)}

    def do_press(self, command: dict[str, Any]) -> dict[str, Any]:
        button = self._find_widget(self._find_window(command.get("window")), command["button"])
        if not isinstance(button, QAbstractButton):
            raise LookupError(f"{command['button']!r} is not a button")
        QTimer.singleShot(0, button.click)
        return {}

    def do_reconnecting(self, _command: dict[str, Any]) -> dict[str, Any]:
        window = self.window()
        listening = getattr(window.external, "listening", None)  # None: an SQLite file (no listener)
        return {"bar": bool(window.reconnect_bar.isVisible()), "listening": listening}

    def do_quit(self, _command: dict[str, Any]) -> dict[str, Any]:
        QTimer.singleShot(0, self._quit)
        return {}

    def _quit(self) -> None:
        for widget in self._windows():
            if widget is not self.window():
                widget.hide()
        self.window().shutdown()  # closes without asking about unsaved work
        QApplication.quit()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--staff", default=None)
    args = parser.parse_args()
    out = os.fdopen(os.dup(sys.stdout.fileno()), "w")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # anything else printed goes to stderr
    from ui import app

    seat: list[Seat] = []

    def loop(application: QApplication) -> int:
        def when_shown() -> None:
            try:
                Seat.window()
            except LookupError:
                QTimer.singleShot(50, when_shown)
                return
            seat.append(Seat(out))
            seat[0].say({"ready": True, "pid": os.getpid()})

        QTimer.singleShot(0, when_shown)
        return application.exec()

    app._event_loop = loop  # the seam tests replace
    return app.run(db=args.db, staff=args.staff, argv=[sys.argv[0]])


if __name__ == "__main__":
    sys.exit(main())
