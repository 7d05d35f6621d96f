"""PySide6 6.12.0 on Python 3.11 loses a reference to None on every void call and to True on every
signal emission, and the interpreter aborts after a few thousand calls ("deallocating True"). Nothing in
Carebook patches the interpreter: pyproject.toml pins a PySide6 without the bug on the Pythons that have
it, and this proves it on the installed one. ui/preflight.py refuses the bad combination at start."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys

import ui  # the app's package, as the app imports it
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Emitter(QObject):
    fired = Signal(bool)

app = QApplication([])
label = QLabel()
emitter = Emitter()
emitter.fired.connect(lambda value: None)
before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(50_000):
    label.setText("x")
    emitter.fired.emit(True)
after = sys.getrefcount(None), sys.getrefcount(True)
print("survived", abs(after[0] - before[0]) < 1000 and abs(after[1] - before[1]) < 1000)
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
    assert result.stdout.strip() == "survived True"  # and None's and True's counts did not drift


def test_importing_ui_patches_nothing_and_leaves_qt_to_the_app() -> None:
    check = (
        "import sys, ui.launch; "
        "print(max(sys.getrefcount(x) for x in (None, True, False)) < 2**32, 'PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "False"]  # no inflated counts; the CLI never loads Qt
