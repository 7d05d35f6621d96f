"""The import wizard: bring customers, contacts, feedback or follow-ups in from a CSV file (or customers
from a vCard address book) without fear.

``ImportWizard(ctx, parent=None, kind="customers")`` walks through:

1. File (``import_pages.FilePage``): the file (CSV, or a vCard address book of customers) and what it
   holds; the file is read at once (off the UI thread) and a file that is not CSV, empty, unreadable
   or a broken vCard gets a plain message here. A vCard file skips the two pages that follow.
2. Format (``import_format.FormatPage``): the encoding and separator found (changeable), and the first
   rows as read.
3. Columns (``import_mapping.MappingPage``): which Carebook column (or part of one, or the notes) each
   file column feeds, found from the headings (in many languages; Google's and Outlook's exports
   known) or chosen for these headings before, and changeable; the columns not imported are listed.
4. Check (``import_review.PreviewPage``): every row, each invalid cell marked (colour, icon, the reason
   as tooltip), counts of good and bad rows, and the choice to skip the bad rows.
5. Customers you already have (``import_match.MatchPage``, customers only): rows that match stored
   customers (same email, same phone, very similar name, as the core finds them) and, per row, update
   / skip / add as new, with "apply to all".
6. Summary (``SummaryPage``): what will be created and updated, before anything is written.
7. Import (``import_run.RunPage``): one transaction with a progress bar and Cancel (the database stays
   untouched), then the import's number and "Undo this import".

All reading, checking and writing is done by the core (``ui.dialogs.import_flow``) in a worker thread;
the wizard holds the user's choices in ``ImportState``. The pages are reachable by keyboard; the
wizard remembers its size (``dialog/ImportWizard``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QWidget, QWizard

from carebook.exchange import vcard
from carebook.exchange.csv_format import CsvTable
from carebook.exchange.importer import ImportResult, RowProblem
from ui import icons, keys
from ui.context import AppContext
from ui.dialogs import import_flow
from ui.jobs import BackgroundJobs

P_FILE, P_FORMAT, P_MAPPING, P_PREVIEW, P_MATCH, P_SUMMARY, P_RUN = range(7)

KINDS = ("customers", "interactions", "feedback", "followups")


@dataclass
class ImportState:
    """The user's choices and what the core found so far."""

    kind: str = "customers"
    path: Path | None = None
    table: CsvTable | None = None  # the file as read
    cards: vcard.PreparedCards | None = None  # a vCard file's cards (then ``table`` holds them as rows)
    encoding: str | None = None  # chosen by the user (None: as found)
    separator: str | None = None
    found: tuple[str, str] = ("", "")  # the encoding and separator the core found
    mapping: list[str] = field(default_factory=list)  # role per file column (``column_roles``; "" = ignored)
    saved: dict[str, list[str]] = field(default_factory=dict)  # kind -> roles chosen for these headings
    problems: tuple[RowProblem, ...] = ()  # bad rows of the mapped file
    skip_bad: bool = False
    decisions: dict[int, str] = field(default_factory=dict)  # line -> update / skip / create
    targets: dict[int, int | None] = field(default_factory=dict)  # line -> customer to update, or None
    summary: ImportResult | None = None  # the dry run of what will be written
    result: ImportResult | None = None  # the import, once written

    @property
    def is_vcard(self) -> bool:
        return self.cards is not None

    def bad_lines(self) -> set[int]:
        return {problem.line for problem in self.problems}

    def mapped_table(self) -> CsvTable:
        """The file as the importer sees it: each column named by the Carebook column it feeds."""
        assert self.table is not None
        if self.is_vcard:  # the cards' values are the table's columns already
            return self.table
        return import_flow.mapped(self.kind, self.table, self.mapping)

    def checked_table(self) -> CsvTable:
        """The mapped file, without the bad rows when the user chose to skip them."""
        table = self.mapped_table()
        return import_flow.without_lines(table, self.bad_lines()) if self.skip_bad else table

    def skipped_by_choice(self) -> set[int]:
        return {line for line, choice in self.decisions.items() if choice == "skip"}

    def final_table(self) -> CsvTable:
        """What will be imported: the checked table without the rows the user chose to skip."""
        table = self.checked_table()
        skipped = self.skipped_by_choice()
        return import_flow.without_lines(table, skipped) if skipped else table

    def import_targets(self) -> dict[int, int | None] | None:
        """The user's choice per matching row, for the importer (customers only)."""
        return dict(self.targets) if self.targets and self.kind == "customers" else None

    def forget_choices(self) -> None:
        """A new file, or the file read otherwise: earlier decisions no longer apply."""
        self.decisions = {}
        self.targets = {}
        self.skip_bad = False


class ImportWizard(QWizard):
    imported = Signal(object)  # ImportResult, once written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, kind: str = "customers") -> None:
        super().__init__(parent)
        from ui.dialogs.import_format import FormatPage
        from ui.dialogs.import_mapping import MappingPage
        from ui.dialogs.import_match import MatchPage
        from ui.dialogs.import_pages import FilePage
        from ui.dialogs.import_review import PreviewPage, SummaryPage
        from ui.dialogs.import_run import RunPage

        self.ctx = ctx
        self.setObjectName("ImportWizard")
        self.setWindowTitle(self.tr("Import"))
        self.setWindowIcon(icons.icon("import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # the run page has its own
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.setMinimumSize(760, 560)
        self.state = ImportState(kind=kind if kind in KINDS else "customers")
        self.background = BackgroundJobs(self)  # one worker thread; a newer call of a purpose wins
        self.file_page = FilePage(self)
        self.format_page = FormatPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.match_page = MatchPage(self)
        self.summary_page = SummaryPage(self)
        self.run_page = RunPage(self)
        for page_id, page in (
            (P_FILE, self.file_page),
            (P_FORMAT, self.format_page),
            (P_MAPPING, self.mapping_page),
            (P_PREVIEW, self.preview_page),
            (P_MATCH, self.match_page),
            (P_SUMMARY, self.summary_page),
            (P_RUN, self.run_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(P_FILE)
        self._geometry_restored = False
        keys.DIALOG_SAVE.attach(self, self.go_on)  # Ctrl+Enter: the step forward, as in every dialog

    def go_on(self) -> None:
        """What Ctrl+Enter does here: Next, Import or Close, whichever the page shows and allows."""
        for which in (
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
        ):
            button = self.button(which)
            if button is not None and button.isVisible() and button.isEnabled():
                button.click()
                return

    # -- helpers for the pages ------------------------------------------------------------------------
    def call(
        self,
        purpose: str,
        fetch: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
    ) -> None:
        self.background.run(purpose, fetch, done=done, failed=failed)

    def busy(self) -> bool:
        return self.background.busy()

    def notify_written(self, result: ImportResult | None = None) -> None:
        """The database changed (an import or an undo): every page of the main window refreshes."""
        self.ctx.notify_data_changed()
        if result is not None:
            self.imported.emit(result)

    # -- closing: an import in progress is cancelled first ---------------------------------------------
    def reject(self) -> None:
        if self.run_page.running():
            self.run_page.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        self.ctx.state.set("dialog/ImportWizard", bytes(self.saveGeometry().data()))
        self.background.shutdown(120_000)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.run_page.running():
            self.run_page.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._geometry_restored:
            self._geometry_restored = True
            saved = self.ctx.state.get("dialog/ImportWizard")
            if saved:
                self.restoreGeometry(QByteArray(saved))
        super().showEvent(event)
