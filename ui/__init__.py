"""Carebook's Qt front end. Imports carebook; carebook never imports this package."""

from __future__ import annotations

import sys


def _guard_pyside_refcounts() -> None:
    """Work around PySide6 6.12.0 on Python 3.11: it drops a reference to None on every call of a
    method that returns nothing (``label.setText(...)``) and to True on every signal emission.

    On Python 3.12+ these objects are immortal, so nothing happens; on 3.11 their count reaches
    zero after a few thousand calls and the interpreter aborts ("deallocating None"). PySide6 6.11
    does not have the bug. Until a fixed release is pinned, give the three singletons the huge
    reference count that Python 3.12 gives immortal objects, so the lost references never matter.
    """
    if sys.version_info >= (3, 12):
        return
    import ctypes

    import PySide6

    if not PySide6.__version__.startswith("6.12."):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_guard_pyside_refcounts()
