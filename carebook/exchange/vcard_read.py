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

import contextlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from carebook.customer_schema import VCARD_FIELDS, Field, Kind
from carebook.errors import CarebookError
from carebook.exchange.import_file import MAX_CELL_CHARS, FileRefused, choose_encoding, file_chunks
from carebook.exchange.outcome import MAX_WARNINGS
from carebook.exchange.vcard_lines import (
    Logical,
    Property,
    ValueProblem,
    decode_value,
    logical_lines,
    parse_property,
    split_escaped,
    unescape,
)

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_KEPT = frozenset({"FN", "N", "VERSION", *(f.vcard for f in VCARD_FIELDS)})
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
                f"{label}:{logical.line}: card {number} {logical.name}: skipped, it is "
                f"{logical.length:,} characters long (Carebook keeps no pictures)"
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


def _clean(text: str) -> str:
    return _LINE_BREAK.sub("\n", text).strip()


def _joined(value: str, separator: str) -> str:
    """A structured component: its comma-separated values, unescaped, joined by ", "."""
    parts = (_clean(unescape(part)) for part in split_escaped(value, separator))
    return ", ".join(part for part in parts if part)


def _fields(value: str, count: int) -> list[str]:
    parts = split_escaped(value, ";") + [""] * count
    return [_joined(part, ",") for part in parts[:count]]


def _rank(prop: Property, position: int) -> tuple[int, int]:
    """Sort key: PREF=n (4.0) first by n, then TYPE=PREF (3.0, 2.1), then the rest in file order."""
    pref = prop.params.get("PREF")
    if pref:
        with contextlib.suppress(ValueError):
            return (int(pref[0]), position)
    return (0 if "PREF" in prop.types else 101, position)


class _Values:
    def __init__(self) -> None:
        self.by_name: dict[str, list[tuple[Property, str]]] = {}

    def add(self, prop: Property, text: str) -> None:
        self.by_name.setdefault(prop.name, []).append((prop, text))

    def texts(self, name: str) -> list[str]:
        return [text for _prop, text in self.by_name.get(name, [])]

    def preferred(self, name: str, read: Callable[[str], str]) -> str:
        entries = self.by_name.get(name, [])
        ranked = sorted((_rank(prop, i), i) for i, (prop, _text) in enumerate(entries))
        return next((value for _r, i in ranked if (value := read(entries[i][1]))), "")


def _text(value: str) -> str:
    return _clean(unescape(value))


def _address(value: str) -> str:
    box, extended, street, city, region, code, country = _fields(value, 7)
    town = " ".join(part for part in (code, city) if part)
    return "\n".join(part for part in (box, extended, street, town, region, country) if part)


def _name(values: _Values) -> str:
    full = next((text for value in values.texts("FN") if (text := _text(value))), "")
    if full:
        return full
    for value in values.texts("N"):
        family, given, additional, prefix, suffix = _fields(value, 5)
        joined = " ".join(part for part in (prefix, given, additional, family, suffix) if part)
        if joined:
            return joined
    return ""


def _first(f: Field, values: _Values, warn: Callable[[str], None]) -> str:
    return next((text for value in values.texts(f.vcard) if (text := _text(value))), "")


def _all(f: Field, values: _Values, warn: Callable[[str], None]) -> str:
    return "\n\n".join(text for value in values.texts(f.vcard) if (text := _text(value)))


def _preferred(f: Field, values: _Values, warn: Callable[[str], None]) -> str:
    return values.preferred(f.vcard, _text)


def _phone(f: Field, values: _Values, warn: Callable[[str], None]) -> str:
    phone = values.preferred(f.vcard, _text)
    return phone[4:] if phone[:4].lower() == "tel:" else phone


def _tags(f: Field, values: _Values, warn: Callable[[str], None]) -> str:
    tags: list[str] = []
    for value in values.texts(f.vcard):
        for part in split_escaped(value, ","):
            tag = _text(part)
            if tag and tag.casefold() not in {t.casefold() for t in tags}:
                tags.append(tag)
    return ";".join(tags)


def _date(f: Field, values: _Values, warn: Callable[[str], None]) -> str:
    """``1985-04-12``, ``19850412`` (a time after it is ignored) as ``1985-04-12``; a date without a year
    (``--0412``, ``--04-12``) or anything else is left out with a warning."""
    typed = _first(f, values, warn)
    found = _DATE.match(typed)
    if found:
        text = "-".join(found.groups())
        with contextlib.suppress(ValueError):
            return date.fromisoformat(text).isoformat()
    if typed.startswith("--"):
        warn(f"{f.vcard} {typed[:20]}: a date without a year is not kept")
    elif typed:
        warn(f"{f.vcard} {typed[:20]}: not a date like 1985-04-12, so not kept")
    return ""


def _org(f: Field, values: _Values, warn: Callable[[str], None]) -> str:
    return next((text for value in values.texts(f.vcard) if (text := _joined(value, ";"))), "")


def _adr(f: Field, values: _Values, warn: Callable[[str], None]) -> str:
    return values.preferred(f.vcard, _address)


_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?\Z")
_Reader = Callable[[Field, _Values, Callable[[str], None]], str]
# How a field's value is read: by its property where the property has a structure, else by its kind.
_BY_PROPERTY: dict[str, _Reader] = {"ORG": _org, "ADR": _adr}
_BY_KIND: dict[Kind, _Reader] = {
    Kind.MULTILINE: _all,
    Kind.EMAIL: _preferred,
    Kind.PHONE: _phone,
    Kind.TAGS: _tags,
    Kind.DATE: _date,
}


def _card(number: int, start: int, values: _Values) -> Card:
    warnings: list[str] = []
    read: dict[str, str] = {}
    for f in VCARD_FIELDS:
        if f.vcard != "FN":
            reader = _BY_PROPERTY.get(f.vcard) or _BY_KIND.get(f.kind, _first)
            read[f.name] = reader(f, values, warnings.append)
    read["name"] = _name(values) or read.get("company", "") or read.get("email", "")
    return Card(number, start, read, tuple(warnings))


def _parse_card(number: int, lines: _CardLines, fallback: Callable[[], str | None]) -> Card:
    """One card, or _CardProblem with the physical line and the reason."""
    start = lines[0].line
    values = _Values()
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
    version = next((_text(value) for value in values.texts("VERSION")), "")
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
