"""Duplicates on big shops: bounded by MAX_PAIRS, numbered names are a pattern, not typos."""

from __future__ import annotations

from pathlib import Path

import pytest

from carebook.cli import main
from carebook.services import customers, duplicates
from carebook.services.duplicates import MAX_FORM_GROUP, pairs_among, similar_names
from carebook.shop import close_shop
from carebook.text import fold


def _rows(names: list[str]) -> list[tuple[int, str, str, str, str, str, str]]:
    return [(i + 1, name, fold(name), "", "", "", "") for i, name in enumerate(names)]


def test_at_most_limit_pairs_come_back_best_first() -> None:
    rows = _rows([f"Customer {n}" for n in range(1, 3001)])
    rows.append((9001, "Kari Nordmann", "kari nordmann", "", "kari@example.com", "", "+4791234567"))
    rows.append((9002, "Kari Nordman", "kari nordman", "", "kari@example.com", "", "+4791234567"))
    pairs = pairs_among(rows, limit=50)
    assert len(pairs) == 50
    assert (pairs[0].a.id, pairs[0].b.id) == (9001, 9002)
    assert [p.score for p in pairs] == sorted((p.score for p in pairs), reverse=True)
    assert pairs == pairs_among(rows)[:50]  # the same best pairs as the unbounded list


def test_a_form_many_names_share_is_a_pattern_not_a_typo() -> None:
    numbered = [f"customer {n}" for n in range(1000, 1100)]  # "customer 10_0" is shared by 40+ names
    found = {frozenset((a, b)) for a, b, _ratio in similar_names(numbered)}
    assert frozenset(("customer 1000", "customer 1001")) not in found
    few = [f"margaret thompso{letter}" for letter in "abcdefgh"[: MAX_FORM_GROUP - 2]]
    assert len(list(similar_names(few))) == len(few) * (len(few) - 1) // 2  # a small family still pairs


def test_cli_says_when_only_the_best_pairs_are_listed(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(4):
        customers.create(f"Someone {n}", email="shared@example.com")
    close_shop()
    capsys.readouterr()
    monkeypatch.setattr(duplicates, "MAX_PAIRS", 3)
    assert main(["--db", str(db), "duplicates"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 4 and out[-1].startswith("the best 3 pairs (there are more); merge one with")
