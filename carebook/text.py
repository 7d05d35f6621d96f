"""Text folding shared by search, sorting and duplicate detection.

``fold`` makes text case- and accent-insensitive: ``Ødegård`` -> ``odegard``, ``ZOË`` -> ``zoe``.
Letters that Unicode does not decompose (ø, æ, ß, ł, đ, þ, œ, ı) are mapped by hand.
"""

from __future__ import annotations

import re
import unicodedata

_SPECIAL = {
    "ø": "o",
    "æ": "ae",
    "ß": "ss",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "œ": "oe",
    "ı": "i",
    "ħ": "h",
    "ŧ": "t",
    "ŋ": "n",
    "ſ": "s",
}
# A regex finds the few special letters much faster than str.translate walks a whole text.
_SPECIAL_RE = re.compile("[" + "".join(_SPECIAL) + "]")


def _special(match: re.Match[str]) -> str:
    return _SPECIAL[match.group()]


_SPACES = re.compile(r"\s+")
_NOT_DIGIT = re.compile(r"\D+")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _drop_marks(run: re.Match[str]) -> str:
    return "".join(ch for ch in run.group() if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced form of ``text`` for matching and sorting.

    Plain ASCII (most notes and emails) takes a fast path; the search index folds every contact's text.
    """
    if not text:
        return ""
    if text.isascii():
        return " ".join(text.lower().split())
    lowered = unicodedata.normalize("NFKD", _SPECIAL_RE.sub(_special, text.casefold()))
    stripped = _NON_ASCII_RUN.sub(_drop_marks, lowered)
    stripped = _SPECIAL_RE.sub(_special, unicodedata.normalize("NFC", stripped))
    return " ".join(stripped.split())


def digits(text: str) -> str:
    """Only the digits of ``text`` (for phone numbers typed in any format)."""
    return _NOT_DIGIT.sub("", text or "")


# Lone surrogates (from undecodable bytes in a file name or argument) cannot be stored as UTF-8 either.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def clean_text(text: str | None, *, multiline: bool = True) -> str:
    """Strip control characters (NUL and friends) and lone surrogates that no field should hold; keep
    tabs and newlines."""
    value = _CONTROL.sub("", text or "")
    if not multiline:
        value = _SPACES.sub(" ", value)
    return value.strip()
