"""What the import wizard asks the core, in one place (each call runs in the wizard's worker thread).

The wizard never validates, matches or writes by itself: it reads the file with
``carebook.exchange.csv_format``, applies the user's column choices to the header, and asks
``carebook.exchange.importer`` for a dry run (which names every bad cell) and for the import.

- ``read(path)`` -> ``ReadFile``: a CSV file's table, or a vCard file's cards as customers rows (each
  card at its line); CsvFileError / VCardError / CarebookError with a plain message for a bad file.
- ``auto_mapping(kind, table)`` -> the Carebook column each file column feeds ("" = ignored).
- ``mapped(table, mapping)`` -> the table as the importer sees it with the user's choices.
- ``missing(kind, mapping)`` -> required columns no file column feeds.
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

from carebook.exchange import importer, vcard
from carebook.exchange.columns import spec_for
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


@dataclass(frozen=True)
class Checked:
    problems: tuple[RowProblem, ...]  # empty when every row is good
    result: ImportResult | None  # the dry run's counts when every row is good


def is_vcard(path: str | os.PathLike[str]) -> bool:
    return Path(path).suffix.lower() in VCARD_SUFFIXES


def read(path: str | os.PathLike[str], encoding: str | None = None, sep: str | None = None) -> ReadFile:
    """A CSV file as a table (in the encoding and with the separator found, unless given), or a vCard
    file's cards (every broken card reported: ``VCardError``)."""
    if is_vcard(path):
        cards = vcard.prepare(path)
        return ReadFile(cards.table, cards)
    return ReadFile(read_table(path, encoding=encoding, sep=sep))


def columns(kind: str) -> tuple[str, ...]:
    return spec_for(kind).columns


def required(kind: str) -> tuple[tuple[str, ...], ...]:
    return spec_for(kind).required


def auto_mapping(kind: str, table: CsvTable) -> list[str]:
    """Each file column feeds the Carebook column of the same name; the first one wins."""
    known = set(spec_for(kind).columns)
    taken: set[str] = set()
    mapping = []
    for name in table.header:
        target = name if name in known and name not in taken else ""
        taken.add(target)
        mapping.append(target)
    return mapping


def mapped(table: CsvTable, mapping: Sequence[str]) -> CsvTable:
    """The table with each column named by the Carebook column it feeds (ignored ones unnamed)."""
    header = tuple(mapping[i] if i < len(mapping) else "" for i in range(len(table.header)))
    return dataclasses.replace(table, header=header)


def missing(kind: str, mapping: Sequence[str]) -> list[str]:
    return spec_for(kind).missing(tuple(mapping))


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
