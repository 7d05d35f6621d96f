"""The SQL functions that migration 0002's search triggers call, registered only while migrating.

A database at schema 6 or older holds triggers (created by 0002) that fold text with ``carebook_*``
functions, and a fresh database passes through 0002 on its way up. Migration 0008 replaces them with
plain-SQL triggers, so Carebook registers these functions on the migrating connection only when a
migration up to ``LAST_VERSION`` is pending, and opens the connection again afterwards, without them:
nothing stored in a migrated database needs them. A frozen copy of what
``carebook.services.search_index`` registered until then.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from typing import Any

from carebook.text import digits, fold

LAST_VERSION = 7  # the last schema whose triggers call these functions (0008 replaces them)
_CJK = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
    "\U00020000-\U0003134f]"
)


def _spaced(text: str) -> str:
    folded = fold(text)
    if folded.isascii():
        return folded
    return " ".join(_CJK.sub(r" \g<0> ", folded).split())


def _fold(value: Any) -> str:
    return fold(value) if isinstance(value, str) else ""


def _digits(value: Any) -> str:
    return digits(value) if isinstance(value, str) else ""


def _cjk(value: Any) -> str:
    if not isinstance(value, str) or value.isascii() or _CJK.search(value) is None:
        return ""
    return " " + _spaced(value)


def _words(*values: Any) -> str:
    return "\n".join(_spaced(v) for v in values if isinstance(v, str) and v)


FUNCTIONS: dict[str, tuple[Callable[..., str], int]] = {
    "carebook_fold": (_fold, 1),
    "carebook_digits": (_digits, 1),
    "carebook_cjk": (_cjk, 1),
    "carebook_words": (_words, -1),
}


def register(conn: sqlite3.Connection) -> None:
    for name, (function, arity) in FUNCTIONS.items():
        conn.create_function(name, arity, function, deterministic=True)
