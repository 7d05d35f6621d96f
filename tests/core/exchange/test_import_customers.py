"""Importing the customers CSV: create, update by email, tags, bad rows, dry run, import records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from carebook.errors import CarebookError
from carebook.exchange.importer import ImportRefused, import_csv
from tests.core.exchange.support import FIXTURES, count, rows, write_csv

HEADER = "name,company,email,phone,address,preferred_channel,tags,notes,consent_marketing,created_at\n"


def test_an_excel_file_creates_customers_with_normalised_contacts_and_tags(db: Path) -> None:
    result = import_csv("customers", FIXTURES / "customers_excel_semicolon.csv")

    assert (result.counts.created, result.counts.updated, result.counts.new_tags) == (2, 0, 2)
    assert rows(
        "SELECT name, name_key, company, email, phone, phone_e164, consent_marketing FROM customer"
    ) == [
        (
            "Kari Ødegård",
            "kari odegard",
            "Nordlys Kafé AS",
            "kari@example.no",
            "020 7946 0123",
            "+442079460123",
            1,
        ),
        ("Jürgen Müller", "jurgen muller", "", "JURGEN@example.de", "", "", 0),
    ]
    assert rows(
        "SELECT c.name, t.name FROM customer_tag ct JOIN customer c ON c.id = ct.customer_id "
        "JOIN tag t ON t.id = ct.tag_id ORDER BY c.id"
    ) == [("Kari Ødegård", "vip"), ("Jürgen Müller", "newsletter")]


def test_the_import_is_recorded_so_it_can_be_undone(db: Path, tmp_path: Path) -> None:
    result = import_csv("customers", FIXTURES / "customers_excel_semicolon.csv")

    assert rows("SELECT id, kind, file_name, created_rows, updated_rows, undone_at FROM import_batch") == [
        (result.batch_id, "customers", "customers_excel_semicolon.csv", 2, 0, None)
    ]
    changes = rows("SELECT table_name, row_id, action, before_json FROM import_change ORDER BY id")
    assert sorted(c[:3] for c in changes) == sorted(
        [("tag", t, "create") for (t,) in rows("SELECT id FROM tag")]
        + [("customer", c, "create") for (c,) in rows("SELECT id FROM customer")]
    )


def test_a_row_whose_email_matches_updates_only_the_cells_it_fills(db: Path, tmp_path: Path) -> None:
    first = write_csv(
        tmp_path / "a.csv",
        HEADER
        + "Kari Nordmann,Nordlys AS,kari@example.no,020 7946 0123,1 High Street,phone,vip,Likes tea,yes,\n",
    )
    import_csv("customers", first)
    (customer_id, updated_at) = rows("SELECT id, updated_at FROM customer")[0]
    second = write_csv(
        tmp_path / "b.csv",
        "email,name,company,tags,phone,Shoe Size\nKARI@EXAMPLE.NO,Kari Nordmann-Berg,,VIP;Wholesale,,42\n",
    )

    result = import_csv("customers", second)

    assert (result.counts.created, result.counts.updated, result.counts.new_tags) == (0, 1, 1)
    assert rows("SELECT name, company, email, phone, address, notes, preferred_channel FROM customer") == [
        (
            "Kari Nordmann-Berg",
            "Nordlys AS",
            "KARI@example.no",
            "020 7946 0123",
            "1 High Street",
            "Likes tea",
            "phone",
        ),
    ]
    tags = rows("SELECT t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id")
    assert sorted(name for (name,) in tags) == ["Wholesale", "vip"]
    (batch_id,) = rows("SELECT max(id) FROM import_batch")[0]
    [(row_id, before)] = rows(
        "SELECT row_id, before_json FROM import_change WHERE batch_id = ? AND action = 'update'", batch_id
    )
    assert row_id == customer_id
    assert json.loads(before) == {
        "name": "Kari Nordmann",
        "name_key": "kari nordmann",
        "email": "kari@example.no",
        "updated_at": updated_at,
        "tags": ["vip"],
    }


def test_importing_the_same_file_again_changes_nothing(db: Path) -> None:
    import_csv("customers", FIXTURES / "customers_excel_semicolon.csv")
    result = import_csv("customers", FIXTURES / "customers_excel_semicolon.csv")
    assert (result.counts.created, result.counts.updated, result.counts.unchanged) == (0, 0, 2)
    assert count("customer") == 2


def test_the_same_email_twice_in_a_file_is_a_bad_row(db: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", "name,email\nA,a@example.com\nB,b@example.com\nC,A@example.com\n")
    with pytest.raises(ImportRefused) as refused:
        import_csv("customers", path)
    assert refused.value.lines() == [f"{path}:4: email: the same address as line 2"]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (",x@example.com,,,", "name: is empty; every customer needs a name"),
        ("Kari,not-an-email,,,", "email: 'not-an-email' is not a valid email address"),
        ("Kari,,pigeon,,", "preferred_channel: 'pigeon' is not one of: phone, email"),
        ("Kari,,,perhaps,", "consent_marketing: 'perhaps' is not yes or no"),
        ("Kari,,,,2026-02-30 10:00", "created_at: '2026-02-30 10:00' is not a real date or time"),
        ("Kari,,,,,too,many", "row: has 7 cells but the header names 5 columns"),
    ],
)
def test_a_bad_row_is_reported_with_its_line_and_field_and_nothing_is_written(
    db: Path, tmp_path: Path, row: str, expected: str
) -> None:
    header = "name,email,preferred_channel,consent_marketing,created_at\n"
    path = write_csv(tmp_path / "c.csv", f'{header}Good One,,,,\n"Multi\nLine",,,,\n{row}\n', crlf=True)
    with pytest.raises(ImportRefused) as refused:
        import_csv("customers", path)
    [line] = refused.value.lines()
    assert line.startswith(f"{path}:5: {expected}")
    assert str(refused.value).endswith("nothing was imported")
    assert count("customer") == count("import_batch") == count("tag") == 0


def test_every_bad_row_is_listed(db: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", "name,email,notes\n,,a note\n,,\nX,bad,\n,also bad,\n")
    with pytest.raises(ImportRefused) as refused:
        import_csv("customers", path)
    # line 3 holds only empty cells: a blank row, skipped
    assert [(p.line, p.field) for p in refused.value.problems] == [(2, "name"), (4, "email"), (5, "name")]
    assert refused.value.problems[2].describe("c.csv").startswith("c.csv:5: name: is empty; every customer")
    assert "; email: 'also bad' is not a valid" in refused.value.problems[2].describe("c.csv")


def test_a_file_without_a_name_column_is_refused_naming_it(db: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", "email,company\na@example.com,X\n")
    with pytest.raises(CarebookError, match=r"c\.csv:1: the customers file lacks the column name"):
        import_csv("customers", path)


def test_a_dry_run_counts_but_writes_nothing(db: Path) -> None:
    result = import_csv("customers", FIXTURES / "customers_excel_semicolon.csv", dry_run=True)
    assert result.dry_run and result.batch_id is None
    assert result.counts.created == 2
    assert count("customer") == count("import_batch") == count("tag") == 0


def test_an_invalid_phone_is_kept_as_typed_with_a_warning(db: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", "name,phone\nKari,12345\n")
    result = import_csv("customers", path)
    assert result.warnings == (f"{path}:2: phone: '12345' is not a valid number for GB; kept as typed",)
    assert rows("SELECT phone, phone_e164 FROM customer") == [("12345", "")]
