"""Frozen entry point of ``carebook-gui`` (no console window): the desktop app.

A windowed executable has no stdout/stderr on Windows (they are None), so a stray ``print`` or warning
would raise; both go to the null device instead.
"""

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the app
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115

from ui.launch import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())
