"""Taking a search query apart, and the FTS5 expressions and SQL conditions that find each kind of match.

Every condition comes twice: an FTS5 expression that finds candidates fast when they are few, and an
exact SQL condition over ``search_doc`` (alias ``d``) that decides, and that alone finds matches by
walking names in order when candidates are many. User text only ever reaches FTS5 inside a quoted
string (``"`` doubled) and SQL as a bound parameter, so no query can inject syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from carebook.services.search_index import has_cjk, spaced_cjk
from carebook.text import clean_text, digits, fold

MAX_QUERY_CHARS = 200
_PHONE_LIKE = re.compile(r"^[\d\s+().\-/]+$")
_FIELDS = ("d.name", "d.company", "d.email", "d.phone")


@dataclass(frozen=True)
class Query:
    """A query taken apart: folded text, its words and, for a phone number, the digit forms to look for."""

    text: str
    words: tuple[str, ...]
    phone_digits: tuple[str, ...]


@dataclass(frozen=True)
class Condition:
    table: str  # the FTS5 table: search_name (names only) or search_customer (every field)
    fts: str  # FTS5 expression over it
    sql: str  # exact condition over search_doc d
    params: tuple[object, ...]


def parse_query(query: str, region: str = "") -> Query | None:
    """Fold and split ``query``; None when nothing searchable is left."""
    raw = clean_text(str(query or "")[: MAX_QUERY_CHARS * 4], multiline=False)[:MAX_QUERY_CHARS]
    text = fold(raw)
    if not text:
        return None
    return Query(text, tuple(text.split(" ")), _phone_forms(raw, region))


def _phone_forms(raw: str, region: str) -> tuple[str, ...]:
    """Digit strings a phone number typed as ``raw`` may be stored as (typed, or E.164 without '+')."""
    typed = digits(raw)
    if not _PHONE_LIKE.match(raw) or len(typed) < 4:
        return ()
    forms = [typed, typed.lstrip("0")]  # "07700 9001" is part of "+44 7700 9001..." without the trunk 0
    try:
        number = phonenumbers.parse(raw, region or None)
    except phonenumbers.NumberParseException:
        number = None
    if number is not None:  # "+44 7700 900123" typed for one kept as "07700 900123" (not valid: no E.164)
        national = phonenumbers.national_significant_number(number)
        forms += [f"{number.country_code}{national}", national]
    return tuple(dict.fromkeys(f for f in forms if len(f) >= 3))


def phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def contains(needle: str) -> str:
    """An FTS5 trigram expression true for every row containing ``needle`` (3+ characters).

    Not the whole phrase: a long phrase makes FTS5 read the position lists of all its trigrams
    (20 ms for an email address here), while two or three of them, ANDed, read a fraction of that.
    The exact SQL test weeds out the few rows that hold the trigrams apart. Each part is one trigram:
    the trigram tables keep no positions (``detail='column'``), so they answer no longer phrase.
    """
    last = len(needle) - 3
    picks = sorted({0, last // 2, last} if last >= 6 else {0, last})
    return _all([phrase(needle[i : i + 3]) for i in picks])


def _all(parts: list[str], joiner: str = " AND ") -> str:
    return parts[0] if len(parts) == 1 else "(" + joiner.join(parts) + ")"


def name_word_starts(query: Query) -> Condition | None:
    """Every query word starts a word of the name (``lee`` in ``Bruce Lee``)."""
    long_words = [w for w in query.words if len(w) >= 2]
    if not long_words:
        return None
    fts = "name : " + _all([contains(" " + w) for w in long_words])
    sql = " AND ".join("instr(d.name, ?) > 0" for _ in query.words)
    return Condition("search_name", fts, sql, tuple(" " + w for w in query.words))


def _test(fields: tuple[str, ...]) -> str:
    """SQL: the next parameter occurs in one of ``fields`` (one ``?`` per field)."""
    tests = [f"instr({field}, ?) > 0" for field in fields]
    return tests[0] if len(tests) == 1 else "(" + " OR ".join(tests) + ")"


def _word_in(word: str, fields: tuple[str, ...]) -> tuple[str, str, tuple[object, ...]]:
    """(FTS part, SQL test, params) for one word in ``fields``: 3+ letters anywhere, else at a word start."""
    if len(word) >= 3:
        return contains(word), _test(fields), (word,) * len(fields)
    if len(word) == 2 and has_cjk(word):
        spaced = spaced_cjk(word)
        fts = f"({phrase(' ' + word)} OR spaced : {phrase(spaced)})"
        return fts, f"({_test(fields)} OR instr(d.spaced, ?) > 0)", (*(" " + word,) * len(fields), spaced)
    return (phrase(" " + word) if len(word) == 2 else ""), _test(fields), (" " + word,) * len(fields)


def _contains(query: Query, fields: tuple[str, ...], table: str, columns: str) -> Condition | None:
    parts = [_word_in(w, fields) for w in query.words]
    fts_parts = [p[0] for p in parts if p[0]]
    fts = _all(fts_parts) if fts_parts else ""  # a one-letter word only narrows what the others find
    sql = " AND ".join(p[1] for p in parts)
    params: tuple[object, ...] = tuple(x for p in parts for x in p[2])
    if len(query.words) > 1 and len(query.text) >= 3:
        # The whole query may also sit anywhere, across word boundaries ("a smi" in "Anna Smith").
        whole, whole_params = _test(fields), (query.text,) * len(fields)
        if fts:
            fts, sql = f"({contains(query.text)} OR {fts})", f"({whole} OR ({sql}))"
            params = (*whole_params, *params)
        else:
            fts, sql, params = contains(query.text), whole, whole_params
    if not fts:
        return None
    return Condition(table, f"{columns} : {fts}", f"({sql})", params)


def name_contains(query: Query) -> Condition | None:
    """Every query word (or the whole query) inside the name."""
    return _contains(query, ("d.name",), "search_name", "{name spaced}")


def any_field(query: Query) -> Condition | None:
    """Every query word somewhere in name, company, email or phone digits; or the phone number.

    Matches everything the two name conditions match (the search relies on it).
    """
    words = _contains(query, _FIELDS, "search_customer", "{name company email phone spaced}")
    if not query.phone_digits:
        return words
    fts = "phone : " + _all([contains(d) for d in query.phone_digits], " OR ")
    sql = "(" + " OR ".join("instr(d.phone, ?) > 0" for _ in query.phone_digits) + ")"
    if words is None:
        return Condition("search_customer", fts, sql, query.phone_digits)
    return Condition(
        "search_customer",
        f"({fts}) OR ({words.fts})",
        f"({sql} OR {words.sql})",
        (*query.phone_digits, *words.params),
    )


def usable_words(query: Query) -> list[str]:
    """The query words the word indexes can look up: with a letter or digit, 2+ long unless CJK."""
    return [w for w in query.words if any(ch.isalnum() for ch in w) and (len(w) >= 2 or has_cjk(w))]


def text_match(query: Query, *, prefix: bool = True) -> str:
    """The FTS5 expression over customer notes and contacts: every usable word, the last as a prefix.

    Earlier words are taken as typed in full: a prefix makes FTS5 gather every word it stands for.
    CJK words are runs of one-letter words (the index spaces them out), matched as a phrase.
    """
    words = usable_words(query)
    parts = []
    for index, word in enumerate(words):
        if has_cjk(word):
            parts.append(phrase(spaced_cjk(word)))
        else:
            star = "*" if prefix and index == len(words) - 1 and len(word) >= 3 else ""
            parts.append(phrase(word) + star)
    return " AND ".join(parts)


def tag_matches(query_text: str, tag: str) -> bool:
    """Does a folded tag name match (3+ letters anywhere, fewer at the start of one of its words)?"""
    if len(query_text) >= 3:
        return query_text in tag
    return (" " + tag).find(" " + query_text) >= 0


def which_field(query: Query, name: str, company: str, email: str, phone: str) -> str:
    """The field that made a search_doc row match (for the result list's "matched" column)."""
    if any(form in phone for form in query.phone_digits):
        return "phone"
    needles = [query.text, *(w if len(w) >= 3 else " " + w for w in query.words)]
    for field, value in (("name", name), ("company", company), ("email", email), ("phone", phone)):
        if any(needle in value for needle in needles):
            return field
    return "name"
