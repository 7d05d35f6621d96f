"""Finding customers who are probably entered twice: same email, same phone, or very similar names.

Customers in the trash and erased ones are left out. Names are compared in their folded form
(``name_key``: case and accents ignored). Two names count as very similar when difflib's ratio is at
least ``SIMILAR`` (0.9): "Kari Nordman" / "Kari Nordmann", "Jon Smith" / "John Smith". Rather than
comparing all pairs, or all pairs within blocks of names sharing a three-letter prefix (a block of
"mar..." names in a big shop still holds thousands), candidates come from an index of each name with
one letter deleted: names one typo apart share an entry, wherever the typo is (the first letters too).
This finds every pair one typo apart; two names that differ in two places are only found when equal
after folding. An entry shared by more than ``MAX_FORM_GROUP`` different names comes from a pattern
("Customer 1234", "Customer 1235", ...), not from a typo, and is no evidence; likewise a name, email or
phone shared by too many customers (``MAX_NAME_GROUP``, ``MAX_CONTACT_GROUP``). So the work and the
memory grow with the number of customers, not with the number of pairs: 100,000 customers take a few
seconds. ``find_duplicates`` keeps the best ``MAX_PAIRS`` pairs (a list nobody could work through is no
use, and a big shop must not run out of memory).

Each pair gets every reason that applies and a score between 0 and 1 that combines them (an email
alone 0.95, a phone 0.9, the same name 0.75, a similar name up to 0.7); pairs come best first.
"""

from __future__ import annotations

import difflib
import heapq
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from carebook.contact_info import email_key
from carebook.db import database, reads

SIMILAR = 0.9
_WEIGHTS = {"email": 0.95, "phone": 0.9, "name": 0.75}
_SIMILAR_WEIGHT = 0.7
# A name shared by more customers than this is common ("John Smith"): the name alone is no evidence.
MAX_NAME_GROUP = 25
# An email or phone shared by more customers than this is a shop's or a switchboard's, not a person's.
MAX_CONTACT_GROUP = 100
# A one-letter-deleted form shared by more different names than this is a pattern, not a typo.
MAX_FORM_GROUP = 12
# The most pairs ``find_duplicates`` returns by default, best first.
MAX_PAIRS = 2000


@dataclass(frozen=True)
class DuplicateSide:
    id: int
    name: str
    company: str
    email: str
    phone: str


@dataclass(frozen=True)
class DuplicatePair:
    a: DuplicateSide  # the older record (smaller id)
    b: DuplicateSide
    reasons: tuple[str, ...]  # "same email", "same phone", "same name", "similar names (93%)"
    score: float


@dataclass
class _Found:
    reasons: dict[str, str]  # kind -> text
    similarity: float = 0.0


def _pairs_in(ids: list[int], cap: int | None = None) -> Iterable[tuple[int, int]]:
    if len(ids) < 2 or (cap is not None and len(ids) > cap):
        return
    ordered = sorted(ids)
    for i, first in enumerate(ordered):
        for second in ordered[i + 1 :]:
            yield first, second


def _candidates(keys: Iterable[str]) -> set[tuple[str, str]]:
    """Pairs of distinct names one typo apart (a letter missing, added, changed, or two swapped).

    Such names share a form with one letter deleted, so an index of those forms finds every pair
    without comparing all pairs: about 15 index entries per name, kept as hashes (a hash shared by
    chance only adds a candidate that the similarity check then drops). A form shared by more than
    ``MAX_FORM_GROUP`` names is skipped.
    """
    names = list(keys)
    forms: dict[int, int | list[int]] = {}
    for index, key in enumerate(names):
        for form in {key, *(key[:i] + key[i + 1 :] for i in range(len(key)))}:
            code = hash(form)
            seen = forms.setdefault(code, index)
            if seen is index:
                continue
            if isinstance(seen, int):
                forms[code] = [seen, index]
            elif len(seen) <= MAX_FORM_GROUP:
                seen.append(index)
    found: set[tuple[str, str]] = set()
    for group in forms.values():
        if isinstance(group, int) or len(group) > MAX_FORM_GROUP:
            continue
        for i, first in enumerate(group):
            for second in group[i + 1 :]:
                a, b = names[first], names[second]
                found.add((a, b) if a < b else (b, a))
    return found


def similar_names(keys: Iterable[str]) -> Iterable[tuple[str, str, float]]:
    """Pairs of distinct folded names whose difflib ratio is at least SIMILAR."""
    matcher = difflib.SequenceMatcher(autojunk=False)
    for first, second in _candidates(keys):
        matcher.set_seqs(first, second)
        ratio = matcher.ratio()
        if ratio >= SIMILAR:
            yield first, second, ratio


def _score(found: _Found) -> float:
    remaining = 1.0
    for kind in found.reasons:
        weight = _WEIGHTS.get(kind, _SIMILAR_WEIGHT * found.similarity)
        remaining *= 1 - weight
    return round(1 - remaining, 4)


CustomerTuple = tuple[int, str, str, str, str, str, str]  # id, name, name_key, company, email, phone, e164


@reads
def find_duplicates(limit: int | None = MAX_PAIRS) -> tuple[DuplicatePair, ...]:
    """Likely duplicates among live customers, best first (at most ``limit`` pairs; None: all)."""
    rows = database.execute_sql(
        "SELECT id, name, name_key, company, email, phone, phone_e164 FROM customer "
        "WHERE deleted_at IS NULL AND erased_at IS NULL"
    ).fetchall()
    return pairs_among(rows, limit)


def pairs_among(rows: Iterable[CustomerTuple], limit: int | None = None) -> tuple[DuplicatePair, ...]:
    """The likely duplicates among these customers, best first, at most ``limit`` of them (the work of
    ``find_duplicates``)."""
    by_email: dict[str, list[int]] = defaultdict(list)
    by_phone: dict[str, list[int]] = defaultdict(list)
    by_name: dict[str, list[int]] = defaultdict(list)
    sides: dict[int, CustomerTuple] = {}
    for row in rows:
        customer_id, _name, name_key, _company, email, _phone, e164 = row
        sides[customer_id] = row
        if email:
            by_email[email_key(email)].append(customer_id)
        if e164:
            by_phone[e164].append(customer_id)
        if name_key:
            by_name[name_key].append(customer_id)
    found: dict[tuple[int, int], _Found] = {}

    def note(pair: tuple[int, int], kind: str, text: str) -> _Found:
        entry = found.setdefault(pair, _Found({}))
        entry.reasons.setdefault(kind, text)
        return entry

    for groups, kind, cap in (
        (by_email, "email", MAX_CONTACT_GROUP),
        (by_phone, "phone", MAX_CONTACT_GROUP),
        (by_name, "name", MAX_NAME_GROUP),
    ):
        for ids in groups.values():
            for pair in _pairs_in(ids, cap):
                note(pair, kind, f"same {kind}")
    for first, second, ratio in similar_names(by_name):
        if len(by_name[first]) + len(by_name[second]) > MAX_NAME_GROUP:
            continue
        for x in by_name[first]:
            for y in by_name[second]:
                entry = note((min(x, y), max(x, y)), "similar", f"similar names ({round(ratio * 100)}%)")
                entry.similarity = max(entry.similarity, ratio)
    ranked = ((-_score(entry), a, b) for (a, b), entry in found.items())
    best = heapq.nsmallest(limit, ranked) if limit is not None else sorted(ranked)
    return tuple(
        DuplicatePair(_side(sides[a]), _side(sides[b]), tuple(found[a, b].reasons.values()), -negative)
        for negative, a, b in best
    )


def _side(row: CustomerTuple) -> DuplicateSide:
    customer_id, name, _key, company, email, phone, _e164 = row
    return DuplicateSide(customer_id, name, company, email, phone)
