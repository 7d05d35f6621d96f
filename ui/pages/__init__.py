"""The pages of the main window, in sidebar order (Ctrl+1 ... Ctrl+6 follow this order).

How a page is registered: ``PAGES`` lists ``(page_id, module, class name)``; ``page_classes()`` imports
each module (lazily, so ``import ui.pages`` stays cheap) and checks that the class's ``page_id`` matches.
See ``ui.pages.base.Page`` for the page contract.
"""

from __future__ import annotations

import importlib
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
    cls: type[Page] = getattr(importlib.import_module(spec.module), spec.class_name)
    if cls.page_id != spec.page_id:
        raise TypeError(f"{cls.__name__}.page_id is {cls.page_id!r}, expected {spec.page_id!r}")
    return cls


def page_classes() -> list[type[Page]]:
    """The page classes in sidebar order."""
    return [page_class(spec) for spec in PAGES]
