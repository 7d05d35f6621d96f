"""Screenshots of work kept while another counter changes the same record: the quiet notice in a dialog
(changed, deleted) and in the customer detail's unsaved edits (``ui.dialogs.changed_notice``).

``LIVE_SHOTS`` lists ``(name, factory)`` pairs that ``tests/ui/screenshots.py`` adds to its ``SHOTS``;
each factory gets the screenshot ``Harness`` and returns the widget to photograph. Each writes through
the services as the other counter would, then hands the window the ChangeSet its notification brings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

Factory = Callable[[Any], QWidget | None]


def _customer(company: str = "Fjord Bikes AS") -> int:
    from carebook.services import customers

    return customers.create("Ingrid Fjordheim", company=company, email="ingrid@fjord.example").row.id


def _dialog_changed(h: Any) -> QWidget | None:
    """Editing a customer whose company another counter changed meanwhile."""
    from carebook.changes import ChangeSet
    from carebook.services import customers
    from ui.dialogs import launcher

    customer_id = _customer()
    dialog = launcher.open_customer_dialog(h.ctx, h.window, customer_id=customer_id)
    dialog.customer_form.name.setText("Ingrid Fjordheim-Berg")  # type: ignore[attr-defined]
    customers.update(customer_id, company="Fjord Cycles Ltd")
    h.ctx.notify_records_changed(ChangeSet.of("customer", [customer_id]))
    return h.dialog(dialog)


def _dialog_deleted(h: Any) -> QWidget | None:
    """Editing a contact another counter deleted meanwhile."""
    from carebook.changes import ChangeSet
    from carebook.services import interactions
    from ui.dialogs import launcher

    contact = interactions.log(_customer(), channel="phone", reason="problem", summary="Wheel wobbles")
    dialog = launcher.open_record_dialog(h.ctx, h.window, "contact", interaction_id=contact.id)
    dialog.summary.setText("Wheel wobbles after the new tyre; booked in for Thursday")  # type: ignore[attr-defined]
    interactions.delete(contact.id)
    h.ctx.notify_records_changed(ChangeSet.of("interaction", [contact.id]))
    return h.dialog(dialog)


def _detail_changed(h: Any) -> QWidget | None:
    """The Customers page: unsaved notes on a customer another counter changed meanwhile."""
    from carebook.changes import ChangeSet
    from carebook.services import customers

    customer_id = _customer()
    page = h.window.page("customers")
    h.window.show_page("customers")
    page.open_customer(customer_id)
    page.detail.show_details(focus=False)
    page.detail.form.notes.setPlainText("Prefers a call in the morning, before 10")
    customers.update(customer_id, phone="+47 22 12 34 56")
    h.ctx.notify_records_changed(ChangeSet.of("customer", [customer_id]))
    h.settle()
    return h.window


def _detail_reset(h: Any) -> None:
    page = h.window.page("customers")
    page.detail.revert()
    page.detail.tabs.setCurrentIndex(0)
    h.settle()


LIVE_SHOTS: list[tuple[str, Factory]] = [
    ("customer-dialog-changed-elsewhere", _dialog_changed),
    ("contact-dialog-deleted-elsewhere", _dialog_deleted),
    ("customers-changed-elsewhere", _detail_changed),
    ("customers-changed-elsewhere-reset", _detail_reset),  # no picture: the edits reverted
]
