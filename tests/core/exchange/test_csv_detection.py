"""Separator detection, other names for columns (synonyms), and odd line ends."""

from __future__ import annotations

from pathlib import Path

import pytest

from carebook.exchange import importer
from carebook.exchange.columns import ALL_COLUMNS, SYNONYMS, canonical_header
from carebook.exchange.csv_format import parse, read_table, separator
from tests.core.exchange.support import rows


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        ("name,email", ","),
        ("name;email", ";"),
        ("name\temail", "\t"),
        ('"Name, full";"E-mail"', ";"),  # the comma is inside quotes
        ('"a;b;c",name', ","),
        ("name", ","),  # one column
        ("\n\nname;email", ";"),  # blank lines before the header
    ],
)
def test_the_separator_is_counted_outside_quotes(first_line: str, expected: str) -> None:
    assert separator(first_line + "\nx") == expected


def test_other_names_for_columns_are_renamed() -> None:
    header, _ = parse("Navn;Firma;E-mail;Mobil;Société;Notater\n", "f.csv")
    assert header == ("name", "company", "email", "phone", "société", "notes")  # company came first
    assert canonical_header(("nom", "société")) == ("name", "company")  # accents do not matter
    header, _ = parse("Full Name,Organization,Tel.,Categories\n", "f.csv")
    assert header == ("name", "company", "phone", "tags")


def test_a_real_column_wins_over_a_synonym() -> None:
    assert canonical_header(("name", "phone", "mobile", "tel")) == ("name", "phone", "mobile", "tel")
    assert canonical_header(("mobile", "tel")) == ("phone", "tel")  # the first synonym wins
    assert canonical_header(("comment", "note", "channel")) == ("comment", "note", "channel")


def test_no_synonym_is_a_column_of_any_table() -> None:
    assert not ALL_COLUMNS.intersection(SYNONYMS)
    assert set(SYNONYMS.values()) <= ALL_COLUMNS


def test_the_header_as_written_is_kept_for_the_import_wizard(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes("\ufeffNavn;E-mail\r\nKari;kari@example.no\r\n".encode())
    table = read_table(path)
    assert table.raw_header == ("Navn", "E-mail")
    assert table.header == ("name", "email")


def test_a_file_with_synonym_headers_imports(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "outlook.csv"
    path.write_text(
        "Full Name,E-mail Address,Mobile Phone,Company Name\nAva Taylor,ava@example.com,07700 900123,Acme\n"
    )
    result = importer.import_csv("customers", path)
    assert result.counts.created == 1
    assert rows("SELECT name, email, phone, company FROM customer") == [
        ("Ava Taylor", "ava@example.com", "07700 900123", "Acme")
    ]


def test_carriage_returns_alone_end_lines_and_count_as_lines() -> None:
    header, found = parse('name,notes\rA,"two\rlines"\rB,x\r', "f.csv")
    assert header == ("name", "notes")
    assert [(row.line, row.cells) for row in found] == [(2, ("A", "two\rlines")), (4, ("B", "x"))]


def test_unusual_unicode_line_breaks_stay_inside_cells() -> None:
    _, found = parse("name,notes\nA,one\u2028two\x85three\x0cfour\n", "f.csv")
    assert found[0].cells == ("A", "one\u2028two\x85three\x0cfour")
