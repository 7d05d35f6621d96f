"""Each file of the bad-input corpus (tests/data/import) imports as its manifest says, or is refused whole."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from carebook.errors import CarebookError
from carebook.exchange import importer, vcard
from tests.core.exchange.support import count, rows

CORPUS = Path(__file__).resolve().parents[2] / "data" / "import"
MANIFEST: list[dict[str, Any]] = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))["files"]


def _import(entry: dict[str, Any]) -> importer.ImportResult:
    path = CORPUS / entry["file"]
    if entry["kind"] == "vcard":
        return vcard.import_vcard(path)
    return importer.import_csv(entry["kind"], path)


def _messages(error: CarebookError) -> str:
    lines = getattr(error, "lines", None)
    return "\n".join([str(error), *(lines() if callable(lines) else [])])


def test_the_corpus_is_complete() -> None:
    files = {p.name for p in CORPUS.iterdir() if p.name != "manifest.json"}
    assert files == {entry["file"] for entry in MANIFEST}
    assert len(files) >= 30
    kinds = {entry["kind"] for entry in MANIFEST}
    assert kinds == {"customers", "interactions", "feedback", "followups", "vcard"}


@pytest.mark.parametrize("entry", MANIFEST, ids=[entry["file"] for entry in MANIFEST])
def test_corpus_file(db: Path, entry: dict[str, Any]) -> None:
    if entry["expected"] == "refused":
        with pytest.raises(CarebookError) as caught:
            _import(entry)
        text = _messages(caught.value)
        for problem in entry["problems"]:
            assert problem in text
        assert "\n" not in str(caught.value)  # the CLI shows it as one line
        assert count("customer") == 0 and count("import_batch") == 0 and count("tag") == 0
        return
    result = _import(entry)
    assert result.batch_id is not None
    for key, expected in entry.get("counts", {}).items():
        assert getattr(result.counts, key) == expected, key
    if "names" in entry:
        assert sorted(name for (name,) in rows("SELECT name FROM customer")) == sorted(entry["names"])
    for name, fields in entry.get("values", {}).items():
        columns = list(fields)
        found = rows(f"SELECT {', '.join(columns)} FROM customer WHERE name = ?", name)
        assert len(found) == 1, name
        assert dict(zip(columns, found[0], strict=True)) == fields
