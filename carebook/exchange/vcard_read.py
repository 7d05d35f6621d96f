"""Reading vCard files (3.0 and 4.0, and 2.1 as phones export it) into plain ``Card`` values.

The file is decoded (UTF-8 with or without a BOM, UTF-16 with a BOM, or Windows-1252), unfolded (a line
starting with a space or tab continues the one before; in 2.1 a quoted-printable value ending in ``=``
continues on the next line) and split into cards, each remembering the physical line it starts on. Photos,
logos, sounds and keys are dropped before parsing: Carebook keeps no pictures, and a damaged photo must
not stop an import. Each card is then parsed by ``vobject``.

Every broken card is reported (``VCardError.problems``: file, line, card number, reason); a caller
imports nothing unless all cards are good. Only ``CarebookError`` leaves this module, whatever the bytes.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import vobject

from carebook.errors import CarebookError

_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_PROPERTY = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)[;:]")
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
    name: str
    company: str
    email: str
    phone: str
    address: str
    notes: str
    tags: tuple[str, ...]


def _fail(label: str, message: str, line: int = 0) -> VCardError:
    return VCardError(label, [Problem(line, 0, message)])


def decode(data: bytes, label: str) -> str:
    """The text of a vCard file; VCardError when it is binary or in no encoding we know."""
    text: str | None = None
    if data.startswith(codecs.BOM_UTF8):
        with contextlib.suppress(UnicodeDecodeError):
            text = data[len(codecs.BOM_UTF8) :].decode("utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        with contextlib.suppress(UnicodeDecodeError):
            text = data.decode("utf-16")
    else:
        for encoding in ("utf-8", "cp1252"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    if text is None or "\x00" in text or len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise _fail(label, "not a vCard file (it holds binary data or an unknown encoding)")
    return text


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfolded lines with the physical line each starts on."""
    logical: list[tuple[int, str]] = []
    soft_break = False
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        if logical and (soft_break or line[:1] in (" ", "\t")):
            start, previous = logical[-1]
            logical[-1] = (start, previous + (line if soft_break else line[1:]))
        else:
            logical.append((number, line))
        start, current = logical[-1]
        head = current.split(":", 1)[0].upper()
        soft_break = current.endswith("=") and "QUOTED-PRINTABLE" in head and ":" in current
        if soft_break:
            logical[-1] = (start, current[:-1])
    return logical


def _property(line: str) -> str:
    match = _PROPERTY.match(line)
    return match.group(1).upper() if match else ""


def split_cards(text: str, label: str) -> tuple[list[tuple[int, list[tuple[int, str]]]], list[Problem]]:
    """Cards as (start line, their lines), and problems with the file's structure."""
    cards: list[tuple[int, list[tuple[int, str]]]] = []
    problems: list[Problem] = []
    current: list[tuple[int, str]] | None = None
    outside_reported = False
    for number, line in _logical_lines(text):
        bare = line.strip().upper()
        if not bare:
            continue
        if bare == "BEGIN:VCARD":
            if current is not None:
                problems.append(Problem(current[0][0], len(cards), f"has no END:VCARD before line {number}"))
            cards.append((number, []))
            current = cards[-1][1]
            current.append((number, line))
            outside_reported = False
        elif current is None:
            if not outside_reported:
                problems.append(Problem(number, 0, "text outside a card (a card starts with BEGIN:VCARD)"))
                outside_reported = True
        else:
            current.append((number, line))
            if bare == "END:VCARD":
                current = None
    if current is not None:
        problems.append(Problem(current[0][0], len(cards), "never ends (END:VCARD is missing)"))
    if not cards and not problems:
        raise _fail(label, "holds no cards (no BEGIN:VCARD line); is it a vCard file?")
    return cards, problems


def _text(value: Any) -> str:
    if value is None or isinstance(value, bytes | bytearray):
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(part for part in (_text(v) for v in value) if part)
    return _LINE_BREAK.sub("\n", str(value)).strip()


def _parts(value: Any, *names: str) -> list[str]:
    return [_text(getattr(value, name, "")) for name in names]


def _preference(line: Any, position: int) -> tuple[int, int]:
    """Sort key: PREF=n (4.0) first by n, then TYPE=PREF (3.0, 2.1), then the rest in file order."""
    params = {str(k).upper(): [str(v).upper() for v in vs] for k, vs in getattr(line, "params", {}).items()}
    types = {t.strip() for value in params.get("TYPE", []) for t in value.split(",")}
    types.update(str(s).upper() for s in getattr(line, "singletonparams", []))
    pref = params.get("PREF")
    if pref:
        with contextlib.suppress(ValueError):
            return (int(pref[0]), position)
    return (0 if "PREF" in types else 101, position)


def _preferred(component: Any, name: str) -> str:
    lines = component.contents.get(name, [])
    ranked = sorted((_preference(line, i), _text(line.value)) for i, line in enumerate(lines))
    return next((value for _rank, value in ranked if value), "")


def _address(value: Any) -> str:
    if not hasattr(value, "street"):
        return _text(value)
    box, extended, street, city, region, code, country = _parts(
        value, "box", "extended", "street", "city", "region", "code", "country"
    )
    town = " ".join(part for part in (code, city) if part)
    return "\n".join(part for part in (box, extended, street, town, region, country) if part)


def _name(component: Any) -> str:
    full = next((text for line in component.contents.get("fn", []) if (text := _text(line.value))), "")
    if full:
        return full
    for line in component.contents.get("n", []):
        parts = _parts(line.value, "prefix", "given", "additional", "family", "suffix")
        joined = " ".join(part for part in parts if part)
        if joined:
            return joined
    return ""


def _card(number: int, start: int, component: Any) -> Card:
    tags: list[str] = []
    for line in component.contents.get("categories", []):
        values = line.value if isinstance(line.value, list) else [line.value]
        for value in values:
            tag = _text(value)
            if tag and tag.casefold() not in {t.casefold() for t in tags}:
                tags.append(tag)
    notes = [text for line in component.contents.get("note", []) if (text := _text(line.value))]
    company = next((text for line in component.contents.get("org", []) if (text := _text(line.value))), "")
    email = _preferred(component, "email")
    phone = _preferred(component, "tel")
    if phone[:4].lower() == "tel:":
        phone = phone[4:]
    adr = component.contents.get("adr", [])
    ranked = sorted((_preference(line, i), i) for i, line in enumerate(adr))
    address = next((text for _r, i in ranked if (text := _address(adr[i].value))), "")
    return Card(
        number,
        start,
        _name(component) or company or email,
        company,
        email,
        phone,
        address,
        "\n\n".join(notes),
        tuple(tags),
    )


def _parse_card(number: int, lines: list[tuple[int, str]]) -> Card:
    """One card, or _CardProblem with the physical line and the reason."""
    kept = [(n, line) for n, line in lines if _property(line) not in _DROPPED]
    for n, line in kept:
        if ":" not in line or not _property(line):
            raise _CardProblem(n, f"'{line[:40]}' is not a property line like NAME:value")
    start = lines[0][0]
    try:
        component = vobject.readOne("\r\n".join(line for _n, line in kept) + "\r\n")
        version = _text(component.contents["version"][0].value) if "version" in component.contents else ""
        if version and version not in _VERSIONS:
            raise _CardProblem(start, f"VERSION {version[:10]} is not supported (3.0 and 4.0 are)")
        card = _card(number, start, component)
    except _CardProblem:
        raise
    except vobject.base.ParseError as error:
        where = getattr(error, "lineNumber", None)
        line = kept[where - 1][0] if isinstance(where, int) and 0 < where <= len(kept) else start
        raise _CardProblem(line, f"cannot be read ({_one_line(error)})") from None
    except Exception as error:  # vobject raises many kinds of errors on damaged input
        raise _CardProblem(start, f"cannot be read ({type(error).__name__}: {_one_line(error)})") from None
    if not card.name:
        raise _CardProblem(start, "has no name (FN or N), company or email")
    return card


class _CardProblem(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def _one_line(error: BaseException) -> str:
    text = re.sub(r"^At line \d+: ", "", " ".join(str(error).split()))  # the file's line is given already
    return text[:120] or "unknown problem"


def read_cards(data: bytes, label: str) -> list[Card]:
    """Every card of a vCard file's bytes; VCardError listing every problem when any card is bad."""
    cards, problems = split_cards(decode(data, label), label)
    good: list[Card] = []
    unfinished = {problem.card for problem in problems}
    for number, (_start, lines) in enumerate(cards, start=1):
        if len(problems) >= MAX_PROBLEMS:
            break
        if number in unfinished:
            continue
        try:
            card = _parse_card(number, lines)
        except _CardProblem as problem:
            problems.append(Problem(problem.line, number, problem.message))
            continue
        good.append(card)
    if problems:
        raise VCardError(label, sorted(problems, key=lambda p: p.line))
    return good


def read_file(path: str | Path) -> list[Card]:
    """The cards of a file; VCardError naming the file when it is missing, a folder or not vCard."""
    target = Path(path)
    label = str(target)
    try:
        if target.is_dir():
            raise _fail(label, "is a folder, not a vCard file")
        data = target.read_bytes()
    except FileNotFoundError:
        raise _fail(label, "no such file") from None
    except PermissionError:
        raise _fail(label, "cannot be read (permission denied)") from None
    except OSError as error:
        raise _fail(label, f"cannot be read ({error.strerror or error})") from None
    return read_cards(data, label)
