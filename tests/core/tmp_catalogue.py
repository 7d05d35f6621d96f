"""A temporary core catalogue: a language shipped only for one test, from a few messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from carebook import i18n


def install(
    monkeypatch: pytest.MonkeyPatch, folder: Path, code: str, name: str, messages: dict[str, str]
) -> None:
    """Ship ``code`` (named ``name``) with ``messages`` (msgid -> msgstr) from ``folder`` until the test
    ends (the fixture calling this clears ``i18n.language``'s cache after it); the shipped catalogues
    stay readable beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    for shipped in i18n.catalogue_folder().glob("*.po"):
        (folder / shipped.name).write_bytes(shipped.read_bytes())
    body = "".join(f'msgid "{source}"\nmsgstr "{text}"\n\n' for source, text in messages.items())
    header = f'msgid ""\nmsgstr ""\n"Language: {code}\\n"\n\n'
    (folder / f"{code}.po").write_text(header + body, encoding="utf-8")
    monkeypatch.setattr(i18n, "LANGUAGES", {**i18n.LANGUAGES, code: name})
    monkeypatch.setattr(i18n, "catalogue_folder", lambda: folder)
    i18n.language.cache_clear()
