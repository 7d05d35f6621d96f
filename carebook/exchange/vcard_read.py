"""Reading vCard files (3.0 and 4.0, and 2.1 as phones export it) into plain ``Card`` values.

The file is streamed and unfolded by ``vcard_lines`` (a regular file of at most 200 MB; UTF-8 with or
without a BOM, UTF-16 with a BOM; a 2.1 property's CHARSET and QUOTED-PRINTABLE honoured; bytes that are
not UTF-8 elsewhere read in the file's own encoding when the whole file is in one, else refused with
their line) and split into cards, each remembering the physical line it starts on. Only the properties
Carebook keeps are parsed (FN, N, VERSION and the properties of ``customer_schema.VCARD_FIELDS``: ORG,
EMAIL, TEL, ADR, NOTE, CATEGORIES...), by this module itself: reading is linear in the file's size
(100,000 cards in seconds). Photos, logos, sounds and keys
are dropped unread: Carebook keeps no pictures, and a damaged photo must not stop an import; one too long
to keep is named in a warning. A kept property longer than a field may be is a problem of its card.

Every broken card is reported (``VCardError.problems``: file, line, card number, reason); a caller
imports nothing unless all cards are good. Only ``CarebookError`` leaves this module, whatever the bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from carebook.customer_schema import VCARD_FIELDS
from carebook.errors import CarebookError
from carebook.exchange.import_file import MAX_CELL_CHARS, FileRefused, choose_encoding, file_chunks
from carebook.exchange.outcome import MAX_WARNINGS
from carebook.exchange.vcard_lines import Logical, ValueProblem, decode_value, logical_lines, parse_property
from carebook.exchange.vcard_values import EXTRA_PROPERTIES, Values, card_values, text_of
from carebook.translation import _

_KEPT = frozenset(
    {"FN", "N", "VERSION", "X-ABLABEL", *EXTRA_PROPERTIES, *(f.vcard for f in VCARD_FIELDS)}
)
_DROPPED = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_VERSIONS = frozenset({"2.1", "3.0", "4.0"})
MAX_PROBLEMS = 100


@dataclass(frozen=True)
class Problem:
    line: int  # physical line in the file (1 = first; 0 for the whole file)
    card: int  # card number (1 = first), 0 when outside any card
    message: str

    def describe(self, label: str) -> str:
        where = f"{label}:{self.line}" if self.line else label
        card = f"card {self.card}: " if self.card else ""
        return f"{where}: {card}{self.message}"


class VCardError(CarebookError):
    """The file cannot be imported; ``lines()`` gives one line per problem."""

    def __init__(self, label: str, problems: list[Problem]) -> None:
        self.label = label
        self.problems = problems
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(f"{problems[0].describe(label)}{more}; nothing was imported")

    def lines(self) -> list[str]:
        return [problem.describe(self.label) for problem in self.problems]


@dataclass(frozen=True)
class Card:
    number: int  # 1 = the first card of the file
    line: int  # physical line of its BEGIN:VCARD
    values: dict[str, str]  # by field name (``customer_schema.VCARD_FIELDS``), as CSV cells (tags: "a;b")
    warnings: tuple[str, ...] = ()  # values left out, e.g. "BDAY --0412: a date without a year is not kept"

    @property
    def name(self) -> str:
        return self.values["name"]

    def __getitem__(self, field: str) -> str:
        return self.values[field]

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(tag for tag in self.values.get("tags", "").split(";") if tag)


def _fail(label: str, message: str, line: int = 0) -> VCardError:
    return VCardError(label, [Problem(line, 0, message)])


_CardLines = list[Logical]


def split_cards(
    lines: Iterator[Logical], label: str, warnings: list[str]
) -> Iterator[tuple[int, _CardLines] | Problem]:
    """Cards as (number, their lines), one at a time, and problems with the file's structure."""
    current: _CardLines | None = None
    number = 0
    outside_reported = False
    for logical in lines:
        bare = (logical.text or "").strip().upper()
        if logical.text is not None and not bare:
            continue
        if bare == "BEGIN:VCARD":
            if current is not None:
                yield Problem(current[0].line, number, f"has no END:VCARD before line {logical.line}")
            number += 1
            current = [logical]
            outside_reported = False
        elif current is None:
            if not outside_reported:
                yield Problem(logical.line, 0, "text outside a card (a card starts with BEGIN:VCARD)")
                outside_reported = True
        elif logical.text is None and logical.name in _DROPPED:
            warnings.append(
                _(
                    "{label}:{line}: card {number} {name}: skipped, it is {length} characters long "
                    "(Carebook keeps no pictures)"
                ).format(
                    label=label,
                    line=logical.line,
                    number=number,
                    name=logical.name,
                    length=f"{logical.length:,}",
                )
            )
        else:
            current.append(logical)
            if bare == "END:VCARD":
                yield (number, current)
                current = None
    if current is not None:
        yield Problem(current[0].line, number, "never ends (END:VCARD is missing)")
    if number == 0 and not outside_reported:
        raise _fail(label, "holds no cards (no BEGIN:VCARD line); is it a vCard file?")


def _card(number: int, start: int, values: Values) -> Card:
    read, warnings = card_values(values)
    return Card(number, start, read, tuple(warnings))


def _parse_card(number: int, lines: _CardLines, fallback: Callable[[], str | None]) -> Card:
    """One card, or _CardProblem with the physical line and the reason."""
    start = lines[0].line
    values = Values()
    for logical in lines[1:-1]:
        if logical.name in _DROPPED:
            continue
        if logical.text is None:
            if logical.name in _KEPT:
                raise _CardProblem(
                    logical.line,
                    f"{logical.name} is {logical.length:,} characters; the limit is {MAX_CELL_CHARS:,}",
                )
            continue
        prop = parse_property(logical.text)
        if prop is None:
            raise _CardProblem(logical.line, f"'{logical.text[:40]}' is not a property line like NAME:value")
        if prop.name not in _KEPT:
            continue
        try:
            values.add(prop, decode_value(prop, fallback))
        except ValueProblem as problem:
            raise _CardProblem(logical.line, f"{prop.name} {problem}") from None
    version = next((text_of(value) for value in values.texts("VERSION")), "")
    if version and version not in _VERSIONS:
        raise _CardProblem(start, f"VERSION {version[:10]} is not supported (3.0 and 4.0 are)")
    card = _card(number, start, values)
    if not card.name:
        raise _CardProblem(start, "has no name (FN or N), company or email")
    return card


class _CardProblem(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def _items(
    chunks: Callable[[], Iterator[bytes]], label: str, warnings: list[str]
) -> Iterator[Card | Problem]:
    """Every card of the file, or the problem of a broken one, in the file's order."""
    found: list[str | None] = []

    def fallback() -> str | None:
        if not found:
            try:
                encoding = choose_encoding(chunks())
            except FileRefused:
                encoding = "utf-8"
            found.append(None if encoding.startswith("utf-8") else encoding)
        return found[0]

    def binary() -> VCardError:
        return _fail(label, "not a vCard file (it holds binary data or an unknown encoding)")

    try:
        for item in split_cards(logical_lines(chunks, binary), label, warnings):
            if isinstance(item, Problem):
                yield item
                continue
            number, lines = item
            try:
                card = _parse_card(number, lines, fallback)
            except _CardProblem as problem:
                yield Problem(problem.line, number, problem.message)
                continue
            warnings.extend(f"{label}:{card.line}: card {number} {warning}" for warning in card.warnings)
            yield card
    except FileRefused as error:
        raise _fail(label, error.message, error.line) from None


def read_chunks(chunks: Callable[[], Iterator[bytes]], label: str) -> tuple[list[Card], list[str]]:
    """Every card of a vCard file and the warnings (a huge photo skipped); VCardError listing every
    problem when any card is bad."""
    good: list[Card] = []
    warnings: list[str] = []
    _check(_items(chunks, label, warnings), label, good.append)
    return good, warnings


def _check(items: Iterator[Card | Problem], label: str, keep: Callable[[Card], object]) -> None:
    problems: list[Problem] = []
    for item in items:
        if isinstance(item, Problem):
            problems.append(item)
            if len(problems) >= MAX_PROBLEMS:
                break
        else:
            keep(item)
    if problems:
        raise VCardError(label, sorted(problems, key=lambda p: p.line))


def count_cards(chunks: Callable[[], Iterator[bytes]], label: str) -> tuple[int, list[str], int]:
    """How many cards the file holds, the first ``MAX_WARNINGS`` warnings and how many there are in all,
    keeping no card (``cards_again`` reads them); VCardError listing every problem when any card is bad."""
    count = 0
    dropped = 0
    warnings: list[str] = []

    def counted(_card: Card) -> None:
        nonlocal count, dropped
        count += 1
        if len(warnings) > MAX_WARNINGS:
            dropped += len(warnings) - MAX_WARNINGS
            del warnings[MAX_WARNINGS:]

    _check(_items(chunks, label, warnings), label, counted)
    return count, warnings, len(warnings) + dropped


def cards_again(chunks: Callable[[], Iterator[bytes]], label: str) -> Iterator[Card]:
    """The cards of a file ``count_cards`` found good, read again one at a time (its warnings already
    counted there)."""
    seen: list[str] = []
    for item in _items(chunks, label, seen):
        seen.clear()
        if isinstance(item, Problem):  # the file changed since it was checked
            raise VCardError(label, [item])
        yield item


def read_cards(data: bytes, label: str) -> list[Card]:
    """Every card of a vCard file's bytes; VCardError listing every problem when any card is bad."""
    return read_chunks(lambda: iter((data,)), label)[0]


def read_file_noted(path: str | Path) -> tuple[list[Card], list[str]]:
    """The cards of a file and the warnings; VCardError naming the file when it is missing, a folder,
    not a regular file, larger than 200 MB or not vCard."""
    target = Path(path)
    label = str(target)
    try:
        chunks = file_chunks(target, "vCard")
    except FileRefused as error:
        raise _fail(label, error.message) from None
    return read_chunks(chunks, label)
