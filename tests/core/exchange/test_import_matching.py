"""Matching the rows of a customers file with stored customers, and the user's choice per row
(``targets``); choosing the encoding and separator of a CSV file."""

from __future__ import annotations

from pathlib import Path

import pytest

from carebook.errors import CarebookError
from carebook.exchange import importer, vcard
from carebook.exchange.csv_format import CsvFileError, read_table
from carebook.exchange.importer import ImportRefused
from carebook.exchange.matching import CREATE, UPDATE, find_matches
from carebook.services import customers
from tests.core.exchange.support import snapshot, write_csv


@pytest.fixture
def stored(db):  # type: ignore[no-untyped-def]
    kari = customers.create("Kari Nordmann", email="kari@nordlys.no", phone="020 7946 0123").row
    tom = customers.create("Tom Baker", email="tom@baker.example").row
    return kari, tom


def _file(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "people.csv",
        "name,email,phone,notes\n"
        "Kari N.,KARI@nordlys.no,,by email\n"  # line 2: same email as Kari
        "Kari at work,,+44 20 7946 0123,by phone\n"  # line 3: same phone as Kari
        "Tom Bakr,,,similar name\n"  # line 4: one letter from Tom Baker
        "Mei Chen,mei@example.com,,new\n",  # line 5: nobody
    )


def test_rows_are_matched_by_email_phone_and_similar_names(stored, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kari, tom = stored
    matches = find_matches(read_table(_file(tmp_path)))
    assert [(m.line, m.customer.id, m.suggested) for m in matches] == [
        (2, kari.id, UPDATE),
        (3, kari.id, UPDATE),
        (4, tom.id, CREATE),
    ]
    assert "same email" in matches[0].reasons and "same phone" in matches[1].reasons
    assert matches[2].reasons[0].startswith("similar names")
    assert (matches[0].name, matches[0].email) == ("Kari N.", "KARI@nordlys.no")


def test_targets_choose_update_or_create_per_row(stored, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kari, tom = stored
    prepared = importer.prepare("customers", _file(tmp_path))
    # line 2 (same email) becomes a new customer; line 3 updates Kari; line 4 updates Tom
    result = importer.run(prepared, targets={2: None, 3: kari.id, 4: tom.id})
    assert (result.counts.created, result.counts.updated) == (2, 2)
    assert customers.get(kari.id).notes == "by phone"
    assert customers.get(tom.id).name == "Tom Bakr"
    twins = [row for row in customers.get_many(range(1, 20)) if row.email.lower() == "kari@nordlys.no"]
    assert len(twins) == 2


def test_without_targets_the_email_rule_stands(stored, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kari, _tom = stored
    result = importer.run(importer.prepare("customers", _file(tmp_path)))
    assert (result.counts.created, result.counts.updated) == (3, 1)
    assert customers.get(kari.id).notes == "by email"


def test_two_rows_cannot_update_one_customer(stored, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kari, _tom = stored
    before = snapshot()
    with pytest.raises(ImportRefused) as refused:
        importer.run(importer.prepare("customers", _file(tmp_path)), targets={3: kari.id})
    [problem] = refused.value.problems
    assert problem.line == 3 and problem.field == "customer" and "line 2" in problem.errors[0][1]
    assert snapshot() == before


def test_a_target_that_no_longer_exists_is_a_bad_row(stored, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportRefused) as refused:
        importer.run(importer.prepare("customers", _file(tmp_path)), dry_run=True, targets={5: 999})
    assert [(p.line, p.field) for p in refused.value.problems] == [(5, "customer")]


def test_targets_are_for_customers_files_only(stored, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "f.csv", "due_on,customer\n2030-01-02,Tom Baker\n")
    with pytest.raises(CarebookError, match="only customers rows"):
        importer.run(importer.prepare("followups", path), targets={2: 1})


def test_vcard_cards_take_targets_too(stored, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kari, _tom = stored
    path = tmp_path / "book.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Kari Nordmann\nTEL:020 7946 0123\nNOTE:from the phone\nEND:VCARD\n"
    )
    prepared = vcard.prepare(path)
    [match] = find_matches(prepared.table)
    assert match.customer.id == kari.id and match.line == 1
    result = vcard.run(prepared, targets={1: kari.id})
    assert result.counts.updated == 1 and customers.get(kari.id).notes == "from the phone"


def test_the_encoding_and_separator_found_are_told_and_can_be_chosen(tmp_path: Path) -> None:
    path = tmp_path / "kunder.csv"
    path.write_bytes("Navn;Firma\nKari Ødegård;Kafé\n".encode("cp1252"))
    table = read_table(path)
    assert (table.encoding, table.separator) == ("cp1252", ";")
    assert table.rows[0].cells == ("Kari Ødegård", "Kafé")
    as_comma = read_table(path, sep=",")
    assert as_comma.separator == "," and as_comma.rows[0].cells == ("Kari Ødegård;Kafé",)
    with pytest.raises(CsvFileError, match="cannot be read as utf-8"):
        read_table(path, encoding="utf-8")
    bom = tmp_path / "bom.csv"
    bom.write_bytes("\ufeffname\tcompany\nAnna\tA & Co\n".encode())
    table = read_table(bom)
    assert (table.encoding, table.separator, table.header) == ("utf-8-sig", "\t", ("name", "company"))
    assert read_table(bom, encoding="utf-8").header == ("name", "company")  # the BOM never reaches a name
    with pytest.raises(CsvFileError, match="not an encoding"):
        read_table(bom, encoding="latin-9")
