"""Reading an import file (CSV or vCard) safely, whatever it holds: limits, streaming and text encoding.

- Only a regular file is read (a device such as ``/dev/zero``, a pipe or a socket is refused before a
  byte is read), of at most ``MAX_FILE_BYTES`` (200 MB): checked from its size first and again while
  reading, so a file that grows meanwhile stops at the limit.
- The file is read in chunks of ``CHUNK`` bytes and decoded incrementally: no copy of the whole file is
  ever held. A physical line longer than ``MAX_LINE_CHARS`` is not kept: it comes out as a ``LongLine``
  (its first characters and its length), so a 20 MB note or photo costs time, not memory.
- One text encoding is decided for the whole file (``choose_encoding``): a byte-order mark (UTF-8,
  UTF-16); else UTF-8 when every byte is valid UTF-8, or when the file holds UTF-8 text beside bytes
  that are not (a mixed file: the reader then names the bad lines rather than guess each line); else
  the encoding ``charset_normalizer`` finds, Windows-1252 (Excel's "CSV" in western Europe and the
  Americas) when that reads the file as well as any other.
- Decoding never fails: a byte that is not valid in the encoding becomes a lone surrogate (Python's
  ``surrogateescape``), which ``bad_text`` finds, so a reader can name every bad line, and ``raw_bytes``
  gives the original bytes back (a vCard property with its own CHARSET).
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from carebook.errors import CarebookError
from carebook.services import feedback, followups, interactions
from carebook.services.customer_fields import LIMITS
from carebook.translation import _

MB = 1024 * 1024
MAX_FILE_BYTES = 200 * MB
# The longest text any imported field may hold: the services' own limits (customer and contact notes).
MAX_CELL_CHARS = max(*LIMITS.values(), interactions.NOTES_LIMIT, feedback.COMMENT_LIMIT, followups.NOTE_LIMIT)
# A line holds one such cell, quotes doubled inside it, and the other cells of its row.
MAX_LINE_CHARS = 3 * MAX_CELL_CHARS
CHUNK = MB
SAMPLE_BYTES = 256 * 1024  # what charset_normalizer looks at for a file that is not UTF-8

_BAD = re.compile("[\udc80-\udcff]")
_MULTIBYTE = re.compile("[^\x00-\x7f\udc80-\udcff]")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "cp1252": "Windows-1252"}


class FileRefused(CarebookError):
    """The file cannot be read; ``line`` is the physical line (0: the whole file)."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class BinaryFile(FileRefused):
    """The file holds binary data, or text in no encoding Carebook knows."""

    def __init__(self) -> None:
        super().__init__("holds binary data or an unknown encoding")


@dataclass(frozen=True)
class LongLine:
    """A physical line too long to keep: its first ``MAX_LINE_CHARS`` characters and its length."""

    head: str
    length: int  # characters, line break not counted


def encoding_name(encoding: str) -> str:
    return _NAMES.get(encoding, encoding)


def size_text(size: int) -> str:
    return f"{size / MB:,.0f} MB" if size >= MB else f"{size:,} bytes"


def _too_big(size: int) -> FileRefused:
    return FileRefused(
        _(
            "the file is larger than {most} MB ({size}); Carebook imports files of up to {most} MB: "
            "split it into smaller files and import each"
        ).format(most=MAX_FILE_BYTES // MB, size=size_text(size))
    )


def _open(path: Path, kind: str) -> int:
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)  # non-blocking: opening a pipe with no writer must not hang
    except FileNotFoundError:
        raise FileRefused(_("no such file")) from None
    except IsADirectoryError:
        raise FileRefused(_("is a folder, not a {kind} file").format(kind=kind)) from None
    except PermissionError:
        raise FileRefused(_("cannot be read (permission denied)")) from None
    except OSError as error:
        raise FileRefused(_("cannot be read ({reason})").format(reason=error.strerror or error)) from None
    info = os.fstat(fd)
    problem = None
    if stat.S_ISDIR(info.st_mode):
        problem = FileRefused(_("is a folder, not a {kind} file").format(kind=kind))
    elif not stat.S_ISREG(info.st_mode):
        problem = FileRefused(
            _(
                "is not a regular file (it is a device, a pipe or a socket): "
                "save the data to a file and import that"
            )
        )
    elif info.st_size > MAX_FILE_BYTES:
        problem = _too_big(info.st_size)
    if problem is not None:
        os.close(fd)
        raise problem
    os.set_blocking(fd, True)
    return fd


def file_chunks(path: Path, kind: str) -> Callable[[], Iterator[bytes]]:
    """A function that reads ``path`` from the start, chunk by chunk (call it again to read it again).

    FileRefused at once when the file is missing, not a regular file or too big; the chunks stop with
    FileRefused when it grows beyond the limit while being read.
    """
    os.close(_open(path, kind))

    def read() -> Iterator[bytes]:
        with os.fdopen(_open(path, kind), "rb", buffering=0) as handle:
            total = 0
            while chunk := handle.read(CHUNK):
                total += len(chunk)
                if total > MAX_FILE_BYTES:
                    raise _too_big(total)
                yield chunk

    return read


def bad_text(text: str) -> bool:
    """Whether decoded text holds a byte that was not valid in its encoding."""
    return _BAD.search(text) is not None


def raw_bytes(text: str) -> bytes:
    """The bytes a UTF-8 reading (with ``surrogateescape``) of them gave ``text``."""
    return text.encode("utf-8", "surrogateescape")


def choose_encoding(chunks: Iterable[bytes]) -> str:
    """The encoding of the whole file (see the module notes); FileRefused when no encoding reads it."""
    decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
    first = True
    bad = multibyte = False
    sample = b""
    carry = ""
    for chunk in chunks:
        if first:
            first = False
            if chunk.startswith(codecs.BOM_UTF8):
                return "utf-8-sig"
            if chunk.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                return "utf-16"
            if b"\x00" in chunk:
                raise BinaryFile
        text = carry + decoder.decode(chunk)
        lines = text.splitlines(keepends=True)
        carry = lines.pop() if lines and not lines[-1].endswith(("\n", "\r")) else ""
        if len(carry) > MAX_LINE_CHARS:
            lines.append(carry)
            carry = ""
        for line in lines:
            if line.isascii():
                continue
            if bad_text(line):
                if not bad:
                    bad, sample = True, chunk[:SAMPLE_BYTES]
            elif _MULTIBYTE.search(line):
                multibyte = True  # a whole line of UTF-8 text beyond ASCII
            if bad and multibyte:
                return "utf-8"  # UTF-8 lines and lines that are not: the reader names the bad ones
    rest = carry + decoder.decode(b"", final=True)
    if not bad and bad_text(rest):
        bad, sample = True, raw_bytes(rest)[:SAMPLE_BYTES]
    return _legacy(sample) if bad else "utf-8"


def _legacy(sample: bytes) -> str:
    best = from_bytes(sample).best()
    western = from_bytes(sample, cp_isolation=["cp1252"]).best()
    if western is not None and (best is None or western.chaos <= best.chaos):
        return "cp1252"
    if best is None:
        raise BinaryFile
    return str(best.encoding)


def text_lines(chunks: Iterable[bytes], encoding: str) -> Iterator[str | LongLine]:
    """The physical lines of the file with their line ends (``\\r\\n``, ``\\n`` or a lone ``\\r``), decoded
    with ``surrogateescape``; a line longer than MAX_LINE_CHARS comes as a LongLine, without its end."""
    decoder = codecs.getincrementaldecoder(encoding)("surrogateescape")
    rest = ""
    long: LongLine | None = None
    skip_lf = False
    for chunk, final in _with_final(chunks):
        try:
            text = decoder.decode(chunk, final)
        except UnicodeDecodeError:  # a guessed multi-byte encoding that the file ends halfway through
            raise BinaryFile from None
        if skip_lf and text.startswith("\n"):
            text = text[1:]
        skip_lf = False
        if long is not None:
            end = re.search(r"[\r\n]", text)
            if end is None:
                long = LongLine(long.head, long.length + len(text))
                if not final:
                    continue
                yield long
                return
            yield LongLine(long.head, long.length + end.start())
            long = None
            if text.startswith("\r", end.start()) and end.start() + 1 == len(text) and not final:
                skip_lf = True
            text = text[end.end() + (1 if text.startswith("\r\n", end.start()) else 0) :]
        text = rest + text
        rest = ""
        lines = _LINE.findall(text)
        if lines and not final:
            last = lines[-1]
            if not last.endswith("\n"):  # unfinished, or a \r whose \n may come in the next chunk
                rest = lines.pop()
        for line in lines:
            if len(line) > MAX_LINE_CHARS:
                yield LongLine(line[:MAX_LINE_CHARS], len(line.rstrip("\r\n")))
            else:
                yield line
        if len(rest) > MAX_LINE_CHARS:
            ended = rest.endswith("\r")
            line, rest = LongLine(rest[:MAX_LINE_CHARS], len(rest.rstrip("\r"))), ""
            if ended:
                skip_lf = True
                yield line
            else:
                long = line
    if long is not None:
        yield long


def _with_final(chunks: Iterable[bytes]) -> Iterator[tuple[bytes, bool]]:
    yield from ((chunk, False) for chunk in chunks)
    yield b"", True
