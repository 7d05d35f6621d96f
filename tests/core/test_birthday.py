"""The birthday field end to end: one table entry, read by validation, CSV, vCard, merge, erase and export."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from carebook.errors import ValidationError
from carebook.exchange import vcard
from carebook.exchange.exporter import export_csv
from carebook.exchange.importer import ImportRefused, import_csv
from carebook.exchange.privacy_export import export_person
from carebook.exchange.vcard_read import read_cards
from carebook.services import customers, merge, privacy
from carebook.usecases.customers import add_customer
from tests.core.exchange.support import rows, write_csv


def test_a_customer_has_an_optional_birthday(db: Path) -> None:
    kari = add_customer("Kari Nordmann", birthday=date(1985, 4, 12)).row
    assert kari.birthday == date(1985, 4, 12)
    assert customers.create("Ola").row.birthday is None
    assert customers.update(kari.id, birthday="1990-02-28").row.birthday == date(1990, 2, 28)
    assert customers.update(kari.id, birthday="").row.birthday is None
    assert rows("SELECT birthday FROM customer WHERE id = ?", kari.id) == [(None,)]


@pytest.mark.parametrize(
    ("typed", "message"),
    [("1985-02-30", "not a real date"), ("12/04/1985", "not a date like"), ("1850-01-01", "1900 to 2200")],
)
def test_a_bad_birthday_is_refused_by_name(db: Path, typed: str, message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        customers.create("Kari", birthday=typed)
    assert message in raised.value.errors["birthday"]
    assert customers.count_customers() == 0


def test_csv_export_and_import_carry_the_birthday(db: Path, tmp_path: Path) -> None:
    customers.create("Kari", email="kari@example.com", birthday=date(1985, 4, 12))
    customers.create("Ola")
    path = tmp_path / "out.csv"
    export_csv("customers", path)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith(",created_at,birthday")
    assert lines[1].startswith("Kari,") and lines[1].endswith(",1985-04-12")
    assert lines[2].endswith(",")
    privacy.erase(customers.find_by_email("kari@example.com").id)  # type: ignore[union-attr]
    import_csv("customers", path)
    again = customers.find_by_email("kari@example.com")
    assert again is not None and again.birthday == date(1985, 4, 12)


@pytest.mark.parametrize("header", ["Birthday", "date of birth", "Geburtstag", "anniversaire", "DOB"])
def test_csv_import_reads_other_names_of_the_column(db: Path, tmp_path: Path, header: str) -> None:
    import_csv("customers", write_csv(tmp_path / "in.csv", f"Name,{header}\nKari,1985-04-12\nOla,\n"))
    by_name = {row.name: row.birthday for row in customers.list_customers().rows}
    assert by_name == {"Kari": date(1985, 4, 12), "Ola": None}


def test_csv_import_updates_a_birthday_and_refuses_a_bad_one(db: Path, tmp_path: Path) -> None:
    kari = customers.create("Kari", email="kari@example.com").row
    text = "name,email,birthday\nKari,kari@example.com,1985-04-12\n"
    import_csv("customers", write_csv(tmp_path / "a.csv", text))
    assert customers.get(kari.id).birthday == date(1985, 4, 12)
    with pytest.raises(ImportRefused, match=r"b\.csv:2: birthday: '1985-13-01'"):
        import_csv("customers", write_csv(tmp_path / "b.csv", "name,birthday\nOla,1985-13-01\n"))


def test_vcard_round_trip_of_the_birthday(db: Path, tmp_path: Path) -> None:
    row = customers.create("Kari Nordmann", email="kari@example.com", birthday=date(1985, 4, 12)).row
    assert "BDAY:1985-04-12\r\n" in vcard.card_text(row)
    path = tmp_path / "out.vcf"
    vcard.export_vcard(path)
    privacy.erase(row.id)
    vcard.import_vcard(path)
    again = customers.find_by_email("kari@example.com")
    assert again is not None and again.birthday == date(1985, 4, 12)


@pytest.mark.parametrize(
    ("value", "stored"),
    [("1985-04-12", "1985-04-12"), ("19850412", "1985-04-12"), ("1985-04-12T00:00:00Z", "1985-04-12")],
)
def test_vcard_birthday_formats(value: str, stored: str) -> None:
    data = f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Kari\r\nBDAY:{value}\r\nEND:VCARD\r\n".encode()
    (card,) = read_cards(data, "x.vcf")
    assert card["birthday"] == stored and card.warnings == ()


def test_a_vcard_birthday_without_a_year_is_left_out_with_a_warning(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "in.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Kari\r\nBDAY:--0412\r\nEND:VCARD\r\n")
    result = vcard.import_vcard(path)
    (row,) = customers.list_customers().rows
    assert row.name == "Kari" and row.birthday is None
    assert result.warnings == (f"{path}:1: card 1 BDAY --0412: a date without a year is not kept",)


def test_merge_fills_a_missing_birthday_and_undo_gives_it_back(db: Path) -> None:
    keep = customers.create("Kari").row
    other = customers.create("Kari N.", birthday=date(1985, 4, 12)).row
    assert "birthday" in merge.MERGE_FIELDS
    result = merge.merge(keep.id, other.id)
    assert "birthday" in result.changed_fields
    assert customers.get(keep.id).birthday == date(1985, 4, 12)
    merge.undo_merge(result.merge_id)
    assert customers.get(keep.id).birthday is None
    assert customers.get(other.id).birthday == date(1985, 4, 12)


def test_erase_blanks_the_birthday_and_the_export_includes_it(db: Path, tmp_path: Path) -> None:
    kari = customers.create("Kari", email="kari@example.com", birthday=date(1985, 4, 12)).row
    done = export_person(kari.id, tmp_path)
    data = json.loads((done.folder / "customer.json").read_text(encoding="utf-8"))
    assert data["customer"]["birthday"] == "1985-04-12"
    csv_lines = (done.folder / "customer.csv").read_text(encoding="utf-8-sig").splitlines()
    assert csv_lines[0].endswith(",birthday") and csv_lines[1].endswith(",1985-04-12")
    privacy.erase(kari.id)
    assert customers.get(kari.id).birthday is None
