"""The core's translation catalogues (the PDF's words and the core's messages): the template holds every
marked string of carebook/, and each shipped language translates every one of them, keeping its
placeholders (numbered and named)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from carebook import i18n
from carebook.clock import Month

CATALOGUES = i18n.catalogue_folder()
PLACEHOLDER = re.compile(r"\{\w*\}")  # numbered ({0}) and named ({value}) ones alike
SHIPPED = [code for code in i18n.LANGUAGES if code != i18n.SOURCE]


def _template_ids() -> set[str]:
    with (CATALOGUES / "carebook.pot").open("rb") as stream:
        return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(stream) if m.id}


def test_the_template_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / "carebook.pot"
    pybabel = Path(sys.executable).with_name("pybabel")
    root = Path(__file__).resolve().parents[2]
    subprocess.run(
        [str(pybabel), "-q", "extract", "--no-location", "--sort-output", "--omit-header",
         "--no-default-keywords", "-k", "_", "-k", "N_", "-k", "ngettext:1,2", "-o", str(fresh), "carebook"],
        cwd=root, check=True, timeout=120,
    )  # fmt: skip
    assert fresh.read_text(encoding="utf-8") == (CATALOGUES / "carebook.pot").read_text(encoding="utf-8"), (
        "run `make translations`"
    )


@pytest.mark.parametrize("code", SHIPPED)
def test_every_shipped_language_translates_every_string_with_its_placeholders(code: str) -> None:
    with (CATALOGUES / f"{code}.po").open("rb") as stream:
        catalogue = read_po(stream, locale=code)
    translated: dict[str, tuple[str, ...]] = {}
    for message in catalogue:
        if not message.id or message.fuzzy:
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        forms = (message.string,) if isinstance(message.string, str) else tuple(message.string)
        translated[key] = forms
        sources = (message.id,) if isinstance(message.id, str) else tuple(message.id)
        wanted = {p for source in sources for p in PLACEHOLDER.findall(source)}
        for form in filter(None, forms):  # an empty one is missing, not wrong (below)
            assert set(PLACEHOLDER.findall(form)) == wanted, (code, key, form)
    missing = sorted(key for key in _template_ids() if not all(translated.get(key, ("",))))
    assert missing == [], f"{code} lacks {len(missing)} strings, e.g. {missing[:3]}"


def test_a_language_not_shipped_is_refused_naming_those_that_are() -> None:
    from carebook.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        i18n.check("tlh")
    assert refused.value.errors == {
        "language": "'tlh' is not one of the languages: " + ", ".join(i18n.LANGUAGES)
    }
    assert i18n.check("DE") == "de"


def test_german_writes_dates_numbers_and_plurals_as_germans_do() -> None:
    with i18n.using("de", "DE") as german:
        assert german.month(Month(2026, 10)) == "Oktober 2026"
        assert german.percent(60) == "60,0\xa0%"
        assert german.decimal(13.25) == "13,3"  # half away from zero, as the figures round
        assert german.count(12345) == "12.345"
        assert i18n._("Contacts") == "Kontakte"
        assert i18n.ngettext("… and {0} more overdue follow-up (see the Follow-ups page).",
                             "… and {0} more overdue follow-ups (see the Follow-ups page).", 1200) == (
            "… und 1.200 weitere überfällige Wiedervorlagen (siehe Seite Wiedervorlagen)."
        )  # fmt: skip
    assert i18n._("Contacts") == "Contacts"  # outside the with: the source language again


def test_each_thread_keeps_its_own_language() -> None:
    import threading

    seen: list[str] = []
    with i18n.using("de"):
        worker = threading.Thread(target=lambda: seen.append(i18n._("Contacts")))
        worker.start()
        worker.join()
    assert seen == ["Contacts"]
