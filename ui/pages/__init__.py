"""The pages of the main window, in sidebar order (Ctrl+1 ... Ctrl+6 follow this order).

How a page is registered: ``PAGES`` lists ``(page_id, module, class name)``; ``page_class(spec)`` imports
each module (lazily, so ``import ui.pages`` stays cheap) and checks that the class's ``page_id`` matches.
See ``ui.pages.base.Page`` for the page contract.
"""

from __future__ import annotations

import importlib
import sys
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from ui.pages.base import Page


class PageSpec(NamedTuple):
    page_id: str
    module: str
    class_name: str
    icon_name: str
    title_text: str  # the page's title() in English; the sidebar shows it before the page is built

    def title(self) -> str:
        return QCoreApplication.translate("pages", self.title_text)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("today", "ui.pages.today", "TodayPage", "today", "Today"),
    PageSpec("customers", "ui.pages.customers", "CustomersPage", "customers", "Customers"),
    PageSpec("contacts", "ui.pages.contacts", "ContactsPage", "contacts", "Contacts"),
    PageSpec("followups", "ui.pages.followups", "FollowupsPage", "followups", "Follow-ups"),
    PageSpec("satisfaction", "ui.pages.satisfaction", "SatisfactionPage", "satisfaction", "Satisfaction"),
    PageSpec("reports", "ui.pages.reports", "ReportsPage", "reports", "Reports"),
)


def is_imported(spec: PageSpec) -> bool:
    """Has the page's module been imported already (so ``page_class`` costs nothing)?"""
    return spec.module in sys.modules


def page_class(spec: PageSpec) -> type[Page]:
    cls: type[Page] = getattr(importlib.import_module(spec.module), spec.class_name)
    if (cls.page_id, cls.icon_name) != (spec.page_id, spec.icon_name):
        raise TypeError(f"{cls.__name__}: page_id/icon_name differ from its entry in ui.pages.PAGES")
    return cls
