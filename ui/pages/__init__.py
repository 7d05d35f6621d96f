"""The pages of the main window, in sidebar order (Ctrl+1 ... Ctrl+6 follow this order).

How a page is registered: ``PAGES`` lists ``(page_id, module, class name)``. ``page_classes()`` imports
each module when it exists and falls back to the empty-state placeholder of ``ui.pages.placeholders``
when it does not, so a page lands by creating its module (e.g. ``ui/pages/today.py`` with
``class TodayPage(Page)``, ``page_id = "today"``) without touching this file. A module that exists but
fails to import raises: a broken page is a bug, not a missing feature. See ``ui.pages.base.Page`` for
the page contract.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import NamedTuple

from ui.pages.base import Page


class PageSpec(NamedTuple):
    page_id: str
    module: str
    class_name: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec("today", "ui.pages.today", "TodayPage"),
    PageSpec("customers", "ui.pages.customers", "CustomersPage"),
    PageSpec("contacts", "ui.pages.contacts", "ContactsPage"),
    PageSpec("followups", "ui.pages.followups", "FollowupsPage"),
    PageSpec("satisfaction", "ui.pages.satisfaction", "SatisfactionPage"),
    PageSpec("reports", "ui.pages.reports", "ReportsPage"),
)


def page_class(spec: PageSpec) -> type[Page]:
    if importlib.util.find_spec(spec.module) is not None:
        cls: type[Page] = getattr(importlib.import_module(spec.module), spec.class_name)
    else:
        from ui.pages.placeholders import PLACEHOLDERS

        cls = PLACEHOLDERS[spec.page_id]
    if cls.page_id != spec.page_id:
        raise TypeError(f"{cls.__name__}.page_id is {cls.page_id!r}, expected {spec.page_id!r}")
    return cls


def page_classes() -> list[type[Page]]:
    """The page classes in sidebar order."""
    return [page_class(spec) for spec in PAGES]
