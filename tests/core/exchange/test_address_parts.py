"""An address's vCard parts stored beside its text: kept while they give the address, never stale."""

from __future__ import annotations

import json
from pathlib import Path

from carebook.exchange import importer, vcard
from carebook.exchange.address_parts import address_text, checked_parts, still_valid, to_stored
from carebook.exchange.contact_groups import is_system_group, user_groups
from carebook.services import customers, privacy
from tests.core.exchange.support import rows

PARTS = ["", "", "Storgata 1", "Oslo", "", "0150", "Norway"]
CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kari Nordmann\r\nEMAIL:kari@example.com\r\n"
    "ADR;TYPE=HOME:;;Storgata 1;Oslo;;0150;Norway\r\nEND:VCARD\r\n"
)


def test_parts_are_stored_only_when_they_say_more_than_the_text() -> None:
    assert address_text(PARTS) == "Storgata 1\n0150 Oslo\nNorway"
    assert json.loads(to_stored(PARTS)) == PARTS
    assert to_stored(["", "", "Storgata 1\n0150 Oslo", "", "", "", ""]) == ""
    stored = to_stored(PARTS)
    assert still_valid("Storgata 1\n0150 Oslo\nNorway", stored) == PARTS
    assert still_valid("Storgata 2\n0150 Oslo\nNorway", stored) is None
    for broken in ("", "not json", "[1, 2]", json.dumps(["a"] * 6), '{"street": "x"}'):
        assert still_valid("x", broken) is None
    assert checked_parts("Storgata 2", stored) == ""


def test_google_and_android_system_groups() -> None:
    assert [is_system_group(n) for n in ("myContacts", "* starred", "Starred in Android")] == [True] * 3
    assert user_groups(["myContacts", "Customers", "starred", "Friends"]) == ["Customers", "Friends"]


def _kari(db: Path, tmp_path: Path) -> int:
    path = tmp_path / "kari.vcf"
    path.write_bytes(CARD.encode("utf-8"))
    vcard.import_vcard(path)
    found = customers.find_by_email("kari@example.com")
    assert found is not None and json.loads(_parts(found.id)) == PARTS
    return found.id


def _parts(customer_id: int) -> str:
    ((stored,),) = rows("SELECT address_parts FROM customer WHERE id = ?", customer_id)
    return str(stored)


def _csv(tmp_path: Path, address: str) -> Path:
    path = tmp_path / "c.csv"
    path.write_text(f'name,email,address\r\nKari Nordmann,kari@example.com,"{address}"\r\n', encoding="utf-8")
    return path


def test_a_csv_import_keeps_the_parts_of_an_unchanged_address_and_drops_stale_ones(
    db: Path, tmp_path: Path
) -> None:
    kari = _kari(db, tmp_path)
    result = importer.import_csv("customers", _csv(tmp_path, "Storgata 1\n0150 Oslo\nNorway"))
    assert result.counts.unchanged == 1
    assert json.loads(_parts(kari)) == PARTS
    result = importer.import_csv("customers", _csv(tmp_path, "Kirkegata 5\n3110 Tønsberg"))
    assert result.counts.updated == 1
    assert _parts(kari) == ""


def test_a_csv_cell_cannot_pass_parts_that_say_another_address(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    lie = json.dumps(["", "", "Elsewhere 9", "Bergen", "", "5014", "Norway"]).replace('"', '""')
    path.write_text(f'name,address,address_parts\r\nOla,"Storgata 1","{lie}"\r\n', encoding="utf-8")
    importer.import_csv("customers", path)
    assert rows("SELECT address, address_parts FROM customer") == [("Storgata 1", "")]


def test_erasing_a_customer_erases_the_parts(db: Path, tmp_path: Path) -> None:
    kari = _kari(db, tmp_path)
    privacy.erase(kari)
    assert rows("SELECT address, address_parts FROM customer") == [("", "")]
