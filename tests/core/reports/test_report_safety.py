"""User text reaches the PDF exactly as typed, never as markup; long text wraps inside its cell;
control characters and bad logos never stop a report."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from carebook import settings
from carebook.clock import Month
from carebook.db import is_sqlite
from carebook.models import Feedback, Followup, Interaction
from carebook.reports import build_monthly_report
from carebook.reports.fonts import markup
from tests.core.reports import pdf, seed

MARCH = Month(2025, 3)
AT = "2025-03-10 10:00:00"
HOSTILE = (*seed.HOSTILE_NAMES, "Tom & Jerry &amp; Co", "<b>bold</b> &lt;tag&gt;", "<para>x</para><br/>")


@pytest.mark.parametrize("text", HOSTILE)
def test_markup_escapes_every_markup_character(text: str) -> None:
    escaped = markup(text)
    assert "<" not in escaped and ">" not in escaped
    assert escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == text


def _contact(customer: int, summary: str, at: str = AT) -> int:
    return int(
        Interaction.create(
            customer=customer,
            occurred_at=at,
            channel="phone",
            reason="complaint",
            summary=summary,
            status="open",
        ).id
    )


def test_hostile_names_and_texts_appear_exactly_as_typed(db: Path, tmp_path: Path) -> None:
    settings.update(shop_name="R&D <Sales> Shop")
    ids = seed.customers(list(HOSTILE), datetime(2025, 3, 1, 9))
    for customer, name in zip(ids, HOSTILE, strict=True):
        contact = _contact(customer, f"summary of {name}")
        Feedback.create(
            customer=customer,
            interaction=contact,
            kind="csat",
            score=1,
            comment=f"said {name}",
            received_at=AT,
        )
        Followup.create(customer=customer, due_on="2025-03-12", note=f"note {name}")

    output = build_monthly_report(MARCH, tmp_path / "hostile.pdf")
    text = " ".join(" ".join(pdf.pages(output, layout=False)).split())  # a wrapped cell is one line here

    assert "R&D <Sales> Shop" in text
    for name in HOSTILE:
        for shown in (name, f"summary of {name}", f"said {name}", f"note {name}"):
            assert shown in text, shown
    assert "red" in text and "x</font>" in text  # the markup was printed, not obeyed


def test_long_words_wrap_inside_their_cells(db: Path, tmp_path: Path) -> None:
    long_name = "N" * 500
    long_summary = "S" * 500
    ids = seed.customers([long_name], datetime(2025, 3, 1, 9))
    contact = _contact(ids[0], long_summary)
    Feedback.create(
        customer=ids[0], interaction=contact, kind="nps", score=2, comment="C" * 500, received_at=AT
    )
    Followup.create(customer=ids[0], due_on="2025-03-12", note="F" * 500)

    output = build_monthly_report(MARCH, tmp_path / "long.pdf")
    found, width, _ = pdf.words(output)
    right_edge = width - 15 * 72 / 25.4
    pieces = [word for word in found if re.fullmatch(r"[NSCF]{5,}", word.text)]
    assert len(pieces) > 8  # each long text was broken into several lines
    assert all(word.x_max <= right_edge for word in found), max(found, key=lambda w: w.x_max)
    text = "".join(pdf.pages(output, layout=False)).replace("\n", "")
    assert "N" * 500 in text.replace(" ", "")  # shown in full, only broken into lines


def test_control_characters_never_stop_a_report(db: Path, tmp_path: Path) -> None:
    nul = "\x00" if is_sqlite() else ""  # a PostgreSQL text column cannot hold NUL at all
    nasty = f"Nul{nul}Bell\x07Esc\x1b[31mC1\x85\ufffeEnd"
    ids = seed.customers([nasty], datetime(2025, 3, 1, 9))
    contact = _contact(ids[0], f"line one\nline two\r\n\ttabbed{nul}")
    Feedback.create(customer=ids[0], interaction=contact, kind="csat", score=1, comment=nasty, received_at=AT)

    text = "\n".join(pdf.pages(build_monthly_report(MARCH, tmp_path / "nasty.pdf"), layout=False))

    assert "NulBellEsc[31mC1End" in text
    assert "line one line two tabbed" in text


def _png(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (300, 120), (40, 40, 40)).save(path)
    return path


def test_the_logo_is_shown_and_a_bad_logo_is_skipped(db: Path, tmp_path: Path) -> None:
    ids = seed.customers(["Ada"], datetime(2025, 3, 1, 9))
    _contact(ids[0], "hello")
    settings.update(logo_path=str(_png(tmp_path / "logo.png")))
    with_logo = build_monthly_report(MARCH, tmp_path / "logo.pdf").read_bytes()
    assert b"/Subtype /Image" in with_logo

    settings.update(shop_name="Long" * 2000)  # a name longer than a page still fits beside the logo
    assert b"/Subtype /Image" in build_monthly_report(MARCH, tmp_path / "long-name.pdf").read_bytes()

    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nthis is not an image")
    for bad in (broken, tmp_path / "missing.png", tmp_path):
        settings.update(logo_path=str(bad))
        output = build_monthly_report(MARCH, tmp_path / "no-logo.pdf", force=True)
        assert b"/Subtype /Image" not in output.read_bytes()
        assert "The month in figures" in pdf.pages(output)[0]
