"""The SQL that differs between the search index on SQLite (FTS5) and on PostgreSQL (pg_trgm, tsvector).

``services.search`` asks both engines the same questions; a ``Dialect`` writes them for one:

- SQLite: candidates come from the FTS5 trigram tables, the exact test is ``instr``, the word indexes
  take FTS5 ``MATCH`` expressions, id lists travel as JSON (``json_each``);
- PostgreSQL (``carebook.search_schema_pg``): the exact test is ``LIKE '%needle%'`` over ``search_doc``'s
  columns, which their ``pg_trgm`` GIN index answers, so the candidates are simply the rows meeting it;
  the word indexes take a ``tsquery`` (``'word' <-> 'word':*``); id lists travel as arrays.

User text reaches SQL only as bound parameters (LIKE patterns escaped, tsquery lexemes quoted).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from carebook.db import is_sqlite
from carebook.search_schema_pg import split_words
from carebook.services.search_index import has_cjk, spaced_cjk
from carebook.services.search_query import Condition, Query, text_match, usable_words

_FIELDS = " OR ".join(f"instr\\(d\\.{f}, \\?\\) > 0" for f in ("name", "company", "email", "phone"))
# every customer field at once (``_test`` of search_query's fields), or one field
_INSTR = re.compile(rf"(?P<fields>\({_FIELDS}\))|instr\((?P<field>[\w.]+), \?\) > 0")


def like_pattern(needle: str) -> str:
    """A LIKE pattern true for text containing ``needle`` (``\\`` is PostgreSQL's escape character)."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def like_condition(condition: Condition) -> Condition:
    """``condition`` with every ``instr(field, ?) > 0`` written as ``field LIKE ?`` (GIN-indexable), and
    a needle in any customer field as one ``d.fields LIKE ?`` (the fields joined by tabs, which no folded
    needle holds): the trigram index then intersects a query's words in one scan."""
    params = iter(condition.params)
    patterns: list[str] = []

    def like(match: re.Match[str]) -> str:
        needles = {str(next(params)) for _ in range(4 if match["fields"] else 1)}
        if len(needles) != 1:
            raise ValueError(f"not one needle for every field: {condition.sql}")
        patterns.append(like_pattern(needles.pop()))
        return f"{match['field'] or 'd.fields'} LIKE ?"

    sql = _INSTR.sub(like, condition.sql)
    if next(params, None) is not None or sql.count("?") != len(patterns):
        raise ValueError(f"not a condition of instr tests: {condition.sql}")
    return Condition(condition.table, condition.fts, sql, tuple(patterns))


def _lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def ts_query(query: Query, *, prefix: bool = True) -> str:
    """``text_match`` as a PostgreSQL tsquery: each usable word split as the index splits text (a phrase
    of its parts; CJK letters one part each), the last word also as a prefix (3+ letters, not CJK)."""
    words = usable_words(query)
    parts = []
    for index, word in enumerate(words):
        tokens = split_words(spaced_cjk(word))
        if not tokens:
            continue
        lexemes = [_lexeme(t) for t in tokens]
        if prefix and index == len(words) - 1 and len(word) >= 3 and not has_cjk(word):
            lexemes[-1] += ":*"
        parts.append("(" + " <-> ".join(lexemes) + ")")
    return " & ".join(parts)


@dataclass(frozen=True)
class Dialect:
    sqlite: bool

    @property
    def trash(self) -> str:
        """The condition leaving trashed customers out ("+": SQLite keeps the name index in order)."""
        return " AND +d.trashed = 0" if self.sqlite else " AND d.trashed = 0"

    def sql(self, text: str) -> str:
        """``text`` (written with ``?`` placeholders) for this engine."""
        return text if self.sqlite else text.replace("?", "%s")

    def among(self, column: str) -> str:
        """SQL: ``column`` is one of the ids of the next parameter (see ``ids``)."""
        return f"{column} IN (SELECT value FROM json_each(?))" if self.sqlite else f"{column} = ANY(?::int[])"

    def ids(self, ids: list[int]) -> object:
        return json.dumps(ids) if self.sqlite else list(ids)

    def chosen(self, ids: list[int]) -> tuple[str, str, str, tuple[object, ...], tuple[object, ...]]:
        """How a select reads the search_doc rows of ``ids`` (as ``d``): (what starts the statement, the
        source, the condition added, parameters before the select's own, parameters after them).

        PostgreSQL reads them by key first (a materialised CTE): else the planner may take the trigram
        index for the select's LIKE conditions and read every row they share a trigram with.
        """
        if self.sqlite:
            return "", "search_doc d", " AND " + self.among("d.id"), (), (self.ids(ids),)
        start = f"WITH chosen AS MATERIALIZED (SELECT * FROM search_doc WHERE {self.among('id')}) "
        return start, "chosen d", "", (self.ids(ids),), ()

    def condition(self, condition: Condition | None) -> Condition | None:
        if condition is None or self.sqlite:
            return condition
        return like_condition(condition)

    def candidates(self, condition: Condition) -> tuple[str, tuple[object, ...]]:
        """SQL selecting the ids that may meet ``condition`` (every one that does), and its parameters."""
        if self.sqlite:
            return f"SELECT rowid FROM {condition.table} WHERE {condition.table} MATCH ?", (condition.fts,)
        return f"SELECT d.id FROM search_doc d WHERE {condition.sql}", condition.params

    def name_walk(self) -> str:
        """The search_doc source that walks names in alphabetical order."""
        return "search_doc d INDEXED BY search_doc_name" if self.sqlite else "search_doc d"

    def words(self, query: Query, *, prefix: bool = True) -> str:
        """The word-index expression for ``query`` ("" when no word can be looked up)."""
        return text_match(query, prefix=prefix) if self.sqlite else ts_query(query, prefix=prefix)

    def notes(self) -> str:
        """SQL: the ids of customers whose notes match the next parameter (``words``)."""
        if self.sqlite:
            return "SELECT rowid FROM search_note WHERE search_note MATCH ?"
        return "SELECT id FROM search_note WHERE words @@ ?::tsquery"

    def contacts(self, below: bool, crowded: bool = False) -> str:
        """SQL: (contact id, customer id) of the newest contacts matching ``words``, newest first; takes
        the expression, [the id to stay below,] and how many.

        On PostgreSQL ``crowded`` (more than CANDIDATE_CAP contacts match: see ``texts``) walks the
        contacts newest first until enough match; else ("+ 0") the GIN index finds every match and the
        newest are kept (walking would read every contact for a rare word).
        """
        if self.sqlite:
            bound = " AND rowid < ?" if below else ""
            newest = f"SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid > 0{bound} "
            newest += "ORDER BY rowid DESC LIMIT ?"
        else:
            bound = " AND id < ?" if below else ""
            order = "id" if crowded else "id + 0"
            newest = (
                f"SELECT id FROM search_text WHERE words @@ ?::tsquery{bound} ORDER BY {order} DESC LIMIT ?"
            )
        return f"SELECT i.id, i.customer_id FROM interaction i WHERE i.id IN ({newest}) ORDER BY i.id DESC"

    def texts(self) -> str | None:
        """SQL: the ids of contacts matching ``words`` (PostgreSQL: is a word crowded? None on SQLite)."""
        return None if self.sqlite else "SELECT id FROM search_text WHERE words @@ ?::tsquery"


def dialect() -> Dialect:
    return Dialect(is_sqlite())
