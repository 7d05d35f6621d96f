"""The desktop app's catalogues (``resources/translations/carebook_<code>.ts``), read without Qt: every
shipped language translates every string of the template, none left unfinished, keeps each placeholder
({0}, %n, %1) and gives two messages of one dialog the same ``&`` accelerator letter only where English
does too (alternatives of one control, such as "H&istory" and "H&istory ({0})"). One ``<context>`` is one
class, so one dialog or page; the main window's context holds every menu, whose letters are checked per
menu on the real menus (tests/ui/test_languages.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from xml.etree import ElementTree

import pytest

from carebook.resources import resource_path

FOLDER = resource_path("translations")
TEMPLATE = FOLDER / "carebook.ts"
PLACEHOLDER = re.compile(r"\{\d+\}|%L?\d|%n")
ACCELERATOR = re.compile(r"&([^&\s])")
MENU_CONTEXTS = {"MainWindow"}  # several menus in one class: checked menu by menu on the real window


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]  # the translation; several forms for a %n message
    unfinished: bool


def shipped(folder: Path = FOLDER) -> list[Path]:
    return sorted(folder.glob("carebook_*.ts"))


def messages(path: Path) -> Iterator[Message]:
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if kind in ("vanished", "obsolete"):
                continue
            if translation is None:
                forms: tuple[str, ...] = ()
            elif message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            unfinished = kind == "unfinished" or not forms or not all(form.strip() for form in forms)
            yield Message(name, message.findtext("source") or "", forms, unfinished)


def accelerator(text: str) -> str:
    found = ACCELERATOR.search(text.replace("&&", ""))
    return found.group(1).lower() if found else ""


def problems(path: Path, template: Path = TEMPLATE) -> list[str]:
    """What is wrong with the catalogue at ``path``, one line each (empty: nothing)."""
    found: list[str] = []
    translated = list(messages(path))
    have = {(m.context, m.source) for m in translated}
    found += [
        f"missing: {c} “{s}”" for c, s in sorted({(m.context, m.source) for m in messages(template)} - have)
    ]
    for m in translated:
        if m.unfinished:
            found.append(f"unfinished: {m.context} “{m.source}”")
            continue
        wanted = set(PLACEHOLDER.findall(m.source))
        for form in m.forms:
            # a plural form may leave out %n ("ein Kunde"), never the others, and adds none
            kept = set(PLACEHOLDER.findall(form)) | ({"%n"} if len(m.forms) > 1 else set())
            if not wanted <= kept or not set(PLACEHOLDER.findall(form)) <= wanted:
                found.append(f"placeholders: {m.context} “{m.source}” -> “{form}”")
        if "%n" in wanted and len(m.forms) > 1 and not any("%n" in form for form in m.forms):
            found.append(f"placeholders: {m.context} “{m.source}” has no form with %n")
    by_context: dict[str, list[Message]] = {}
    for m in translated:
        if not m.unfinished and accelerator(m.forms[0]) and m.context not in MENU_CONTEXTS:
            by_context.setdefault(m.context, []).append(m)
    for context, group in by_context.items():
        for one, two in combinations(group, 2):
            letter = accelerator(one.forms[0])
            if letter == accelerator(two.forms[0]) and accelerator(one.source) != accelerator(two.source):
                found.append(
                    f"accelerator: {context} “{one.forms[0]}” and “{two.forms[0]}” both on &{letter}"
                )
    return found


@pytest.mark.parametrize("catalogue", shipped(), ids=lambda path: path.stem)
def test_every_shipped_ui_language_is_complete(catalogue: Path) -> None:
    found = problems(catalogue)
    assert found == [], f"{catalogue.name}: {len(found)} problems, e.g. " + "; ".join(found[:5])


def test_the_check_passes_a_complete_catalogue_and_names_each_fault(tmp_path: Path) -> None:
    template = tmp_path / "carebook.ts"
    template.write_text(
        _ts(
            ("Dialog", "&Name:", "", ""),
            ("Dialog", "&Phone:", "", ""),
            ("Dialog", "H&istory", "", ""),
            ("Dialog", "H&istory ({0})", "", ""),
            ("Dialog", "Hello {0}", "", ""),
            ("Dialog", "%n customers", "", "numerus"),
            ("MainWindow", "&File", "", ""),
            ("MainWindow", "&Find", "", ""),
        ),
        encoding="utf-8",
    )
    good = tmp_path / "carebook_de.ts"
    good.write_text(
        _ts(
            ("Dialog", "&Name:", "&Name:", ""),
            ("Dialog", "&Phone:", "&Telefon:", ""),
            ("Dialog", "H&istory", "&Verlauf", ""),
            ("Dialog", "H&istory ({0})", "&Verlauf ({0})", ""),  # alternatives: one letter, as in English
            ("Dialog", "Hello {0}", "Hallo {0}", ""),
            ("Dialog", "%n customers", "ein Kunde|%n Kunden", "numerus"),
            ("MainWindow", "&File", "&Datei", ""),
            ("MainWindow", "&Find", "&Datei suchen", ""),  # two menus: checked on the real ones
        ),
        encoding="utf-8",
    )
    assert problems(good, template) == []
    bad = tmp_path / "carebook_xx.ts"
    bad.write_text(
        _ts(
            ("Dialog", "&Name:", "&Name:", ""),
            ("Dialog", "&Phone:", "&Nummer:", ""),
            ("Dialog", "H&istory", "", "unfinished"),
            ("Dialog", "Hello {0}", "Hallo", ""),
            ("Dialog", "%n customers", "ein Kunde|viele Kunden", "numerus"),
            ("MainWindow", "&File", "&Datei", ""),
            ("MainWindow", "&Find", "&Suchen", ""),
        ),
        encoding="utf-8",
    )
    found = problems(bad, template)
    assert [line.split(":")[0] for line in found] == [
        "missing",
        "unfinished",
        "placeholders",
        "placeholders",
        "accelerator",
    ], found
    assert "H&istory ({0})" in found[0] and "“&Name:” and “&Nummer:” both on &n" in found[4]


def test_it_checks_every_catalogue_in_the_folder(tmp_path: Path) -> None:
    assert shipped(tmp_path) == []  # none: nothing to check, nothing fails
    (tmp_path / "carebook_pl.ts").write_text(_ts(), encoding="utf-8")
    (tmp_path / "carebook.ts").write_text(_ts(), encoding="utf-8")
    assert [path.name for path in shipped(tmp_path)] == ["carebook_pl.ts"]


def _ts(*rows: tuple[str, str, str, str]) -> str:
    """A .ts file: (context, source, translation, "" / "unfinished" / "numerus" with forms split on |)."""
    contexts: dict[str, list[str]] = {}
    for context, source, text, kind in rows:
        if kind == "numerus":
            forms = "".join(f"<numerusform>{form}</numerusform>" for form in text.split("|"))
            translation = f"<translation>{forms}</translation>"
            body = f'<message numerus="yes"><source>{source}</source>{translation}</message>'
        else:
            attribute = ' type="unfinished"' if kind == "unfinished" or not text else ""
            body = f"<message><source>{source}</source><translation{attribute}>{text}</translation></message>"
        contexts.setdefault(context, []).append(body.replace("&", "&amp;"))
    inner = "".join(
        f"<context><name>{name}</name>{''.join(body)}</context>" for name, body in contexts.items()
    )
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1">{inner}</TS>\n'
