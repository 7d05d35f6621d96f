"""Google Contacts and Outlook exports, built as those programs write them, import with nothing lost."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from carebook.exchange import importer
from tests.core.exchange.real_exports import (
    GOOGLE_CONTACTS,
    OUTLOOK_CONTACTS,
    google_csv,
    outlook_com_csv,
    outlook_csv,
)
from tests.core.exchange.support import rows


def _customers() -> dict[str, dict[str, Any]]:
    found = {}
    for name, company, email, phone, address, notes, birthday, customer_id in rows(
        "SELECT name, company, email, phone, address, notes, birthday, id FROM customer"
    ):
        tags = sorted(
            tag
            for (tag,) in rows(
                "SELECT t.name FROM tag t JOIN customer_tag ct ON ct.tag_id = t.id WHERE ct.customer_id = ?",
                customer_id,
            )
        )
        found[name] = {"company": company, "email": email, "phone": phone, "address": address,
                       "notes": notes, "birthday": birthday, "tags": tags}  # fmt: skip
    return found


def _notes(notes: str) -> list[str]:
    return notes.split("\n")


def test_a_google_contacts_file_imports_every_field(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(google_csv(GOOGLE_CONTACTS))
    result = importer.import_csv("customers", path)
    assert result.format == "Google Contacts"
    assert result.counts.created == 5
    got = _customers()
    ingrid = got["Ingrid Marie Ødegård"]
    assert ingrid["company"] == "Bakeriet Pan"
    assert ingrid["email"] == "ingrid@example.no"
    assert ingrid["phone"] == "+47 912 34 567"  # the mobile before the work number
    assert ingrid["address"] == "Storgata 1\n0155 Oslo\nNorway"
    assert ingrid["birthday"] == "1985-04-12"
    assert ingrid["tags"] == ["Customers", "VIP"]  # no "* myContacts", "* starred"
    assert ingrid["notes"].startswith("Prefers mornings.\nAllergic to nuts.\n\n")
    assert set(_notes(ingrid["notes"])) >= {
        "Organization Title: Baker",
        "Nickname: Inga",
        "Other email (Work): ingrid@pan.no",
        "Other phone (Work): +47 22 33 44 55",
        "Other address (Work): Bakergata 3, 0183 Oslo",
        "Website (Blog): https://pan.no",
    }
    tom = got["Tom Berg"]  # several values joined by " ::: " in one cell
    assert (tom["email"], tom["phone"]) == ("tom@example.com", "+47 22 11 22 33")
    assert _notes(tom["notes"]) == [
        "Other email (Other): tom.berg@example.com",
        "Other phone (Home): +47 22 11 22 34",
    ]
    assert tom["tags"] == ["Customers"]
    shop = got["Nordlys AS"]  # an organisation without a person
    assert (shop["company"], shop["phone"]) == ("Nordlys AS", "+47 23 00 00 00")
    assert shop["address"] == "Kaia 5\n5003 Bergen"
    assert shop["tags"] == ["Suppliers"]
    zoe = got["Zoë Larsen"]
    assert zoe["birthday"] is None and zoe["notes"] == "Birthday: --07-30"  # no year: kept in the notes
    assert zoe["tags"] == []
    assert got["someone@example.org"]["email"] == "someone@example.org"  # named as Google shows it
    left_out = {column.heading: column.filled for column in result.left_out}
    assert left_out["Photo"] == 1
    assert "Phonetic First Name" not in left_out  # into the notes, when filled
    assert result.left_out[0].heading == "Photo"  # columns with values first
    assert "Labels" not in left_out and "Phone 1 - Label" not in left_out


def test_the_older_google_header_set(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "google.csv"
    contact = {
        "Name": "Ingrid Ødegård", "Given Name": "Ingrid", "Family Name": "Ødegård",
        "Group Membership": "* My Contacts ::: Regulars", "E-mail 1 - Type": "* Home",
        "E-mail 1 - Value": "ingrid@example.no", "Phone 1 - Type": "Home", "Phone 1 - Value": "22 33 44 55",
        "Phone 2 - Type": "Mobile", "Phone 2 - Value": "912 34 567", "Organization 1 - Name": "Bakeriet Pan",
        "Organization 1 - Title": "Owner", "Notes": "Old friend", "Gender": "female",
    }  # fmt: skip
    path.write_bytes(google_csv([contact], old=True))
    result = importer.import_csv("customers", path)
    assert result.format == "Google Contacts"
    got = _customers()["Ingrid Ødegård"]
    assert (got["company"], got["email"], got["phone"]) == ("Bakeriet Pan", "ingrid@example.no", "912 34 567")
    assert got["tags"] == ["Regulars"]
    notes = ["Old friend", "", "Organization: Owner", "Other phone (Home): 22 33 44 55"]
    assert _notes(got["notes"]) == notes
    assert ("Gender", 1) in [(c.heading, c.filled) for c in result.left_out]




@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig"])
def test_an_outlook_desktop_file_imports_every_field(db: Path, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "outlook.csv"
    path.write_bytes(outlook_csv(OUTLOOK_CONTACTS, encoding=encoding))
    assert path.read_bytes().count(b'"') == 92 * 2 * 4 and path.read_bytes().count(b"\r\n") == 4 + 2
    result = importer.import_csv("customers", path)
    assert (result.format, result.counts.created) == ("Outlook", 3)
    got = _customers()
    ase = got["Dr. Åse Løken"]
    assert (ase["company"], ase["email"]) == ("Løken Tannlege", "ase@loken.no")
    assert ase["phone"] == "+47 934 56 789"  # the mobile before the business and home numbers
    assert ase["address"] == "Lia 7\nLeil. 3\n3020 Drammen\nNorway"  # the home address first
    assert ase["birthday"] == "1971-07-30"
    assert ase["tags"] == ["Customers", "Regulars"]
    assert ase["notes"].startswith("Calls in the evening.\nPays by invoice.\n\n")
    assert set(_notes(ase["notes"])) >= {
        "Job Title: Dentist",
        "Other email (E-mail 2 Address): ase@example.no",
        "Other phone (Business): 32 20 20 20",
        "Other phone (Home): 32 21 21 21",
        "Other address (Business): Torget 2, 3015 Drammen",
    }
    per = got["Per Hansen"]  # no mobile: the business phone; the same number as Primary Phone once
    assert (per["phone"], per["notes"]) == ("22 00 11 22", "")
    assert per["tags"] == ["Customers", "Suppliers"]  # "," as well as ";"
    fisk = got["Fjord Fisk AS"]
    assert (fisk["company"], fisk["phone"]) == ("Fjord Fisk AS", "55 12 34 56")
    assert fisk["notes"] == "Other phone (Business Fax): 55 12 34 57"
    assert all(c["birthday"] is None for n, c in got.items() if n != "Dr. Åse Løken")  # "0/0/00" is empty
    left_out = {column.heading: column.filled for column in result.left_out}
    assert left_out["Gender"] == 3 and left_out["Sensitivity"] == 3 and left_out["Initials"] == 1
    assert left_out["Mileage"] == 0 and "Anniversary" not in left_out  # into the notes when filled


def test_outlook_birthdays_month_first_when_the_file_says_so(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "outlook.csv"
    people = [{"First Name": "Ann", "Birthday": "4/12/1985"}, {"First Name": "Bob", "Birthday": "7/30/1990"}]
    path.write_bytes(outlook_csv(people))
    importer.import_csv("customers", path)
    assert dict(rows("SELECT name, birthday FROM customer")) == {"Ann": "1985-04-12", "Bob": "1990-07-30"}


def test_an_outlook_com_file(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    person = {
        "First Name": "Mia", "Last Name": "Holm", "Nickname": "Mimi", "E-mail Address": "mia@example.dk",
        "Home Phone": "33 12 34 56", "Mobile Phone": "+45 20 12 34 56", "Company": "Holm ApS",
        "Job Title": "Owner", "Home Street": "Nørregade 1", "Home City": "København K",
        "Home Postal Code": "1165", "Birthday": "1988-02-29", "Categories": "VIP", "Notes": "Café order",
    }  # fmt: skip
    path.write_bytes(outlook_com_csv([person]))
    result = importer.import_csv("customers", path)
    assert result.format == "Outlook.com"
    got = _customers()["Mia Holm"]
    assert (got["email"], got["phone"], got["company"]) == ("mia@example.dk", "+45 20 12 34 56", "Holm ApS")
    assert got["address"] == "Nørregade 1\n1165 København K"
    assert (got["birthday"], got["tags"]) == ("1988-02-29", ["VIP"])
    assert _notes(got["notes"]) == ["Café order", "", "Job Title: Owner", "Other phone (Home): 33 12 34 56",
                                    "Nickname: Mimi"]  # fmt: skip


def test_a_german_sheet_joins_name_and_address_and_keeps_the_remarks(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "kunden.csv"
    text = (
        "Vorname;Name;E-Mail;Telefon;Handy;Straße;Hausnummer;PLZ;Ort;Geburtstag;Bemerkung;Lieblingsfarbe\r\n"
        "Hans;Müller;hans@example.de;030 1234567;0170 1234567;Hauptstraße;5;10115;Berlin;12.04.1985;"
        '"Stammkunde; zahlt bar";grün\r\n'
    )
    path.write_bytes(text.encode("cp1252"))
    result = importer.import_csv("customers", path)
    assert result.format == ""
    got = _customers()["Hans Müller"]
    assert (got["email"], got["phone"]) == ("hans@example.de", "0170 1234567")
    assert got["address"] == "Hauptstraße 5\n10115 Berlin"
    assert got["birthday"] == "1985-04-12"
    assert _notes(got["notes"]) == ["Stammkunde; zahlt bar", "", "Other phone (Telefon): 030 1234567"]
    assert [(c.heading, c.filled) for c in result.left_out] == [("Lieblingsfarbe", 1)]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Prénom;Nom;Courriel;Portable;Rue;Code postal;Ville;Remarques",
         ("first_name", "last_name", "email", "mobile", "street", "postcode", "city", "notes")),
        ("Nombre;Apellidos;Correo electrónico;Móvil;Dirección;Notas",
         ("first_name", "last_name", "email", "mobile", "address", "notes")),
        ("Nome;Cognome;Cellulare;Indirizzo;CAP;Città;Note",
         ("first_name", "last_name", "mobile", "address", "postcode", "city", "notes")),
        ("Nome;Sobrenome;Telemóvel;Morada;Código postal;Localidade;Observações",
         ("first_name", "last_name", "mobile", "address", "postcode", "city", "notes")),
        ("Voornaam;Tussenvoegsel;Achternaam;Mobiel;Straat;Huisnummer;Postcode;Plaats;Opmerkingen",
         ("first_name", "middle_name", "last_name", "mobile", "street", "house_number", "postcode", "city",
          "notes")),
        ("Imię;Nazwisko;Telefon komórkowy;Ulica;Kod pocztowy;Miasto;Uwagi;Urodziny",
         ("first_name", "last_name", "mobile", "street", "postcode", "city", "notes", "birthday")),
        ("Fornavn;Etternavn;E-post;Mobil;Adresse;Postnummer;Poststed;Notater;Fødselsdato",
         ("first_name", "last_name", "email", "mobile", "address", "postcode", "city", "notes", "birthday")),
        ("Förnamn;Efternamn;E-postadress;Mobiltelefon;Gatuadress;Postnummer;Postort;Anteckningar;Taggar",
         ("first_name", "last_name", "email", "mobile", "street", "postcode", "city", "notes", "tags")),
        ("Fornavn;Efternavn;Telefon;Firma;Adresse;Postnr;By;Land;Bemærkninger",
         ("first_name", "last_name", "phone", "company", "address", "postcode", "city", "country", "notes")),
    ],
)  # fmt: skip
def test_headings_in_the_languages_of_our_users(header: str, expected: tuple[str, ...]) -> None:
    from carebook.exchange.column_roles import plain_roles

    assert plain_roles("customers", tuple(header.split(";"))) == expected


def test_a_french_sheet_imports_with_its_address(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text(
        "\ufeffPrénom;Nom;Courriel;Rue;Code postal;Ville;Remarques\n"
        "Léa;Dubois;lea@example.fr;12 rue de la Paix;75002;Paris;Cliente fidèle\n",
        encoding="utf-8",
    )
    importer.import_csv("customers", path)
    got = _customers()["Léa Dubois"]
    assert (got["address"], got["notes"]) == ("12 rue de la Paix\n75002 Paris", "Cliente fidèle")


def test_carebook_own_files_are_read_as_before(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("name,phone,notes,birthday\nAnn,'+47 1,\"=1+1\",1985-04-12\n")
    prepared = importer.prepare("customers", path)
    assert prepared.table.header == ("name", "phone", "notes", "birthday")
    assert prepared.left_out() == ()
    importer.run(prepared)
    assert rows("SELECT phone, notes FROM customer") == [("+47 1", "=1+1")]
