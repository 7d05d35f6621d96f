"""vCards as phones and programs write them (tests/data/vcards): every field a shop needs arrives intact,
in any line endings, and goes back out as address books expect."""

from __future__ import annotations

import codecs
import shutil
from pathlib import Path
from typing import Any

import pytest

from carebook.exchange import vcard
from carebook.services import customers
from tests.core.exchange.support import rows

FILES = Path(__file__).resolve().parents[2] / "data" / "vcards"
FIELDS = ("name", "company", "email", "phone", "address", "notes", "tags", "birthday")

IPHONE = {
    "Kari Nordmann": {
        "company": "Nordlys AS",
        "email": "kari@nordlys.example",
        "phone": "+47 912 34 567",  # the mobile, not the home number marked pref
        "address": "Storgata 1\nLeil. 3\n0150 Oslo\nNorway",
        "notes": "Liker blått, helst te.\nRing etter kl. 10.\n\nEmail (other): kari.privat@example.com\n"
        "Phone (home): 22 11 22 33\nPhone (Butikk): +47 400 00 000",
        "tags": ("Kunder",),
        "birthday": "1985-04-12",
    },
    "Bakeriet Pan AS": {
        "company": "Bakeriet Pan AS",
        "phone": "+47 22 33 44 55",
        "address": "Markveien 35\n0554 Oslo\nNorway",
        "notes": "Web (home page): https://bakerietpan.example",
    },
}
EXPECTED: dict[str, dict[str, dict[str, Any]]] = {
    "iphone_ios9.vcf": IPHONE,
    "android_21.vcf": {
        "Kari Ødegård": {
            "company": "Blåbær AS",
            "email": "kari@example.no",
            "phone": "+4791234567",
            "address": "Kirkegata 5\n3110 Tønsberg\nNorge",
            "notes": "Kunde siden 2019. Liker blåbærsyltetøy og ringer helst før lunsj.\n"
            "Bestilte 3 glass.\n\nPhone (home): 22 11 22 33\nPhone (work fax): 22 11 22 34",
        },
        "Jürgen Müller": {"email": "juergen@example.de", "phone": "+49 170 1234567"},
        "Sören Grön": {"phone": "+45 20 12 34 56", "notes": "Køber rødgrød."},
    },
    "thunderbird_old.vcf": {
        "Stefan Breitegger": {
            "company": "Nordlys AS, Salg",
            "email": "tuxstef@example.org",
            "phone": "0680 233 13 04",
            "address": "Gabelsbergerstr. 8/4\n9500 Villach\nKärnten\nAT",
            "notes": "Kunde siden 2019.\nLiker grønn te og søt kaffe.\n\nPhone (home): 0720 597 427\n"
            "Title: Innkjøper\nWeb: http://www.tuxstef.example",
        },
    },
    "thunderbird_115.vcf": {
        "Anna Schmidt": {
            "company": "Schmidt & Söhne GmbH",
            "email": "anna@example.de",
            "phone": "+49 151 23456789",
            "address": "Hauptstraße 5\n10115 Berlin\nDeutschland",
            "notes": "Bestellt jeden Monat.\nGrüße an das Team; danke!\n\n"
            "Email (home): anna.privat@example.de\nPhone (work): +49 30 1234567\nTitle: Einkäuferin",
            "birthday": "1980-03-15",
        },
    },
    "nextcloud.vcf": {
        "Lars Svensson": {
            "email": "lars@example.se",
            "phone": "+46 70 123 45 67",
            "address": "Drottninggatan 12\n111 51 Stockholm\nSverige",
            "notes": "Phone (home): +46 8 123 456\nAddress (work): Kungsgatan 3, 753 21 Uppsala, Sverige",
            "tags": ("Kunder", "VIP"),
        },
        "Café Solsikke": {
            "company": "Café Solsikke",
            "email": "post@solsikke.example",
            "phone": "+47 33 44 55 66",
            "address": "Torget 1\n5014 Bergen\nNorge",
            "tags": ("Kunder",),
        },
    },
    "google.vcf": {
        "Maria Rossi": {
            "company": "Pasticceria Rossi Srl",
            "email": "maria@example.it",
            "phone": "+39 333 123 4567",
            "address": "Via Roma 10\n00184 Roma\nRM\nItalia",
            "notes": "Cliente dal 2020. Preferisce WhatsApp.\n\nEmail (work): m.rossi@pasticceria.example\n"
            "Phone (home): +39 06 1234 5678\nWeb: https://pasticceria.example",
            "tags": ("Clienti",),  # Google's own groups myContacts and starred are no tags
            "birthday": "1990-07-21",
        },
        "Giulia Bianchi": {"phone": "+39 347 765 4321"},
    },
}
_EMPTY: dict[str, Any] = {"company": "", "email": "", "phone": "", "address": "", "notes": "", "tags": ()}


def _customers() -> dict[str, dict[str, Any]]:
    found = {}
    for row in customers.get_many(range(1, 50)):
        values = {f: getattr(row, f) for f in FIELDS}
        values["birthday"] = row.birthday.isoformat() if row.birthday else None
        found[row.name] = {k: v for k, v in values.items() if k != "name"}
    return found


def _expected(cards: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {name: {**_EMPTY, "birthday": None, **values} for name, values in cards.items()}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_field_of_each_programs_export_arrives(db: Path, name: str) -> None:
    result = vcard.import_vcard(FILES / name)
    assert result.counts.created == len(EXPECTED[name])
    assert all("is not a valid number for GB; kept as typed" in warning for warning in result.warnings)
    assert _customers() == _expected(EXPECTED[name])
    assert rows("SELECT count(*) FROM tag WHERE lower(name) IN ('mycontacts', 'starred')") == [(0,)]


def _variant(data: bytes, ending: bytes, bom: bool) -> bytes:
    lines = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
    return (codecs.BOM_UTF8 if bom else b"") + ending.join(lines)


@pytest.mark.parametrize("bom", [False, True], ids=["", "bom"])
@pytest.mark.parametrize(
    "ending", [b"\r\n", b"\n", b"\r", b"\r\r\n"], ids=["crlf", "lf", "lone-cr", "cr-cr-lf"]
)
def test_an_iphone_export_reads_alike_in_any_line_endings(
    db: Path, tmp_path: Path, ending: bytes, bom: bool
) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_bytes(_variant((FILES / "iphone_ios9.vcf").read_bytes(), ending, bom))
    vcard.import_vcard(path)
    assert _customers() == _expected(IPHONE)


def test_a_photo_of_old_phones_base64_lines_unindented_is_skipped(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "nokia.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Hansen;Ola\r\nTEL;CELL:+47 912 00 000\r\n"
        b"PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMD\r\n"
        b"BAYEBAQEBAgGBgUGBwkHBwcHCAkJCAoMFA0MCwsMGRITDxQdGh8eHRocHBwgJC4nICIsIxwcKDcp\r\n"
        b"LDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIy==\r\n"
        b"\r\nNOTE;ENCODING=QUOTED-PRINTABLE:Soft break with a space after it= \r\nstill the note\r\n"
        b"END:VCARD\r\n"
    )
    vcard.import_vcard(path)
    (row,) = customers.get_many([1])
    assert (row.name, row.phone) == ("Ola Hansen", "+47 912 00 000")
    assert row.notes == "Soft break with a space after itstill the note"


def test_a_hostile_line_after_a_photo_is_still_named(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "bad.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nFN:Ola\r\r\nPHOTO;ENCODING=b:QUJD\r\r\n RUZH\r\r\n"
        b"this is not a property\r\r\nEND:VCARD\r\r\n"
    )
    with pytest.raises(vcard.VCardError) as caught:
        vcard.import_vcard(path)
    assert "\n" not in str(caught.value)
    assert "card 1: 'this is not a property' is not a property line" in str(caught.value)
    assert rows("SELECT count(*) FROM customer") == [(0,)]


def test_export_gives_organisations_company_cards_and_people_their_name_parts(
    db: Path, tmp_path: Path
) -> None:
    vcard.import_vcard(FILES / "iphone_ios9.vcf")
    customers.create("Hansen & Sønn")
    customers.create("Ludwig van Beethoven", company="Nordlys AS")
    customers.create("Madonna")
    target = tmp_path / "out.vcf"
    vcard.export_vcard(target)
    cards = {
        card.split("FN:")[1].split("\r\n")[0]: card
        for card in target.read_bytes().decode("utf-8").split("END:VCARD\r\n")
        if "FN:" in card
    }
    bakery = cards["Bakeriet Pan AS"]
    assert "\r\nN:;;;;\r\n" in bakery and "\r\nX-ABSHOWAS:COMPANY\r\n" in bakery
    assert "\r\nORG:Bakeriet Pan AS\r\n" in bakery
    assert "ADR:;;Markveien 35;Oslo;;0554;Norway\r\n" in bakery  # its parts, as imported
    kari = cards["Kari Nordmann"]
    assert "\r\nN:Nordmann;Kari;;;\r\n" in kari and "X-ABSHOWAS" not in kari
    assert "ADR:;;Storgata 1\\nLeil. 3;Oslo;;0150;Norway\r\n" in kari
    partner = cards["Hansen & Sønn"]
    assert "\r\nN:;;;;\r\n" in partner and "\r\nORG:Hansen & Sønn\r\n" in partner
    assert "\r\nN:van Beethoven;Ludwig;;;\r\n" in cards["Ludwig van Beethoven"]
    assert "\r\nN:;Madonna;;;\r\n" in cards["Madonna"]


def test_an_export_read_again_gives_every_field_back(db: Path, tmp_path: Path) -> None:
    for name in sorted(EXPECTED):
        vcard.import_vcard(FILES / name)
    before = _customers()
    parts = rows("SELECT name, address_parts FROM customer ORDER BY name")
    target = tmp_path / "all.vcf"
    vcard.export_vcard(target)
    copy = tmp_path / "copy.vcf"
    shutil.copy(target, copy)
    customers.trash(list(range(1, 50)))
    customers.empty_trash(0)
    vcard.import_vcard(copy)
    assert _customers() == before
    assert rows("SELECT name, address_parts FROM customer ORDER BY name") == parts


def test_an_address_edited_since_the_import_is_exported_as_typed(db: Path, tmp_path: Path) -> None:
    vcard.import_vcard(FILES / "nextcloud.vcf")
    lars = customers.find_by_email("lars@example.se")
    assert lars is not None
    ((stored,),) = rows("SELECT address_parts FROM customer WHERE id = ?", lars.id)
    assert "Drottninggatan 12" in stored
    customers.update(lars.id, address=lars.address, notes="Saved with the address untouched")
    assert rows("SELECT address_parts FROM customer WHERE id = ?", lars.id) == [(stored,)]
    customers.update(lars.id, address="Vasagatan 1\n111 20 Stockholm")
    assert rows("SELECT address_parts FROM customer WHERE id = ?", lars.id) == [("",)]
    target = tmp_path / "out.vcf"
    vcard.export_vcard(target, [lars.id])
    assert "ADR:;;Vasagatan 1\\n111 20 Stockholm;;;;\r\n" in target.read_bytes().decode("utf-8")
