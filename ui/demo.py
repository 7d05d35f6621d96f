"""The demo shop, offered on first start and on an empty Customers page, where the package includes it.

``demo_available()``: whether ``carebook.demo`` ships with this build; ``load_demo_data()`` fills the open
database with it (``carebook demo`` with its defaults). A small module of its own, so that a page can
ask without loading the welcome dialog (and the phone-number library behind its country list).
"""

from __future__ import annotations

import importlib
import importlib.util

DEMO_MODULE = "carebook.demo"


def demo_available() -> bool:
    return importlib.util.find_spec(DEMO_MODULE) is not None


def load_demo_data() -> None:
    """Fill the database with the demo shop (``carebook demo`` with its defaults)."""
    demo = importlib.import_module(DEMO_MODULE)
    demo.generate()
