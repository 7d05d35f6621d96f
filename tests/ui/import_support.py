"""Driving the import wizard in tests: choose a file, click Next, Import (shared by its test files)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QWizard

from carebook.services import customers
from ui.context import AppContext
from ui.dialogs.import_wizard import P_SUMMARY, ImportWizard

Next = QWizard.WizardButton.NextButton
Commit = QWizard.WizardButton.CommitButton


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def open_wizard(ctx: AppContext, qtbot) -> Iterator[ImportWizard]:  # type: ignore[no-untyped-def]
    """The body of each test module's ``wizard`` fixture: a shown wizard, its worker stopped after."""
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    yield wizard
    wizard.background.shutdown()


def choose(wizard: ImportWizard, qtbot, path: Path, kind: str = "customers") -> None:  # type: ignore[no-untyped-def]
    wizard.file_page.kind_radios[kind].setChecked(True)
    wizard.file_page.set_path(str(path))
    qtbot.waitUntil(lambda: not wizard.busy())


def next_page(wizard: ImportWizard, qtbot, button: QWizard.WizardButton = Next) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: wizard.button(button).isEnabled() and wizard.button(button).isVisible())
    wizard.button(button).click()
    qtbot.waitUntil(lambda: not wizard.busy())


def to_summary(wizard: ImportWizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Click Next until the summary (the page with the Import button)."""
    while wizard.currentId() != P_SUMMARY:
        next_page(wizard, qtbot)


def finish(wizard: ImportWizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    to_summary(wizard, qtbot)
    next_page(wizard, qtbot, Commit)
    qtbot.waitUntil(lambda: wizard.run_page.result is not None)


def names() -> set[str]:
    return {row.name for row in customers.get_many(range(1, 200))}
