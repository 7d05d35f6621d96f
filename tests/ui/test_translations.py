"""Visible strings go through Qt's translation machinery with contexts lupdate can see."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QCoreApplication, QTranslator

from ui import labels
from ui.context import AppContext
from ui.pages.customers import CustomersPage

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context><name>labels</name>
 <message><source>In person</source><translation>Personlig oppmøte</translation></message>
</context>
<context><name>pages</name>
 <message><source>Customers</source><translation>Kunder</translation></message>
</context>
<context><name>SettingsDialog</name>
 <message><source>Shop settings</source><translation>Butikkinnstillinger</translation></message>
</context>
</TS>
"""


def test_translated_labels_pages_and_dialogs(tmp_path: Path, ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "carebook_nb.ts"
    source.write_text(TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(source)], check=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "carebook_nb.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        from ui.dialogs.settings_dialog import SettingsDialog

        assert labels.channel("in_person") == "Personlig oppmøte"
        page = CustomersPage(ctx)
        qtbot.addWidget(page)
        assert page.title() == "Kunder"
        dialog = SettingsDialog(ctx)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Butikkinnstillinger"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert labels.channel("in_person") == "In person"


def _messages(path: Path) -> set[tuple[str, str]]:
    tree = ElementTree.parse(path)
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


def test_the_translation_template_is_current(tmp_path: Path) -> None:
    """Every string in the code is in resources/translations/carebook.ts (`make translations`)."""
    root = Path(__file__).resolve().parents[2]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (root / "ui").rglob("*.py"))
    command = [str(lupdate), "-no-obsolete", *sources, "-ts", str(fresh)]
    subprocess.run(command, check=True, capture_output=True)
    found = _messages(fresh)
    assert len(found) > 500, "lupdate found almost nothing: the check would prove nothing"
    missing = found - _messages(root / "resources" / "translations" / "carebook.ts")
    assert not missing, f"{len(missing)} strings missing, e.g. {sorted(missing)[:3]}: run make translations"
