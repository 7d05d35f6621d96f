"""``fold`` written in SQL (``search_fold``) gives what the Python ``fold`` gives, in any SQLite client."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carebook import search_fold
from carebook.services.search_index import spaced_cjk
from carebook.text import digits, fold


@pytest.fixture(scope="module")
def conn() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(":memory:")  # plain SQLite: no Python function registered
    conn.execute(search_fold.TABLE)
    search_fold.fill_table(lambda sql, params: conn.execute(sql, params))
    conn.execute("CREATE TABLE t (x TEXT)")
    yield conn
    conn.close()


def sql(conn: sqlite3.Connection, expression: str, value: str | None) -> str:
    conn.execute("DELETE FROM t")
    conn.execute("INSERT INTO t VALUES (?)", (value,))
    return str(conn.execute(f"SELECT {expression} FROM t").fetchone()[0])


# Letters of the scripts customers' names and notes come in, spaces, digits and marks.
_ALPHABET = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x24F),
    st.characters(min_codepoint=0x370, max_codepoint=0x4FF),
    st.characters(min_codepoint=0x300, max_codepoint=0x36F),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40),
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),
    st.sampled_from(" \t\n\u00a0\u3000ßæøłđðþœıſ王芳"),
)


@settings(max_examples=300, deadline=None)
@given(text=st.text(_ALPHABET, max_size=30))
def test_sql_fold_is_fold(conn: sqlite3.Connection, text: str) -> None:
    assert sql(conn, search_fold.fold_sql("x"), text) == fold(text)


@settings(max_examples=200, deadline=None)
@given(text=st.text(_ALPHABET, max_size=30))
def test_sql_words_give_the_same_words_as_the_python_fold(conn: sqlite3.Connection, text: str) -> None:
    words = sql(conn, search_fold.words_sql("x"), text)
    expected = spaced_cjk(text)
    assert (fold(words) if words.isascii() else words).split() == expected.split()


@pytest.mark.parametrize(
    ("name", "spaced"),
    [("王芳", " 王 芳"), ("欧阳娜娜 Li", " 欧 阳 娜 娜 li"), ("김민준", " 김 민 준"), ("Anna", "")],
)
def test_cjk_names_are_spaced_out(conn: sqlite3.Connection, name: str, spaced: str) -> None:
    assert sql(conn, search_fold.spaced_sql("x"), name) == spaced


@pytest.mark.parametrize("typed", ["07700 900123", "+44 (0)7700-900.123", "tel: 123 ext 4", "", None])
def test_sql_digits_are_digits(conn: sqlite3.Connection, typed: str | None) -> None:
    assert sql(conn, search_fold.digits_sql("x"), typed) == digits(typed or "")


def test_null_folds_to_nothing(conn: sqlite3.Connection) -> None:
    assert sql(conn, search_fold.fold_sql("x"), None) == ""
