"""Screenshots in other languages (``make screenshots LANGUAGES=de,ar``): every page and dialog of
``tests/ui/screenshots.py`` in each language given, in the light palette, in ``OUTDIR/<code>/``.

A language is any code Qt knows ("de", "pt_BR", "ar"); its screens use ``carebook_<code>.qm`` when it
is there (English otherwise, still laid out right to left for Arabic), and the monthly report is in the
language when the core ships it (``carebook.i18n.LANGUAGES``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

CODE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")


def codes(text: str) -> list[str] | None:
    """The codes of "de,ar" ([] for none), or None when one is not a language code."""
    found = [part.strip().replace("-", "_") for part in text.split(",") if part.strip()]
    return found if all(CODE.match(code) for code in found) else None


def shop_speaks(code: str) -> None:
    """The report's language set to ``code`` when the core has it."""
    from carebook import i18n, settings

    if code in i18n.LANGUAGES:
        settings.update(report_language=code)


def take_each(outdir: Path, languages: Sequence[str], take: Callable[..., list[Path]]) -> list[Path]:
    written: list[Path] = []
    for code in languages:
        written += take(outdir / code, language=code, palettes=("light",))
    return written
