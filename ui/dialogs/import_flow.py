"""What the import wizard asks the core, in one place (each call runs in the wizard's worker thread).

The wizard never validates, matches or writes by itself: it reads the file with
``carebook.exchange.csv_format``, applies the user's column choices to the header, and asks
``carebook.exchange.importer`` for a dry run (which names every bad cell) and for the import.

- ``read(path)`` -> ``ReadFile``: a CSV file's table, or a vCard file's cards as customers rows (each
  card at its line); CsvFileError / VCardError / CarebookError with a plain message for a bad file.
- ``auto_mapping(kind, table)`` -> the role of each file column (``column_roles``: a Carebook column, a
  part of one such as "first_name" or "street", or "note"; "" = not imported), as found from its
  heading; ``read`` also gives the roles chosen before for a file with the same headings (``saved``),
  which ``remember`` keeps after an import.
- ``mapped(kind, table, mapping)`` -> the table as the importer sees it with the user's choices
  (``compose``: first and last name joined, the mobile before other numbers, the rest in the notes).
- ``missing(kind, table, mapping)`` -> required columns no file column feeds.
- ``left_out(table, mapping)`` -> the file's columns not imported, with how many values each holds.
- ``matches(table)`` -> the rows that look like stored customers (``matching.find_matches``).
- ``check(kind, table, targets)`` -> ``Checked``: the dry run's counts, or every bad row with its
  reasons; ``targets`` (line -> customer to update, or None to add one) are the user's choices.
- ``without_lines(table, lines)`` -> the table without the bad rows the user chose to skip.
- ``run_vcard(cards, table, progress, targets)``: the same for a vCard file's cards (a vCard import).
- ``run(kind, table, progress, targets)`` -> ``ImportResult`` (one transaction; nothing written on any
  error, nor when ``progress`` raises because the user cancelled).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from carebook.exchange import compose, importer, saved_columns, vcard
from carebook.exchange.column_roles import NOTES_COLUMN, ColumnPlan, roles_for
from carebook.exchange.columns import KINDS, spec_for
from carebook.exchange.contact_formats import detect
from carebook.exchange.csv_format import CsvTable, read_table
from carebook.exchange.importer import (
    ImportRefused,
    ImportResult,
    PreparedFile,
    Progress,
    RowProblem,
    Targets,
)
from carebook.exchange.lazy_rows import LazyRows
from carebook.exchange.matching import CustomerMatch, find_matches

VCARD_SUFFIXES = (".vcf", ".vcard")


@dataclass(frozen=True)
class ReadFile:
    table: CsvTable  # for a vCard file: one customers row per card, at the card's line
    cards: vcard.PreparedCards | None = None  # set for a vCard file
    saved: dict[str, list[str]] = dataclasses.field(default_factory=dict)  # kind -> roles chosen before


@dataclass(frozen=True)
class Checked:
    problems: tuple[RowProblem, ...]  # empty when every row is good
    result: ImportResult | None  # the dry run's counts when every row is good


def is_vcard(path: str | os.PathLike[str]) -> bool:
    return Path(path).suffix.lower() in VCARD_SUFFIXES


def read(path: str | os.PathLike[str], encoding: str | None = None, sep: str | None = None) -> ReadFile:
    """A CSV file as a table (in the encoding and with the separator found, unless given), with the
    columns chosen for a file of the same headings before (``saved_columns``), or a vCard file's cards
    (every broken card reported: ``VCardError``)."""
    if is_vcard(path):
        cards = vcard.prepare(path)
        return ReadFile(cards.table, cards)
    table = read_table(path, encoding=encoding, sep=sep)
    saved = {}
    for kind in KINDS:
        roles = saved_columns.recall(kind, headings(table))
        if roles is not None:
            saved[kind] = roles
    return ReadFile(table, saved=saved)


def headings(table: CsvTable) -> tuple[str, ...]:
    return table.raw_header or table.header


def columns(kind: str) -> tuple[str, ...]:
    """What a file column may feed: the table's columns, the parts of a customer's name, phone and
    address, and the notes (``column_roles``)."""
    return roles_for(kind)


def notes_column(kind: str) -> str:
    """The column that takes what no other column of the table takes."""
    return NOTES_COLUMN[kind]


def required(kind: str) -> tuple[tuple[str, ...], ...]:
    return spec_for(kind).required


def plan(kind: str, table: CsvTable, mapping: Sequence[str] | None = None) -> ColumnPlan:
    """How the file's columns feed the table: as found from its headings (an address book's export is
    recognised: ``ColumnPlan.format``), or as ``mapping`` says."""
    found = detect(kind, headings(table))
    return found if mapping is None else found.with_roles(list(mapping))


def auto_mapping(kind: str, table: CsvTable) -> list[str]:
    """The role of each file column as its heading says ("" = not imported)."""
    return list(plan(kind, table).roles)


def mapped(kind: str, table: CsvTable, mapping: Sequence[str]) -> CsvTable:
    """The table as the importer reads it with the user's choices: the table's columns, composed."""
    return compose.apply(plan(kind, table, mapping), table)


def missing(kind: str, table: CsvTable, mapping: Sequence[str]) -> list[str]:
    """The required columns no choice feeds (a customer's name may come from first and last name)."""
    return spec_for(kind).missing(tuple(plan(kind, table, mapping).feeds()))


def left_out(table: CsvTable, mapping: Sequence[str]) -> list[tuple[str, int]]:
    """The file's columns no choice imports: (heading, rows holding a value), in the file's order."""
    filled = table.filled
    names = headings(table)
    return [
        (names[i].strip(), filled[i] if i < len(filled) else 0)
        for i in range(len(names))
        if i >= len(mapping) or not mapping[i]
    ]


def remember(kind: str, table: CsvTable, mapping: Sequence[str]) -> None:
    """Keep the user's choices for the next file with these headings."""
    saved_columns.remember(kind, headings(table), list(mapping))


def matches(table: CsvTable) -> tuple[CustomerMatch, ...]:
    """The rows of a customers table (or a vCard's cards) that look like customers already stored."""
    return find_matches(table)


def check(kind: str, table: CsvTable, targets: Targets | None = None) -> Checked:
    prepared = PreparedFile(spec_for(kind), table)
    try:
        result = importer.run(prepared, dry_run=True, targets=targets)
    except ImportRefused as refused:
        return Checked(tuple(refused.problems), None)
    return Checked((), result)


def without_lines(table: CsvTable, lines: Collection[int]) -> CsvTable:
    if isinstance(table.rows, LazyRows):  # a file's rows: read again from it, never all held
        return dataclasses.replace(table, rows=table.rows.without(lines))
    skip = set(lines)
    return dataclasses.replace(table, rows=tuple(row for row in table.rows if row.line not in skip))


def run(
    kind: str, table: CsvTable, progress: Progress | None = None, targets: Targets | None = None
) -> ImportResult:
    return importer.run(PreparedFile(spec_for(kind), table), progress=progress, targets=targets)


def run_vcard(
    cards: vcard.PreparedCards,
    table: CsvTable,
    progress: Progress | None = None,
    targets: Targets | None = None,
) -> ImportResult:
    """Import the cards of ``table`` (all cards, or those left after skipping some)."""
    return vcard.run(dataclasses.replace(cards, table=table), progress=progress, targets=targets)
