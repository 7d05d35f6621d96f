"""Reading and writing CSV files: encodings, separators, line numbers, formula-safe cells."""

from __future__ import annotations

import codecs
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carebook.exchange.csv_format import (
    CsvFileError,
    csv_line,
    decode,
    escape_cell,
    parse,
    read_table,
    unescape_cell,
    write_table,
)
from tests.core.exchange.support import FIXTURES, write_csv


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+44 20 7946 0123", "'+44 20 7946 0123"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tindent", "'\tindent"),
        ("\rx", "'\rx"),
        ("'=already quoted", "''=already quoted"),
        ("''-two", "'''-two"),
        ("plain", "plain"),
        ("'apostrophe", "'apostrophe"),
        ("a=b", "a=b"),
        ("\x00=nul", "'=nul"),
    ],
)
def test_cells_a_spreadsheet_would_run_get_one_apostrophe(value: str, written: str) -> None:
    assert escape_cell(value) == written
    assert unescape_cell(written) == value.replace("\x00", "")


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("a;=1+1", "a;'=1+1"),
        ("vip;-old", "vip;'-old"),
        ("x\t@SUM(A1)", "x\t'@SUM(A1)"),
        ("1,+2", "1,'+2"),
        ("line\n=cmd", "line\n'=cmd"),
        ("a;'=quoted", "a;''=quoted"),
        ("=a;=b", "'=a;'=b"),
        ("a; =b", "a; =b"),
        ("a;b", "a;b"),
    ],
)
def test_a_formula_after_a_separator_inside_a_cell_gets_one_apostrophe(value: str, written: str) -> None:
    assert escape_cell(value) == written
    assert unescape_cell(written) == value


FORMULA_START = ("=", "+", "-", "@")
ANY_SEPARATOR = st.text(alphabet=st.sampled_from(list(",;\t\r\n=+-@'\"ab ")), max_size=12)


def naive_cells(data: str) -> list[str]:
    """How a careless spreadsheet reads a file: each line split on , ; and tab alike, each piece without
    the one quote that would open a quoted cell."""
    cells = []
    for line in data.splitlines():
        for part in line.replace(";", ",").replace("\t", ",").split(","):
            cells.append(part.removeprefix('"'))
    return cells


@given(st.lists(ANY_SEPARATOR, min_size=1, max_size=4))
def test_no_cell_starts_a_formula_whatever_the_separator_a_reader_splits_on(cells: list[str]) -> None:
    line = csv_line(["name", *cells])
    assert not [cell for cell in naive_cells(line) if cell.startswith(FORMULA_START)]
    _header, rows = parse("a,b,c,d,e\r\n" + line, "f.csv")
    assert [unescape_cell(cell) for cell in rows[0].cells] == ["name", *cells]  # and it reads back


def test_cells_holding_a_semicolon_or_tab_are_quoted() -> None:
    assert csv_line(["a;b", "c\td", "plain", ""]) == '"a;b","c\td",plain,\r\n'
    assert csv_line([""]) == '""\r\n'  # an empty one-cell record is not a blank line


def test_reading_keeps_an_apostrophe_that_protects_nothing() -> None:
    assert unescape_cell("'tis the season") == "'tis the season"
    assert unescape_cell("=typed by hand") == "=typed by hand"


@given(st.text())
def test_escaping_round_trips_any_text(value: str) -> None:
    assert unescape_cell(escape_cell(value)) == value.replace("\x00", "")


def test_written_file_has_bom_crlf_quotes_and_owner_only_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    count = write_table(target, ["name", "notes"], [["Kari", "two\nlines"], ["=evil()", 'say "hi"']])
    assert count == 2
    data = target.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert data[3:].decode("utf-8") == 'name,notes\r\nKari,"two\nlines"\r\n\'=evil(),"say ""hi"""\r\n'
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert list(tmp_path.iterdir()) == [target]


def test_a_failed_write_leaves_the_old_file_and_no_part_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old contents")

    def rows():  # type: ignore[no-untyped-def]
        yield ["fine"]
        raise RuntimeError("disk pulled out")

    with pytest.raises(RuntimeError):
        write_table(target, ["name"], rows(), force=True)
    assert target.read_text() == "old contents"
    assert list(tmp_path.iterdir()) == [target]


def test_writing_into_a_missing_folder_or_onto_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CsvFileError, match="does not exist"):
        write_table(tmp_path / "nowhere" / "out.csv", ["name"], [])
    with pytest.raises(CsvFileError, match="is a folder"):
        write_table(tmp_path, ["name"], [])


def test_line_numbers_are_physical_lines_with_crlf_quoted_newlines_and_blank_lines() -> None:
    text = 'name,notes\r\nA,"one\r\ntwo\r\nthree"\r\n\r\nB,plain\r\n"C\nstill C",x\r\nD,y'
    header, rows = parse(text, "f.csv")
    assert header == ("name", "notes")
    assert [(row.line, row.cells[0]) for row in rows] == [(2, "A"), (6, "B"), (7, "C\nstill C"), (9, "D")]
    assert rows[0].cells[1] == "one\r\ntwo\r\nthree"


def test_header_names_are_matched_loosely() -> None:
    header, _ = parse("Customer Email,Due-On, NOTE \n", "f.csv")
    assert header == ("customer_email", "due_on", "note")


@pytest.mark.parametrize("separator", [";", "\t"])
def test_semicolon_and_tab_separated_files_are_read(separator: str) -> None:
    header, rows = parse(f"name{separator}company\nKari{separator}Nordlys, Oslo\n", "f.csv")
    assert header == ("name", "company")
    assert rows[0].cells == ("Kari", "Nordlys, Oslo")


def test_encodings_spreadsheets_write_are_read() -> None:
    text = "name\nKari Ødegård\n"
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8"), "f") == text
    assert decode(text.encode("utf-8"), "f") == text
    assert decode(text.encode("utf-16"), "f") == text
    assert decode(text.encode("cp1252"), "f") == text


def test_an_excel_file_with_semicolons_in_windows_1252_is_read() -> None:
    table = read_table(FIXTURES / "customers_excel_semicolon.csv")
    assert table.header[:3] == ("name", "company", "email")
    assert table.rows[0].cells[:2] == ("Kari Ødegård", "Nordlys Kafé AS")
    assert [row.line for row in table.rows] == [2, 3]


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        b"PK\x03\x04\x14\x00\x06\x00",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "name\nKari\n".encode("utf-16-le"),
        bytes(range(256)) * 4,
    ],
)
def test_binary_files_are_not_csv(data: bytes) -> None:
    with pytest.raises(CsvFileError, match=r"^f\.bin: not a CSV file"):
        decode(data, "f.bin")


def test_missing_folder_and_empty_files_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(CsvFileError, match=r"nope\.csv: no such file"):
        read_table(tmp_path / "nope.csv")
    with pytest.raises(CsvFileError, match="is a folder"):
        read_table(tmp_path)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(codecs.BOM_UTF8 + b"\r\n\r\n")
    with pytest.raises(CsvFileError, match=r"empty\.csv: is empty"):
        read_table(empty)


def test_an_unclosed_quote_is_reported_at_the_line_it_opens(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "q.csv", 'name,notes\nA,ok\nB,"never closed\nC,more\n')
    with pytest.raises(CsvFileError, match=r"q\.csv:3: a quoted cell is never closed"):
        read_table(path)


def test_a_hundred_kilobyte_cell_is_read(tmp_path: Path) -> None:
    note = "ø" * 150_000
    path = tmp_path / "big.csv"
    write_table(path, ["name", "notes"], [["Kari", note]])
    assert read_table(path).rows[0].cells == ("Kari", note)
