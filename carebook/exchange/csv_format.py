"""Reading and writing Carebook's CSV files: UTF-8 with a BOM, one header row, formula-safe cells.

Reading accepts what spreadsheets write: UTF-8 with or without a BOM, UTF-16 with a BOM, Windows-1252
(Excel's older "CSV" on Windows), and ``;`` or tab as the separator (Excel in many European locales),
chosen by counting them in the header line outside quotes. Header names are matched loosely
(``header_key``), and other names for a column ("E-mail", "Mobile", "Firma") are renamed to Carebook's
(``columns.canonical_header``).
Every row keeps the physical line of the file it starts on (the header is line 1; a newline inside
quotes counts), so a problem can be reported as ``FILE:LINE: field: reason``.

Writing escapes cells a spreadsheet would run as a formula: a cell starting with ``= + - @``, tab or CR
(after any apostrophes) gets one leading ``'``, and so does every ``= + - @`` that follows a ``,`` ``;``
tab or line break inside a cell (a spreadsheet that splits lines on another separator than Carebook's
would start a cell there); such cells are also quoted. Reading removes exactly one such ``'`` in each
place again, so export-then-import gives back the same values.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from carebook import safe_write
from carebook.errors import CarebookError
from carebook.exchange.columns import canonical_header

_FORMULA = re.compile(r"'*[=+\-@\t\r\x00]")
_INNER_FORMULA = re.compile(r"(?<=[,;\t\r\n])(?='*[=+\-@])")  # where a cell would start, split otherwise
_INNER_ESCAPED = re.compile(r"(?<=[,;\t\r\n])'(?='*[=+\-@])")
_NEEDS_QUOTES = re.compile(r'[,;\t\r\n"]')
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")
_FIELD_LIMIT = 64 * 1024 * 1024
_SEPARATORS = (",", ";", "\t")
_SPREADSHEET_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")  # xlsx/ods (zip), xls (OLE2)


class CsvFileError(CarebookError):
    """The file cannot be read as CSV at all; the message names the file (and line, when known)."""


@dataclass(frozen=True)
class CsvRow:
    line: int  # physical line where the row starts; the header is line 1
    cells: tuple[str, ...]


@dataclass(frozen=True)
class CsvTable:
    path: Path
    header: tuple[str, ...]  # normalised names: lower case, "_" for spaces and dashes, synonyms renamed
    rows: tuple[CsvRow, ...]
    raw_header: tuple[str, ...] = ()  # the header cells as the file spells them
    encoding: str = ""  # the text encoding read (one of ENCODINGS), when read from a file
    separator: str = ""  # the separator read ("," ";" or tab), when read from a file

    @property
    def name(self) -> str:
        return self.path.name


def escape_cell(value: str) -> str:
    """The cell as written: NUL dropped, one ``'`` in front of anything a spreadsheet would evaluate,
    at the start or after a ``,`` ``;`` tab or line break inside the cell."""
    value = _INNER_FORMULA.sub("'", value.replace("\x00", ""))
    return "'" + value if _FORMULA.match(value) else value


def unescape_cell(value: str) -> str:
    """Undo ``escape_cell``: drop one ``'`` that precedes a formula character, at the start and after
    each ``,`` ``;`` tab or line break."""
    value = value[1:] if value.startswith("'") and _FORMULA.match(value) else value
    return _INNER_ESCAPED.sub("", value)


def csv_line(cells: Iterable[str]) -> str:
    """One CSV record (CRLF-terminated) of escaped cells; a cell holding a separator of any kind
    (``,`` ``;`` tab), a quote or a line break is quoted, so every spreadsheet reads it as one cell."""
    quoted = (
        '"' + cell.replace('"', '""') + '"' if _NEEDS_QUOTES.search(cell) else cell
        for cell in map(escape_cell, cells)
    )
    return (",".join(quoted) or '""') + "\r\n"  # an empty one-cell record is not a blank line


def header_key(name: str) -> str:
    return name.strip().strip("\ufeff").strip().lower().replace(" ", "_").replace("-", "_")


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise CsvFileError(f"{path}: is a folder, not a CSV file")
        return path.read_bytes()
    except FileNotFoundError:
        raise CsvFileError(f"{path}: no such file") from None
    except PermissionError:
        raise CsvFileError(f"{path}: cannot be read (permission denied)") from None
    except OSError as error:
        raise CsvFileError(f"{path}: cannot be read ({error.strerror or error})") from None


# The encodings a CSV file is read in: UTF-8 with a BOM (Excel's "CSV UTF-8"), UTF-8, UTF-16 with a BOM,
# Windows-1252 (Excel's older "CSV" on Windows in western Europe and the Americas).
ENCODINGS = ("utf-8-sig", "utf-8", "utf-16", "cp1252")


def decode(data: bytes, label: str) -> str:
    """The text of a CSV file; CsvFileError when it is binary or in no encoding we know."""
    return decode_as(data, label)[0]


def decode_as(data: bytes, label: str, encoding: str | None = None) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read in (one of ``ENCODINGS``), found from the
    bytes unless ``encoding`` is given; CsvFileError when it is binary or cannot be read so."""
    if data.startswith(_SPREADSHEET_MAGIC):
        raise CsvFileError(
            f"{label}: not a CSV file (it is a spreadsheet or archive; save it as 'CSV UTF-8' first)"
        )
    text: str | None = None
    if encoding is not None:
        if encoding not in ENCODINGS:
            raise CsvFileError(f"{label}: '{encoding}' is not an encoding Carebook reads")
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise CsvFileError(f"{label}: cannot be read as {encoding}; choose another encoding") from None
        text = text.removeprefix("\ufeff")
    elif data.startswith(codecs.BOM_UTF8):
        with contextlib.suppress(UnicodeDecodeError):
            text, encoding = data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        with contextlib.suppress(UnicodeDecodeError):
            text, encoding = data.decode("utf-16"), "utf-16"
    else:
        for candidate in ("utf-8", "cp1252"):
            try:
                text, encoding = data.decode(candidate), candidate
                break
            except UnicodeDecodeError:
                continue
    if text is None or "\x00" in text or len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise CsvFileError(f"{label}: not a CSV file (it holds binary data or an unknown encoding)")
    assert encoding is not None
    return text, encoding


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def _lines(text: str) -> Iterator[str]:
    """The physical lines of ``text`` with their line ends (``\r\n``, ``\n`` or a lone ``\r``), one at a
    time: ``io.StringIO`` would hold a copy of the whole text at four bytes a character."""
    for match in _LINE.finditer(text):
        yield match.group()


_QUOTED = re.compile(r'"(?:[^"]|"")*"')


def separator(text: str) -> str:
    """The separator of the header line: the most frequent of ``,`` ``;`` and tab outside quotes
    (a comma on a tie, or when there is none: a one-column file)."""
    first_line = next((line for line in text[:65536].splitlines() if line.strip()), "")
    bare = _QUOTED.sub("", first_line)
    counts = [(bare.count(sep), -index) for index, sep in enumerate(_SEPARATORS)]
    best = max(counts)
    return _SEPARATORS[-best[1]] if best[0] else ","


def parse(text: str, label: str) -> tuple[tuple[str, ...], list[CsvRow]]:
    """Split CSV text into a normalised header and rows tagged with their starting line."""
    raw, rows = parse_raw(text, label)
    return canonical_header(tuple(header_key(cell) for cell in raw)), rows


def parse_raw(text: str, label: str, sep: str | None = None) -> tuple[tuple[str, ...], list[CsvRow]]:
    """Split CSV text into the header cells as written and rows tagged with their starting line; the
    separator is found from the header line unless ``sep`` is given."""
    if not text.strip():
        raise CsvFileError(f"{label}: is empty; expected a header row naming the columns")
    if sep is not None and sep not in _SEPARATORS:
        raise CsvFileError(f"{label}: {sep!r} is not a separator Carebook reads; use , ; or tab")
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    reader = csv.reader(_lines(text), delimiter=sep or separator(text), strict=True)
    rows: list[CsvRow] = []
    header: tuple[str, ...] | None = None
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = tuple(cells)
                continue
            rows.append(CsvRow(line, tuple(cells)))
    except csv.Error as error:
        reason = str(error)
        if "unexpected end of data" in reason or "EOF" in reason:
            reason = 'a quoted cell is never closed (a " is missing)'
        raise CsvFileError(f"{label}:{start}: {reason}") from None
    if header is None:
        raise CsvFileError(f"{label}: is empty; expected a header row naming the columns")
    return header, rows


def read_table(
    path: str | os.PathLike[str], *, encoding: str | None = None, sep: str | None = None
) -> CsvTable:
    """Read a whole CSV file; CsvFileError (naming the file) when it is missing, a folder or not CSV.

    The encoding and the separator are found from the file unless given (the import wizard lets the
    user change them); the table says which were used.
    """
    target = Path(path)
    text, used = decode_as(_read_bytes(target), str(target), encoding)
    chosen = sep or separator(text)
    raw, rows = parse_raw(text, str(target), chosen)
    header = canonical_header(tuple(header_key(cell) for cell in raw))
    return CsvTable(target, header, tuple(rows), raw, used, chosen)


def check_writable(target: Path) -> Path:
    """CsvFileError unless ``target`` names a file in an existing folder."""
    if target.is_dir():
        raise CsvFileError(f"{target}: is a folder; give a file name ending in .csv")
    if not target.parent.is_dir():
        raise CsvFileError(f"{target}: the folder {target.parent} does not exist")
    return target


def write_table(
    path: str | os.PathLike[str],
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    force: bool = False,
) -> int:
    """Write a CSV file (UTF-8 with BOM, CRLF, formula-safe); return the number of data rows.

    The file goes through ``safe_write``: written beside the target and renamed into place, so a failure
    never leaves half a file; readable by its owner only, as it holds personal data; never a database or
    backup, and an existing file only with ``force``.
    """
    target = check_writable(Path(path))
    count = 0
    with safe_write.atomic_write(target, text=True, encoding="utf-8-sig", newline="", force=force) as handle:
        handle.write(csv_line(header))
        for row in rows:
            handle.write(csv_line(row))
            count += 1
    return count
