"""Screenshots of the data-in-and-out dialogs (import wizard, export, backups, merge, privacy).

``DATA_SHOTS`` lists ``(name, factory)`` pairs that ``tests/ui/screenshots.py`` adds to its ``SHOTS``;
each factory gets the screenshot ``Harness`` (``h.window``, ``h.ctx``, ``h.dialog(d)``,
``h.wait_until(cond)``, ``h.settle()``) and returns the widget to photograph, or None for no picture.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

Factory = Callable[[Any], QWidget | None]


def _twins() -> None:
    """Two records of one customer, so the duplicates dialog has a telling pair at the top."""
    from carebook.services import customers, interactions

    if customers.find_by_email("ingrid.odegard@fjordbikes.example") is not None:
        return
    first = customers.create(
        "Ingrid Ødegård",
        company="Fjord Bikes",
        email="ingrid.odegard@fjordbikes.example",
        phone="020 7946 0991",
        preferred_channel="email",
        notes="Prefers appointments before 10 am",
        tags=["vip"],
    ).row
    second = customers.create(
        "Ingrid Odegard",
        email="INGRID.ODEGARD@fjordbikes.example",
        phone="+44 20 7946 0991",
        address="12 Harbour Road\nBristol BS1 4RN",
        notes="Rides a blue Brompton",
        tags=["newsletter"],
    ).row
    interactions.log(first.id, channel="email", reason="inquiry", summary="Asked about winter tyres")
    interactions.log(second.id, channel="phone", reason="problem", summary="Brake squeal after service")


def _backups(h: Any) -> QWidget | None:
    from carebook import backup

    if not backup.list_backups():
        backup.backup_now(tag="pre-migration-v4")
        backup.backup_now()
    return h.dialog(h.window.open_backups())


def _move(view: str) -> Factory:
    """The move dialog: "ready" with a server address typed, "done" after a copy into a new file."""

    def make(h: Any) -> QWidget | None:
        from carebook.paths import data_dir

        dialog = h.dialog(h.window.open_move_shop())
        if view == "ready":
            dialog.target.setText("postgresql://shop@back-office/shop")
        else:
            target = next(p for n in range(1, 99) if not (p := data_dir() / f"moved-{n}.sqlite3").exists())
            dialog.target.setText(str(target))
            dialog.start()
            h.wait_until(lambda: dialog.open_button.isVisible(), timeout=120)
        h.settle()
        return dialog

    return make


def _export(h: Any) -> QWidget | None:
    return h.dialog(h.window.open_export())


def _merge(view: str) -> Factory:
    def make(h: Any) -> QWidget | None:
        _twins()
        dialog = h.dialog(h.window.open_duplicates())
        h.wait_until(lambda: not dialog.busy())
        if view == "history":
            dialog.merge_button.click()  # answered yes by _with_yes
            dialog.tabs.setCurrentIndex(1)
        dialog.resize(1000, 640)
        return dialog

    return make


def _merge_undo(h: Any) -> None:
    """No picture: undo the merge of ``merge-history`` so both palettes start from the same data."""
    from carebook.services import merge

    for row in merge.list_merges():
        if row.undone_at is None:
            merge.undo_merge(row.id)
    return None


def _with_yes(factory: Factory) -> Factory:
    """The screenshot run has nobody to answer questions: ``factory`` runs with every question answered
    yes (the merge shot needs it), and the message boxes are put back afterwards."""

    def make(h: Any) -> QWidget | None:
        from ui import msgbox

        original = msgbox.question
        msgbox.question = lambda *args, **kwargs: True  # type: ignore[assignment]
        try:
            return factory(h)
        finally:
            msgbox.question = original  # type: ignore[assignment]

    return make


SHOP_FILE = """Name;Company;Email;Phone;Tags;Marketing consent;Notes
Kari Ødegård;Nordlys Kafé AS;kari@nordlys.example;020 7946 0123;vip;yes;Regular since 2019
Jürgen Müller;;jurgen.mueller@example.de;+49 30 1234567;newsletter;no;
Aoife Ní Bhriain;Galway Wheels;aoife@galwaywheels.example;;;yes;Prefers email
Tom Baker;Baker & Sons;tom@baker;07700 900123;;no;
Mei Chen;;mei.chen@example.com;07700 900456;vip;yes;Brompton owner
;;nobody@example.com;;;maybe;
Samuel Okafor;Okafor Cycles Ltd;sam@okafor.example;0161 496 0000;trade;yes;Pays on account
Zofia Kowalska;;zofia.k@example.pl;;newsletter;no;
Lars Andersen;Fjellsykkel;lars@fjell.example;;;yes;
Priya Natarajan;;priya@example.in;07700 900789;vip;no;Wants a call before delivery
"""


def _shop_file() -> Path:
    from carebook.paths import data_dir

    path = data_dir() / "Kundenliste.csv"
    path.write_bytes(SHOP_FILE.replace("\n", "\r\n").encode("cp1252"))
    return path


def _wizard(page: str) -> Factory:
    """The import wizard on ``page`` ("file", "format", "mapping", "preview", "summary", "run": the
    result), with the bad rows of ``SHOP_FILE`` skipped on the way."""
    from PySide6.QtWidgets import QWizard

    def make(h: Any) -> QWidget | None:
        wizard = h.dialog(h.window.open_import())
        wizard.resize(860, 600)
        wizard.file_page.set_path(str(_shop_file()))
        h.wait_until(lambda: not wizard.busy())
        target = getattr(wizard, f"{page}_page")
        while wizard.currentPage() is not target:
            if wizard.currentPage() is wizard.preview_page:
                wizard.preview_page.skip_bad.setChecked(True)
            commit = wizard.currentPage() is wizard.summary_page
            button = wizard.button(
                QWizard.WizardButton.CommitButton if commit else QWizard.WizardButton.NextButton
            )
            h.wait_until(button.isEnabled)
            button.click()
            h.wait_until(lambda: not wizard.busy())
        if page == "preview":
            view = wizard.preview_page.view
            view.setFocus()
            view.selectRow(3)
        return wizard

    return make


VCARD = """BEGIN:VCARD
VERSION:3.0
FN:Ingrid Ødegård
ORG:Fjord Bikes
EMAIL;TYPE=WORK,PREF:ingrid@fjordbikes.example
TEL;TYPE=CELL:+47 912 34 567
CATEGORIES:VIP
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Émile Durand
EMAIL:emile.durand@example.fr
TEL:+33 6 12 34 56 78
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Kwame Mensah
EMAIL:kwame(at)example
END:VCARD
"""


def _vcard(h: Any) -> QWidget | None:
    """The check page of a vCard import, one card with a bad email."""
    from PySide6.QtWidgets import QWizard

    from carebook.paths import data_dir

    path = data_dir() / "Contacts.vcf"
    path.write_text(VCARD, encoding="utf-8")
    wizard = h.dialog(h.window.open_import())
    wizard.resize(860, 600)
    wizard.file_page.set_path(str(path))
    h.wait_until(lambda: not wizard.busy())
    wizard.button(QWizard.WizardButton.NextButton).click()
    h.wait_until(lambda: not wizard.busy())
    return wizard


def _matches(h: Any) -> QWidget | None:
    """The "customers you already have" page: rows that share an email, a phone or a near name."""
    from PySide6.QtWidgets import QWizard

    from carebook.paths import data_dir
    from carebook.services import customers

    known = [row for row in customers.get_many(range(1, 80)) if row.email and row.phone_e164][:3]
    lines = ["Name;Email;Phone;Notes"]
    lines.append(f"{known[0].name.upper()};{known[0].email.upper()};;From the loyalty cards")
    lines.append(f"{known[1].name.split()[0]} at work;;{known[1].phone};Work number")
    lines.append(f"{known[2].name[:-1]};;;Met at the bike fair")
    lines.append("Yusuf Demir;yusuf.demir@example.com;;New this spring")
    path = data_dir() / "Loyalty cards.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    wizard = h.dialog(h.window.open_import())
    wizard.resize(860, 600)
    wizard.file_page.set_path(str(path))
    h.wait_until(lambda: not wizard.busy())
    while wizard.currentPage() is not wizard.match_page:
        button = wizard.button(QWizard.WizardButton.NextButton)
        h.wait_until(button.isEnabled)
        button.click()
        h.wait_until(lambda: not wizard.busy())
    wizard.match_page.view.selectRow(2)
    return wizard


def _wizard_error(h: Any) -> QWidget | None:
    from carebook.paths import data_dir

    path = data_dir() / "Customers.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a spreadsheet")
    wizard = h.dialog(h.window.open_import())
    wizard.resize(860, 600)
    wizard.file_page.set_path(str(path))
    h.wait_until(lambda: not wizard.busy())
    return wizard


def _address_book(program: str, page: str) -> Factory:
    """The wizard on ``page`` with an address book's export ("google" or "outlook"), built as that
    program writes it (``tests.core.exchange.real_exports``)."""
    from PySide6.QtWidgets import QWizard

    def make(h: Any) -> QWidget | None:
        from carebook.paths import data_dir
        from tests.core.exchange import real_exports as real

        if program == "google":
            path, data = data_dir() / "contacts.csv", real.google_csv(real.GOOGLE_CONTACTS)
        else:
            path, data = data_dir() / "Outlook contacts.CSV", real.outlook_csv(real.OUTLOOK_CONTACTS)
        path.write_bytes(data)
        wizard = h.dialog(h.window.open_import())
        wizard.resize(860, 600)
        wizard.file_page.set_path(str(path))
        h.wait_until(lambda: not wizard.busy())
        target = getattr(wizard, f"{page}_page")
        while wizard.currentPage() is not target:
            button = wizard.button(QWizard.WizardButton.NextButton)
            h.wait_until(button.isEnabled)
            button.click()
            h.wait_until(lambda: not wizard.busy())
        return wizard

    return make


def _first_customer() -> int:
    from carebook.services import customers

    return customers.get_many(range(1, 50))[0].id


def _privacy(view: str) -> Factory:
    """ "export" (the person export dialog), "erase" (the question) or "erased" (after erasing a customer
    made for the picture, with the older backups that still hold them)."""

    def make(h: Any) -> QWidget | None:
        from carebook import backup
        from carebook.paths import data_dir
        from carebook.services import customers, interactions
        from ui.dialogs import privacy_dialogs

        if view == "export":
            dialog = privacy_dialogs.open_export_person(h.ctx, h.window, _first_customer())
            dialog.folder.setText(str(data_dir() / "exports"))
            return h.dialog(dialog)
        if not backup.list_backups():
            backup.backup_now()
        row = customers.create(
            "Henrietta Featherstonehaugh-Lloyd", email="henrietta@example.co.uk", phone="07700 900321"
        ).row
        interactions.log(row.id, channel="email", summary="Asked us to delete her data")
        dialog = h.dialog(privacy_dialogs.open_erase(h.ctx, h.window, row.id))
        if view == "erased":
            dialog.confirm.setChecked(True)
            dialog.erase_button.click()
        dialog.adjustSize()
        return dialog

    return make


def _undo_imports(h: Any) -> None:
    """No picture: take back the import of ``import-result`` so both palettes start alike."""
    from carebook.exchange import undo

    for row in undo.list_imports():
        if getattr(row, "undone_at", None) is None:
            undo.undo_import(row.id)
    return None


DATA_SHOTS: list[tuple[str, Factory]] = [
    ("import-file", _wizard("file")),
    ("import-file-error", _wizard_error),
    ("import-format", _wizard("format")),
    ("import-mapping", _wizard("mapping")),
    ("import-preview", _wizard("preview")),
    ("import-matches", _matches),
    ("import-summary", _wizard("summary")),
    ("import-result", _wizard("run")),
    ("import-vcard", _vcard),
    ("import-google-mapping", _address_book("google", "mapping")),
    ("import-google-preview", _address_book("google", "preview")),
    ("import-outlook-mapping", _address_book("outlook", "mapping")),
    ("import-outlook-preview", _address_book("outlook", "preview")),
    ("import-undo", _undo_imports),  # no picture
    ("privacy-export", _privacy("export")),
    ("privacy-erase", _privacy("erase")),
    ("privacy-erased", _privacy("erased")),
    ("backups-dialog", _backups),
    ("move-dialog", _move("ready")),
    ("move-dialog-done", _move("done")),
    ("export-dialog", _export),
    ("merge-dialog", _merge("pairs")),
    ("merge-dialog-history", _with_yes(_merge("history"))),
    ("merge-undo", _merge_undo),  # no picture
]
