"""PySide6 6.12.0 on Python 3.11 leaks references to None/True on every void call and signal emit;
without the guard in ui/__init__.py the interpreter aborts after a few thousand calls."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import ui  # installs the guard
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Emitter(QObject):
    fired = Signal(bool)

app = QApplication([])
label = QLabel()
emitter = Emitter()
emitter.fired.connect(lambda value: None)
for _ in range(50_000):
    label.setText("x")
    emitter.fired.emit(True)
print("survived")
"""


def test_many_void_calls_and_emits_do_not_abort_the_app() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "survived"
