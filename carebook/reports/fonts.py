"""Fonts for the PDF and safe Paragraph markup for user text in any script.

DejaVu Sans (shipped in ``resources/fonts/`` with its licence) is embedded for Latin, Greek, Cyrillic,
Hebrew and Arabic letters. Chinese and Japanese runs use Droid Sans Fallback (Apache 2.0, from
Android by way of Debian's fonts-droid-fallback; 3.9 MB: Han and kana), Korean runs Nanum Gothic (SIL OFL
1.1, Debian's fonts-nanum; 4.7 MB: every Hangul syllable), both shipped beside DejaVu with their licences
and embedded as subsets like DejaVu, so the PDF prints the same on a PC that has no CJK font. (Noto Sans
CJK, the maintained all-in-one font, ships only PostScript outlines, which reportlab cannot embed.)

``markup`` is the one way user text reaches Paragraph markup: it drops control characters, escapes
``& < >`` and wraps CJK runs in ``<font name=...>``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal, cast
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from carebook.reports.rtl import visual
from carebook.resources import resource_path

REGULAR = "CarebookSans"
BOLD = "CarebookSans-Bold"
ITALIC = "CarebookSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}

# The embedded font for each CJK language ``cjk_language`` tells apart, and its file.
CJK_FONTS = {"ja": "CarebookHan", "zh": "CarebookHan", "ko": "CarebookHangul"}
_CJK_FILES = {"CarebookHan": "DroidSansFallbackFull.ttf", "CarebookHangul": "NanumGothic.ttf"}

_CJK_RANGES = (
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3100, 0x312F),  # Bopomofo
    (0x3130, 0x318F),  # Hangul compatibility Jamo
    (0x31F0, 0x31FF),  # Katakana extensions
    (0x3200, 0x33FF),  # enclosed CJK, compatibility
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xA960, 0xA97F),  # Hangul Jamo extended A
    (0xAC00, 0xD7FF),  # Hangul syllables, Jamo extended B
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half- and full-width forms
    (0x20000, 0x3FFFF),  # CJK extensions B..
)
_CJK_CLASS = "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in _CJK_RANGES)
_CJK_RUN = re.compile(f"[{_CJK_CLASS}]+")
_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff]")
# Control characters (C0 except tab/newline/CR, DEL, C1), lone surrogates and non-characters.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"\s+")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


@cache
def register() -> None:
    """Register the embedded font family once per process."""
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
    styles: tuple[tuple[Literal[0, 1], Literal[0, 1], str], ...] = (
        (0, 0, REGULAR),
        (1, 0, BOLD),
        (0, 1, ITALIC),
        (1, 1, BOLD),
    )
    for bold, italic, name in styles:
        addMapping(REGULAR, bold, italic, name)


@cache
def cjk_font(language: str) -> str:
    """The registered name of the embedded font for ``language`` ("ja", "zh" or "ko")."""
    name = CJK_FONTS[language]
    pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", _CJK_FILES[name]))))
    return name


def clean(text: str | None, *, one_line: bool = True) -> str:
    """``text`` without characters that have no place in a PDF; whitespace runs made single spaces."""
    value = _UNSAFE.sub("", text or "")
    return _SPACES.sub(" ", value).strip() if one_line else value.strip()


def has_cjk(text: str) -> bool:
    return _CJK_RUN.search(text) is not None


def cjk_language(text: str) -> str | None:
    """Which CJK font fits ``text``: kana means Japanese, Hangul Korean, other ideographs Chinese."""
    if not has_cjk(text):
        return None
    if _KANA.search(text):
        return "ja"
    if _HANGUL.search(text):
        return "ko"
    return "zh"


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def _embedded(font: str) -> TTFont:
    """One of the registered TrueType fonts (``getFont`` is typed as returning any kind of font)."""
    return cast(TTFont, pdfmetrics.getFont(font))


def covers(font: str, text: str) -> bool:
    """Whether the embedded ``font`` has a glyph for every letter of ``text`` outside CJK runs."""
    glyphs = _embedded(font).face.charToGlyph
    return all(ord(char) in glyphs for char in _CJK_RUN.sub("", text) if not char.isspace())


def markup(text: str | None, *, one_line: bool = True) -> str:
    """Paragraph markup showing ``text`` exactly as typed, in fonts that have its letters (Hebrew and
    Arabic in visual order, see ``rtl``)."""
    value = clean(text, one_line=one_line)
    if has_rtl(value):
        value = "\n".join(visual(line) for line in value.split("\n"))
    language = cjk_language(value)
    if language is None:
        result = escape(value)
    else:
        font = cjk_font(language)
        parts: list[str] = []
        position = 0
        for match in _CJK_RUN.finditer(value):
            parts.append(escape(value[position : match.start()]))
            parts.append(f'<font name="{font}">{escape(match.group())}</font>')
            position = match.end()
        parts.append(escape(value[position:]))
        result = "".join(parts)
    if not one_line:
        result = result.replace("\n", "<br/>")
    return result


class _CharWidths(dict[str, float]):
    """Advance widths (in ems) of one TrueType font's characters, looked up once each."""

    def __init__(self, font: str) -> None:
        super().__init__()
        face = _embedded(font).face
        self._lookup = face.charWidths.get
        self._default = face.defaultWidth

    def __missing__(self, char: str) -> float:
        # CJK letters are drawn in the CJK font, one em wide.
        width = 1.0 if has_cjk(char) else self._lookup(ord(char), self._default) / 1000.0
        self[char] = width
        return width


@cache
def _char_widths(font: str) -> _CharWidths:
    return _CharWidths(font)


def string_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` in one of the embedded TrueType fonts, in points."""
    return sum(map(_char_widths(font).__getitem__, text)) * size


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with "…" so that it fits on one line of ``width``."""
    if string_width(text, font, size) <= width:
        return text
    while text and string_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Break one-line ``text`` (no CJK) into lines no wider than ``width``; words longer than a line
    are broken between letters. A fast path for table cells that need no markup."""
    widths = _char_widths(font)
    limit = width / size  # in ems

    def measure(part: str) -> float:
        return sum(map(widths.__getitem__, part))

    if measure(text) <= limit:
        return [text]
    lines: list[str] = []
    line, line_width = "", 0.0
    space = widths[" "]
    for word in text.split(" "):
        word_width = measure(word)
        if line and line_width + space + word_width <= limit:
            line, line_width = f"{line} {word}", line_width + space + word_width
            continue
        if line:
            lines.append(line)
        if word_width <= limit:
            line, line_width = word, word_width
            continue
        line, line_width = "", 0.0
        for char in word:
            char_width = widths[char]
            if line and line_width + char_width > limit:
                lines.append(line)
                line, line_width = "", 0.0
            line, line_width = line + char, line_width + char_width
    if line:
        lines.append(line)
    return lines
