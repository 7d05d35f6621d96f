"""``carebook.text.fold`` written in plain SQL, so the search index's triggers run in any SQLite client.

The triggers need folded text (``Ødegård`` -> ``odegard``) without a Python function inside the
database. What SQLite alone offers:

- ``lower()`` folds ASCII; text that is printable ASCII with single spaces needs nothing else, and most
  text is (names, emails, notes): it takes that fast path;
- any other text is folded letter by letter by a recursive CTE that looks every letter up in the table
  ``search_fold`` (letter -> folded form, e.g. ``ø`` -> ``o``, ``ß`` -> ``ss``, ``É`` -> ``e``, a
  combining accent -> nothing, a tab -> a space; about 2,000 rows), written from ``fold`` itself, and
  collapses spaces;
- CJK, kana and Hangul letters can stand alone (``王芳`` -> ``王 芳``) for the word indexes.

Letter by letter is ``fold`` for the text people type, but not for a few rare sequences (a letter and a
separate mark that Unicode composes into another letter) nor for the compatibility forms ``_RANGES``
leaves out; the services write the exact Python fold where they keep one (``customer.name_key``,
``company_key``), and ``search_index.rebuild_index`` makes every key exact.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from carebook.text import fold

# The letters ``search_index.has_cjk`` knows, as a GLOB class (SQLite's GLOB compares code points).
CJK_CLASS = (
    "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
    "\U00020000-\U0003134f]"
)
_PUNCTUATION = (" ", "-", "+", "(", ")", ".", "/")  # what phone numbers are typed with
# The letters the table covers: controls and spaces, Latin, Greek, Cyrillic, Armenian, Hebrew and
# Arabic (and their marks), general punctuation, letter-like symbols, ligatures and full-width forms.
# Rarer forms (the marks of Indic scripts, mathematical and circled letters, Arabic presentation forms,
# CJK compatibility ideographs) fold to themselves in SQL.
_RANGES = (
    (0x01, 0x1F), (0x7F, 0x6FF), (0x1AB0, 0x1AFF), (0x1DC0, 0x1FFF), (0x2000, 0x218F), (0x3000, 0x303F),
    (0xFB00, 0xFB4F), (0xFE00, 0xFE2F), (0xFF00, 0xFFEF),
)  # fmt: skip

TABLE = """CREATE TABLE search_fold (ch TEXT PRIMARY KEY, folded TEXT NOT NULL) WITHOUT ROWID"""


@cache
def fold_pairs() -> tuple[tuple[str, str], ...]:
    """Every non-ASCII letter (and ASCII control) whose folded form is not itself, with that form.

    Folded between two letters, so a letter that folds to a space (a tab, ``¨``) keeps its space.
    """
    pairs = []
    for code in (c for first, last in _RANGES for c in range(first, last + 1)):
        letter = chr(code)
        around = fold(f"a{letter}a")
        folded = around[1:-1] if around.startswith("a") and around.endswith("a") else fold(letter)
        if folded != letter:
            pairs.append((letter, folded))
    return tuple(pairs)


def fill_table(execute: Callable[[str, list[str]], Any]) -> None:
    """Write the empty ``search_fold`` through ``execute(sql, params)`` (peewee's ``execute_sql``)."""
    rows = fold_pairs()
    for start in range(0, len(rows), 400):
        chunk = rows[start : start + 400]
        marks = ", ".join("(?, ?)" for _ in chunk)
        execute(f"INSERT INTO search_fold (ch, folded) VALUES {marks}", [x for row in chunk for x in row])


def _letters(text: str, piece: str) -> str:
    """SQL: ``piece`` (an SQL expression of ``c``, one letter of ``text``) for every letter, joined, with
    runs of spaces collapsed and the ends trimmed."""
    step = (
        "(SELECT CASE WHEN p GLOB ' *' AND (s.o = '' OR s.o GLOB '* ') THEN s.o || substr(p, 2) "
        f"ELSE s.o || p END FROM (SELECT {piece} AS p FROM (SELECT substr({text}, s.i, 1) AS c)))"
    )
    return (
        f"(WITH RECURSIVE s(i, o) AS (SELECT 1, '' UNION ALL SELECT s.i + 1, {step} FROM s "
        f"WHERE s.i <= length({text})) SELECT trim(o) FROM s ORDER BY i DESC LIMIT 1)"
    )


_FOLDED_LETTER = "coalesce((SELECT folded FROM search_fold WHERE ch = c), lower(c))"
_SPACED_LETTER = f"CASE WHEN c GLOB '{CJK_CLASS}' THEN ' ' || c || ' ' ELSE {_FOLDED_LETTER} END"
_NOT_ASCII = "GLOB '*[^ -~]*'"  # a letter that is not printable ASCII (or a tab, a newline)


def fold_sql(text: str) -> str:
    """SQL for ``fold(text)`` (``text`` an SQL expression of a NOT NULL column, e.g. ``new.email``).

    Printable ASCII with single spaces inside takes ``lower``; anything else goes letter by letter.
    """
    plain = f"{text} NOT {_NOT_ASCII} AND {text} = trim({text}) AND instr({text}, '  ') = 0"
    return f"(CASE WHEN {plain} THEN lower({text}) ELSE {_letters(text, _FOLDED_LETTER)} END)"


def words_sql(text: str) -> str:
    """SQL for a word index's body: ``text`` as is when ASCII (the tokenizer folds it), else folded
    with CJK letters spaced out (``search_index.spaced_cjk``)."""
    return f"(CASE WHEN {text} NOT {_NOT_ASCII} THEN {text} ELSE {_letters(text, _SPACED_LETTER)} END)"


def spaced_sql(text: str) -> str:
    """SQL for ``search_doc.spaced``: ' ' and the name folded with CJK letters apart, or '' without any."""
    spaced = _letters(text, _SPACED_LETTER)
    return f"(CASE WHEN {text} GLOB '*{CJK_CLASS}*' THEN ' ' || {spaced} ELSE '' END)"


def digits_sql(text: str) -> str:
    """SQL for ``carebook.text.digits(text)`` (ASCII digits): the usual punctuation is replaced away,
    anything else goes letter by letter."""
    stripped = text
    for mark in _PUNCTUATION:
        stripped = f"replace({stripped}, '{mark}', '')"
    keep = "CASE WHEN c GLOB '[0-9]' THEN c ELSE '' END"
    slow = _letters(text, keep)
    return f"(SELECT CASE WHEN d NOT GLOB '*[^0-9]*' THEN d ELSE {slow} END FROM (SELECT {stripped} AS d))"
