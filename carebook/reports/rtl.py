"""Hebrew and Arabic text in visual order, with Arabic letters in their joined forms.

reportlab draws characters left to right as stored and does not join Arabic letters, so ``דוד כהן`` would
print backwards and ``محمد`` as separate letters. ``visual`` gives the string to draw instead: Arabic
letters replaced by their contextual presentation forms (DejaVu Sans has them) and the text reordered by a
simplified Unicode bidi algorithm, enough for names, short summaries and comments on one line (digits and
Latin words inside right-to-left text keep their own order; brackets are mirrored). Text without
right-to-left letters is returned unchanged.
"""

from __future__ import annotations

import re
import unicodedata

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# Arabic letter -> (first presentation form, number of forms): 4 = isolated, final, initial, medial
# (joins on both sides); 2 = isolated, final (joins only to the letter before); 1 = never joins.
_FORMS: dict[str, tuple[int, int]] = {
    "\u0621": (0xFE80, 1),
    "\u0622": (0xFE81, 2),
    "\u0623": (0xFE83, 2),
    "\u0624": (0xFE85, 2),
    "\u0625": (0xFE87, 2),
    "\u0626": (0xFE89, 4),
    "\u0627": (0xFE8D, 2),
    "\u0628": (0xFE8F, 4),
    "\u0629": (0xFE93, 2),
    "\u062a": (0xFE95, 4),
    "\u062b": (0xFE99, 4),
    "\u062c": (0xFE9D, 4),
    "\u062d": (0xFEA1, 4),
    "\u062e": (0xFEA5, 4),
    "\u062f": (0xFEA9, 2),
    "\u0630": (0xFEAB, 2),
    "\u0631": (0xFEAD, 2),
    "\u0632": (0xFEAF, 2),
    "\u0633": (0xFEB1, 4),
    "\u0634": (0xFEB5, 4),
    "\u0635": (0xFEB9, 4),
    "\u0636": (0xFEBD, 4),
    "\u0637": (0xFEC1, 4),
    "\u0638": (0xFEC5, 4),
    "\u0639": (0xFEC9, 4),
    "\u063a": (0xFECD, 4),
    "\u0641": (0xFED1, 4),
    "\u0642": (0xFED5, 4),
    "\u0643": (0xFED9, 4),
    "\u0644": (0xFEDD, 4),
    "\u0645": (0xFEE1, 4),
    "\u0646": (0xFEE5, 4),
    "\u0647": (0xFEE9, 4),
    "\u0648": (0xFEED, 2),
    "\u0649": (0xFEEF, 2),
    "\u064a": (0xFEF1, 4),
    "\u067e": (0xFB56, 4),
    "\u0686": (0xFB7A, 4),
    "\u0698": (0xFB8A, 2),
    "\u06a9": (0xFB8E, 4),
    "\u06af": (0xFB92, 4),
    "\u06cc": (0xFBFC, 4),
}
_TATWEEL = "\u0640"
_LAM_ALEF = {"\u0622": 0xFEF5, "\u0623": 0xFEF7, "\u0625": 0xFEF9, "\u0627": 0xFEFB}  # isolated; +1 final
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def _transparent(char: str) -> bool:
    return unicodedata.category(char) == "Mn"


def _joins_forward(char: str | None) -> bool:
    return char == _TATWEEL or (char in _FORMS and _FORMS[char][1] == 4)


def _joins_back(char: str | None) -> bool:
    return char == _TATWEEL or (char in _FORMS and _FORMS[char][1] >= 2)


def shape_arabic(text: str) -> str:
    """Arabic letters in their isolated, initial, medial or final forms; lam-alef as one ligature."""
    letters = [(i, c) for i, c in enumerate(text) if not _transparent(c)]
    out = list(text)
    for position, (index, char) in enumerate(letters):
        if char not in _FORMS:
            continue
        # Neighbours skipping combining marks (harakat); a space or any other letter breaks the join.
        before = letters[position - 1][1] if position > 0 else None
        after_entry = letters[position + 1] if position + 1 < len(letters) else None
        after = after_entry[1] if after_entry else None
        joined_before = _joins_forward(before) and _joins_back(char)
        if char == "\u0644" and after in _LAM_ALEF:
            assert after_entry is not None
            out[index] = chr(_LAM_ALEF[after] + (1 if joined_before else 0))
            out[after_entry[0]] = ""
            continue
        if out[index] == "":
            continue
        first, count = _FORMS[char]
        joined_after = count == 4 and _joins_back(after)
        if count == 1:
            form = 0
        elif joined_before and joined_after:
            form = 3
        elif joined_after:
            form = 2
        else:
            form = 1 if joined_before else 0
        out[index] = chr(first + form)
    return "".join(out)


def _strong(char: str) -> int | None:
    """1 for a right-to-left letter, 0 for a left-to-right letter or digit, None for neutrals."""
    if _RTL.match(char) and not unicodedata.category(char).startswith("N"):
        return 1
    if char.isalpha() or char.isdigit():
        return 0
    return None


def visual(text: str) -> str:
    """``text`` in the order to draw it left to right (unchanged when it has no RTL letters)."""
    if not _RTL.search(text):
        return text
    text = shape_arabic(text)
    kinds = [_strong(char) for char in text]
    base = next((kind for kind in kinds if kind is not None), 0)
    levels: list[int] = []
    for index, kind in enumerate(kinds):
        if kind is None:  # a neutral takes the direction of the letters around it, else the base
            left = next((k for k in reversed(kinds[:index]) if k is not None), base)
            right = next((k for k in kinds[index + 1 :] if k is not None), base)
            kind = left if left == right else base
        levels.append(kind if base == 0 else (1 if kind == 1 else 2))
    chars = [char.translate(_MIRROR) if level % 2 else char for char, level in zip(text, levels, strict=True)]
    for level in range(max(levels), 0, -1):  # reverse every run at or above each level, highest first
        index = 0
        while index < len(chars):
            if levels[index] >= level:
                end = index
                while end < len(chars) and levels[end] >= level:
                    end += 1
                chars[index:end] = chars[index:end][::-1]
                levels[index:end] = levels[index:end][::-1]
                index = end
            else:
                index += 1
    return "".join(chars)
