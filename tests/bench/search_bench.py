"""Search: 200 realistic queries from the shop's own data, each beside the bare indexed lookup it implies.

The queries are what people type at the counter, drawn (seeded) from the customers in the file:

- name prefixes: the start of a name, or of the family name, as typed ("Mar", "rossi", "ode");
- phone numbers typed differently: national with or without spaces, international, with dashes;
- email parts: the whole address, or the part before the "@";
- accent-free spellings: names with accents or special letters typed plainly ("zoe lefev", "odegard").

The floor of each query is the one indexed lookup that answers it in the bare schema: a ``name_key`` range
for names (``name_key >= ? AND name_key < ? LIMIT 50``), ``phone_e164 = ?`` for a phone number,
``email = ?`` or an ``email`` range for email parts (on PostgreSQL the same lookups). Each query is
timed once (after a warm-up pass over a few others), ``carebook.services.search.search`` against the
floor on the same connection.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, replace
from typing import Any

from tests.bench.common import median, percentile

QUERIES = 200
WARM_UP = 20
_TOP = "\U0010ffff"


@dataclass(frozen=True)
class Case:
    kind: str
    text: str  # what is typed
    floor_sql: str
    floor_params: tuple[Any, ...]
    expect_id: int | None  # a customer the search must find, when the query names one


def _name_range(prefix: str) -> tuple[str, tuple[Any, ...]]:
    return (
        "SELECT id, name FROM customer WHERE name_key >= ? AND name_key < ? ORDER BY name_key LIMIT 50",
        (prefix, prefix + _TOP),
    )


def _phone_forms(rng: random.Random, e164: str) -> str:
    national = "0" + e164[3:]  # +44 7700 900123 -> 07700900123
    area, rest = national[:5], national[5:]
    styles = (
        f"{area} {rest}",
        national,
        f"+44 {area[1:]} {rest}",
        f"+44{area[1:]}{rest}",
        f"{area}-{rest[:3]}-{rest[3:]}",
        f"({area}) {rest}",
    )
    return styles[int(rng.random() * len(styles))]


def make_cases(rows: list[tuple[int, str, str, str, str]], count: int, seed: int = 7) -> list[Case]:
    """``count`` queries from customer rows (id, name, name_key, email, phone_e164), a quarter per kind."""
    from carebook.text import fold

    rng = random.Random(seed)
    namesakes: dict[str, int] = {}
    for row in rows:
        namesakes[row[2]] = namesakes.get(row[2], 0) + 1
    named = [r for r in rows if r[1]]
    phoned = [r for r in rows if r[4].startswith("+44")]
    mailed = [r for r in rows if "@" in r[3]]
    accented = [r for r in rows if not r[1].isascii() and fold(r[1]).isascii() and fold(r[1]) != r[1].lower()]
    cases: list[Case] = []
    quarter = count // 4
    for _ in range(quarter):
        row_id, name, key, _email, _phone = rng.choice(named)
        words = name.split()
        if len(words) > 1 and rng.random() < 0.4:  # the family name, as typed
            typed = words[-1][: max(3, int(rng.random() * len(words[-1])) + 1)].lower()
            sql, params = _name_range(fold(typed))
            cases.append(Case("name prefix", typed, sql, params, None))
        else:
            typed = name[: 2 + int(rng.random() * 5)]
            typed = typed.lower() if rng.random() < 0.6 else typed
            sql, params = _name_range(fold(typed))
            cases.append(Case("name prefix", typed, sql, params, None))
    for _ in range(quarter):
        row_id, _name, _key, _email, e164 = rng.choice(phoned)
        sql = "SELECT id, name FROM customer WHERE phone_e164 = ? LIMIT 50"
        cases.append(Case("phone", _phone_forms(rng, e164), sql, (e164,), row_id))
    for _ in range(quarter):
        row_id, _name, _key, email, _phone = rng.choice(mailed)
        if rng.random() < 0.5:
            sql = "SELECT id, name FROM customer WHERE email = ? LIMIT 50"
            cases.append(Case("email", email, sql, (email,), row_id))
        else:
            local = email.split("@")[0]
            sql = "SELECT id, name FROM customer WHERE email >= ? AND email < ? ORDER BY email LIMIT 50"
            cases.append(Case("email", local, sql, (local, local + _TOP), row_id))
    for _ in range(count - len(cases)):
        row_id, name, key, _email, _phone = rng.choice(accented or named)
        plain = fold(name)
        typed = plain if rng.random() < 0.4 else plain[: max(4, int(len(plain) * (0.4 + 0.5 * rng.random())))]
        sql, params = _name_range(typed)
        unique = typed == plain and namesakes.get(key, 0) == 1  # else 50 namesakes may come first
        cases.append(Case("accent-free", typed, sql, params, row_id if unique else None))
    rng.shuffle(cases)
    return cases


@dataclass(frozen=True)
class SearchTimes:
    median: float
    p95: float
    floor_median: float
    floor_p95: float
    found_expected: int  # queries naming one customer whose results held that customer
    expected: int
    slowest: tuple[tuple[float, str, str], ...]  # (seconds, kind, typed) of the slowest queries


def measure(db_path: str, count: int = QUERIES) -> SearchTimes:
    """Open the shop (reads only) and time ``count`` queries and their floors."""
    from carebook.db import database, is_sqlite
    from carebook.services.search import search
    from carebook.shop import close_shop, open_shop

    open_shop(db_path)
    try:
        rows = database.execute_sql("SELECT id, name, name_key, email, phone_e164 FROM customer").fetchall()
        mark = "?" if is_sqlite() else "%s"  # the same lookups in PostgreSQL's placeholders
        cases, warm = ([replace(c, floor_sql=c.floor_sql.replace("?", mark)) for c in made]
                       for made in (make_cases(rows, count), make_cases(rows, WARM_UP, seed=99)))  # fmt: skip
        conn = database.connection()
        for case in warm:
            search(case.text)
            conn.execute(case.floor_sql, case.floor_params).fetchall()
        times, floors = [], []
        found = expected = 0
        slow: list[tuple[float, str, str]] = []
        for case in cases:
            start = time.perf_counter()
            hits = search(case.text)
            seconds = time.perf_counter() - start
            start = time.perf_counter()
            conn.execute(case.floor_sql, case.floor_params).fetchall()
            floors.append(time.perf_counter() - start)
            times.append(seconds)
            slow.append((seconds, case.kind, case.text))
            if case.expect_id is not None:
                expected += 1
                found += any(hit.customer_id == case.expect_id for hit in hits)
    finally:
        close_shop()
    slow.sort(reverse=True)
    return SearchTimes(
        median=median(times),
        p95=percentile(times, 0.95),
        floor_median=median(floors),
        floor_p95=percentile(floors, 0.95),
        found_expected=found,
        expected=expected,
        slowest=tuple(slow[:5]),
    )


if __name__ == "__main__":
    import sys

    result = measure(sys.argv[1])
    print(result)
