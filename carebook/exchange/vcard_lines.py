"""The lines of a vCard file, read in one pass that stays linear in the file's size, and their values.

``logical_lines`` streams the file (``import_file``: a regular file of at most 200 MB) and unfolds it: a
line starting with a space or tab continues the one before; in 2.1 a quoted-printable value ending in
``=`` (spaces after it ignored) continues on the next line, and a base64 value on every following line
of base64 alone (as old phones wrote photos, unindented, up to a blank line). Lines may end in CRLF, LF,
a lone CR (older iPhones and Macs) or CR CR LF (a CRLF file converted once more, as some Windows copies
do): the extra CR ends nothing, so a folded photo stays one property. The pieces of a line are joined
once, so a 4 MB photo folded into 50,000 lines costs one copy, and a property longer than
``MAX_PROPERTY_CHARS`` is not kept at all (its name and length are: a huge photo is skipped, a huge note
refused).

``parse_property`` splits ``group.NAME;PARAM=a,b;2.1-TYPE:value``; ``decode_value`` gives a value's text:
quoted-printable decoded, bytes read in the property's CHARSET (any charset Python knows), else UTF-8,
else the file's own encoding when the file is not UTF-8 at all (``import_file.choose_encoding``).
"""

from __future__ import annotations

import binascii
import codecs
import quopri
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from carebook.exchange.import_file import (
    MAX_CELL_CHARS,
    FileRefused,
    LongLine,
    bad_text,
    encoding_name,
    raw_bytes,
    text_lines,
)
from carebook.translation import _

MAX_PROPERTY_CHARS = 3 * MAX_CELL_CHARS  # quoted-printable takes up to three characters a byte
_NAME = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)$")
_HEAD = re.compile(r'"[^"]*"|[^";:]+|;')
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")
_BASE64 = re.compile(r"ENCODING=(?:B|BASE64)\b|;BASE64\b")
_BASE64_TEXT = re.compile(r"[A-Za-z0-9+/]+=*")


@dataclass
class Logical:
    line: int  # the physical line it starts on
    text: str | None  # None when longer than MAX_PROPERTY_CHARS
    name: str  # the property name, upper case ("" when the line has none)
    length: int  # characters (of the value only, for a line too long to keep)


@dataclass(frozen=True)
class Property:
    name: str
    params: dict[str, list[str]]  # upper-case names; values as written, unquoted
    types: frozenset[str]  # TYPE values and 2.1's bare parameters, upper case
    value: str  # as written (still escaped, still quoted-printable)
    group: str = ""  # ``item1`` of ``item1.EMAIL`` (Apple's way to give a value a label), upper case


@dataclass
class _Building:
    line: int
    name: str
    parts: list[str] = field(default_factory=list)
    length: int = 0
    qp: bool = False
    soft: bool = False
    base64: bool = False
    head: int = 0  # characters before the value (name, parameters, colon)


def _name_of(text: str) -> str:
    head = text.partition(":")[0].partition(";")[0]
    match = _NAME.match(head.strip())
    return match.group(1).upper() if match else ""


def logical_lines(
    chunks: Callable[[], Iterator[bytes]], binary: Callable[[], Exception]
) -> Iterator[Logical]:
    """The unfolded lines of the file; ``binary()`` is raised for a file that holds binary data."""
    source = chunks()
    first = next(source, b"")
    encoding = "utf-8"
    if first.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"

    def again() -> Iterator[bytes]:
        yield first
        yield from source

    building: _Building | None = None
    chars = controls = 0
    after_lone_cr = False
    for number, physical in enumerate(text_lines(again(), encoding), start=1):
        if isinstance(physical, LongLine):
            text, length = physical.head, physical.length
            after_lone_cr = False
        else:
            if physical == "\r\n" and after_lone_cr:  # CR CR LF: one line end written twice
                after_lone_cr = False
                continue
            after_lone_cr = physical.endswith("\r")
            text = physical.rstrip("\r\n")
            length = len(text)
        if "\x00" in text:
            raise binary()
        chars += length
        if not text.isprintable():
            controls += len(_CONTROL.findall(text))
        folded = text[:1] in (" ", "\t")
        continues = building is not None and (
            building.soft or folded or (building.base64 and _BASE64_TEXT.fullmatch(text) is not None)
        )
        if building is not None and continues:
            piece = text[1:] if folded and not building.soft else text
            building.length += len(piece) if length == len(text) else length
        else:
            if building is not None:
                yield _done(building)
            head = text.split(":", 1)[0].upper()
            building = _Building(number, _name_of(text), qp="QUOTED-PRINTABLE" in head and ":" in text)
            building.base64 = ":" in text and _BASE64.search(head) is not None
            piece = text
            building.length = length
            building.head = len(head) + 1 if ":" in text else 0
        building.soft = building.qp and piece.rstrip(" \t").endswith("=")
        if building.soft:
            piece = piece.rstrip(" \t")[:-1]
        if building.length <= MAX_PROPERTY_CHARS:
            building.parts.append(piece)
        else:
            building.parts.clear()
    if building is not None:
        yield _done(building)
    if controls > max(2, chars // 100):
        raise binary()


def _done(building: _Building) -> Logical:
    if building.length > MAX_PROPERTY_CHARS:
        return Logical(building.line, None, building.name, building.length - building.head)
    return Logical(building.line, "".join(building.parts), building.name, building.length)


def parse_property(text: str) -> Property | None:
    """The parts of a property line; None when it is not one (no colon, or no valid name)."""
    head, colon, _value = text.partition(":")
    if not colon:
        return None
    if '"' not in head:  # no quoted parameter value, which could hold a colon: the usual case
        return _property(head.split(";"), text[len(head) + 1 :])
    pieces: list[str] = [""]
    end = None
    for match in _HEAD.finditer(text):
        token = match.group()
        if token == ";":
            pieces.append("")
            continue
        pieces[-1] += token
        if match.end() < len(text) and text[match.end()] == ":":
            end = match.end()
            break
    if end is None:
        return None
    return _property(pieces, text[end + 1 :])


def _property(pieces: list[str], value: str) -> Property | None:
    name = pieces[0].strip()
    match = _NAME.match(name)
    if not match:
        return None
    params: dict[str, list[str]] = {}
    types: set[str] = set()
    for piece in pieces[1:]:
        key, equals, values = piece.partition("=")
        if not equals:
            types.add(key.strip().upper())
            continue
        parsed = [value.strip().strip('"') for value in values.split(",")]
        params.setdefault(key.strip().upper(), []).extend(parsed)
        if key.strip().upper() == "TYPE":
            types.update(value.upper() for value in parsed)
    group = name.rpartition(".")[0].upper()
    return Property(match.group(1).upper(), params, frozenset(types), value, group)


class ValueProblem(Exception):
    """A value that cannot be read (its charset is unknown, or its bytes are not valid in it)."""


def decode_value(prop: Property, fallback: Callable[[], str | None]) -> str:
    """The value's text, quoted-printable and charset decoded, still escaped (see ``unescape``).

    ``fallback()`` is the file's own encoding for bytes that are not UTF-8 and name no CHARSET (None
    when the file is UTF-8, and such bytes are a mistake).
    """
    encoding = (prop.params.get("ENCODING") or [""])[0].upper()
    quoted = encoding == "QUOTED-PRINTABLE" or "QUOTED-PRINTABLE" in prop.types
    charset = (prop.params.get("CHARSET") or [""])[0]
    base64 = encoding in ("B", "BASE64") or "BASE64" in prop.types
    if not quoted and not base64 and not charset and not bad_text(prop.value):
        return prop.value
    data = raw_bytes(prop.value)
    if quoted:
        data = quopri.decodestring(data)
    elif base64:
        try:
            data = binascii.a2b_base64(data.strip(), strict_mode=True)
        except binascii.Error:
            raise ValueProblem(_("is not valid base64 (its ENCODING)")) from None
    if charset:
        try:
            return data.decode(charset)
        except LookupError:
            raise ValueProblem(
                _("CHARSET={charset} is not a character set Carebook knows").format(charset=charset[:30])
            ) from None
        except UnicodeDecodeError:
            raise ValueProblem(
                _("is not valid {charset} (its CHARSET)").format(charset=charset[:30])
            ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    other = fallback()
    if other is None:
        raise ValueProblem(
            _("is not valid UTF-8 (the rest of the file is): save it as UTF-8 and import again")
        )
    try:
        return data.decode(other)
    except UnicodeDecodeError:
        raise ValueProblem(_("is not valid {other}").format(other=encoding_name(other))) from None


def split_escaped(value: str, separator: str) -> list[str]:
    """``value`` split at each ``separator`` not escaped by a backslash (the pieces still escaped)."""
    if "\\" not in value:
        return value.split(separator)
    pieces: list[str] = []
    start = index = 0
    while index < len(value):
        char = value[index]
        if char == "\\":
            index += 2
            continue
        if char == separator:
            pieces.append(value[start:index])
            start = index + 1
        index += 1
    pieces.append(value[start:])
    return pieces


def unescape(value: str) -> str:
    """A vCard text value as typed: ``\\n`` a line break; ``\\\\`` ``\\;`` ``\\,`` ``\\"`` the character;
    any other backslash kept."""
    return _ESCAPE.sub(_unescaped, value) if "\\" in value else value


def _unescaped(match: re.Match[str]) -> str:
    char = match.group(1)
    return "\n" if char in "nN" else char if char in '\\;,"' else match.group()


__all__ = [
    "MAX_PROPERTY_CHARS",
    "FileRefused",
    "Logical",
    "Property",
    "ValueProblem",
    "decode_value",
    "logical_lines",
    "parse_property",
    "split_escaped",
    "unescape",
]
