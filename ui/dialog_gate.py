"""No click falls through: the one way the window's toolbar and menu actions open their dialogs.

``DialogGate(window)``; ``gate.run(open_dialog)`` calls ``open_dialog`` (which returns the dialog it
showed, or None) unless the gate is busy, so a repeated trigger (the second click of a double-click, a
key held down) opens nothing more. The gate is busy while a dialog opens, while it is open, and for a
double-click interval after it closed (a double-click on Save must not land on the table under it).
While busy, mouse presses, releases, double-clicks and wheel turns aimed at the window are eaten: the
dialog takes the mouse from the moment it is asked for, before the window system has even shown it.

The application-wide event filter is installed only while busy, so it costs nothing the rest of the time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

_MOUSE = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
}


class DialogGate(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None
        self._opening = False
        self._filtering = False
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.timeout.connect(self._release)

    def busy(self) -> bool:
        return self._opening or self.dialog is not None or self.settle.isActive()

    def run(self, open_dialog: Callable[[], object]) -> object:
        """Open a dialog unless one opened by this gate is still opening, open or just closed."""
        if self.busy():
            return None
        self._opening = True
        self._filter(True)
        try:
            result = open_dialog()
        except BaseException:
            self._opening = False
            self._closed()  # the filter goes after the settling time, as after any dialog
            raise
        self._opening = False
        if isinstance(result, QDialog) and result.isVisible():
            self.dialog = result
            result.finished.connect(self._closed)
            result.destroyed.connect(self._closed)
        else:  # a dialog that ran and closed inside the call (message boxes, exec()), or none at all
            self._closed()
        return result

    def _closed(self, *_args: object) -> None:
        if self.dialog is None and self.settle.isActive():
            return
        self.dialog = None
        self.settle.start(QApplication.doubleClickInterval())

    def _release(self) -> None:
        if not self.busy():
            self._filter(False)

    def _filter(self, on: bool) -> None:
        app = QCoreApplication.instance()
        if app is None or on == self._filtering:
            return
        self._filtering = on
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # a click meant for the dialog (or a repeat) never reaches the window under it
        return event.type() in _MOUSE and isinstance(watched, QWidget) and watched.window() is self.window
