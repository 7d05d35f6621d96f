"""``lazy(name)``: a module imported when one of its names is first used.

The modules of the main window's first frame (the window, the Today page and their widgets) must not
load peewee, the services or the database layer at import: ``ui.app`` paints the window first and loads
those right after (``carebook.glance``). They name the core modules they call through this proxy, e.g.
``followups = lazy("carebook.services.followups")``; ``followups.complete(...)`` then imports the real
module on first use and reads the name from it on every use, so a test that patches the real module
patches what the page calls.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any


class LazyModule:
    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        module = sys.modules.get(self._name) or importlib.import_module(self._name)
        return getattr(module, attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


def lazy(name: str) -> Any:
    """The module called ``name``, imported on first use (typed Any: it stands for the module)."""
    return LazyModule(name)
