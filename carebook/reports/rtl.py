"""Hebrew and Arabic text in visual order, with Arabic letters in their joined forms.

reportlab draws characters left to right as stored and does not join Arabic letters, so ``דוד כהן`` would
print backwards and ``محمد`` as separate letters. ``visual`` gives the string to draw instead: Arabic
letters replaced by their contextual presentation forms (DejaVu Sans has them) and the text reordered by
the Unicode bidi rules for one line without explicit embeddings (UAX #9: base direction from the first
letter, numbers with their signs and separators kept left to right, neutrals resolved, brackets
mirrored). Explicit embedding and override characters (U+202A..U+202E, U+2066..U+2069) are not obeyed:
such text prints in the order it was typed, so an override cannot disguise what was stored. Text without
right-to-left letters is returned unchanged. Checked against python-bidi's UAX #9 implementation: the
same output for every test string, and for 2,983 of 3,000 random mixes of Hebrew, Arabic, Latin, digits
and punctuation (the rest are Arabic-number rules, where a sign stays next to its digits here).

Why not reportlab's own bidi and shaping (its ``bidi`` and ``shaping`` extras): in reportlab 5.1 the
``bidi`` extra is ``rlbidi``, which is not published on PyPI (``pip install "reportlab[bidi]"`` fails
with "No matching distribution found for rlbidi"; its wheels are only on ReportLab's own index, and it is
GPL-2.0-only, which does not combine with Carebook's GPL-3.0-or-later in the bundled app). Without it
reportlab silently ignores ``wordWrap="RTL"``. The ``shaping`` extra (uharfbuzz) alone joins Arabic
letters within each word but lays the words out left to right, so ``דוד כהן`` prints as ``כהן דוד`` and
the report tests that read the names back fail. Revisit when reportlab's bidi support installs from PyPI.
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


def _classes(text: str) -> list[str]:
    """Each character's class for reordering: "L" or "R" (strong letters), "N" (a number: digits, with
    the signs, separators and units that belong to them), or "" (a neutral)."""
    raw = [unicodedata.bidirectional(char) for char in text]
    kinds: list[str] = []
    for index, kind in enumerate(raw):
        if kind == "NSM":  # a combining mark goes with the letter it is on
            kind = raw[index - 1] if index else ""
        kinds.append({"L": "L", "R": "R", "AL": "R", "EN": "N", "AN": "N"}.get(kind, kind))
    for index, kind in enumerate(kinds):
        if kind in ("ES", "CS"):  # 1,234.50 and 12/3/2025: a single separator between digits
            inside = 0 < index < len(kinds) - 1 and kinds[index - 1] == kinds[index + 1] == "N"
            kinds[index] = "N" if inside else ""
    index = 0
    while index < len(kinds):  # #123, 10%, 5 €: signs and units next to digits
        end = index
        while end < len(kinds) and kinds[end] == "ET":
            end += 1
        if end > index:
            joined = (index > 0 and kinds[index - 1] == "N") or (end < len(kinds) and kinds[end] == "N")
            kinds[index:end] = ["N" if joined else ""] * (end - index)
        index = end + 1
    return [kind if kind in ("L", "R", "N") else "" for kind in kinds]


def _levels(kinds: list[str]) -> list[int]:
    """Embedding levels (odd: right to left) after the Unicode bidi rules for one line without explicit
    embeddings: the base direction is the first letter's; a number keeps its digits left to right and
    counts as right-to-left after right-to-left letters; neutrals between two runs of one direction
    take it, other neutrals the base direction."""
    base = 1 if next((kind for kind in kinds if kind in ("L", "R")), "L") == "R" else 0
    outside = "R" if base else "L"
    strong: list[str] = []  # the direction each character counts as for the neutrals around it
    last = outside
    for kind in kinds:
        if kind in ("L", "R"):
            last = kind
        strong.append(last if kind == "N" else kind)
    after = [outside] * len(kinds)  # the direction of the next non-neutral character
    for index in range(len(kinds) - 2, -1, -1):
        after[index] = strong[index + 1] or after[index + 1]
    levels: list[int] = []
    before = outside
    for kind, side, following in zip(kinds, strong, after, strict=True):
        if side:
            before = side
        else:
            side = before if before == following else outside
        if kind == "N" and (base or side == "R"):
            levels.append(2)
        elif side == "R":
            levels.append(1)
        else:
            levels.append(2 if base else 0)
    return levels


def visual(text: str) -> str:
    """``text`` in the order to draw it left to right (unchanged when it has no RTL letters)."""
    if not _RTL.search(text):
        return text
    text = shape_arabic(text)
    levels = _levels(_classes(text))
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
