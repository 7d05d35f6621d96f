"""Visible strings go through Qt's translation machinery with contexts lupdate can see."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from ui import labels
from ui.context import AppContext
from ui.pages.placeholders import PLACEHOLDERS

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
        page = PLACEHOLDERS["customers"](ctx)
        qtbot.addWidget(page)
        assert page.title() == "Kunder"
        dialog = SettingsDialog(ctx)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Butikkinnstillinger"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert labels.channel("in_person") == "In person"


def test_the_translation_template_is_current() -> None:
    """Every string in the code is in resources/translations/carebook.ts (run pyside6-lupdate)."""
    root = Path(__file__).resolve().parents[2]
    template = (root / "resources" / "translations" / "carebook.ts").read_text(encoding="utf-8")
    for text in ("Nothing is due today", "Find a customer (Ctrl+K)", "Shop settings", "Unexpected error"):
        assert f"<source>{text}</source>" in template, text
