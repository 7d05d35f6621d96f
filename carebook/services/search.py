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

Each group is found one of two ways, whichever is cheaper: when the FTS5 index names at most
``CANDIDATE_CAP`` candidates they are checked and sorted; when it names more, names are walked in
alphabetical order and checked until ``limit`` are found (many candidates means that is quick).
The index lives in ``search_index``; on a server database a plain scan of the main fields stands in.
"""

from __future__ import annotations

import heapq
import json
import re
from dataclasses import dataclass
from typing import Any

from carebook import settings
from carebook.db import database, is_sqlite, reads
from carebook.services.search_index import has_cjk
from carebook.services.search_query import (
    Condition,
    Query,
    any_field,
    name_contains,
    name_word_starts,
    parse_query,
    tag_matches,
    text_match,
    which_field,
)
from carebook.text import fold

MAX_LIMIT = 1000
SEARCH_BOX_LIMIT = 12  # what the app's search box shows, and `carebook search` by default
CANDIDATE_CAP = 2000
_TOP = "\U0010ffff"  # sorts after every other character: the upper end of a prefix range
_FTS_NOTE = "SELECT rowid FROM search_note WHERE search_note MATCH ?"
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
    if not is_sqlite():
        return _portable_search(parsed, limit, include_trashed)
    return _Search(parsed, limit, include_trashed).run()


class _Search:
    def __init__(self, query: Query, limit: int, include_trashed: bool) -> None:
        self.query = query
        self.limit = limit
        self.trash = "" if include_trashed else " AND +d.trashed = 0"  # "+": keep the name index in order
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
            f"SELECT d.id FROM search_doc d WHERE d.name >= ? AND d.name < ?{self.trash} "
            "ORDER BY d.name, d.trashed, d.id LIMIT ?",
            (start, start + _TOP, self.limit),
        )
        for (customer_id,) in rows:
            self.found[customer_id] = ("name", "")

    def _candidates(self, candidates: str, params: tuple[object, ...]) -> list[int] | None:
        """The ids ``candidates`` selects, or None when there are more than CANDIDATE_CAP."""
        rows = database.execute_sql(f"{candidates} LIMIT {CANDIDATE_CAP + 1}", params).fetchall()
        return None if len(rows) > CANDIDATE_CAP else [row[0] for row in rows]

    def _select(
        self, where: str, params: tuple[object, ...], ids: list[int] | None, rank: str = ""
    ) -> list[Any]:
        """search_doc rows meeting ``where``, not found yet, by ``rank`` then name; at most room().

        Rows are (id, name, company, email, phone[, rank]). With ``ids`` (few candidates) those rows
        are looked up and sorted; with None the name index is walked in order until room() match.
        """
        source = "search_doc d INDEXED BY search_doc_name" if ids is None else "search_doc d"
        among = "" if ids is None else " AND d.id IN (SELECT value FROM json_each(?))"
        ranked = f", {rank} AS r" if rank else ""
        order = "r, d.name, d.trashed, d.id" if rank else "d.name, d.trashed, d.id"
        sql = (
            f"SELECT d.id, d.name, d.company, d.email, d.phone{ranked} FROM {source} WHERE {where}{among}"
            f"{self.trash} AND d.id NOT IN (SELECT value FROM json_each(?)) ORDER BY {order} LIMIT ?"
        )
        among_params = () if ids is None else (json.dumps(ids),)
        found = json.dumps(list(self.found))
        return list(database.execute_sql(sql, (*params, *among_params, found, self.room())))

    def _matching(self, condition: Condition) -> list[Row]:
        """Rows meeting ``condition``: few index candidates are checked, many mean walking names."""
        ids = self._candidates(_fts(condition.table), (condition.fts,))
        return self._select(condition.sql, condition.params, ids)

    def _customer_fields(self) -> None:
        """Groups 2-4: names with word starts, names containing the words, then other fields and tags.

        The widest condition usually names few candidates: then one query ranks them all. When it names
        many (``gmail``), each group is found on its own, most of them by walking names in order.
        """
        query = self.query
        widest = any_field(query)
        groups = [c for c in (name_word_starts(query), name_contains(query)) if c]
        others: list[Row] = []
        if widest is not None:
            ids = self._candidates(_fts(widest.table), (widest.fts,))
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
        condition = any_field(Query(" ".join(rest), tuple(rest), ())) if tagged and rest else None
        return self._tagged(tagged, condition) if condition else []

    def _tagged(self, tag_sets: list[list[int]], condition: Condition | None) -> list[Row]:
        has = "EXISTS (SELECT 1 FROM customer_tag ct WHERE ct.customer_id = d.id AND ct.tag_id IN ({}))"
        tests = " AND ".join(has.format(", ".join(str(int(i)) for i in ids)) for ids in tag_sets)
        if condition is not None:
            ids = self._candidates(_fts(condition.table), (condition.fts,))
            return self._select(f"{condition.sql} AND {tests}", condition.params, ids)
        tag_ids = ", ".join(str(int(i)) for i in tag_sets[0])
        ids = self._candidates(f"SELECT customer_id FROM customer_tag WHERE tag_id IN ({tag_ids})", ())
        return self._select(tests, (), ids)

    def _notes(self) -> None:
        match = text_match(self.query)
        if not match:
            return
        ids = self._candidates(_FTS_NOTE, (match,))
        where, params = ("1", ()) if ids is not None else (f"d.id IN ({_FTS_NOTE})", (match,))
        chosen = [row[0] for row in self._select(where, params, ids)]
        notes = dict(_rows("SELECT id, notes FROM customer", chosen))
        for customer_id in chosen:
            self.found[customer_id] = ("notes", _snippet([str(notes.get(customer_id) or "")], self.query))

    def _contacts(self) -> None:
        """Newest matching contacts first, one hit per customer; whole words before word prefixes.

        FTS5 walks a word's contacts newest first and stops early, but must gather every word a prefix
        stands for before it can (9 ms for ``refund*`` over a million contacts).
        """
        for match in dict.fromkeys((text_match(self.query, prefix=False), text_match(self.query))):
            if match and self.room() > 0:
                self._contacts_matching(match)

    def _contacts_matching(self, match: str) -> None:
        batch, below = max(4 * self.room(), 200), None
        while self.room() > 0:
            bound = "" if below is None else " AND rowid < ?"
            params = (match, batch) if below is None else (match, below, batch)
            rows = database.execute_sql(  # the index holds no copy of the contact: its customer is read
                "SELECT i.id, i.customer_id FROM interaction i WHERE i.id IN (SELECT rowid FROM search_text "
                f"WHERE search_text MATCH ? AND rowid > 0{bound} ORDER BY rowid DESC LIMIT ?) "
                "ORDER BY i.id DESC",
                params,
            ).fetchall()
            newest: dict[int, int] = {}
            for contact_id, customer_id in rows:
                if customer_id not in self.found:
                    newest.setdefault(customer_id, contact_id)
            chosen = self._keep_untrashed(list(newest))[: self.room()]
            texts = {
                row[0]: row[1:]
                for row in _rows("SELECT id, summary, notes FROM interaction", [newest[i] for i in chosen])
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
            f"SELECT d.id FROM search_doc d WHERE d.id IN (SELECT value FROM json_each(?)){self.trash}",
            (json.dumps(customer_ids),),
        )
        keep = {row[0] for row in rows}
        return [i for i in customer_ids if i in keep]

    def _hits(self) -> tuple[SearchHit, ...]:
        if not self.found:
            return ()
        by_id = {
            row[0]: row
            for row in _rows("SELECT id, name, company, email, phone FROM customer", list(self.found))
        }
        return tuple(
            SearchHit(i, by_id[i][1] or "", by_id[i][2] or "", by_id[i][3] or "", by_id[i][4] or "", *hit)
            for i, hit in self.found.items()
            if i in by_id
        )


def _fts(table: str) -> str:
    return f"SELECT rowid FROM {table} WHERE {table} MATCH ?"


def _rows(select: str, ids: list[int]) -> list[Any]:
    """``select`` (from one table) for the rows with these ids."""
    return list(
        database.execute_sql(f"{select} WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))
    )


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


def _portable_search(query: Query, limit: int, include_trashed: bool) -> tuple[SearchHit, ...]:
    """Without the SQLite index (a PostgreSQL server): name, company, email and phone, scanned."""
    from carebook.models import Customer

    condition = (
        Customer.name_key.contains(query.text)
        | Customer.company.contains(query.text)
        | Customer.email.contains(query.text)
    )
    for form in query.phone_digits:
        condition |= Customer.phone_e164.contains(form)
    select = Customer.select().where(condition)
    if not include_trashed:
        select = select.where(Customer.deleted_at.is_null())
    prefix_first = ~Customer.name_key.startswith(query.text)
    rows = select.order_by(prefix_first, Customer.name_key, Customer.id).limit(limit)
    return tuple(SearchHit(c.id, c.name, c.company, c.email, c.phone, "name", "") for c in rows)
