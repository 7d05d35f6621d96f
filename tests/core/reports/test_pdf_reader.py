"""The PDF reader the report tests use (tests/core/reports/pdf.py) needs no program on PATH and sees what
it must: a font that is not embedded, columns apart, words where they are drawn, text inside forms."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from carebook.reports.fonts import REGULAR, register
from carebook.reports.rtl import visual
from tests.core.reports import pdf

SIZE = (400.0, 300.0)


@pytest.fixture
def sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two pages: an embedded subset TrueType, a standard font and a CID font that are not embedded,
    two columns, a Hebrew name in visual order and a page total drawn from a form."""
    monkeypatch.setenv("PATH", "")  # no pdftotext, pdffonts or pdfinfo can be run from here on
    register()
    path = tmp_path / "sample.pdf"
    canvas = Canvas(str(path), pagesize=SIZE)
    canvas.setFont(REGULAR, 10)
    canvas.drawString(50, 250, "Median wait")
    canvas.drawString(250, 250, "13.0 min")
    canvas.drawString(50, 230, visual("דוד כהן"))
    canvas.drawString(50, 20, "Page 1 of ")
    canvas.doForm("total")
    canvas.setFont("Helvetica", 12)
    canvas.drawString(50, 200, "Helvetica here")
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))  # reportlab's own, never embedded
    canvas.setFont("HeiseiKakuGo-W5", 12)
    canvas.drawString(50, 180, "山田たろう")
    canvas.showPage()
    canvas.setFont(REGULAR, 10)
    canvas.drawString(50, 250, "Second page")
    canvas.drawString(50, 20, "Page 2 of ")
    canvas.doForm("total")
    canvas.showPage()
    canvas.beginForm("total")
    canvas.setFont(REGULAR, 10)
    canvas.drawString(50 + stringWidth("Page 1 of ", REGULAR, 10), 20, "2")
    canvas.endForm()
    canvas.save()
    return path


def test_fonts_are_listed_with_embedding_and_subsetting(sample: Path) -> None:
    table = {font.name: font for font in pdf.font_table(sample)}

    assert table["DejaVuSans"] == pdf.Font("DejaVuSans", "/TrueType", embedded=True, subset=True)
    assert table["Helvetica"] == pdf.Font("Helvetica", "/Type1", embedded=False, subset=False)
    assert table["HeiseiKakuGo-W5"] == pdf.Font("HeiseiKakuGo-W5", "/Type0", embedded=False, subset=False)
    assert sorted(pdf.fonts(sample)) == sorted(table)


def test_layout_text_keeps_columns_apart_and_reads_forms_and_right_to_left_runs(sample: Path) -> None:
    first, second = pdf.pages(sample)

    lines = [line.strip() for line in first.splitlines()]
    assert lines[0].startswith("Median wait  ") and lines[0].endswith("  13.0 min")
    assert lines[1:] == ["דוד כהן", "Helvetica here", "山田たろう", "Page 1 of 2"]
    assert second.split() == ["Second", "page", "Page", "2", "of", "2"]


def test_plain_text_is_in_drawing_order(sample: Path) -> None:
    text = " ".join(pdf.pages(sample, layout=False)[0].split())
    assert "Median wait 13.0 min" in text and "דוד כהן" in text and "山田たろう" in text


def test_words_have_their_drawn_boxes(sample: Path) -> None:
    found, width, height = pdf.words(sample)

    assert (width, height) == SIZE
    wait = next(word for word in found if word.text == "wait")
    start = 50 + stringWidth("Median ", REGULAR, 10)
    assert wait.page == 1
    assert wait.x_min == pytest.approx(start, abs=0.01)
    assert wait.x_max == pytest.approx(start + stringWidth("wait", REGULAR, 10), abs=0.01)
    assert 300 - 250 < wait.y_max < 300 - 250 + 4  # the baseline plus DejaVu's descent, from the top
    assert [word.text for word in found if word.page == 2] == ["Second", "page", "Page", "2", "of", "2"]


def test_page_size_and_count(sample: Path) -> None:
    assert pdf.page_size(sample) == SIZE
    assert pdf.info(sample)["Pages"] == "2"
