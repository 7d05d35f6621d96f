"""Screenshots of typed work kept safe: the question before quitting with unsaved edits, counters near
and past a length limit (with "Move the rest to Notes"), and a restored draft.

``DRAFT_SHOTS`` lists ``(name, factory)`` pairs that ``tests/ui/screenshots.py`` adds to its ``SHOTS``;
each factory gets the screenshot ``Harness`` and returns the widget to photograph.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

Factory = Callable[[Any], QWidget | None]

SUMMARY = (
    "Customer reports the rear derailleur slips under load on steep climbs after the last service; "
    "we checked the cable tension, the hanger alignment and the chain wear (0.75, replace), and offered "
    "a new chain and cassette with a full drivetrain clean. She wants a quote by phone first, and asks "
    "whether the old cassette can be kept as a spare for the winter wheels. Booked provisionally for "
    "Thursday morning; courtesy bike reserved; call her after 5 pm about parts arriving from the "
    "wholesaler, and mention the loyalty discount."
)


def _customer_id() -> int:
    from tests.ui.screenshots import _long_customer

    return _long_customer()


def _unsaved_question(h: Any) -> QWidget | None:
    """Changes to a customer's details and a half-typed new customer: the one question before quitting."""
    from ui import msgbox, unsaved

    window = h.window
    customer_id = _customer_id()
    window.show_customer(customer_id)
    page = window.page("customers")
    detail = page.detail
    h.wait_until(lambda: detail.customer_id == customer_id)
    detail.form.company.setText("Hohenzollern Fahrräder, Filiale Nord")
    dialog = h.dialog(window.open_customer_dialog())
    dialog.customer_form.name.setText("Åse Berg")
    items = unsaved.unsaved_work(window)
    detail.revert()  # the pane is as it was for the pictures after this one
    box = msgbox.choice_box(window, *unsaved.question(items), default=unsaved.SAVE_AND_QUIT)
    box.show()
    h.dialog(box)
    return box


def _contact_summary(length: int, save: bool = False) -> Factory:
    def make(h: Any) -> QWidget | None:
        from ui.dialogs import launcher

        dialog = h.dialog(launcher.open_contact_dialog(h.ctx, h.window, customer_id=_customer_id()))
        dialog.summary.setText(SUMMARY[:length])
        dialog.summary.setCursorPosition(length)
        dialog.notes.setPlainText("Rides a 1973 Raleigh; keep the original parts.")
        if save:
            dialog.save_button.click()
        dialog.adjustSize()
        return dialog

    return make


def _draft_restored(h: Any) -> QWidget | None:
    from ui.dialogs import launcher

    customer_id = _customer_id()
    h.ctx.drafts.put(
        f"contact/customer/{customer_id}",
        {"summary": "Asked about a winter service", "notes": "Wants the studded tyres fitted in November."},
    )
    dialog = h.dialog(launcher.open_contact_dialog(h.ctx, h.window, customer_id=customer_id))
    dialog.adjustSize()
    return dialog


DRAFT_SHOTS: list[tuple[str, Factory]] = [
    ("unsaved-changes-question", _unsaved_question),
    ("contact-dialog-counter", _contact_summary(430)),
    ("contact-dialog-too-long", _contact_summary(len(SUMMARY), save=True)),
    ("contact-dialog-draft-restored", _draft_restored),
]
