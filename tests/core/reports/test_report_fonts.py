"""Names in any script print with a font that has their glyphs: DejaVu Sans for Latin, Greek, Cyrillic,
Hebrew and Arabic; Droid Sans Fallback for Chinese and Japanese, Nanum Gothic for Korean; every one embedded,
so the PDF prints the same on a PC without those fonts."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from carebook.clock import Month
from carebook.models import Interaction
from carebook.reports import build_monthly_report
from carebook.reports.fonts import BOLD, CJK_FONTS, REGULAR, cjk_font, cjk_language, markup, register
from carebook.reports.rtl import visual
from tests.core.reports import pdf, seed

NAMES = seed.SCRIPT_NAMES
CJK = {"japanese": "ja", "chinese": "zh", "korean": "ko"}
# The fonts' own (PostScript) names, as the PDF names them.
EMBEDDED = {"DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback", "NanumGothic"}


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
def test_cjk_names_use_an_embedded_font_that_has_their_glyphs(script: str) -> None:
    name, language = NAMES[script], CJK[script]
    font = cjk_font(language)

    assert font == CJK_FONTS[language]
    assert cjk_language(name) == language
    assert markup(f"{name} & Co") == f'<font name="{font}">{name}</font> &amp; Co'
    glyphs = pdfmetrics.getFont(font).face.charToGlyph
    assert [char for char in name if ord(char) not in glyphs] == []


COMMON_NAMES = ["김민준 박서연 최지우 정하은", "山田たろう 鈴木一郎 さくら", "王小明 李华 陈静 张伟"]


@pytest.mark.parametrize("text", COMMON_NAMES)
def test_every_letter_of_common_cjk_names_has_a_glyph(text: str) -> None:
    glyphs = pdfmetrics.getFont(cjk_font(cjk_language(text) or "")).face.charToGlyph
    assert [char for char in text if not char.isspace() and ord(char) not in glyphs] == []


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

    table = {font.name: font for font in pdf.font_table(output)}
    assert set(table) == EMBEDDED  # not reportlab's Helvetica either
    assert [font for font in table.values() if not (font.embedded and font.subset)] == []
    # Hebrew and Arabic are drawn in visual order and read back in logical order; Arabic comes back in
    # its joined presentation forms, which NFKC folds to the letters as typed.
    text = unicodedata.normalize("NFKC", "\n".join(pdf.pages(output, layout=False)))
    for name in names:
        assert name in text, name
