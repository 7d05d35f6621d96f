"""The base class of every page in the main window's sidebar.

A page is a ``QWidget`` built as ``Page(ctx, parent=None)``. Contract:

- class attributes ``page_id`` ("today", "customers" ...) and ``icon_name`` (an icon of
  ``resources/icons``); ``title()`` returns the translated sidebar/heading text.
- The constructor builds widgets only; it must not query the database (start-up stays fast).
- ``refresh()`` (re)loads the page's data. The window calls it when the page is first shown, when it is
  shown again after ``ctx.data_changed``, and on F5. Keep it quick; slow work goes to a thread.
- ``tables``: the tables whose records the page shows (``carebook.changes``); ``concerned(changes)`` says
  whether a ``ChangeSet`` from another seat touches them. One that does not leaves the page alone (not
  even marked stale); one that does refreshes it like a write of our own (the visible page at once).
  A list page's ``refresh()`` keeps the selected record (by id), the scroll position, the current cell
  and the sort, and changes only the rows that differ (``ui.models.row_sync``): no reset, no flicker.
- ``update_badge()`` recomputes the count shown in the sidebar and emits ``badge_changed(n)``
  (0 hides the badge). It is called for every page at start-up, after each ``ctx.data_changed`` and
  once a minute, so it must be a cheap query. The default does nothing.
- ``open_customer(customer_id) -> bool``: show this customer if the page can (the Customers page does);
  return True when handled. The window sends search results to the "customers" page.
- ``customer_in_view() -> int | None``: the customer the page shows or has selected (the open customer,
  the selected contact's or follow-up's), whom Log contact, New follow-up and Score act on; None when
  the page shows none, or several.
- ``next_record()`` / ``previous_record()``: Alt+Down / Alt+Up move through the page's list.
- ``focus_default()``: put the keyboard focus on the page's main control after switching to it.
- ``shutdown()``: stop timers and background work before the database closes (default: nothing).
- ``header(subtitle="", *widgets)`` builds the standard heading row; ``remember_splitter(splitter,
  name)`` and ``remember_header(view_header, name)`` keep sizes in LocalState (column widths per table);
  ``fit_columns_once(view, name)``, called when rows arrive, sizes a table's columns to their content the
  first time, when it has no widths remembered.

Pages write through services and then call ``self.ctx.notify_data_changed()``; dialogs opened through
``ui.dialogs.launcher`` do that for them.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from carebook.changes import ChangeSet
from ui.context import AppContext
from ui.widgets.column_widths import fit_to_contents


class Page(QWidget):
    page_id: str = ""
    icon_name: str = ""
    tables: frozenset[str] = frozenset()  # the tables the page shows (a ChangeSet of others leaves it alone)
    badge_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if not self.page_id:
            raise TypeError(f"{type(self).__name__} must set page_id")
        self.ctx = ctx
        self.setObjectName(f"page-{self.page_id}")
        self._widths_known: set[str] = set()  # tables whose column widths are remembered or fitted

    def title(self) -> str:
        raise NotImplementedError

    def accessible_badge_hint(self) -> str:
        """How a screen reader says the badge, with ``{0}`` for the count ("{0} due")."""
        return "{0}"

    def refresh(self) -> None:
        """Reload the page's data from the services."""

    def concerned(self, changes: ChangeSet) -> bool:
        """Does ``changes`` (another seat's or program's writes) touch what this page shows?"""
        return changes.touches(*self.tables)

    def update_badge(self) -> None:
        """Recompute the sidebar count and emit ``badge_changed``; cheap, called often."""

    def open_customer(self, customer_id: int) -> bool:
        return False

    def customer_in_view(self) -> int | None:
        return None

    def next_record(self) -> None:
        """Alt+Down: select the next row of the page's list."""

    def previous_record(self) -> None:
        """Alt+Up: select the previous row of the page's list."""

    def focus_default(self) -> None:
        self.focusNextChild()

    def shutdown(self) -> None:
        """Stop timers and wait for background work; called before the database closes."""

    # -- helpers for subclasses --------------------------------------------------------------------
    def header(self, subtitle: str = "", *widgets: QWidget) -> QWidget:
        """The page's heading: title (and a muted subtitle) on the left, ``widgets`` on the right."""
        box = QWidget(self)
        box.setObjectName("pageHeader")
        title = QLabel(self.title(), box)
        title.setObjectName("pageTitle")
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(title)
        self.subtitle_label = QLabel(subtitle, box)
        self.subtitle_label.setObjectName("pageSubtitle")
        self.subtitle_label.setVisible(bool(subtitle))
        text.addWidget(self.subtitle_label)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(text, 1)
        for widget in widgets:
            row.addWidget(widget)
        return box

    def remember_splitter(self, splitter: QSplitter, name: str) -> None:
        key = f"splitter/{name}"
        saved = self.ctx.state.get(key)
        if saved:
            splitter.restoreState(QByteArray(saved))
        splitter.splitterMoved.connect(lambda *_: self.ctx.state.set(key, bytes(splitter.saveState().data())))

    def remember_header(self, header: QHeaderView, name: str) -> None:
        key = f"header/{name}"
        saved = self.ctx.state.get(key)
        if saved and header.restoreState(QByteArray(saved)):
            self._widths_known.add(name)

        def save(*_args: object) -> None:
            self.ctx.state.set(key, bytes(header.saveState().data()))

        header.sectionResized.connect(save)
        header.sectionMoved.connect(save)
        header.sortIndicatorChanged.connect(save)

    def fit_columns_once(self, view: QTableView, name: str, caps: Mapping[int, int] | None = None) -> None:
        """On the first rows of a table without remembered widths: each column as wide as its content."""
        if name in self._widths_known or view.model() is None or view.model().rowCount() == 0:
            return
        self._widths_known.add(name)
        fit_to_contents(view, caps)  # remember_header saves the widths


def standard_layout(page: Page) -> QVBoxLayout:
    """The margins every page uses; returns the page's vertical layout."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 18, 24, 12)
    layout.setSpacing(12)
    return layout
