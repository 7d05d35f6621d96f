"""Reading and writing Carebook's CSV files: UTF-8 with a BOM, one header row, formula-safe cells.

Reading accepts what spreadsheets write: UTF-8 with or without a BOM, UTF-16 with a BOM, Windows-1252
(Excel's older "CSV" on Windows) or another encoding ``charset_normalizer`` finds, decided once for the
whole file (``import_file``: a file mixing UTF-8 and other bytes is refused naming the bad lines, never
read as mojibake), and ``;`` or tab as the separator (Excel in many European locales), chosen by counting
them in the header line outside quotes. The file is streamed: at most 200 MB, no cell longer than the
longest text a field may hold (``import_file.MAX_CELL_CHARS``), checked as it is read.
Header names are matched loosely (``header_key``), and other names for a column ("E-mail", "Mobile",
"Firma") are renamed to Carebook's (``columns.canonical_header``).
Every row keeps the physical line of the file it starts on (the header is line 1; a newline inside
quotes counts), so a problem can be reported as ``FILE:LINE: field: reason``.

Writing escapes cells a spreadsheet would run as a formula: a cell starting with ``= + - @``, tab or CR
(after any apostrophes) gets one leading ``'``, and so does every ``= + - @`` that follows a ``,`` ``;``
tab or line break inside a cell (a spreadsheet that splits lines on another separator than Carebook's
would start a cell there); such cells are also quoted. Reading removes exactly one such ``'`` in each
place again, so export-then-import gives back the same values.
"""

from __future__ import annotations

import contextlib
import csv
import itertools
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from carebook import safe_write
from carebook.errors import CarebookError
from carebook.exchange.columns import canonical_header, header_key
from carebook.exchange.import_file import (
    MAX_CELL_CHARS,
    BinaryFile,
    FileRefused,
    LongLine,
    bad_text,
    choose_encoding,
    encoding_name,
    file_chunks,
    text_lines,
)
from carebook.exchange.lazy_rows import LazyRows
from carebook.translation import _, ngettext, number

_FORMULA = re.compile(r"'*[=+\-@\t\r\x00]")
_INNER_FORMULA = re.compile(r"(?<=[,;\t\r\n])(?='*[=+\-@])")  # where a cell would start, split otherwise
_INNER_ESCAPED = re.compile(r"(?<=[,;\t\r\n])'(?='*[=+\-@])")
_NEEDS_QUOTES = re.compile(r'[,;\t\r\n"]')
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")
_FIELD_LIMIT = MAX_CELL_CHARS + 1  # and the apostrophe that protects a formula-like cell
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
    rows: Sequence[CsvRow]  # a file's rows are read again from it when walked (``LazyRows``)
    raw_header: tuple[str, ...] = ()  # the header cells as the file spells them
    encoding: str = ""  # the text encoding read (one of ENCODINGS), when read from a file
    separator: str = ""  # the separator read ("," ";" or tab), when read from a file
    filled: tuple[int, ...] = ()  # per column: the rows whose cell in it holds a value (read from a file)

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


# The encodings the import wizard offers: UTF-8 with a BOM (Excel's "CSV UTF-8"), UTF-8, UTF-16 with a
# BOM, Windows-1252 (Excel's older "CSV" on Windows in western Europe and the Americas). A file may be
# found to be in another one (``import_file.choose_encoding``).
ENCODINGS = ("utf-8-sig", "utf-8", "utf-16", "cp1252")
Chunks = Callable[[], Iterator[bytes]]


def decode(data: bytes, label: str) -> str:
    """The text of a CSV file; CsvFileError when it is binary or in no encoding we know."""
    return decode_as(data, label)[0]


def decode_as(data: bytes, label: str, encoding: str | None = None) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read in, found from the bytes unless ``encoding``
    is given; CsvFileError when it is binary or cannot be read so."""
    chunks = lambda: iter((data,))  # noqa: E731
    used = _encoding(chunks, label, encoding)
    return "".join(str(line) for line in _Lines(chunks, used, label)), used


def _refused(label: str, error: FileRefused) -> CsvFileError:
    if isinstance(error, BinaryFile):
        return CsvFileError(
            _("{label}: not a CSV file (it holds binary data or an unknown encoding)").format(label=label)
        )
    where = f"{label}:{error.line}" if error.line else label
    return CsvFileError(f"{where}: {error.message}")


def _encoding(chunks: Chunks, label: str, encoding: str | None) -> str:
    with contextlib.suppress(StopIteration):
        if next(chunks()).startswith(_SPREADSHEET_MAGIC):
            raise CsvFileError(
                _(
                    "{label}: not a CSV file (it is a spreadsheet or archive; save it as 'CSV UTF-8' first)"
                ).format(label=label)
            )
    try:
        found = choose_encoding(chunks()) if encoding not in ENCODINGS else encoding
    except FileRefused as error:
        raise _refused(label, error) from None
    if encoding is not None and encoding != found:  # the wizard offers ENCODINGS and the one found
        raise CsvFileError(
            _("{label}: '{encoding}' is not an encoding Carebook reads").format(
                label=label, encoding=encoding
            )
        )
    return found


class _TooLong(Exception):
    def __init__(self, line: int, long: LongLine) -> None:
        self.line, self.long = line, long


class _Lines:
    """The physical lines of a file for ``csv.reader``: numbered, checked for bytes the encoding does
    not read (every bad line is named), NUL and other binary, and lines too long to keep."""

    def __init__(self, chunks: Chunks, encoding: str, label: str, chosen: bool = False) -> None:
        self.encoding, self.label, self.chosen = encoding, label, chosen
        self.source = text_lines(chunks(), encoding)
        self.number = 0
        self.pending: list[str] = []  # the lines of the row being read
        self.chars = self.controls = 0
        self.first = True
        self.separator = ","  # set once the header line is read

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        try:
            line = next(self.source)
        except StopIteration:
            if self.controls > max(2, self.chars // 100):
                raise self._binary() from None
            raise
        except FileRefused as error:
            raise _refused(self.label, error) from None
        self.number += 1
        if isinstance(line, LongLine):
            raise _TooLong(self.number, line)
        if self.first:
            self.first = False
            line = line.removeprefix("\ufeff")
        if bad_text(line):
            raise self._bad_lines()
        if "\x00" in line:
            raise self._binary()
        self.chars += len(line)
        self.controls += len(_CONTROL.findall(line))
        self.pending.append(line)
        return line

    def _binary(self) -> CsvFileError:
        return CsvFileError(
            _("{label}: not a CSV file (it holds binary data or an unknown encoding)").format(
                label=self.label
            )
        )

    def _bad_lines(self) -> CsvFileError:
        bad = [self.number]
        for line in self.source:  # name every bad line: the file is read to its end, nothing kept
            self.number += 1
            if isinstance(line, str) and bad_text(line):
                bad.append(self.number)
        name = encoding_name(self.encoding)
        shown = ", ".join(number(n) for n in bad[:5])
        if len(bad) > 5:
            more = len(bad) - 5
            shown = ngettext("{lines} and {more} more", "{lines} and {more} more", more).format(
                lines=shown, more=number(more)
            )
        which = ngettext("line {lines} is", "lines {lines} are", len(bad)).format(lines=shown)
        if self.chosen:
            return CsvFileError(
                _(
                    "{label}: cannot be read as {encoding} ({which} not valid); choose another encoding"
                ).format(label=self.label, encoding=self.encoding, which=which)
            )
        return CsvFileError(
            _(
                "{label}: {which} not valid {encoding} (the rest of the file is): save the file as "
                "{encoding} "
                "and import again"
            ).format(label=self.label, which=which, encoding=name)
        )


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
    data = text.encode("utf-8", "surrogatepass")
    header, rows, _sep = _parse(_Lines(lambda: iter((data,)), "utf-8", label), label, sep)
    return header, rows


def _parse(lines: _Lines, label: str, sep: str | None) -> tuple[tuple[str, ...], list[CsvRow], str]:
    records = _records(lines, label, sep)
    header = next(records).cells
    return header, list(records), lines.separator


def _records(lines: _Lines, label: str, sep: str | None) -> Iterator[CsvRow]:
    """The header record (first), then the rows, read as they come; CsvFileError for a broken file."""
    if sep is not None and sep not in _SEPARATORS:
        raise CsvFileError(
            _("{label}: {sep} is not a separator Carebook reads; use , ; or tab").format(
                label=label, sep=f"{sep!r}"
            )
        )
    head: list[str] = []
    for text in lines:  # the lines up to the header, to find the separator
        head.append(text)
        if text.strip():
            break
    if not any(line.strip() for line in head):
        raise CsvFileError(
            _("{label}: is empty; expected a header row naming the columns").format(label=label)
        )
    chosen = lines.separator = sep or separator(head[-1])
    if csv.field_size_limit() != _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    reader = csv.reader(itertools.chain(head, lines), delimiter=chosen, strict=True)
    header: tuple[str, ...] | None = None
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            lines.pending.clear()
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = tuple(cells)
                yield CsvRow(line, header)
                continue
            yield CsvRow(line, tuple(cells))
    except _TooLong as too_long:
        long = too_long.long
        raise _too_long(label, too_long.line, header, chosen, long.head, long.length) from None
    except csv.Error as error:
        reason = str(error)
        if "field larger than field limit" in reason:
            text = "".join(lines.pending)
            raise _too_long(label, start, header, chosen, text, None) from None
        if "unexpected end of data" in reason or "EOF" in reason:
            reason = _('a quoted cell is never closed (a " is missing)')
        raise CsvFileError(f"{label}:{start}: {reason}") from None
    if header is None:
        raise CsvFileError(
            _("{label}: is empty; expected a header row naming the columns").format(label=label)
        )


def _too_long(
    label: str, line: int, header: tuple[str, ...] | None, sep: str, text: str, length: int | None
) -> CsvFileError:
    """The message for a cell longer than any field may be: its column and length, when known."""
    limit = _("the limit is {most}").format(most=number(MAX_CELL_CHARS))
    if header is None:
        return CsvFileError(
            _("{label}:{line}: the header line is too long ({limit} characters a cell)").format(
                label=label, line=line, limit=limit
            )
        )
    csv.field_size_limit(len(text) + 1)  # the cells up to the long one, to know its column
    try:
        cells = next(csv.reader([text], delimiter=sep, strict=False), [""])
    finally:
        csv.field_size_limit(_FIELD_LIMIT)
    index = len(cells) - 1
    named = index < len(header) and header[index].strip()
    column = header_key(header[index]) if named else _("column {number}").format(number=index + 1)
    if length is None:
        return CsvFileError(
            _("{label}:{line}: {column} is more than {most} characters; {limit}").format(
                label=label, line=line, column=column, most=number(MAX_CELL_CHARS), limit=limit
            )
        )
    before = sum(len(cell) + 1 for cell in cells[:-1])
    return CsvFileError(
        _("{label}:{line}: {column} is {length} characters; {limit}").format(
            label=label, line=line, column=column, length=number(length - before), limit=limit
        )
    )


def read_table(
    path: str | os.PathLike[str], *, encoding: str | None = None, sep: str | None = None
) -> CsvTable:
    """Read and check a whole CSV file; CsvFileError (naming the file) when it is missing, a folder, not
    a regular file, larger than 200 MB, not CSV, or holds a cell longer than a field may be. The table's
    rows are not kept: they are read again from the file whenever they are walked (``LazyRows``).

    The encoding and the separator are found from the file unless given (the import wizard lets the
    user change them); the table says which were used.
    """
    target = Path(path)
    label = str(target)
    try:
        chunks = file_chunks(target, "CSV")
    except FileRefused as error:
        raise _refused(label, error) from None
    used = _encoding(chunks, label, encoding)
    lines = _Lines(chunks, used, label, chosen=encoding is not None)
    records = _records(lines, label, sep)
    raw = next(records).cells
    count = 0
    filled = [0] * len(raw)
    for row in records:  # the whole file checked here; its rows are read again when used
        count += 1
        for index, cell in enumerate(row.cells[: len(raw)]):
            if cell and not cell.isspace():
                filled[index] += 1
    chosen = lines.separator

    def rows() -> Iterator[CsvRow]:
        again = _records(_Lines(chunks, used, label, chosen=encoding is not None), label, chosen)
        next(again)
        return again

    header = canonical_header(tuple(header_key(cell) for cell in raw))
    return CsvTable(target, header, LazyRows(rows, count), raw, used, chosen, tuple(filled))


def check_writable(target: Path) -> Path:
    """CsvFileError unless ``target`` names a file in an existing folder."""
    if target.is_dir():
        raise CsvFileError(_("{target}: is a folder; give a file name ending in .csv").format(target=target))
    if not target.parent.is_dir():
        raise CsvFileError(
            _("{target}: the folder {parent} does not exist").format(target=target, parent=target.parent)
        )
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
