"""Screenshots of "Changed at another counter": the view a save meets when the customer was saved at
another counter since the form loaded it (two clashing fields side by side, one merged by itself).

``CONFLICT_SHOTS`` lists ``(name, factory)`` pairs that ``tests/ui/screenshots.py`` adds to its ``SHOTS``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

Factory = Callable[[Any], QWidget | None]


def _conflict_dialog(h: Any) -> QWidget | None:
    from carebook.conflicts import ConflictError
    from carebook.services import customers
    from carebook.usecases import customers as customer_cases
    from ui import field_labels
    from ui.dialogs.conflict_dialog import ConflictDialog

    row = customers.create(
        "Margarethe Lindqvist", company="Lindqvist Cykel AB", phone="+46 8 123 456 78", notes=""
    ).row
    seen = customers.seen(row)
    customer_cases.change_customer(  # at the other counter
        row.id, company="Lindqvist Cykel & Sport AB", phone="+46 8 123 456 99", notes="Prefers e-mail"
    )
    try:
        customer_cases.change_customer(
            row.id, seen=seen, company="Lindqvist Cykel", phone="+46 70 555 01 23", name=row.name
        )
    except ConflictError as error:
        labels, texts = field_labels.label, field_labels.value_text
        dialog = ConflictDialog(error.conflict, seen.values, labels, texts, h.window)
    else:
        return None
    dialog.pick("phone", 1)
    dialog.finished.connect(lambda _result: _forget(row.id))  # the next pictures are as without it
    dialog.show()
    return h.dialog(dialog)


def _forget(customer_id: int) -> None:
    from carebook.db import atomic
    from carebook.models import Customer

    with atomic():
        Customer.delete().where(Customer.id == customer_id).execute()


CONFLICT_SHOTS: list[tuple[str, Factory]] = [("conflict-dialog", _conflict_dialog)]
