"""Hypothesis throws arbitrary bytes and text at the CSV and vCard readers: only CarebookError comes out."""

from __future__ import annotations

import codecs
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from carebook.errors import CarebookError
from carebook.exchange import importer
from carebook.exchange.csv_format import CsvFileError, decode, parse
from carebook.exchange.vcard_read import VCardError, read_cards

FUZZ = settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])

_CSV_PIECES = st.sampled_from(
    ["name", "email", "E-mail", "notes", ",", ";", "\t", '"', '""', "\n", "\r\n", "\r", " ", "Kari", "ø",
     "€", "=1+1", "'", "\x00", "\ufeff", "a@b.c", "王"]
)  # fmt: skip
_VCARD_PIECES = st.sampled_from(
    ["BEGIN:VCARD", "END:VCARD", "VERSION:3.0", "VERSION:4.0", "VERSION:2.1", "FN:", "N:", "Kari", ";", ":",
     ",", "\\", "\\n", "\r\n", "\n", " ", "\t", "EMAIL;TYPE=PREF:", "TEL;PREF=1:", "tel:+47", "ADR:", "ORG:",
     "CATEGORIES:", "NOTE:", "PHOTO;ENCODING=b:", "=C3=98", "ENCODING=QUOTED-PRINTABLE", "=", "item1.",
     "BEGIN:VCALENDAR", "\x00", "ø", "BDAY:", "X-", "\"", "PREF", "TYPE=", "CHARSET=ISO-8859-1"]
)  # fmt: skip


def _csv(data: bytes) -> None:
    try:
        header, rows = parse(decode(data, "f.csv"), "f.csv")
    except CsvFileError:
        return
    assert all(isinstance(cell, str) for cell in header)
    assert all(row.line >= 2 for row in rows)


def _vcard(data: bytes) -> None:
    try:
        cards = read_cards(data, "f.vcf")
    except VCardError as error:
        assert error.lines() and "\n" not in str(error)
        return
    assert all(card.name for card in cards)


@FUZZ
@given(st.binary(max_size=3000))
@example(b"\n\x80\x01")  # guessed as UTF-16 and ending halfway through a character
def test_csv_reader_survives_any_bytes(data: bytes) -> None:
    _csv(data)


@FUZZ
@given(
    st.lists(_CSV_PIECES, max_size=60).map("".join),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
)
def test_csv_reader_survives_csv_like_text(text: str, encoding: str) -> None:
    _csv(text.encode(encoding, errors="replace"))


@FUZZ
@given(st.binary(max_size=3000))
def test_vcard_reader_survives_any_bytes(data: bytes) -> None:
    _vcard(data)


@FUZZ
@given(st.lists(_VCARD_PIECES, max_size=80).map("".join))
def test_vcard_reader_survives_vcard_like_text(text: str) -> None:
    _vcard(text.encode("utf-8"))
    _vcard(codecs.BOM_UTF8 + text.encode("utf-8"))


@FUZZ
@given(st.lists(_VCARD_PIECES, min_size=1, max_size=30).map("".join))
def test_every_card_between_begin_and_end_is_parsed_or_reported(body: str) -> None:
    _vcard(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\n{body}\r\nEND:VCARD\r\n".encode())


@FUZZ
@given(st.lists(_CSV_PIECES, max_size=60).map("".join), st.sampled_from(["customers", "followups"]))
def test_preparing_any_file_gives_only_plain_errors(text: str, kind: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "f.csv"
        path.write_bytes(text.encode("utf-8"))
        try:
            importer.prepare(kind, path)
        except CarebookError:
            pass
