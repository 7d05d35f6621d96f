"""Text folding shared by search, sorting and duplicate detection.

``fold`` makes text case- and accent-insensitive: ``Ødegård`` -> ``odegard``, ``ZOË`` -> ``zoe``.
Letters that Unicode does not decompose (ø, æ, ß, ł, đ, þ, œ, ı) are mapped by hand.
"""

from __future__ import annotations

import re
import unicodedata

_SPECIAL = str.maketrans(
    {
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
)
_SPACES = re.compile(r"\s+")
_NOT_DIGIT = re.compile(r"\D+")


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced form of ``text`` for matching and sorting."""
    if not text:
        return ""
    lowered = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    stripped = "".join(ch for ch in lowered if not unicodedata.combining(ch))
    stripped = unicodedata.normalize("NFC", stripped).translate(_SPECIAL)
    return _SPACES.sub(" ", stripped).strip()


def digits(text: str) -> str:
    """Only the digits of ``text`` (for phone numbers typed in any format)."""
    return _NOT_DIGIT.sub("", text or "")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str | None, *, multiline: bool = True) -> str:
    """Strip control characters (NUL and friends) that no field should hold; keep tabs and newlines."""
    value = _CONTROL.sub("", text or "")
    if not multiline:
        value = _SPACES.sub(" ", value)
    return value.strip()
