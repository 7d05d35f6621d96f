"""One phone format everywhere (issue 20): the customers table, the detail form, the customer dialog and
the search popup show the same text, the national format of the shop's country."""

from __future__ import annotations

from PySide6.QtCore import Qt

from carebook import settings
from carebook.services import customers
from ui.main_window import MainWindow
from ui.models.customers_model import COLUMNS
from ui.models.search_results import DETAIL_ROLE


def test_table_form_dialog_and_search_show_one_format(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    settings.update(phone_region="NO")
    row = customers.create("Åse Nilsen", phone="912 34 567").row
    abroad = customers.create("Kari Svensson", phone="+46 70 123 45 67").row
    page = main_window.show_page("customers")
    assert page is not None
    page.refresh()
    assert page.open_customer(row.id)
    table_text = page.model.index(page.table.currentIndex().row(), COLUMNS.index("phone")).data()  # type: ignore[attr-defined]
    assert table_text == "91 23 45 67"
    assert page.detail.form.phone.text() == table_text  # type: ignore[attr-defined]
    assert not page.detail.is_dirty()  # type: ignore[attr-defined]  # shown differently, not changed

    assert page.open_customer(abroad.id)
    assert page.detail.form.phone.text() == "+46 70 123 45 67"  # type: ignore[attr-defined]

    dialog = main_window.open_customer_dialog(row.id)
    assert dialog.customer_form.phone.text() == "91 23 45 67"  # type: ignore[attr-defined]
    dialog.reject()

    main_window.activateWindow()  # what the window manager does when a dialog closes
    qtbot.waitUntil(main_window.isActiveWindow)
    box = main_window.search_box
    main_window.focus_search()
    qtbot.keyClicks(box, "Nilsen")
    qtbot.waitUntil(box.popup_visible)
    assert "91 23 45 67" in box.model.index(0, 0).data(DETAIL_ROLE)


def test_a_number_typed_in_the_form_takes_the_one_format_on_leaving(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    settings.update(phone_region="NO")
    row = customers.create("Åse Nilsen").row
    page = main_window.show_page("customers")
    assert page is not None
    page.refresh()
    assert page.open_customer(row.id)
    phone = page.detail.form.phone  # type: ignore[attr-defined]
    phone.setFocus()
    qtbot.keyClicks(phone, "+4791234567")
    qtbot.keyClick(phone, Qt.Key.Key_Tab)
    assert phone.text() == "91 23 45 67"
    qtbot.keyClick(page.detail, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert customers.get(row.id).phone_e164 == "+4791234567"
    assert page.model.index(page.table.currentIndex().row(), COLUMNS.index("phone")).data() == phone.text()  # type: ignore[attr-defined]
    phone.setFocus()
    phone.clear()
    qtbot.keyClicks(phone, "123")
    qtbot.keyClick(phone, Qt.Key.Key_Tab)
    assert phone.text() == "123"  # not a number: kept as typed, with the warning
    assert page.detail.form.phone_warning()  # type: ignore[attr-defined]
