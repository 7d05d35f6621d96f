"""CSV import of customers, interactions, feedback and follow-ups (the columns of DESIGN.md).

``prepare`` reads and checks a file without touching the database; ``run`` validates every row and,
only when all are good, writes the file in one transaction together with an import record
(``import_batch`` + ``import_change``) that lets a later ``undo-import`` take it back exactly.

    prepared = prepare("customers", "shop.csv")       # CsvFileError / CarebookError for a bad file
    result = run(prepared, dry_run=False)              # ImportRefused listing every bad row

Memory stays bounded whatever the file's size: the file's rows are read as a stream (``LazyRows``), each
good row is kept as a compact tuple in a temporary database on disk (``spool``), rows repeating an email
are found there with SQL, and the rows are written from it in batches, all in the one transaction. Only
the first ``outcome.MAX_PROBLEMS`` bad rows and ``outcome.MAX_WARNINGS`` warnings are kept (all counted).

``run(..., progress=callback)`` calls ``callback(done, total)`` as rows are checked and once more after
the rows are written, still inside the transaction: an exception raised by the callback (the user
cancelled) rolls the whole import back.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from carebook import settings
from carebook.clock import format_instant, utc_now
from carebook.db import reads, writes
from carebook.errors import CarebookError
from carebook.exchange import compose
from carebook.exchange.column_roles import ColumnPlan
from carebook.exchange.columns import TableSpec, heading_key, spec_for
from carebook.exchange.contact_formats import detect
from carebook.exchange.csv_format import CsvTable, read_table
from carebook.exchange.import_activity import plan_activity
from carebook.exchange.import_customers import plan_customers
from carebook.exchange.outcome import Counts, ImportContext, ImportRefused, RowProblem
from carebook.exchange.values import ContactNormaliser
from carebook.import_models import ImportBatch
from carebook.translation import _, ngettext

__all__ = [
    "ImportRefused", "ImportResult", "LeftOut", "PreparedFile", "RowProblem", "import_csv", "prepare", "run"
]  # fmt: skip


@dataclass(frozen=True)
class LeftOut:
    """A column of the file that is not imported, and in how many rows it holds a value."""

    heading: str
    filled: int

    def describe(self) -> str:
        return f"{self.heading} ({self.filled:,} {'value' if self.filled == 1 else 'values'})"


@dataclass(frozen=True)
class PreparedFile:
    spec: TableSpec
    table: CsvTable  # as the importer reads it: the table's columns (``compose``)
    plan: ColumnPlan | None = None  # how the file's columns feed them (None: ``table`` is the file)
    source: CsvTable | None = None  # the file as read

    @property
    def format(self) -> str:
        """What the file is: "Google Contacts", "Outlook"...; "" for a spreadsheet."""
        return self.plan.format if self.plan is not None else ""

    def left_out(self) -> tuple[LeftOut, ...]:
        """The file's columns that are not imported (the columns that hold values first)."""
        if self.plan is None or self.source is None:
            return ()
        filled = self.source.filled
        found = [
            LeftOut(self.plan.headers[i].strip() or f"column {i + 1}", filled[i] if i < len(filled) else 0)
            for i in self.plan.left_out()
        ]
        return tuple(sorted(found, key=lambda column: column.filled == 0))


@dataclass(frozen=True)
class ImportResult:
    kind: str
    file_name: str
    rows: int  # data rows in the file
    counts: Counts
    warnings: tuple[str, ...]  # "FILE:LINE: field: message" for values kept with a warning
    batch_id: int | None  # None for a dry run
    warning_count: int = 0  # every warning (``warnings`` keeps the first ``outcome.MAX_WARNINGS``)
    format: str = ""  # "Google Contacts", "Outlook"...: an address book's export; "" for a spreadsheet
    left_out: tuple[LeftOut, ...] = ()  # the file's columns that were not imported

    @property
    def more_warnings(self) -> int:
        """Warnings beyond the ones kept in ``warnings``."""
        return max(0, self.warning_count - len(self.warnings))

    @property
    def dry_run(self) -> bool:
        return self.batch_id is None


class _Plan(Protocol):
    def counts(self) -> Counts: ...

    def write(self, batch_id: int) -> None: ...

    def close(self) -> None: ...


def prepare(kind: str, path: str | os.PathLike[str]) -> PreparedFile:
    """Read ``path`` and check its header for the ``kind`` table; no database needed. The file's
    columns feed the table's as its headings say (``contact_formats.detect``)."""
    table = read_table(Path(path))
    return prepare_table(kind, table, detect(kind, table.raw_header or table.header))


def prepare_table(kind: str, table: CsvTable, plan: ColumnPlan) -> PreparedFile:
    """A file read with ``read_table``, its columns feeding the table's by ``plan``; CarebookError when
    it names one of Carebook's columns twice or lacks a required one."""
    spec = spec_for(kind)
    label = str(table.path)
    seen: set[str] = set()
    for heading, role in zip(plan.headers, plan.roles, strict=True):
        name = heading_key(heading)
        if name and name == role and name in seen and name in spec.columns:
            raise CarebookError(
                _("{label}:1: the column '{name}' appears twice").format(label=label, name=name)
            )
        seen.add(name)
    composed = compose.apply(plan, table)
    missing = spec.missing(composed.header)
    if missing:
        names = [heading.strip() for heading in plan.headers if heading.strip()]
        raise CarebookError(
            ngettext(
                "{label}:1: the {kind} file lacks the column {missing} (its columns: {found})",
                "{label}:1: the {kind} file lacks the columns {missing} (its columns: {found})",
                len(missing),
            ).format(
                label=label, kind=spec.kind, missing=", ".join(missing), found=", ".join(names) or _("none")
            )
        )
    return PreparedFile(spec, composed, plan, table)


Progress = Callable[[int, int], None]


def _context(prepared: PreparedFile, progress: Progress | None = None) -> ImportContext:
    region = settings.get("phone_region")
    now = format_instant(utc_now())
    context = ImportContext(prepared.table, str(prepared.table.path), now, ContactNormaliser(region))
    context.progress = progress
    return context


Targets = Mapping[int, int | None]


def _plan(prepared: PreparedFile, ctx: ImportContext, targets: Targets | None = None) -> _Plan:
    kind = prepared.spec.kind
    if targets and kind != "customers":
        raise CarebookError(
            _("a {kind} file names its customers itself; only customers rows can be matched").format(
                kind=kind
            )
        )
    plan: _Plan = plan_customers(ctx, targets) if kind == "customers" else plan_activity(kind, ctx)
    if ctx.problems:
        plan.close()
        raise ctx.refused()
    return plan


def _result(prepared: PreparedFile, ctx: ImportContext, counts: Counts, batch_id: int | None) -> ImportResult:
    return ImportResult(
        prepared.spec.kind,
        prepared.table.name,
        len(prepared.table.rows),
        counts,
        tuple(ctx.warnings),
        batch_id,
        ctx.warning_count,
        prepared.format,
        prepared.left_out(),
    )


@reads
def _dry_run(
    prepared: PreparedFile, progress: Progress | None = None, targets: Targets | None = None
) -> ImportResult:
    ctx = _context(prepared, progress)
    plan = _plan(prepared, ctx, targets)
    try:
        return _result(prepared, ctx, plan.counts(), None)
    finally:
        plan.close()


@writes
def _import(
    prepared: PreparedFile, progress: Progress | None = None, targets: Targets | None = None
) -> ImportResult:
    ctx = _context(prepared, progress)
    plan = _plan(prepared, ctx, targets)
    try:
        batch_id, counts = write_batch(plan, ctx, prepared.spec.kind, prepared.table.name)
    finally:
        plan.close()
    return _result(prepared, ctx, counts, batch_id)


def write_batch(plan: _Plan, ctx: ImportContext, kind: str, file_name: str) -> tuple[int, Counts]:
    """Write ``plan`` as one import batch (its record holds the counts for ``undo-import``); the batch id
    and the counts. Runs inside the import's transaction; the caller closes the plan."""
    counts = plan.counts()
    batch = ImportBatch.create(kind=kind, file_name=file_name, created_at=ctx.now)
    plan.write(batch.id)
    ImportBatch.update(created_rows=counts.created, updated_rows=counts.updated).where(
        ImportBatch.id == batch.id
    ).execute()
    ctx.report(ctx.steps())  # written, not yet committed: a cancel here still rolls everything back
    return int(batch.id), counts


def run(
    prepared: PreparedFile,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    targets: Targets | None = None,
) -> ImportResult:
    """Validate every row; write them all in one transaction unless ``dry_run`` (then write nothing).

    Raises ImportRefused (nothing written) when any row is bad. ``progress(done, total)`` is called as
    the rows are checked and after they are written (see the module notes). ``targets`` (customers
    files only: line -> the customer that row updates, or None to create one) overrides the matching by
    email for those rows (see ``import_customers``).
    """
    if dry_run:
        return _dry_run(prepared, progress, targets)
    return _import(prepared, progress, targets)


def import_csv(kind: str, path: str | os.PathLike[str], *, dry_run: bool = False) -> ImportResult:
    """Import one CSV file of ``kind`` (customers, interactions, feedback or followups)."""
    return run(prepare(kind, path), dry_run=dry_run)
