"""Columns a user maps by hand, remembered per header set; the columns left out, said by the CLI;
birthdays in the forms address books write."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from carebook import settings
from carebook.cli import main
from carebook.exchange import importer, saved_columns
from carebook.exchange.birthdays import BirthdayReader
from carebook.exchange.column_roles import plain_plan
from tests.core.exchange.real_exports import GOOGLE_CONTACTS, google_csv
from tests.core.exchange.support import rows


def test_a_mapping_is_remembered_for_the_same_headings(db: Path) -> None:
    headings = ("Kundennr", "Name", "Lieblingsfarbe")
    assert saved_columns.recall("customers", headings) is None
    saved_columns.remember("customers", headings, ["note", "name", ""])
    assert saved_columns.recall("customers", headings) == ["note", "name", ""]
    assert saved_columns.recall("customers", (" kundennr", "NAME", "Lieblingsfarbe")) == ["note", "name", ""]
    assert saved_columns.recall("customers", ("Kundennr", "Name")) is None  # another header set
    assert saved_columns.recall("interactions", headings) is None  # another table
    saved_columns.remember("customers", headings, ["", "name", "notes"])
    assert saved_columns.recall("customers", headings) == ["", "name", "notes"]
    assert settings.stored().keys() == set(settings.KEYS)  # not a setting of the shop's list


def test_a_remembered_mapping_that_no_longer_fits_is_not_used(db: Path) -> None:
    headings = ("A", "B")
    saved_columns.remember("customers", headings, ["name", "no_such_role"])
    assert saved_columns.recall("customers", headings) is None


def test_a_column_mapped_to_notes_arrives_after_its_heading(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "till.csv"
    path.write_text("Kundennr,Name,Lieblingsfarbe\r\n4711,Hans Müller,grün\r\n", encoding="utf-8")
    source = importer.prepare("customers", path)
    assert [c.heading for c in source.left_out()] == ["Kundennr", "Lieblingsfarbe"]
    assert source.plan is not None
    plan = source.plan.with_roles(["note", "name", "note"])
    prepared = importer.prepare_table("customers", source.source or source.table, plan)
    result = importer.run(prepared)
    assert result.left_out == ()
    notes = "Kundennr: 4711\nLieblingsfarbe: grün"
    assert rows("SELECT name, notes FROM customer") == [("Hans Müller", notes)]


def test_the_cli_names_the_format_and_every_column_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(google_csv(GOOGLE_CONTACTS))
    db = tmp_path / "shop.sqlite3"
    code = main(["--db", str(db), "import", "customers", str(path), "--dry-run"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert "Google Contacts file: 5 contacts" in out
    assert "not imported: Photo (1 value)" in out
    assert not any(line.startswith("not imported (empty") for line in out)  # Google's columns are known
    assert out[-2:] == ["contacts.csv: 5 customers rows; 5 would be created, 0 updated, 0 unchanged, "
                        "new tags: 3.", "dry run: nothing written"]  # fmt: skip
    assert main(["--db", str(db), "import", "customers", str(path)]) == 0
    with sqlite3.connect(db) as conn:
        tags = sorted(name for (name,) in conn.execute("SELECT name FROM tag"))
    assert tags == ["Customers", "Suppliers", "VIP"]


def test_a_spreadsheet_without_a_name_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("Firma,E-Mail\nNordlys AS,post@nordlys.no\n")
    with pytest.raises(Exception, match=r"lacks the column name \(its columns: Firma, E-Mail\)"):
        importer.prepare("customers", path)
    assert plain_plan("customers", ("Firma", "E-Mail")).roles == ("company", "email")


@pytest.mark.parametrize(
    ("cells", "region", "expected"),
    [
        (["1985-04-12", "19850412", "1985/04/12"], "GB", ["1985-04-12"] * 3),
        (["12.04.1985", "12. 4. 85", "30.07.1971"], "US", ["1985-04-12", "1985-04-12", "1971-07-30"]),
        (["4/12/1985", "7/30/1990"], "GB", ["1985-04-12", "1990-07-30"]),  # the file says month first
        (["12/04/1985", "30/07/1990"], "US", ["1985-04-12", "1990-07-30"]),  # the file says day first
        (["4/12/1985"], "US", ["1985-04-12"]),  # nothing tells: the region does
        (["4/12/1985"], "NO", ["1985-12-04"]),
        (["4/12/1985", "30/07/1990", "7/30/1990"], "GB", [None, None, None]),  # both orders: not read
        (["--04-12", "soon", "31.02.1985"], "GB", [None, None, None]),
    ],
)
def test_birthdays_as_address_books_write_them(
    db: Path, cells: list[str], region: str, expected: list[str | None]
) -> None:
    settings.update(phone_region=region)
    reader = BirthdayReader(lambda: cells)
    assert [reader.read(cell) for cell in cells] == expected


def test_the_cli_lists_the_empty_columns_left_out_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.csv"
    path.write_text("Name,Shoe size,Favourite colour\nAnn,,green\n")
    db = tmp_path / "shop.sqlite3"
    assert main(["--db", str(db), "import", "customers", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == [
        "not imported: Favourite colour (1 value)",
        "not imported (empty in every row): Shoe size",
    ]
