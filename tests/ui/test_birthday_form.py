"""The customer form shows the birthday (a date that can stay empty) and saves it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel

from carebook.services import customers
from ui.context import AppContext
from ui.widgets.customer_form import CustomerForm


def test_the_form_shows_edits_and_clears_a_birthday(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    form = CustomerForm()
    qtbot.addWidget(form)
    picker = form.control("birthday", QDateEdit)
    check = form.editors["birthday"].focus
    assert "Birthday:" in [label.text() for label in form.findChildren(QLabel)]
    row = customers.create("Kari", birthday=date(1985, 4, 12)).row
    form.load(row)
    assert check.isChecked() and picker.date() == QDate(1985, 4, 12)  # type: ignore[attr-defined]
    assert form.values()["birthday"] == date(1985, 4, 12) and not form.is_dirty()
    picker.setDate(QDate(1985, 4, 13))
    assert form.changes() == {"birthday": date(1985, 4, 13)}
    customers.update(row.id, **form.changes())
    assert customers.get(row.id).birthday == date(1985, 4, 13)
    check.click()  # type: ignore[attr-defined]
    assert form.changes() == {"birthday": None} and not picker.isEnabled()
    form.load(customers.create("Ola").row)
    assert not check.isChecked() and form.values()["birthday"] is None  # type: ignore[attr-defined]
