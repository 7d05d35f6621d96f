"""Customers from and to vCard files (``.vcf``), as address books and phones write them.

Import (``import_vcard``): every card becomes a customers row (``vcard_values``: FN or N as the name,
ORG, the preferred EMAIL, a mobile TEL first, ADR with its parts, NOTE with the other numbers, emails
and addresses, CATEGORIES as tags; PHOTO ignored) and goes through the customers CSV import
(``import_customers``): a card whose email matches a customer updates it, any other card creates one,
every value is checked the same way, all cards are written or none, and the import is recorded so
``carebook undo-import ID`` takes it back. A problem is reported as ``FILE:LINE: card N ...``.

Export (``export_vcard``): vCard 3.0 of the given customers, or of every customer outside the trash;
erased customers are never exported. Each card is written by ``vcard_write`` (organisations as
organisation cards, N in a person's name parts, the address in its parts when it was imported so).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from carebook import safe_write, settings
from carebook.clock import format_instant, utc_now
from carebook.customer_schema import VCARD_FIELDS
from carebook.db import database, reads, writes
from carebook.errors import CarebookError
from carebook.exchange.csv_format import CsvRow, CsvTable, escape_cell
from carebook.exchange.import_customers import CustomersPlan, plan_customers
from carebook.exchange.import_file import FileRefused, file_chunks
from carebook.exchange.importer import ImportResult, Targets, write_batch
from carebook.exchange.lazy_rows import LazyRows
from carebook.exchange.outcome import Counts, ImportContext, ImportRefused, RowProblem
from carebook.exchange.values import ContactNormaliser
from carebook.exchange.vcard_read import Card, Problem, VCardError, cards_again, count_cards
from carebook.exchange.vcard_write import card_text
from carebook.services.customer_rows import load_rows
from carebook.translation import _

__all__ = [
    "PreparedCards",
    "VCardError",
    "VCardExport",
    "card_text",
    "export_vcard",
    "import_vcard",
    "prepare",
    "run",
]

# The cards as customers rows: a column for each field, and the address's parts (its derived column).
_PARTS = tuple(column for f in VCARD_FIELDS if f.vcard == "ADR" for column in f.derived)
_COLUMNS = (*(f.name for f in VCARD_FIELDS), *_PARTS)
_PROPERTIES = {f.name: f.vcard for f in VCARD_FIELDS}


@dataclass(frozen=True)
class PreparedCards:
    """A vCard file read and checked for structure, ready for ``run`` (no database needed)."""

    cards: Sequence[Card]  # read again from the file when walked (``LazyRows``)
    table: CsvTable  # the cards as customers rows, one per card, at the card's line
    warnings: tuple[str, ...] = ()  # "FILE:LINE: card N PHOTO: skipped, ..." for what was left out
    warning_count: int = 0  # every such warning (``warnings`` keeps the first ``outcome.MAX_WARNINGS``)


@dataclass(frozen=True)
class VCardExport:
    path: Path
    cards: int


def _row(card: Card) -> CsvRow:
    return CsvRow(card.line, tuple(escape_cell(card.values.get(column, "")) for column in _COLUMNS))


def _table(path: Path, cards: Sequence[Card]) -> CsvTable:
    rows = LazyRows(lambda: map(_row, cards), len(cards))
    return CsvTable(path, _COLUMNS, rows)


Progress = Callable[[int, int], None]


def _plan(
    prepared: PreparedCards, now: str, progress: Progress | None, targets: Targets | None = None
) -> tuple[ImportContext, CustomersPlan]:
    table, cards = prepared.table, prepared.cards
    label = str(table.path)
    ctx = ImportContext(table, label, now, ContactNormaliser(settings.get("phone_region")))
    ctx.add_warnings(prepared.warnings, prepared.warning_count)
    ctx.progress = progress
    plan = plan_customers(ctx, targets)
    if ctx.problems:
        plan.close()
        lines = {problem.line for problem in ctx.problems}
        numbers = {card.line: card.number for card in cards if card.line in lines}
        problems = [
            RowProblem(
                problem.line,
                tuple(
                    (f"card {numbers.get(problem.line, '?')} {_PROPERTIES.get(field, field)}", message)
                    for field, message in problem.errors
                ),
            )
            for problem in ctx.problems
        ]
        raise ImportRefused(label, problems, ctx.problem_count)
    return ctx, plan


def _result(table: CsvTable, ctx: ImportContext, counts: Counts, batch_id: int | None) -> ImportResult:
    return ImportResult(
        "vcard", table.name, len(table.rows), counts, tuple(ctx.warnings), batch_id, ctx.warning_count
    )


@reads
def _dry_run(
    prepared: PreparedCards, progress: Progress | None, targets: Targets | None = None
) -> ImportResult:
    ctx, plan = _plan(prepared, format_instant(utc_now()), progress, targets)
    try:
        return _result(prepared.table, ctx, plan.counts(), None)
    finally:
        plan.close()


@writes
def _import(
    prepared: PreparedCards, progress: Progress | None, targets: Targets | None = None
) -> ImportResult:
    table = prepared.table
    now = format_instant(utc_now())
    ctx, plan = _plan(prepared, now, progress, targets)
    try:
        batch_id, counts = write_batch(plan, ctx, "vcard", table.name)
    finally:
        plan.close()
    return _result(table, ctx, counts, batch_id)


def prepare(path: str | os.PathLike[str]) -> PreparedCards:
    """Read every card of ``path``; VCardError (every broken card, with its line) before any database."""
    target = Path(path)
    label = str(target)
    try:
        chunks = file_chunks(target, "vCard")
    except FileRefused as error:
        raise VCardError(label, [Problem(0, 0, error.message)]) from None
    count, warnings, warning_count = count_cards(chunks, label)  # every card checked; read again when walked
    cards: LazyRows[Card] = LazyRows(lambda: cards_again(chunks, label), count)
    return PreparedCards(cards, _table(target, cards), tuple(warnings), warning_count)


def run(
    prepared: PreparedCards,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    targets: Targets | None = None,
) -> ImportResult:
    """Check every card's values against the database and import them all in one transaction, or none.

    ImportRefused (nothing written) names each bad card's line, number and property. ``progress(done,
    total)`` is called as the cards are checked and once after they are written (inside the transaction:
    an exception it raises, the user cancelling, rolls everything back), as for CSV files. ``targets``
    (by the card's line) chooses the customer a card updates, or None to create one, as for CSV files.
    """
    if dry_run:
        return _dry_run(prepared, progress, targets)
    return _import(prepared, progress, targets)


def import_vcard(path: str | os.PathLike[str], *, dry_run: bool = False) -> ImportResult:
    """Import the customers of a vCard file (all cards or none); ``dry_run`` checks and writes nothing."""
    return run(prepare(path), dry_run=dry_run)


def _ids(customer_ids: Iterable[int] | None) -> list[int]:
    if customer_ids is None:
        cursor = database.execute_sql(
            "SELECT id FROM customer WHERE deleted_at IS NULL AND erased_at IS NULL ORDER BY name_key, id"
        )
        return [int(row[0]) for row in cursor]
    return list(dict.fromkeys(int(i) for i in customer_ids))


def _address_parts(ids: list[int]) -> dict[int, str]:
    """The stored vCard parts of these customers' addresses, by id (only those that have some)."""
    marks = ", ".join([database.param] * len(ids))
    sql = f"SELECT id, address_parts FROM customer WHERE address_parts != '' AND id IN ({marks})"
    return {int(row[0]): str(row[1]) for row in database.execute_sql(sql, ids)} if ids else {}


@reads
def export_vcard(
    path: str | os.PathLike[str], customer_ids: Iterable[int] | None = None, *, force: bool = False
) -> VCardExport:
    """Write the customers ``customer_ids`` (default: all outside the trash) as vCard 3.0 to ``path``.

    Erased customers are left out. The file goes through ``safe_write`` (written beside the target and
    renamed into place, owner-only, never a database or backup, an existing file only with ``force``).
    """
    target = Path(path)
    if target.is_dir():
        raise CarebookError(_("{target}: is a folder; give a file name ending in .vcf").format(target=target))
    if not target.parent.is_dir():
        raise CarebookError(
            _("{target}: the folder {parent} does not exist").format(target=target, parent=target.parent)
        )
    ids = _ids(customer_ids)
    count = 0
    with safe_write.atomic_write(target, text=True, newline="", force=force) as handle:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            parts = _address_parts(chunk)
            for row in load_rows(chunk):
                if row.erased_at is None:
                    handle.write(card_text(row, parts.get(row.id, "")))
                    count += 1
    return VCardExport(target, count)
