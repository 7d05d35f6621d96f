"""Find customers from one query string: name, company, email, phone digits, tags, notes and contacts.

Matching is case- and accent-insensitive (``odegard`` finds ``Ødegård``, ``zoe`` finds ``ZOË``).
Results come best first:

1. the exact name, then names starting with the query (a range scan of ``search_doc.name``),
2. names with a word starting with every query word (``lee`` -> ``Bruce Lee``),
3. names containing every query word (``son`` -> ``Johnson``),
4. company, email, phone or tag matches,
5. customer notes, then contacts: every query word as a word, the last one also as a word prefix.

Within a group customers are alphabetical, except contacts: the customer with the newest matching contact
comes first (whole-word matches before prefix matches). A later group is only searched when the earlier
ones have not filled ``limit``. Trashed customers only appear with ``include_trashed``.

Words of 3+ characters match anywhere; 2-character words match the start of a word, and any two
adjacent CJK letters (``王芳``, ``娜娜``); a 1-character word only narrows what the others find (alone it
is a name prefix). A query that looks like a phone number (4+ digits, only phone punctuation) also matches
phone digits however they were typed or stored (``07700 900123``, ``+44 7700 900123``, ``900123``).

Each group is found one of two ways, whichever is cheaper: when the index names at most
``CANDIDATE_CAP`` candidates they are checked and sorted; when it names more, names are walked in
alphabetical order and checked until ``limit`` are found (many candidates means that is quick).
The index lives in ``search_index`` (SQLite: FTS5) or ``carebook.search_schema_pg`` (PostgreSQL:
pg_trgm and tsvector); ``search_sql`` writes each question for the engine, the answers are the same.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass
from typing import Any

from carebook import settings
from carebook.db import database, reads
from carebook.services.search_index import has_cjk
from carebook.services.search_query import (
    Condition,
    Query,
    any_field,
    name_contains,
    name_word_starts,
    parse_query,
    tag_matches,
    which_field,
)
from carebook.services.search_sql import dialect
from carebook.text import fold

MAX_LIMIT = 1000
SEARCH_BOX_LIMIT = 12  # what the app's search box shows, and `carebook search` by default
CANDIDATE_CAP = 2000
_TOP = "\U0010ffff"  # sorts after every other character: the upper end of a prefix range
_NON_WORD = re.compile(r"\W+")

Row = tuple[int, str, str, str, str]  # search_doc id, name, company, email, phone (folded)


@dataclass(frozen=True)
class SearchHit:
    customer_id: int
    name: str
    company: str
    email: str
    phone: str
    matched: str  # name / company / email / phone / tag / notes / contact
    snippet: str  # a few words around the match in notes or a contact; "" otherwise


@reads
def search(query: str, *, limit: int = 50, include_trashed: bool = False) -> tuple[SearchHit, ...]:
    """Customers matching ``query``, best first (see the module docstring); at most ``limit``."""
    limit = min(int(limit), MAX_LIMIT)
    parsed = parse_query(query, settings.get("phone_region"))
    if parsed is None or limit <= 0:
        return ()
    return _Search(parsed, limit, include_trashed).run()


class _Search:
    def __init__(self, query: Query, limit: int, include_trashed: bool) -> None:
        self.query = query
        self.limit = limit
        self.sql = dialect()
        self.trash = "" if include_trashed else self.sql.trash
        self.found: dict[int, tuple[str, str]] = {}  # customer id -> (matched field, snippet), best first

    def room(self) -> int:
        return self.limit - len(self.found)

    def run(self) -> tuple[SearchHit, ...]:
        for step in (self._prefix, self._customer_fields, self._notes, self._contacts):
            if self.room() > 0:
                step()
        return self._hits()

    def _prefix(self) -> None:
        start = " " + self.query.text
        rows = database.execute_sql(
            self.sql.sql(
                f"SELECT d.id FROM search_doc d WHERE d.name >= ? AND d.name < ?{self.trash} "
                "ORDER BY d.name, d.trashed, d.id LIMIT ?"
            ),
            (start, start + _TOP, self.limit),
        )
        for (customer_id,) in rows:
            self.found[customer_id] = ("name", "")

    def _candidates(self, candidates: str, params: tuple[object, ...]) -> list[int] | None:
        """The ids ``candidates`` selects, or None when there are more than CANDIDATE_CAP."""
        select = self.sql.sql(f"{candidates} LIMIT {CANDIDATE_CAP + 1}")
        rows = database.execute_sql(select, params).fetchall()
        return None if len(rows) > CANDIDATE_CAP else [row[0] for row in rows]

    def _select(
        self, where: str, params: tuple[object, ...], ids: list[int] | None, rank: str = ""
    ) -> list[Any]:
        """search_doc rows meeting ``where``, not found yet, by ``rank`` then name; at most room().

        Rows are (id, name, company, email, phone[, rank]). With ``ids`` (few candidates) those rows
        are looked up and sorted; with None the name index is walked in order until room() match.
        """
        before: tuple[object, ...]
        after: tuple[object, ...]
        if ids is None:
            start, source, among, before, after = "", self.sql.name_walk(), "", (), ()
        else:
            start, source, among, before, after = self.sql.chosen(ids)
        ranked = f", {rank} AS r" if rank else ""
        order = "r, d.name, d.trashed, d.id" if rank else "d.name, d.trashed, d.id"
        sql = (
            f"{start}SELECT d.id, d.name, d.company, d.email, d.phone{ranked} FROM {source} "
            f"WHERE {where}{among}{self.trash} AND NOT {self.sql.among('d.id')} ORDER BY {order} LIMIT ?"
        )
        found = self.sql.ids(list(self.found))
        values = (*before, *params, *after, found, self.room())
        return list(database.execute_sql(self.sql.sql(sql), values))

    def _matching(self, condition: Condition) -> list[Row]:
        """Rows meeting ``condition``: few index candidates are checked, many mean walking names."""
        ids = self._candidates(*self.sql.candidates(condition))
        return self._select(condition.sql, condition.params, ids)

    def _customer_fields(self) -> None:
        """Groups 2-4: names with word starts, names containing the words, then other fields and tags.

        The widest condition usually names few candidates: then one query ranks them all. When it names
        many (``gmail``), each group is found on its own, most of them by walking names in order.
        """
        query, sql = self.query, self.sql
        widest = sql.condition(any_field(query))
        groups = [
            c for c in (sql.condition(name_word_starts(query)), sql.condition(name_contains(query))) if c
        ]
        others: list[Row] = []
        if widest is not None:
            ids = self._candidates(*sql.candidates(widest))
            if ids is not None:  # few: one query ranks them all
                cases = " ".join(f"WHEN {c.sql} THEN {i}" for i, c in enumerate(groups))
                rank = f"CASE {cases} ELSE {len(groups)} END" if groups else "0"
                rank_params = tuple(x for c in groups for x in c.params)
                rows = self._select(widest.sql, (*rank_params, *widest.params), ids, rank)
                for row in rows:
                    if row[5] < len(groups):
                        self.found[row[0]] = ("name", "")
                others = [row[:5] for row in rows if row[5] == len(groups)]
            else:
                for condition in groups:
                    for row in self._matching(condition):
                        self.found[row[0]] = ("name", "")
                if self.room() > 0:
                    others = self._select(widest.sql, widest.params, None)
        fields = [(row, which_field(query, *row[1:])) for row in others]
        tagged = [(row, "tag") for row in self._tag_rows()] if self.room() > 0 else []
        for row, field in heapq.merge(fields, tagged, key=lambda item: (item[0][1], item[0][0])):
            if self.room() <= 0:
                break
            self.found.setdefault(row[0], (field, ""))

    def _tag_rows(self) -> list[Row]:
        """Customers with a tag matching the whole query, or some words as tags and the rest elsewhere."""
        tags = [(tag_id, fold(name)) for tag_id, name in database.execute_sql("SELECT id, name FROM tag")]
        query = self.query
        whole = [tag_id for tag_id, name in tags if tag_matches(query.text, name)]
        if whole:
            return self._tagged([whole], None)
        per_word = {w: [i for i, name in tags if len(w) >= 3 and tag_matches(w, name)] for w in query.words}
        tagged = [ids for ids in per_word.values() if ids]
        rest = [w for w, ids in per_word.items() if not ids]
        condition = (
            self.sql.condition(any_field(Query(" ".join(rest), tuple(rest), ()))) if tagged and rest else None
        )
        return self._tagged(tagged, condition) if condition else []

    def _tagged(self, tag_sets: list[list[int]], condition: Condition | None) -> list[Row]:
        has = "EXISTS (SELECT 1 FROM customer_tag ct WHERE ct.customer_id = d.id AND ct.tag_id IN ({}))"
        tests = " AND ".join(has.format(", ".join(str(int(i)) for i in ids)) for ids in tag_sets)
        if condition is not None:
            ids = self._candidates(*self.sql.candidates(condition))
            return self._select(f"{condition.sql} AND {tests}", condition.params, ids)
        tag_ids = ", ".join(str(int(i)) for i in tag_sets[0])
        ids = self._candidates(f"SELECT customer_id FROM customer_tag WHERE tag_id IN ({tag_ids})", ())
        return self._select(tests, (), ids)

    def _notes(self) -> None:
        match = self.sql.words(self.query)
        if not match:
            return
        notes_sql = self.sql.notes()
        ids = self._candidates(notes_sql, (match,))
        where, params = ("1 = 1", ()) if ids is not None else (f"d.id IN ({notes_sql})", (match,))
        chosen = [row[0] for row in self._select(where, params, ids)]
        notes = dict(self._rows("SELECT id, notes FROM customer", chosen))
        for customer_id in chosen:
            self.found[customer_id] = ("notes", _snippet([str(notes.get(customer_id) or "")], self.query))

    def _contacts(self) -> None:
        """Newest matching contacts first, one hit per customer; whole words before word prefixes.

        FTS5 walks a word's contacts newest first and stops early, but must gather every word a prefix
        stands for before it can (9 ms for ``refund*`` over a million contacts).
        """
        for match in dict.fromkeys((self.sql.words(self.query, prefix=False), self.sql.words(self.query))):
            if match and self.room() > 0:
                self._contacts_matching(match)

    def _contacts_matching(self, match: str) -> None:
        batch, below = max(4 * self.room(), 200), None
        all_matching = self.sql.texts()
        crowded = all_matching is not None and self._candidates(all_matching, (match,)) is None
        while self.room() > 0:
            params = (match, batch) if below is None else (match, below, batch)
            # the index holds no copy of the contact: its customer is read
            rows = database.execute_sql(
                self.sql.sql(self.sql.contacts(below is not None, crowded)), params
            ).fetchall()
            newest: dict[int, int] = {}
            for contact_id, customer_id in rows:
                if customer_id not in self.found:
                    newest.setdefault(customer_id, contact_id)
            chosen = self._keep_untrashed(list(newest))[: self.room()]
            texts = {
                row[0]: row[1:]
                for row in self._rows(
                    "SELECT id, summary, notes FROM interaction", [newest[i] for i in chosen]
                )
            }
            for customer_id in chosen:
                parts = [str(part) for part in texts.get(newest[customer_id], ()) if part]
                self.found[customer_id] = ("contact", _snippet(parts, self.query))
            if len(rows) < batch:
                return
            batch, below = batch * 4, rows[-1][0]

    def _keep_untrashed(self, customer_ids: list[int]) -> list[int]:
        if not customer_ids:
            return []
        rows = database.execute_sql(
            self.sql.sql(f"SELECT d.id FROM search_doc d WHERE {self.sql.among('d.id')}{self.trash}"),
            (self.sql.ids(customer_ids),),
        )
        keep = {row[0] for row in rows}
        return [i for i in customer_ids if i in keep]

    def _hits(self) -> tuple[SearchHit, ...]:
        if not self.found:
            return ()
        by_id = {
            row[0]: row
            for row in self._rows("SELECT id, name, company, email, phone FROM customer", list(self.found))
        }
        return tuple(
            SearchHit(i, by_id[i][1] or "", by_id[i][2] or "", by_id[i][3] or "", by_id[i][4] or "", *hit)
            for i, hit in self.found.items()
            if i in by_id
        )

    def _rows(self, select: str, ids: list[int]) -> list[Any]:
        """``select`` (from one table) for the rows with these ids."""
        sql = self.sql.sql(f"{select} WHERE {self.sql.among('id')}")
        return list(database.execute_sql(sql, (self.sql.ids(ids),)))


def _snippet(texts: list[str], query: Query, width: int = 90) -> str:
    """A few words around the first word that starts with a query word (as the index matched it)."""
    needles = [w for w in query.words if any(ch.isalnum() for ch in w)]

    def hit(word: str) -> bool:
        folded = fold(word)
        parts = [p for p in _NON_WORD.split(folded) if p]
        return any(n in folded if has_cjk(n) else any(p.startswith(n) for p in parts) for n in needles)

    for text in texts:
        words = text.split()
        at = next((i for i, word in enumerate(words) if hit(word)), None)
        if at is None:
            continue
        start = max(0, at - 3)
        end = at + 1
        while end < len(words) and len(" ".join(words[start : end + 1])) <= width:
            end += 1
        piece = " ".join(words[start:end])[:width]
        return ("… " if start > 0 else "") + piece + (" …" if end < len(words) else "")
    first = next((t for t in texts if t.strip()), "")
    return " ".join(first.split())[:width]
