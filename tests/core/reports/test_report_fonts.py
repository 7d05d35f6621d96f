"""Names in any script print with a font that has their glyphs: DejaVu Sans for Latin, Greek, Cyrillic,
Hebrew and Arabic; reportlab's CID fonts for Chinese, Japanese and Korean."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from carebook.clock import Month
from carebook.models import Interaction
from carebook.reports import build_monthly_report
from carebook.reports.fonts import BOLD, CJK_FONTS, REGULAR, cjk_language, markup, register
from carebook.reports.rtl import visual
from tests.core.reports import pdf, seed

NAMES = seed.SCRIPT_NAMES
CJK = {"japanese": "ja", "chinese": "zh", "korean": "ko"}
# The CMap that maps Unicode to glyphs (CIDs) in each CID font's character collection (Adobe's CMaps,
# as pdfminer.six ships them).
CMAPS = {"ja": "UniJIS-UCS2-H", "zh": "UniGB-UCS2-H", "ko": "UniKS-UCS2-H"}


@pytest.mark.parametrize("script", [name for name in NAMES if name not in CJK])
def test_dejavu_has_every_letter_of_the_name(script: str) -> None:
    register()
    name = NAMES[script]
    assert cjk_language(name) is None
    for font in (REGULAR, BOLD):
        glyphs = pdfmetrics.getFont(font).face.charToGlyph
        shown = visual(name)  # Arabic is drawn with its joined forms: those must be in the font too
        assert [char for char in name + shown if not char.isspace() and ord(char) not in glyphs] == []


@pytest.mark.parametrize("script", list(CJK))
def test_cjk_names_use_a_cid_font_that_has_their_glyphs(script: str) -> None:
    name, language = NAMES[script], CJK[script]
    font = CJK_FONTS[language]

    assert cjk_language(name) == language
    assert markup(f"{name} & Co") == f'<font name="{font}">{name}</font> &amp; Co'
    covered = pdf.cmap_codes(CMAPS[language])
    assert [char for char in name if ord(char) not in covered] == []


def test_the_pdf_uses_those_fonts_and_reads_back_as_typed(db: Path, tmp_path: Path) -> None:
    names = list(NAMES.values())
    ids = seed.customers(names, datetime(2025, 3, 1, 9))
    for customer in ids:
        Interaction.create(
            customer=customer,
            occurred_at="2025-03-03 10:00:00",
            channel="email",
            summary="hello",
            status="open",
        )

    output = build_monthly_report(Month(2025, 3), tmp_path / "scripts.pdf")

    used = pdf.fonts(output)
    for font in ("DejaVuSans", "DejaVuSans-Bold", *CJK_FONTS.values()):
        assert font in used
    # Hebrew and Arabic are drawn in visual order and read back in logical order; Arabic comes back in
    # its joined presentation forms, which NFKC folds to the letters as typed.
    text = unicodedata.normalize("NFKC", "\n".join(pdf.pages(output, layout=False)))
    for name in names:
        assert name in text, name
