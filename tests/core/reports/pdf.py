"""Read PDFs back for the report tests with PyPI libraries only (no poppler, no system package).

pypdf gives each page's text (its "layout" mode keeps columns in their places, as ``pdftotext -layout``
does; right-to-left runs come back in logical order), the page size and the fonts with their embedding;
pdfminer.six gives every character's box (for word boxes).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTComponent, LTContainer, LTPage
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

_SUBSET = re.compile(r"^[A-Z]{6}\+")
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


def pages(path: Path, *, layout: bool = True) -> list[str]:
    """The text of each page. With ``layout``, line by line as printed, columns kept apart by two or
    more spaces (as ``pdftotext -layout``); without, in the order it was drawn (a wrapped cell is one run).
    """
    if layout:
        return ["\n".join(_line_text(row) for row in _rows(page)) for page in extract_pages(path)]
    return [page.extract_text(extraction_mode="plain") for page in PdfReader(path).pages]


def info(path: Path) -> dict[str, str]:
    """The page count, the first page size and the information dictionary, named as pdfinfo names them."""
    reader = PdfReader(path)
    width, height = page_size(path)
    result = {"Pages": str(len(reader.pages)), "Page size": f"{width:g} x {height:g} pts"}
    for key, value in (reader.metadata or {}).items():
        result[key.lstrip("/")] = str(value)
    return result


def page_size(path: Path) -> tuple[float, float]:
    """The width and height of the first page in points (its crop box, which defaults to the media box)."""
    box = PdfReader(path).pages[0].cropbox
    return float(box.width), float(box.height)


@dataclass(frozen=True)
class Font:
    name: str  # the base name, subset prefix removed
    kind: str  # the PDF subtype: /TrueType, /Type0, /Type1...
    embedded: bool  # the font program is in the file (else the reader's computer must have it)
    subset: bool  # only the glyphs used are embedded (a "ABCDEF+" prefix)


def _resolve(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _font_dicts(resources: Any, seen: set[int]) -> Iterator[DictionaryObject]:
    """Every font dictionary of these resources and of the forms (XObjects) they use, each once."""
    resources = _resolve(resources)
    if not isinstance(resources, DictionaryObject) or id(resources) in seen:
        return
    seen.add(id(resources))
    for ref in _resolve(resources.get("/Font", DictionaryObject())).values():
        font = _resolve(ref)
        if id(font) not in seen:
            seen.add(id(font))
            yield font
    for ref in _resolve(resources.get("/XObject", DictionaryObject())).values():
        xobject = _resolve(ref)
        if xobject.get("/Subtype") == "/Form":
            yield from _font_dicts(xobject.get("/Resources"), seen)


def _describe(font: DictionaryObject) -> Font:
    base = str(font.get("/BaseFont", "[none]")).lstrip("/")
    described = font
    if font.get("/Subtype") == "/Type0":  # a composite font: the glyphs are in its descendant font
        described = _resolve(_resolve(font["/DescendantFonts"])[0])
    descriptor = _resolve(described.get("/FontDescriptor", DictionaryObject()))
    return Font(
        name=_SUBSET.sub("", base),
        kind=str(font.get("/Subtype", "")),
        embedded=any(key in descriptor for key in _FONT_FILES),
        subset=bool(_SUBSET.match(base)),
    )


def font_table(path: Path) -> list[Font]:
    """Every font the pages use (as pdffonts lists them): name, type, embedded, subset."""
    seen: set[int] = set()
    return [
        _describe(font)
        for page in PdfReader(path).pages
        for font in _font_dicts(page.get("/Resources"), seen)
    ]


def fonts(path: Path) -> list[str]:
    """The base names of the fonts the PDF uses (subset prefixes removed)."""
    return [font.name for font in font_table(path)]


@dataclass(frozen=True)
class Word:
    text: str
    page: int
    x_min: float
    x_max: float
    y_max: float  # the bottom of the word, measured down from the top of the page


# Gaps between glyphs, in ems of their font size: below WORD_GAP the same word, below COLUMN_GAP one
# space (a word space, justified ones included), else a new column. COLUMN is one layout column in points.
WORD_GAP = 0.1
COLUMN_GAP = 0.6
COLUMN = 4.0
_RTL = "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]"
_RTL_RUN = re.compile(f"{_RTL}+(?:\\s+{_RTL}+)*")


def _glyphs(item: LTComponent) -> Iterator[LTChar]:
    """Every glyph drawn, forms (XObjects such as the page total) included."""
    if isinstance(item, LTChar):
        yield item
    elif isinstance(item, LTContainer):
        for child in item:
            yield from _glyphs(child)


def _em(char: LTChar) -> float:
    """The glyph's font size on the page (pdfminer's box is one font size high)."""
    return float(char.size)


def _rows(page: LTPage) -> list[list[LTChar]]:
    """The glyphs in printed lines, top to bottom, each line left to right (visual order)."""
    rows: list[list[LTChar]] = []
    middle = 0.0
    for char in sorted(_glyphs(page), key=lambda c: -(c.y0 + c.y1) / 2):
        centre = (char.y0 + char.y1) / 2
        if rows and middle - centre <= _em(char) / 2:
            rows[-1].append(char)
        else:
            rows.append([char])
            middle = centre
    return [sorted(row, key=lambda c: c.x0) for row in rows]


def _words_of(row: list[LTChar]) -> Iterator[list[LTChar]]:
    word: list[LTChar] = []
    for char in row:
        if char.get_text().isspace():
            if word:
                yield word
            word = []
            continue
        if word and char.x0 - word[-1].x1 > WORD_GAP * _em(char):
            yield word
            word = []
        word.append(char)
    if word:
        yield word


def _logical(line: str) -> str:
    """Right-to-left runs (Hebrew, Arabic) are drawn in visual order: read them back in logical order."""
    return _RTL_RUN.sub(lambda run: run.group()[::-1], line)


def _line_text(row: list[LTChar]) -> str:
    line = ""
    previous: LTChar | None = None
    for word in _words_of(row):
        first = word[0]
        if previous is None or first.x0 - previous.x1 >= COLUMN_GAP * _em(first):
            column = round(first.x0 / COLUMN)
            line += " " * max(column - len(line), 2 if line else 0)
        else:
            line += " "
        line += "".join(char.get_text() for char in word)
        previous = word[-1]
    return _logical(line)


def words(path: Path) -> tuple[list[Word], float, float]:
    """Every word with its box, and the (last) page's width and height."""
    found: list[Word] = []
    width = height = 0.0
    for number, page in enumerate(extract_pages(path), start=1):
        width, height = page.width, page.height
        for row in _rows(page):
            for chars in _words_of(row):
                text = _logical("".join(char.get_text() for char in chars))
                x_min, x_max = min(c.x0 for c in chars), max(c.x1 for c in chars)
                found.append(Word(text, number, x_min, x_max, height - min(c.y0 for c in chars)))
    return found, width, height


def form_boxes(path: Path) -> dict[str, tuple[float, ...]]:
    """The bounding box of each form XObject on the first page, by name (what a viewer draws of it)."""
    resources = _resolve(PdfReader(path).pages[0]["/Resources"])
    forms = _resolve(resources.get("/XObject", {}))
    return {str(name): tuple(float(v) for v in _resolve(form)["/BBox"]) for name, form in forms.items()}
