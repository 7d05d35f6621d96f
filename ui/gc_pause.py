"""Python's garbage collector paused while the app starts, then told to leave start-up's objects alone.

Starting the window creates a few hundred thousand objects that live as long as the app (modules,
classes, Qt wrappers, enums). With the collector on, each batch of new objects triggers a collection
that scans all of them again: about 15 ms of start-up spent finding no garbage. ``pause()`` turns the
collector off for the start (``ui.launch`` calls it before the app's modules are imported); ``resume()``,
once the window has painted and its pages are built, moves everything start-up made into the permanent
generation (``gc.freeze``) and turns the collector back on, so later collections, which run while the
user works, scan only what was made since. Plain reference counting frees almost everything meanwhile.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Turn the collector off for the start (nothing happens when it is already off)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Freeze start-up's objects and turn the collector back on, if ``pause`` turned it off."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def paused() -> bool:
    return _paused
