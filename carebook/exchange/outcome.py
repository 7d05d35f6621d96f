"""What an import found: bad rows, warnings and counts, shared by the importers of every table."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from carebook.errors import CarebookError, ValidationError
from carebook.exchange.csv_format import CsvTable
from carebook.exchange.values import Cells, ContactNormaliser
from carebook.translation import _, ngettext

PROGRESS_EVERY = 500  # rows between two progress reports
# An import keeps the first problems and warnings and counts the others: a file of 200 MB of bad rows
# must not fill the memory with messages.
MAX_PROBLEMS = 10_000
MAX_WARNINGS = 1_000


@dataclass(frozen=True)
class RowProblem:
    """One bad row: its physical line and each bad field with the reason."""

    line: int
    errors: tuple[tuple[str, str], ...]

    @property
    def field(self) -> str:
        return self.errors[0][0]

    def describe(self, label: str) -> str:
        reasons = "; ".join(f"{name}: {message}" for name, message in self.errors)
        return f"{label}:{self.line}: {reasons}"


class ImportRefused(CarebookError):
    """Some rows are bad, so nothing of the file was written. ``lines()`` gives one line per bad row."""

    def __init__(self, label: str, problems: list[RowProblem], total: int | None = None) -> None:
        self.label = label
        self.problems = problems  # the first MAX_PROBLEMS, by line
        self.total = max(total or 0, len(problems))  # every bad row
        first = problems[0].describe(label)
        if self.total > 1:
            message = ngettext(
                "{problem} (and {0} more bad rows); nothing was imported",  # the CLI's line, as it was
                "{problem} (and {0} more bad rows); nothing was imported",
                self.total - 1,
            )
        else:
            message = _("{problem}; nothing was imported")
        super().__init__(message.format(problem=first))

    def lines(self) -> list[str]:
        return [problem.describe(self.label) for problem in self.problems]


@dataclass
class ImportContext:
    table: CsvTable
    label: str
    now: str  # naive-UTC instant text of this import
    contacts: ContactNormaliser
    problems: list[RowProblem] = field(default_factory=list)  # the first MAX_PROBLEMS
    warnings: list[str] = field(default_factory=list)  # the first MAX_WARNINGS
    problem_count: int = 0  # every bad row
    warning_count: int = 0  # every warning
    # Called as rows are checked, with (rows done, steps in all: every row plus one for writing); an
    # exception it raises (the user cancelled) ends the import and, inside the write, rolls it back.
    progress: Callable[[int, int], None] | None = None

    def steps(self) -> int:
        return len(self.table.rows) + 1

    def report(self, done: int) -> None:
        if self.progress is not None:
            self.progress(done, self.steps())

    def cells(self) -> Iterator[Cells]:
        """Every row by column name, as it is checked; a row with more filled cells than the header is
        a bad row."""
        header = self.table.header
        index: dict[str, int] = {}
        for position, name in enumerate(header):
            index.setdefault(name, position)
        for number, row in enumerate(self.table.rows):
            if self.progress is not None and number % PROGRESS_EVERY == 0:
                self.report(number)
            if len(row.cells) > len(header) and any(cell.strip() for cell in row.cells[len(header) :]):
                reason = _(
                    "has {cells} cells but the header names {columns} columns (a cell holding a comma "
                    "needs quotes)"
                ).format(cells=len(row.cells), columns=len(header))
                self.bad_cells(row.line, {"row": reason})
                continue
            yield Cells(index, row)
        self.report(len(self.table.rows))

    def bad_row(self, line: int, error: ValidationError) -> None:
        self.bad_cells(line, error.errors)

    def bad_cells(self, line: int, errors: dict[str, str]) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(RowProblem(line, tuple(errors.items())))

    def add_problems(self, found: list[RowProblem], count: int) -> None:
        """More bad rows (the first of ``count``), found after the rows were read: kept in line order."""
        self.problems = sorted([*self.problems, *found], key=lambda problem: problem.line)[:MAX_PROBLEMS]
        self.problem_count += count

    def refused(self) -> ImportRefused:
        return ImportRefused(self.label, self.problems, self.problem_count)

    def warn(self, line: int, field_name: str, message: str) -> None:
        self.add_warning(f"{self.label}:{line}: {field_name}: {message}")

    def add_warning(self, text: str) -> None:
        self.warning_count += 1
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(text)

    def add_warnings(self, found: Sequence[str], count: int) -> None:
        """Warnings found before the rows were read: the first of ``count``."""
        self.warning_count += count
        self.warnings.extend(found[: max(0, MAX_WARNINGS - len(self.warnings))])

    def warn_all(self, line: int, notes: dict[str, str]) -> None:
        for field_name, message in notes.items():
            self.warn(line, field_name, message)


@dataclass(frozen=True)
class Counts:
    created: int = 0  # rows of the file's table created
    updated: int = 0  # customers updated (customers files only)
    unchanged: int = 0  # rows already stored as they are: nothing to write
    new_customers: int = 0  # customers created for contact, feedback or follow-up rows
    new_staff: int = 0
    new_tags: int = 0
