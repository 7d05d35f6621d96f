"""Hostile text through vCard import: every name/company/note-like case of tests/data/hostile is stored
exactly as typed (read back through the customers service) or refused with a plain message, never an
unhandled exception; files with a NUL byte or a broken structure are refused and write nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from carebook.errors import CarebookError
from carebook.exchange import vcard
from carebook.models import Customer
from carebook.services import customers
from tests.reliability.hostile import Case, load_cases

# Where each hostile text goes on a card (contact texts have no card property: they go in NOTE).
PROPERTY = {
    "customer.name": "FN",
    "customer.company": "ORG",
    "customer.notes": "NOTE",
    "contact.summary": "NOTE",
    "contact.notes": "NOTE",
}
COLUMN = {"FN": "name", "ORG": "company", "NOTE": "notes"}
# vCard has a single escaped newline (\n), so a CRLF typed in a note comes back as LF: the text is kept.
VCARD_STORED = {"newlines-in-notes": "line one\nline two\nline three"}
# Refused by the vCard path although the services store them cleaned: a NUL byte makes the file binary.
VCARD_REFUSED = {"nul-in-name": "not a vCard file", "nul-in-notes": "not a vCard file"}
CASES = [case for case in load_cases() if case.field in PROPERTY]


def escape(text: str) -> str:
    """A vCard 3.0 text value (RFC 2426 section 5): backslash, newline, comma and semicolon escaped."""
    text = text.replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def card_file(folder: Path, case: Case) -> Path:
    prop = PROPERTY[case.field]
    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    if prop == "FN":
        lines += [f"FN:{escape(case.value)}", f"N:{escape(case.value)};;;;"]
    else:
        lines += ["FN:Hostile Host", f"{prop}:{escape(case.value)}"]
    lines += ["END:VCARD", ""]
    path = folder / f"{case.id}.vcf"
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    return path


def customer_count() -> int:
    return int(Customer.select().count())


def test_enough_hostile_text_cases_reach_the_vcard_import() -> None:
    assert len(CASES) >= 30
    assert {PROPERTY[case.field] for case in CASES} == {"FN", "ORG", "NOTE"}


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_text_in_a_card_is_stored_exactly_or_refused(db: Path, tmp_path: Path, case: Case) -> None:
    path = card_file(tmp_path, case)
    before = customer_count()
    refused = VCARD_REFUSED.get(case.id) or case.refused
    try:
        result = vcard.import_vcard(path)
    except CarebookError as error:  # VCardError and ImportRefused are CarebookErrors
        message = str(error)
        assert refused is not None, f"refused but should be stored: {message}"
        assert message and "Traceback" not in message
        assert "nothing was imported" in message
        assert customer_count() == before  # nothing written
        return
    assert refused is None, f"stored but should be refused with {refused!r}"
    assert result.counts.created == 1 and result.batch_id is not None
    newest = Customer.select(Customer.id).order_by(Customer.id.desc()).scalar()
    row = customers.get(int(newest))
    column = COLUMN[PROPERTY[case.field]]
    want = VCARD_STORED.get(case.id, case.stored_value)
    assert getattr(row, column) == want
    if column != "name":
        assert row.name == "Hostile Host"


def test_a_nul_byte_refuses_the_whole_file_and_writes_nothing(db: Path, tmp_path: Path) -> None:
    customers.create("Already Here")
    path = tmp_path / "nul.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good One\r\nEND:VCARD\r\n"
                     b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad\x00One\r\nEND:VCARD\r\n")
    with pytest.raises(vcard.VCardError, match="not a vCard file"):
        vcard.import_vcard(path)
    assert [row.name for row in Customer.select(Customer.name)] == ["Already Here"]


BROKEN = {
    "no-end": b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good One\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Half\r\n",
    "nested-begin": b"BEGIN:VCARD\r\nFN:Outer\r\nBEGIN:VCARD\r\nFN:Inner\r\nEND:VCARD\r\n",
    "text-outside": b"hello there\r\nBEGIN:VCARD\r\nFN:Good One\r\nEND:VCARD\r\n",
    "no-colon": b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good One\r\nthis line has no colon\r\nEND:VCARD\r\n",
    "bad-version": b"BEGIN:VCARD\r\nVERSION:9.9\r\nFN:Good One\r\nEND:VCARD\r\n",
    "no-name": b"BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:only a note\r\nEND:VCARD\r\n",
    "no-cards": b"just some words\r\n",
    "empty": b"",
    "binary": bytes(range(256)) * 4,
    "bad-quoted-printable": b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:=ZZ=\r\n"
    b"END:VCARD\r\n",
    "bad-base64": b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good One\r\nNOTE;ENCODING=b:!!!notbase64\r\n"
    b"END:VCARD\r\n",
}


@pytest.mark.parametrize("data", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_file_is_refused_cleanly_and_writes_nothing(db: Path, tmp_path: Path, data: bytes) -> None:
    customers.create("Already Here")
    path = tmp_path / "broken.vcf"
    path.write_bytes(data)
    with pytest.raises(CarebookError) as raised:
        vcard.run(vcard.prepare(path))
    message = str(raised.value)
    assert str(path) in message and "nothing was imported" in message
    assert "Traceback" not in message
    assert [row.name for row in Customer.select(Customer.name)] == ["Already Here"]
